import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
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
import { issueMessage, readCopy, readNewSurvey, readServicePoint, readSettings } from './builder-forms.ts';
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
  addPage,
  addQuestion,
  type CatalogueEntry,
  deleteQuestion,
  type FormBody,
  findQuestion,
  formValue,
  hasUnpublishedChanges,
  isQuestionType,
  moveQuestion,
  questionFromForm,
  questionToForm,
  removeEmptyPage,
  replaceQuestion,
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

function bodyOf(request: FastifyRequest): FormBody {
  return request.body && typeof request.body === 'object' ? (request.body as FormBody) : {};
}

function noticeOf(request: FastifyRequest): Notice | undefined {
  const notice = (request.query as Record<string, unknown> | undefined)?.notice;
  return notices.find((n) => n === notice);
}

export async function surveyBuilderRoutes(
  app: FastifyInstance,
  { db, config }: { db: Database; config: Config },
) {
  const inOrganisation = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) =>
    db.forOrganisation(request.organisation!.id, fn);
  const consoleBase = (request: FastifyRequest) => `/${request.organisation!.slug}/console/surveys`;
  const surveyBase = (request: FastifyRequest, survey: { slug: string }) =>
    `${consoleBase(request)}/${survey.slug}`;

  async function loadSurvey(tx: Tx, request: FastifyRequest): Promise<Survey> {
    const { survey: slug } = surveyParams.parse(request.params);
    const survey = await findSurvey(tx, { slug });
    if (!survey) throw new HttpError(404);
    return survey;
  }

  async function catalogueOf(tx: Tx): Promise<CatalogueEntry[]> {
    // A background question in a survey is answered with one choice, as the catalogue's single-choice ones are.
    const rows = await listBackgroundQuestions(tx);
    return rows
      .filter((row) => row.kind === 'single_choice')
      .map((row) => ({ key: row.key, text: row.text, options: row.options }));
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
    if (notice === 'published' && data) {
      const address = new URL(publicPath(request.organisation!.slug, data.survey.slug), config.publicUrl)
        .href;
      return t('builder.notice.published', { number: data.currentVersion ?? 0, address });
    }
    return t(`builder.notice.${notice}` as MessageKey);
  }

  async function showEditor(
    request: FastifyRequest,
    reply: FastifyReply,
    extras: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ) {
    const data = await inOrganisation(request, async (tx) => editorData(tx, await loadSurvey(tx, request)));
    const notice = extras.errors ? undefined : noticeText(request, noticeOf(request), data);
    return reply.page(
      <SurveyEditorPage
        {...data}
        {...(notice ? { notice } : {})}
        {...(extras.errors ? { errors: extras.errors } : {})}
        {...(extras.values ? { values: extras.values } : {})}
      />,
      extras.status ?? 200,
    );
  }

  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    extras: {
      errors?: { form: 'survey' | 'point'; errors: FieldError[] };
      values?: FormBody;
      status?: number;
    } = {},
  ) {
    const { surveys, points } = await inOrganisation(request, async (tx) => ({
      surveys: await listSurveys(tx),
      points: await listServicePoints(tx),
    }));
    const notice = extras.errors ? undefined : noticeText(request, noticeOf(request));
    return reply.page(
      <SurveyListPage
        surveys={surveys}
        points={points}
        {...(notice ? { notice } : {})}
        {...(extras.errors ? { errors: extras.errors } : {})}
        {...(extras.values ? { values: extras.values } : {})}
      />,
      extras.status ?? 200,
    );
  }

  /** Applies a change to the draft; a change that leaves the draft as it was is refused as `invalid`. */
  async function changeDraft(
    request: FastifyRequest,
    change: (draft: SurveyDraft, survey: Survey) => SurveyDraft | undefined,
  ): Promise<{ survey: Survey; changed: boolean }> {
    return inOrganisation(request, async (tx) => {
      const survey = await loadSurvey(tx, request);
      const draft = change(survey.draft, survey);
      if (!draft || draft === survey.draft) return { survey, changed: false };
      await saveDraft(tx, survey.id, draft);
      return { survey, changed: true };
    });
  }

  const toErrors = (request: FastifyRequest, issues: Parameters<typeof issueMessage>[0][]): FieldError[] =>
    issues.map((issue) => ({ field: issue.field, message: issueMessage(issue, request.i18n) }));

  /* ---------- Surveys and service points ---------- */

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys',
    access: ACCESS,
    handler: (request, reply) => showList(request, reply),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const form = readNewSurvey(body);
      const outcome = await inOrganisation(request, async (tx) => {
        if (!form.ok) return form;
        if (await findSurvey(tx, { slug: form.data.slug }))
          return { ok: false as const, issues: [{ field: 'slug', key: 'builder.error.slugTaken' as const }] };
        const survey = await createSurvey(tx, {
          organisationId: request.organisation!.id,
          slug: form.data.slug,
          kind: 'feedback',
          draft: { title: form.data.title, languages: form.data.languages, pages: [{ questions: [] }] },
        });
        return { ok: true as const, survey };
      });
      if (!outcome.ok) {
        const errors = { form: 'survey' as const, errors: toErrors(request, outcome.issues) };
        return showList(request, reply, { errors, values: body, status: 400 });
      }
      return reply.redirect(`${surveyBase(request, outcome.survey)}?notice=created`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/service-points',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const form = readServicePoint(body);
      const outcome = await inOrganisation(request, async (tx) => {
        if (!form.ok) return form;
        if (await findServicePoint(tx, form.data.slug))
          return {
            ok: false as const,
            issues: [{ field: 'pointSlug', key: 'builder.error.slugTaken' as const }],
          };
        await createServicePoint(tx, { organisationId: request.organisation!.id, ...form.data });
        return { ok: true as const };
      });
      if (!outcome.ok) {
        const errors = { form: 'point' as const, errors: toErrors(request, outcome.issues) };
        return showList(request, reply, { errors, values: body, status: 400 });
      }
      return reply.redirect(`${consoleBase(request)}?notice=pointCreated`, 303);
    },
  });

  /* ---------- The editor ---------- */

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey',
    access: ACCESS,
    handler: (request, reply) => showEditor(request, reply),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/settings',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const outcome = await inOrganisation(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        const points = await listServicePoints(tx);
        const form = readSettings(
          body,
          points.map((p) => p.id),
        );
        if (!form.ok) return form;
        const { title, intro, languages, drawEnabled, servicePointIds } = form.data;
        const { intro: _previous, ...rest } = survey.draft;
        await saveDraft(tx, survey.id, { ...rest, title, languages, ...(intro ? { intro } : {}) });
        if (survey.kind === 'feedback') {
          await setDrawEnabled(tx, survey.id, drawEnabled);
          await setSurveyServicePoints(tx, request.organisation!.id, survey.id, servicePointIds);
        }
        return { ok: true as const, survey };
      });
      if (!outcome.ok)
        return showEditor(request, reply, {
          errors: toErrors(request, outcome.issues),
          values: body,
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, outcome.survey)}?notice=saved`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/questions',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const type = formValue(body, 'type');
      const page = Number(formValue(body, 'page') || '0');
      let added: string | undefined;
      type Outcome = { survey: Survey; error?: { field: string; key: MessageKey } };
      const outcome = await inOrganisation(request, async (tx): Promise<Outcome> => {
        const survey = await loadSurvey(tx, request);
        if (!isQuestionType(type))
          return { survey, error: { field: 'type', key: 'builder.error.questionType' } };
        if (!Number.isInteger(page) || page < 1 || page > survey.draft.pages.length)
          return { survey, error: { field: 'page', key: 'builder.error.page' } };
        let entry: CatalogueEntry | undefined;
        if (type === 'background') {
          entry = (await catalogueOf(tx)).find((e) => e.key === formValue(body, 'catalogue'));
          if (!entry) return { survey, error: { field: 'catalogue', key: 'builder.error.catalogue' } };
        }
        const result = addQuestion(survey.draft, type, page - 1, entry);
        await saveDraft(tx, survey.id, result.draft);
        added = result.id;
        return { survey };
      });
      if (outcome.error)
        return showEditor(request, reply, {
          errors: [{ field: outcome.error.field, message: request.i18n.t(outcome.error.key) }],
          values: body,
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, outcome.survey)}/questions/${added}`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey/questions/:question',
    access: ACCESS,
    handler: async (request, reply) => {
      const { question: id } = questionParams.parse(request.params);
      const survey = await inOrganisation(request, (tx) => loadSurvey(tx, request));
      const place = findQuestion(survey.draft, id);
      if (!place) throw new HttpError(404);
      return reply.page(
        <QuestionEditPage
          survey={survey}
          question={place.question}
          values={questionToForm(place.question)}
          errors={[]}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/questions/:question',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { question: id } = questionParams.parse(request.params);
      const body = bodyOf(request);
      const outcome = await inOrganisation(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        const place = findQuestion(survey.draft, id);
        if (!place) throw new HttpError(404);
        const read = questionFromForm(survey.draft, id, body);
        if (!read.ok) return { ...read, survey, question: place.question };
        await saveDraft(tx, survey.id, replaceQuestion(survey.draft, id, read.question));
        return { ok: true as const, survey, question: read.question };
      });
      if (!outcome.ok) {
        return reply.page(
          <QuestionEditPage
            survey={outcome.survey}
            question={outcome.question}
            values={body}
            errors={toErrors(request, outcome.issues)}
          />,
          400,
        );
      }
      return reply.redirect(
        `${surveyBase(request, outcome.survey)}?notice=questionSaved#${questionAnchor(outcome.question.id)}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/questions/:question/move',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { question: id } = questionParams.parse(request.params);
      const direction = formValue(bodyOf(request), 'direction');
      if (direction !== 'up' && direction !== 'down') throw new HttpError(400);
      const { survey, changed } = await changeDraft(request, (draft) => {
        if (!findQuestion(draft, id)) throw new HttpError(404);
        return moveQuestion(draft, id, direction);
      });
      if (!changed)
        return showEditor(request, reply, {
          errors: [{ field: questionAnchor(id), message: request.i18n.t('builder.error.cannotMove') }],
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, survey)}?notice=moved#${questionAnchor(id)}`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/questions/:question/delete',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { question: id } = questionParams.parse(request.params);
      const { survey } = await changeDraft(request, (draft) => {
        if (!findQuestion(draft, id)) throw new HttpError(404);
        return deleteQuestion(draft, id);
      });
      return reply.redirect(`${surveyBase(request, survey)}?notice=deleted`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/pages',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { survey } = await changeDraft(request, (draft) => addPage(draft));
      return reply.redirect(
        `${surveyBase(request, survey)}?notice=pageAdded#page-${survey.draft.pages.length + 1}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/pages/:page/delete',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { page } = z.object({ page: z.coerce.number().int().min(1).max(200) }).parse(request.params);
      const { survey, changed } = await changeDraft(request, (draft) => removeEmptyPage(draft, page - 1));
      if (!changed)
        return showEditor(request, reply, {
          errors: [{ field: `page-${page}`, message: request.i18n.t('builder.error.pageNotEmpty') }],
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, survey)}?notice=pageRemoved`, 303);
    },
  });

  /* ---------- Publishing, closing, copying ---------- */

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/publish',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const { survey, outcome } = await inOrganisation(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        // An open survey whose draft is what is published already needs no new version.
        if (survey.status === 'published' && survey.current_version_id) {
          const current = await findVersion(tx, survey.current_version_id);
          if (!hasUnpublishedChanges(survey.draft, current.definition))
            return { survey, outcome: 'unchanged' as const };
        }
        return { survey, outcome: await publishSurvey(tx, survey.id) };
      });
      if (outcome === 'unchanged')
        return reply.redirect(`${surveyBase(request, survey)}?notice=unchanged`, 303);
      if (!outcome.ok) {
        const errors = outcome.problems.map((raw) => {
          const problem = localiseProblem(raw);
          return { field: problem.anchor, message: problemText(problem, request.i18n.t) };
        });
        return showEditor(request, reply, { errors, status: 400 });
      }
      return reply.redirect(`${surveyBase(request, survey)}?notice=published`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/close',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const survey = await inOrganisation(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        if (survey.status !== 'published') return undefined;
        await closeSurvey(tx, survey.id);
        return survey;
      });
      if (!survey)
        return showEditor(request, reply, {
          errors: [{ field: 'publish', message: request.i18n.t('builder.error.notOpen') }],
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, survey)}?notice=closed`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/surveys/:survey/copy',
    access: ACCESS,
    rateLimitPerMinute: POSTS_PER_MINUTE,
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const form = readCopy(body);
      const outcome = await inOrganisation(request, async (tx) => {
        const survey = await loadSurvey(tx, request);
        if (!form.ok) return form;
        if (await findSurvey(tx, { slug: form.data.slug }))
          return {
            ok: false as const,
            issues: [{ field: 'copySlug', key: 'builder.error.slugTaken' as const }],
          };
        return { ok: true as const, copy: await copySurvey(tx, survey.id, form.data.slug) };
      });
      if (!outcome.ok)
        return showEditor(request, reply, {
          errors: toErrors(request, outcome.issues),
          values: body,
          status: 400,
        });
      return reply.redirect(`${surveyBase(request, outcome.copy)}?notice=copied`, 303);
    },
  });

  /* ---------- Preview ---------- */

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey/preview/:language',
    access: ACCESS,
    handler: async (request, reply) => {
      const { language } = z.object({ language: z.string() }).parse(request.params);
      if (!isLanguage(language)) throw new HttpError(404);
      const survey = await inOrganisation(request, (tx) => loadSurvey(tx, request));
      // The whole page in the language previewed, hints and buttons included, as a respondent sees it.
      request.i18n = translator(language);
      return reply.page(<PreviewPage survey={survey} language={language} />);
    },
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
      const svg = await QRCode.toString(url.href, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return reply.type('image/svg+xml; charset=utf-8').send(svg);
    }
    const png = await QRCode.toBuffer(url.href, {
      type: 'png',
      width: 1024,
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    return reply.type('image/png').send(png);
  }

  for (const format of ['svg', 'png'] as const) {
    defineRoute(app, {
      method: 'GET',
      url: `/:org/console/surveys/:survey/qr.${format}`,
      access: ACCESS,
      handler: (request, reply) => sendQr(request, reply, undefined, format),
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey/qr/:file',
    access: ACCESS,
    handler: async (request, reply) => {
      const { file } = z.object({ file: z.string().max(64) }).parse(request.params);
      const match = qrFile.exec(file);
      if (!match) throw new HttpError(404);
      return sendQr(request, reply, match[1], match[2] as 'svg' | 'png');
    },
  });

  async function showPoster(request: FastifyRequest, reply: FastifyReply, pointSlug: string | undefined) {
    const { survey, point, version, url } = await addressOf(request, pointSlug);
    const definition = version?.definition ?? survey.draft;
    const qrSvg = await QRCode.toString(url.href, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
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

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey/poster',
    access: ACCESS,
    handler: (request, reply) => showPoster(request, reply, undefined),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/surveys/:survey/poster/:point',
    access: ACCESS,
    handler: async (request, reply) => {
      const { point } = z.object({ point: z.string().max(60) }).parse(request.params);
      return showPoster(request, reply, point);
    },
  });
}
