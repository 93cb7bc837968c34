import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import type { LocalisedText } from '../platform/db/schema.ts';
import type { FieldError } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { replyAfterCommit } from '../platform/http/reply-after-commit.ts';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { checkAnswers } from '../surveys/answer-validation.ts';
import { storeResponse, wasSubmitted } from '../surveys/response-repository.ts';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { findOpenSurvey, type PublishedSurvey } from '../surveys/survey-repository.ts';
import { surveyLanguage, textIn } from '../surveys/survey-text.ts';
import { enterDraw } from './draw-repository.ts';
import {
  drawTicketHash,
  type FormProblem,
  type FormValues,
  formValues,
  issueSubmissionId,
  isValidSubmissionId,
  nextPage,
  previousPage,
  problemMessage,
  problemsUpTo,
  shuffleSeed,
  submissionHash,
  withoutHiddenAnswers,
} from './feedback-form.ts';
import {
  DrawEnteredPage,
  FeedbackFormPage,
  FeedbackThanksPage,
  type FormAddress,
  FormExpiredPage,
  formPath,
  SurveyClosedPage,
  thanksPath,
} from './feedback-pages.tsx';
import { parseDrawContact } from './prize-draw.ts';
import { findServicePoint } from './service-points.ts';

type PointOfSurvey = { id: string; slug: string; name: LocalisedText };

/**
 * The public, anonymous feedback form (E5, E6): `/<org>/f/<survey>` and `/<org>/f/<survey>/<point>`.
 * No sign-in, no cookie of its own (only the CSRF cookie every form has), nothing about the respondent
 * stored, and no page cached, so a shared kiosk's back button never shows the previous answers.
 */
