import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import {
  createServicePoint,
  findServicePoint,
  listServicePoints,
  type ServicePoint,
  servicePointsOfSurvey,
  setSurveyServicePoints,
} from '../../feedback/service-points.ts';
import { listBackgroundQuestions } from '../../members/background-profile.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { assetUrl } from '../../platform/html/assets.ts';
import type { FieldError } from '../../platform/http/form.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { type MessageKey, translator } from '../../platform/i18n/i18n.ts';
import { isLanguage, type Language } from '../../platform/i18n/languages.ts';
import { registersInForce } from '../../privacy/registers/register-repository.ts';
import type { SurveyDraft } from '../survey-definition.ts';
import {
  closeSurvey,
  copySurvey,
  createSurvey,
  findSurvey,
  findVersion,
  listSurveys,
  listVersions,
  publishSurvey,
  type Survey,
  saveDraft,
  setDrawEnabled,
} from '../survey-repository.ts';
import {
  drawNotDeclared,
  type Issue,
  issueMessage,
  readCopy,
  readNewSurvey,
  readServicePoint,
  readSettings,
} from './builder-forms.ts';
import {
  type EditorData,
  PosterPage,
  PreviewPage,
  publicPath,
  QuestionEditPage,
  SurveyEditorPage,
  SurveyListPage,
} from './builder-pages.tsx';
import {
  addPageIfRoom,
  addQuestionFromForm,
  type CatalogueEntry,
  deleteQuestion,
  type FormBody,
  type FormIssue,
  findQuestion,
  hasUnpublishedChanges,
  moveFromForm,
  questionFromForm,
  questionToForm,
  removePage,
  replaceQuestion,
  usableCatalogue,
  withSettings,
} from './draft-editing.ts';
import { localiseProblem, problemText, questionAnchor } from './publish-problems.ts';

/**
 * The survey builder in the console (surveys.manage): build, preview in each language, publish, close
 * and copy surveys; service points with their QR codes and posters. Every action is a plain form post
 * answered by a redirect, so the builder works without JavaScript.
 */

/** Editing a survey is many small posts (moving a question is one), so the limit is looser than a form's. */
const POSTS_PER_MINUTE = 240;
const ACCESS = 'surveys.manage' as const;

const notices = [
  'created',
  'pointCreated',
  'saved',
  'questionSaved',
  'deleted',
  'moved',
  'pageAdded',
  'pageRemoved',
  'published',
  'unchanged',
  'closed',
  'copied',
] as const;
type Notice = (typeof notices)[number];

const surveyParams = z.object({ survey: z.string().max(60) });
const questionParams = surveyParams.extend({ question: z.string().max(40) });
const pageParams = surveyParams.extend({ page: z.coerce.number().int().min(1).max(999) });

function bodyOf(request: FastifyRequest): FormBody {
  return request.body && typeof request.body === 'object' ? (request.body as FormBody) : {};
}

function noticeOf(request: FastifyRequest): Notice | undefined {
  const notice = (request.query as Record<string, unknown> | undefined)?.notice;
  return notices.find((n) => n === notice);
}

/** Why a post was refused: a message key (or a sentence made already) for the field it concerns. */
type Shown = Issue | FormIssue | FieldError;

/**
 * Thrown inside the organisation's transaction when a post is refused, so that nothing it did is kept;
 * the page is shown again with the reasons (400).
 */
class Refusal extends Error {
  constructor(
    readonly issues: Shown[],
    /** The values to show the form with again; none keeps the page's forms as they are saved. */
    readonly values?: FormBody,
  ) {
    super('The post was refused.');
  }
}

/** Where a post leads: the survey's editor (or a page of it) with a notice, or the list with none. */
interface Redirect {
  survey?: { slug: string };
  path?: string;
  notice?: Notice;
  anchor?: string;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** QR codes are made rarely (downloads, posters): the library is loaded then, not at start-up. */
const qrCode = async () => (await import('qrcode')).default;

export async function surveyBuilderRoutes(
  app: FastifyInstance,
  { db, config }: { db: Database; config: Config },
) {
  const get = (url: string, handler: Handler) =>
    defineRoute(app, { method: 'GET', url: `/:org/console/${url}`, access: ACCESS, handler });
  const post = (url: string, handler: Handler) =>
    defineRoute(app, {
      method: 'POST',
      url: `/:org/console/${url}`,
      access: ACCESS,
      rateLimitPerMinute: POSTS_PER_MINUTE,
      handler,
    });

  const inOrganisation = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) =>
    db.forOrganisation(request.organisation!.id, fn);

