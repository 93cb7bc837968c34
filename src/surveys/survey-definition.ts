import { z } from 'zod';
import { languages } from '../platform/i18n/languages.ts';

/**
 * The survey model, shared by anonymous feedback (E5) and the community's research tasks: a survey
 * version is pages of questions, with conditions, in the languages it is published in. This module only
 * describes and checks; storing versions and answers comes with the surveys capability's migrations.
 */
const text = z.object({ fi: z.string().optional(), sv: z.string().optional(), en: z.string().optional() });
export type SurveyText = z.infer<typeof text>;

const option = z.object({ value: z.string().regex(/^[a-z0-9_-]{1,40}$/), label: text });

const base = {
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'A question id is a short lower-case key, e.g. "visit_reason".'),
  text,
  required: z.boolean().default(false),
  /** Shown only when an earlier question's answer matches. */
  showWhen: z.object({ question: z.string(), equals: z.array(z.string()).min(1) }).optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('single_choice'),
    options: z.array(option).min(2),
    randomise: z.boolean().default(false),
  }),
  z.object({
    ...base,
    type: z.literal('multiple_choice'),
    options: z.array(option).min(2),
    min: z.number().int().min(0).default(0),
    max: z.number().int().min(1).optional(),
    randomise: z.boolean().default(false),
  }),
  z.object({
    ...base,
    type: z.literal('rating'),
    min: z.number().int(),
    max: z.number().int(),
    minLabel: text,
    maxLabel: text,
    /** A smiley scale must name every step in words too (text alternatives). */
    smiley: z.boolean().default(false),
    stepLabels: z.array(text).optional(),
  }),
  z.object({ ...base, type: z.literal('nps') }),
  z.object({
    ...base,
    type: z.literal('short_text'),
    maxLength: z.number().int().min(1).max(200).default(200),
  }),
  z.object({
    ...base,
    type: z.literal('long_text'),
    maxLength: z.number().int().min(1).max(5000).default(2000),
  }),
  z.object({ ...base, type: z.literal('number'), min: z.number(), max: z.number() }),
  z.object({ ...base, type: z.literal('date') }),
  z.object({
    ...base,
    type: z.literal('matrix'),
    rows: z.array(option).min(1),
    scale: z.array(option).min(2),
  }),
  z.object({
    ...base,
    type: z.literal('background'),
    catalogueKey: z.string(),
    options: z.array(option).min(2),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

/**
 * What staff edit: the same shape as a version, but it may be incomplete (no questions yet, missing
 * translations). Publishing checks it as a SurveyVersion.
 */
export const surveyDraftSchema = z.object({
  title: text,
  intro: text.optional(),
  languages: z.array(z.enum(languages)).min(1),
  pages: z.array(z.object({ questions: z.array(questionSchema) })).min(1),
});
export type SurveyDraft = z.infer<typeof surveyDraftSchema>;

export const surveyVersionSchema = z
  .object({
    title: text,
    intro: text.optional(),
    languages: z.array(z.enum(languages)).min(1),
    pages: z.array(z.object({ questions: z.array(questionSchema).min(1) })).min(1),
  })
  .superRefine((survey, ctx) => {
    const seen: string[] = [];
    // A condition looks at an earlier page, so the form can show or skip it without JavaScript.
    const onEarlierPages: string[] = [];
    const pageOf = new Map(survey.pages.flatMap((page, index) => page.questions.map((q) => [q, index])));
    let currentPage = 0;
    for (const question of survey.pages.flatMap((p) => p.questions)) {
      const page = pageOf.get(question) ?? 0;
      if (page !== currentPage) {
        onEarlierPages.push(...seen.filter((id) => !onEarlierPages.includes(id)));
        currentPage = page;
      }
      if (seen.includes(question.id))
        ctx.addIssue({ code: 'custom', message: `The question id "${question.id}" is used twice.` });
      if (question.showWhen && !onEarlierPages.includes(question.showWhen.question)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${question.id}" depends on "${question.showWhen.question}", which must be on an earlier page.`,
        });
      }
      if (question.type === 'rating') {
        if (question.max <= question.min)
          ctx.addIssue({
            code: 'custom',
            message: `"${question.id}": the scale's maximum must exceed its minimum.`,
          });
        if (question.smiley && (question.stepLabels?.length ?? 0) !== question.max - question.min + 1) {
          ctx.addIssue({
            code: 'custom',
            message: `"${question.id}": a smiley scale needs a text label for every step.`,
          });
        }
      }
      if (question.type === 'multiple_choice' && question.max !== undefined && question.max < question.min) {
        ctx.addIssue({ code: 'custom', message: `"${question.id}": max is smaller than min.` });
      }
      if (question.type === 'number' && question.max <= question.min) {
        ctx.addIssue({ code: 'custom', message: `"${question.id}": the maximum must exceed the minimum.` });
      }
      seen.push(question.id);
    }
  });
export type SurveyVersion = z.infer<typeof surveyVersionSchema>;

/** Every text a respondent would see, with where it is, so a missing translation can be named. */
function textsOf(survey: SurveyVersion): { where: string; text: SurveyText }[] {
  const heading = [{ where: 'title', text: survey.title }];
  if (survey.intro) heading.push({ where: 'introduction', text: survey.intro });
  return heading.concat(
    survey.pages.flatMap((page, pageIndex) =>
      page.questions.flatMap((q) => {
        const where = `page ${pageIndex + 1}, "${q.id}"`;
        const texts = [{ where, text: q.text }];
        if ('options' in q)
          texts.push(...q.options.map((o) => ({ where: `${where}, option "${o.value}"`, text: o.label })));
        if (q.type === 'rating') {
          texts.push(
            { where: `${where}, lowest label`, text: q.minLabel },
            { where: `${where}, highest label`, text: q.maxLabel },
          );
          texts.push(
            ...(q.stepLabels ?? []).map((label, i) => ({
              where: `${where}, step ${q.min + i}`,
              text: label,
            })),
          );
        }
        if (q.type === 'matrix') {
          texts.push(...q.rows.map((r) => ({ where: `${where}, row "${r.value}"`, text: r.label })));
          texts.push(...q.scale.map((s) => ({ where: `${where}, scale "${s.value}"`, text: s.label })));
        }
        return texts;
      }),
    ),
  );
}

/** A survey can be published only when every text exists in every language it is published in. */
export function missingTranslations(survey: SurveyVersion): string[] {
  return textsOf(survey).flatMap(({ where, text: t }) =>
    survey.languages.filter((language) => !t[language]?.trim()).map((language) => `${where} (${language})`),
  );
}