const params = z.object({ survey: z.string().max(60), point: z.string().max(60).optional() });
const pageField = z.coerce.number().int().min(0).max(200);

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export async function feedbackRoutes(app: FastifyInstance, { db, config }: { db: Database; config: Config }) {
  /** The open survey and the service point a request names, or a page saying why not. */
  type Resolved =
    | { kind: 'open'; open: PublishedSurvey; point: PointOfSurvey | undefined }
    | { kind: 'closed' }
    | { kind: 'missing' };
  async function resolve(tx: Tx, request: FastifyRequest, pointSlug?: string): Promise<Resolved> {
    const { survey: surveySlug } = params.parse(request.params);
    const found = await findOpenSurvey(tx, surveySlug, pointSlug);
    // A research survey is answered only by signed-in members, through their task (issue 6).
    if (found.kind === 'open' && found.open.survey.kind !== 'feedback') return { kind: 'missing' };
    return found;
  }

  /** Shows the survey in a language it is published in, whatever the reader asked for. */
  function useSurveyLanguage(request: FastifyRequest, survey: SurveyVersion) {
    const language = surveyLanguage(survey, request.i18n.language);
    if (language !== request.i18n.language) request.i18n = translator(language);
  }

  function addressOf(
    request: FastifyRequest,
    open: PublishedSurvey,
    point: PointOfSurvey | undefined,
    kiosk: boolean,
  ): FormAddress {
    return {
      surveySlug: open.survey.slug,
      pointSlug: point?.slug,
      pointName: point ? point.name[request.i18n.language] : undefined,
      kiosk,
    };
  }

  function fieldErrors(request: FastifyRequest, problems: FormProblem[]): FieldError[] {
    const seen = new Set<string>();
    return problems.flatMap((problem) => {
      if (seen.has(problem.field)) return [];
      seen.add(problem.field);
      const { key, values } = problemMessage(problem);
      const question = problem.question ? textIn(problem.question.text, request.i18n.language) : '';
      const message = request.i18n.t(key, values);
      return [{ field: problem.field, message: question ? `${question}: ${message}` : message }];
    });
  }

  const showForm = (request: FastifyRequest, reply: FastifyReply) =>
    replyAfterCommit(db, request.organisation!.id, reply, (tx, held) => showFormIn(tx, request, held));
  const showFormIn = async (tx: Tx, request: FastifyRequest, reply: FastifyReply) => {
    const { point } = params.parse(request.params);
    const found = await resolve(tx, request, point);
    noStore(reply);
    if (found.kind === 'missing') throw new HttpError(404);
    if (found.kind === 'closed') return reply.page(<SurveyClosedPage />, 410);
    const { open } = found;
    useSurveyLanguage(request, open.definition);
    const kiosk = (request.query as Record<string, unknown>).kiosk === '1';
    const submissionId = issueSubmissionId(config.secret, open.survey.id, new Date());
    return reply.page(
      <FeedbackFormPage
        survey={open.definition}
        address={addressOf(request, open, found.point, kiosk)}
        page={0}
        values={{}}
        errors={[]}
        submissionId={submissionId}
        shuffleSeed={shuffleSeed(submissionId)}
      />,
    );
  };

  // One transaction per answer: the survey's state is checked in the transaction that stores the answer.
  const postForm = (request: FastifyRequest, reply: FastifyReply) =>
    replyAfterCommit(db, request.organisation!.id, reply, (tx, held) => postFormIn(tx, request, held));
  const postFormIn = async (tx: Tx, request: FastifyRequest, reply: FastifyReply) => {
    const organisation = request.organisation!;
    const { point } = params.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const found = await resolve(tx, request, point);
    noStore(reply);
    if (found.kind === 'missing') throw new HttpError(404);
    if (found.kind === 'closed') return reply.page(<SurveyClosedPage />, 410);
    const { open } = found;
    const survey = open.definition;
    useSurveyLanguage(request, survey);
    const address = addressOf(request, open, found.point, body.kiosk === '1');
    const restart = `${formPath(organisation.slug, address)}${address.kiosk ? '?kiosk=1' : ''}`;
    const now = new Date();
    if (!isValidSubmissionId(config.secret, open.survey.id, body.submission, now))
      return reply.page(<FormExpiredPage formUrl={restart} reason="expired" />, 400);
    const submissionId = body.submission;
    const page = pageField.safeParse(body.page);
    const current = page.success ? Math.min(page.data, survey.pages.length - 1) : 0;
    const action = body.action === 'back' ? 'back' : body.action === 'next' ? 'next' : 'send';
    const render = (at: number, values: FormValues, errors: FieldError[], status = 200): FastifyReply =>
      reply.page(
        <FeedbackFormPage
          survey={survey}
          address={address}
          page={at}
          values={values}
          errors={errors}
          submissionId={submissionId}
          shuffleSeed={shuffleSeed(submissionId)}
        />,
        status,
      );

    const values = formValues(body);
    if (action === 'back') {
      const pruned = withoutHiddenAnswers(survey, values);
      return render(previousPage(survey, current, pruned), pruned, []);
    }
    if (action === 'next') {
      const pruned = withoutHiddenAnswers(survey, values);
      const problems = problemsUpTo(survey, current, pruned);
      if (problems.length) {
        const firstPage = Math.min(...problems.map((p) => p.page));
        return render(
          firstPage,
          pruned,
          fieldErrors(
            request,
            problems.filter((p) => p.page === firstPage),
          ),
          400,
        );
      }
      const next = nextPage(survey, current, pruned);
      if (next !== undefined) return render(next, pruned, []);
      // Nothing left to ask: the last shown page was the end, so this "next" sends.
    }

    // Send: the whole form is checked against the version; an invalid form stores nothing (E5).
    const problems = problemsUpTo(survey, survey.pages.length - 1, values);
    if (problems.length) {
      const firstPage = Math.min(...problems.map((p) => p.page));
      return render(
        firstPage,
        values,
        fieldErrors(
          request,
          problems.filter((p) => p.page === firstPage),
        ),
        400,
      );
    }
    const check = checkAnswers(survey, values);
    if (!check.ok) throw new Error('A form that passed its page checks failed the whole check.');
    const stored = await storeResponse(tx, {
      organisationId: organisation.id,
      surveyId: open.survey.id,
      versionId: open.versionId,
      servicePointId: found.point?.id ?? null,
      answers: check.answers,
      at: now,
      precision: organisation.answer_time_precision,
      submissionHash: submissionHash(submissionId),
    });
    if (!stored) return reply.page(<FormExpiredPage formUrl={restart} reason="already_sent" />, 409);
    return reply.redirect(thanksPath(organisation.slug, address, submissionId), 303);
  };

  for (const url of ['/:org/f/:survey', '/:org/f/:survey/:point']) {
    defineRoute(app, { method: 'GET', url, access: 'public', handler: showForm });
    defineRoute(app, { method: 'POST', url, access: 'public', rateLimitPerMinute: 120, handler: postForm });
  }

  const thanksQuery = z.object({
    s: z.string().max(200),
    point: z.string().max(60).optional(),
    kiosk: z.literal('1').optional(),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/f/:survey/thanks',
    access: 'public',
    handler: (request, outer) =>
      replyAfterCommit(db, request.organisation!.id, outer, async (tx, reply) => {
        const query = thanksQuery.safeParse(request.query);
        const found = await resolve(tx, request);
        noStore(reply);
        if (found.kind === 'missing' || !query.success) throw new HttpError(404);
        if (found.kind === 'closed') return reply.page(<SurveyClosedPage />, 410);
        const { open } = found;
        useSurveyLanguage(request, open.definition);
        const point = query.data.point ? await findServicePoint(tx, query.data.point) : undefined;
        return reply.page(
          <FeedbackThanksPage
            surveyTitle={textIn(open.definition.title, request.i18n.language)}
            address={addressOf(request, open, point, query.data.kiosk === '1')}
            submissionId={query.data.s}
            draw={open.survey.draw_enabled}
            errors={[]}
          />,
        );
      }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/f/:survey/draw',
    access: 'public',
    rateLimitPerMinute: 20,
    handler: (request, outer) =>
      replyAfterCommit(db, request.organisation!.id, outer, async (tx, reply) => {
        const organisation = request.organisation!;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const found = await resolve(tx, request);
        noStore(reply);
        if (found.kind === 'missing') throw new HttpError(404);
        if (found.kind === 'closed') return reply.page(<SurveyClosedPage />, 410);
        const { open } = found;
        useSurveyLanguage(request, open.definition);
        if (!open.survey.draw_enabled) throw new HttpError(404);
        const point = typeof body.point === 'string' ? await findServicePoint(tx, body.point) : undefined;
        const address = addressOf(request, open, point, body.kiosk === '1');
        const restart = `${formPath(organisation.slug, address)}${address.kiosk ? '?kiosk=1' : ''}`;
        const submissionId = body.submission;
        // The draw form is offered only after an answer is stored, for that answer's form.
        if (!isValidSubmissionId(config.secret, open.survey.id, submissionId, new Date()))
          return reply.page(<FormExpiredPage formUrl={restart} reason="expired" />, 400);
        const { t } = request.i18n;
        const rawContact = typeof body.contact === 'string' ? body.contact.slice(0, 300) : '';
        const contact = await parseDrawContact(rawContact);
        const errors: FieldError[] = [];
        if (!rawContact.trim())
          errors.push({ field: 'contact', message: t('feedback.draw.contactRequired') });
        else if (!contact) errors.push({ field: 'contact', message: t('feedback.draw.contactInvalid') });
        if (body.consent !== 'yes')
          errors.push({ field: 'consent', message: t('feedback.draw.consentRequired') });
        if (errors.length || !contact)
          return reply.page(
            <FeedbackThanksPage
              surveyTitle={textIn(open.definition.title, request.i18n.language)}
              address={address}
              submissionId={submissionId}
              draw
              errors={errors}
              contact={rawContact}
            />,
            400,
          );
        const outcome = await enterDraw(tx, config.vault, {
          organisationId: organisation.id,
          surveyId: open.survey.id,
          contact,
          language: request.i18n.language,
          ticketHash: drawTicketHash(submissionId),
          answerStored: await wasSubmitted(tx, open.survey.id, submissionHash(submissionId)),
        });
        if (outcome === 'no_answer')
          return reply.page(<FormExpiredPage formUrl={restart} reason="expired" />, 400);
        if (outcome === 'ticket_used')
          return reply.page(<FormExpiredPage formUrl={restart} reason="already_sent" />, 409);
        return reply.page(<DrawEnteredPage address={address} />);
      }),
  });
}