  /** Runs `fn` in the organisation's transaction; a Refusal rolls it back and is returned. */
  async function attempt<T>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) {
    try {
      return { ok: true as const, value: await inOrganisation(request, fn) };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false as const, refusal: error };
      throw error;
    }
  }

  const consoleBase = (request: FastifyRequest) => `/${request.organisation!.slug}/console/surveys`;
  const surveyBase = (request: FastifyRequest, survey: { slug: string }) =>
    `${consoleBase(request)}/${survey.slug}`;

  function redirect(request: FastifyRequest, reply: FastifyReply, to: Redirect) {
    const page = to.survey ? `${surveyBase(request, to.survey)}${to.path ?? ''}` : consoleBase(request);
    const query = to.notice ? `?notice=${to.notice}` : '';
    return reply.redirect(`${page}${query}${to.anchor ? `#${to.anchor}` : ''}`, 303);
  }

  async function loadSurvey(tx: Tx, request: FastifyRequest): Promise<Survey> {
    const { survey: slug } = surveyParams.parse(request.params);
    const survey = await findSurvey(tx, { slug });
    if (!survey) throw new HttpError(404);
    return survey;
  }

  async function catalogueOf(tx: Tx): Promise<CatalogueEntry[]> {
    return usableCatalogue(await listBackgroundQuestions(tx));
  }

  async function editorData(tx: Tx, survey: Survey): Promise<EditorData> {
    const versions = await listVersions(tx, survey.id);
    const current = survey.current_version_id ? await findVersion(tx, survey.current_version_id) : undefined;
    return {
      survey,
      versions: versions.map((v) => ({ number: v.number, published_at: v.published_at })),
      currentVersion: current?.number ?? null,
      unpublishedChanges: current ? hasUnpublishedChanges(survey.draft, current.definition) : true,
      points: await listServicePoints(tx),
      attached: await servicePointsOfSurvey(tx, survey.id),
      catalogue: await catalogueOf(tx),
      publicUrl: config.publicUrl,
    };
  }

  function noticeText(
    request: FastifyRequest,
    notice: Notice | undefined,
    data?: EditorData,
  ): string | undefined {
    if (!notice) return undefined;
    const { t } = request.i18n;
    if (notice === 'published' && data?.survey.kind === 'research') {
      // A research survey has no public address: members answer it through its task (issue 6).
      return t('research.notice.surveyPublished', { number: data.currentVersion ?? 0 });
    }
    if (notice === 'published' && data) {
      const address = new URL(publicPath(request.organisation!.slug, data.survey.slug), config.publicUrl)
        .href;
      return t('builder.notice.published', { number: data.currentVersion ?? 0, address });
    }
    return t(`builder.notice.${notice}` as MessageKey);
  }

  const toErrors = (request: FastifyRequest, issues: Shown[]): FieldError[] =>
    issues.map((issue) =>
      'message' in issue ? issue : { field: issue.field, message: issueMessage(issue, request.i18n) },
    );

  /** The page again after a refused post: the notice gives way to the reasons. */
  function refusedPage(request: FastifyRequest, refusal: Refusal) {
    return {
      errors: toErrors(request, refusal.issues),
      ...(refusal.values ? { values: refusal.values } : {}),
      status: 400,
    };
  }

  async function showEditor(request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) {
    const data = await inOrganisation(request, async (tx) => editorData(tx, await loadSurvey(tx, request)));
    const page = refusal ? refusedPage(request, refusal) : undefined;
    const notice = page ? undefined : noticeText(request, noticeOf(request), data);
    return reply.page(
      <SurveyEditorPage {...data} {...(notice ? { notice } : {})} {...page} />,
      page?.status ?? 200,
    );
  }

  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { form: 'survey' | 'point'; refusal: Refusal },
  ) {
    const { surveys, points } = await inOrganisation(request, async (tx) => ({
      surveys: await listSurveys(tx),
      points: await listServicePoints(tx),
    }));
    const page = refused ? refusedPage(request, refused.refusal) : undefined;
    const notice = page ? undefined : noticeText(request, noticeOf(request));
    return reply.page(
      <SurveyListPage
        surveys={surveys}
        points={points}
        {...(notice ? { notice } : {})}
        {...(refused && page
          ? { errors: { form: refused.form, errors: page.errors }, values: page.values }
          : {})}
      />,
      page?.status ?? 200,
    );
  }

  /** An edit's form read or refused: what it read, or a Refusal showing the form again as posted. */
  function accepted<T>(read: { ok: true; data: T } | { ok: false; issues: Shown[] }, body: FormBody): T {
    if (!read.ok) throw new Refusal(read.issues, body);
    return read.data;
  }

  /** A draft edit's new draft, or a Refusal (the page's forms stay as they are saved). */
  function edited(edit: { ok: true; draft: SurveyDraft } | { ok: false; issues: Shown[] }): SurveyDraft {
    if (!edit.ok) throw new Refusal(edit.issues);
    return edit.draft;
  }

  /** A key another survey or service point of the organisation already has. */
  const slugTaken = (field: string, body: FormBody) =>
    new Refusal([{ field, key: 'builder.error.slugTaken' }], body);
  /** The same key taken by a simultaneous post reaches the unique index: the same message, not a 500. */
  const unlessTaken = <T,>(insert: Promise<T>, field: string, body: FormBody): Promise<T> =>
    insert.catch((error: unknown) => {
      throw (error as { code?: string }).code === '23505' ? slugTaken(field, body) : error;
    });

  /**
   * A post to one survey: loads it in the organisation's transaction, runs the edit and redirects to
   * where it leads, or shows the editor again with why it was refused (nothing kept).
   */
  function postToSurvey(
    url: string,
    edit: (tx: Tx, survey: Survey, body: FormBody, request: FastifyRequest) => Promise<Redirect>,
  ) {
    post(`surveys/:survey${url}`, async (request, reply) => {
      const body = bodyOf(request);
      const outcome = await attempt(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        return { survey, ...(await edit(tx, survey, body, request)) };
      });
      if (!outcome.ok) return showEditor(request, reply, outcome.refusal);
      return redirect(request, reply, outcome.value);
    });
  }

  /** A post that changes only the draft: `change` gives the new draft, or refuses. */
  function postDraftChange(
    url: string,
    change: (draft: SurveyDraft, request: FastifyRequest, body: FormBody) => SurveyDraft,
    then: (request: FastifyRequest, before: SurveyDraft) => Omit<Redirect, 'survey'>,
  ) {
    postToSurvey(url, async (tx, survey, body, request) => {
      await saveDraft(tx, survey.id, change(survey.draft, request, body));
      return then(request, survey.draft);
    });
  }

  /** A post from the list page (a new survey or service point); a refusal shows that form again. */
  function postToList(
    url: string,
    form: 'survey' | 'point',
    create: (tx: Tx, body: FormBody, request: FastifyRequest) => Promise<Redirect>,
  ) {
    post(url, async (request, reply) => {
      const outcome = await attempt(request, (tx) => create(tx, bodyOf(request), request));
      if (!outcome.ok) return showList(request, reply, { form, refusal: outcome.refusal });
      return redirect(request, reply, outcome.value);
    });
  }

  const questionOf = (request: FastifyRequest, draft: SurveyDraft) => {
    const { question: id } = questionParams.parse(request.params);
    const place = findQuestion(draft, id);
    if (!place) throw new HttpError(404);
    return place.question;
  };

  /* ---------- Surveys and service points ---------- */

  get('surveys', (request, reply) => showList(request, reply));

  postToList('surveys', 'survey', async (tx, body, request) => {
    const form = accepted(readNewSurvey(body), body);
    if (await findSurvey(tx, { slug: form.slug })) throw slugTaken('slug', body);
    const survey = await unlessTaken(
      createSurvey(tx, {
        organisationId: request.organisation!.id,
        slug: form.slug,
        kind: 'feedback',
        draft: { title: form.title, languages: form.languages, pages: [{ questions: [] }] },
      }),
      'slug',
      body,
    );
    return { survey, notice: 'created' };
  });

  postToList('service-points', 'point', async (tx, body, request) => {
    const form = accepted(readServicePoint(body), body);
    if (await findServicePoint(tx, form.slug)) throw slugTaken('pointSlug', body);
    await unlessTaken(
      createServicePoint(tx, { organisationId: request.organisation!.id, ...form }),
      'pointSlug',
      body,
    );
    return { notice: 'pointCreated' };
  });

  /* ---------- The editor ---------- */

  get('surveys/:survey', (request, reply) => showEditor(request, reply));

  postToSurvey('/settings', async (tx, survey, body, request) => {
    const pointIds = (await listServicePoints(tx)).map((p) => p.id);
    const form = accepted(readSettings(body, pointIds), body);
    await saveDraft(tx, survey.id, withSettings(survey.draft, form));
    if (survey.kind === 'feedback') {
      // Publishing checks the draw against the register; turning it on in an open survey must too.
      if (form.drawEnabled && !survey.draw_enabled && survey.status === 'published') {
        const version = await findVersion(tx, survey.current_version_id!);
        const issue = drawNotDeclared(await registersInForce(tx), version.definition);
        if (issue) throw new Refusal([issue], body);
      }
      await setDrawEnabled(tx, survey.id, form.drawEnabled);
      await setSurveyServicePoints(tx, request.organisation!.id, survey.id, form.servicePointIds);
    }
    return { notice: 'saved' };
  });

  postToSurvey('/questions', async (tx, survey, body) => {
    const added = addQuestionFromForm(survey.draft, body, await catalogueOf(tx));
    if (!added.ok) throw new Refusal(added.issues, body);
    await saveDraft(tx, survey.id, added.draft);
    return { path: `/questions/${added.id}` };
  });

  /** A question's own form: as saved, or as posted with why it was refused. */
  async function showQuestion(request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) {
    const survey = await inOrganisation(request, (tx) => loadSurvey(tx, request));
    const question = questionOf(request, survey.draft);
    const page = refusal ? refusedPage(request, refusal) : undefined;
    return reply.page(
      <QuestionEditPage
        survey={survey}
        question={question}
        values={page?.values ?? questionToForm(question)}
        errors={page?.errors ?? []}
      />,
      page?.status ?? 200,
    );
  }

  get('surveys/:survey/questions/:question', (request, reply) => showQuestion(request, reply));

  post('surveys/:survey/questions/:question', async (request, reply) => {
    const body = bodyOf(request);
    const outcome = await attempt(request, async (tx): Promise<Redirect> => {
      const survey = await loadSurvey(tx, request);
      const { id } = questionOf(request, survey.draft);
      const read = questionFromForm(survey.draft, id, body);
      if (!read.ok) throw new Refusal(read.issues, body);
      const { question } = read;
      await saveDraft(tx, survey.id, replaceQuestion(survey.draft, id, question));
      return { survey, notice: 'questionSaved', anchor: questionAnchor(question.id) };
    });
    if (!outcome.ok) return showQuestion(request, reply, outcome.refusal);
    return redirect(request, reply, outcome.value);
  });

  postDraftChange(
    '/questions/:question/move',
    (draft, request, body) => edited(moveFromForm(draft, questionOf(request, draft).id, body)),
    (request) => ({ notice: 'moved', anchor: questionAnchor(questionParams.parse(request.params).question) }),
  );

  postDraftChange(
    '/questions/:question/delete',
    (draft, request) => deleteQuestion(draft, questionOf(request, draft).id),
    () => ({ notice: 'deleted' }),
  );

  postDraftChange(
    '/pages',
    (draft) => edited(addPageIfRoom(draft)),
    (_, before) => ({ notice: 'pageAdded', anchor: `page-${before.pages.length + 1}` }),
  );

  postDraftChange(
    '/pages/:page/delete',
    (draft, request) => edited(removePage(draft, pageParams.parse(request.params).page)),
    () => ({ notice: 'pageRemoved' }),
  );

  /* ---------- Publishing, closing, copying ---------- */

  postToSurvey('/publish', async (tx, survey, _body, request) => {
    // An open survey whose draft is what is published already needs no new version.
    if (survey.status === 'published' && survey.current_version_id) {
      const current = await findVersion(tx, survey.current_version_id);
      if (!hasUnpublishedChanges(survey.draft, current.definition)) return { notice: 'unchanged' };
    }
    const outcome = await publishSurvey(tx, survey.id);
    if (!outcome.ok) {
      const problems = outcome.problems.map((raw) => localiseProblem(raw));
      throw new Refusal(
        problems.map((problem) => ({ field: problem.anchor, message: problemText(problem, request.i18n.t) })),
      );
    }
    return { notice: 'published' };
  });

  postToSurvey('/close', async (tx, survey) => {
    if (survey.status !== 'published')
      throw new Refusal([{ field: 'publish', key: 'builder.error.notOpen' }]);
    await closeSurvey(tx, survey.id);
    return { notice: 'closed' };
  });

  postToSurvey('/copy', async (tx, survey, body) => {
    const { slug } = accepted(readCopy(body), body);
    if (await findSurvey(tx, { slug })) throw slugTaken('copySlug', body);
    return { survey: await unlessTaken(copySurvey(tx, survey.id, slug), 'copySlug', body), notice: 'copied' };
  });

  /* ---------- Preview ---------- */

  get('surveys/:survey/preview/:language', async (request, reply) => {
    const { language } = z.object({ language: z.string() }).parse(request.params);
    if (!isLanguage(language)) throw new HttpError(404);
    const survey = await inOrganisation(request, (tx) => loadSurvey(tx, request));
    // The whole page in the language previewed, hints and buttons included, as a respondent sees it.
    request.i18n = translator(language);
    return reply.page(<PreviewPage survey={survey} language={language} />);
  });

  /* ---------- QR codes and posters ---------- */

  /** The public address of a feedback survey, at a service point attached to it or in general. */
  async function addressOf(request: FastifyRequest, pointSlug: string | undefined) {
    const found = await inOrganisation(request, async (tx) => {
      const survey = await loadSurvey(tx, request);
      if (survey.kind !== 'feedback') throw new HttpError(404);
      let point: ServicePoint | undefined;
      if (pointSlug !== undefined) {
        point = (await servicePointsOfSurvey(tx, survey.id)).find((p) => p.slug === pointSlug);
        if (!point) throw new HttpError(404);
      }
      const version = survey.current_version_id
        ? await findVersion(tx, survey.current_version_id)
        : undefined;
      return { survey, point, version };
    });
    const url = new URL(
      publicPath(request.organisation!.slug, found.survey.slug, found.point?.slug),
      config.publicUrl,
    );
    return { ...found, url };
  }

  const qrFile = /^([a-z0-9][a-z0-9-]{0,59})\.(svg|png)$/;

  async function sendQr(
    request: FastifyRequest,
    reply: FastifyReply,
    pointSlug: string | undefined,
    format: 'svg' | 'png',
  ) {
    const { survey, point, url } = await addressOf(request, pointSlug);
    const filename = `${survey.slug}${point ? `-${point.slug}` : ''}-qr.${format}`;
    reply
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store');
    if (format === 'svg') {
      const svg = await (await qrCode()).toString(url.href, {
        type: 'svg',
        margin: 2,
        errorCorrectionLevel: 'M',
      });
      return reply.type('image/svg+xml; charset=utf-8').send(svg);
    }
    const png = await (await qrCode()).toBuffer(url.href, {
      type: 'png',
      width: 1024,
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    return reply.type('image/png').send(png);
  }

  for (const format of ['svg', 'png'] as const) {
    get(`surveys/:survey/qr.${format}`, (request, reply) => sendQr(request, reply, undefined, format));
  }

  get('surveys/:survey/qr/:file', async (request, reply) => {
    const { file } = z.object({ file: z.string().max(64) }).parse(request.params);
    const match = qrFile.exec(file);
    if (!match) throw new HttpError(404);
    return sendQr(request, reply, match[1], match[2] as 'svg' | 'png');
  });

  async function showPoster(request: FastifyRequest, reply: FastifyReply, pointSlug: string | undefined) {
    const { survey, point, version, url } = await addressOf(request, pointSlug);
    const definition = version?.definition ?? survey.draft;
    const qrSvg = await (await qrCode()).toString(url.href, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    const texts = Object.fromEntries(
      (['fi', 'sv', 'en'] as const).map((l) => {
        const { t } = translator(l);
        return [
          l,
          {
            call: t('builder.poster.call'),
            anonymous: t('builder.poster.anonymous'),
            qrAlt: t('builder.poster.qrAlt', { address: url.href }),
          },
        ];
      }),
    ) as Record<Language, { call: string; anonymous: string; qrAlt: string }>;
    return reply.page(
      <PosterPage
        title={definition.title}
        surveyLanguages={definition.languages}
        point={point}
        qrSvg={qrSvg}
        shortAddress={`${url.host}${url.pathname}`}
        backHref={surveyBase(request, survey)}
        stylesheet={assetUrl('poster.css')}
        texts={texts}
      />,
    );
  }

  get('surveys/:survey/poster', (request, reply) => showPoster(request, reply, undefined));

  get('surveys/:survey/poster/:point', async (request, reply) => {
    const { point } = z.object({ point: z.string().max(60) }).parse(request.params);
    return showPoster(request, reply, point);
  });
}
