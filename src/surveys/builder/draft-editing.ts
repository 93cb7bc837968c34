import { languages } from '../../platform/i18n/languages.ts';
import { type Question, questionSchema, type SurveyDraft, type SurveyText } from '../survey-definition.ts';
import { questionAnchor } from './publish-problems.ts';

/**
 * The survey builder's domain rules, as plain functions over a draft: each returns a new draft and
 * leaves the one it was given untouched. The routes only read forms, call these and save the result.
 */
export const questionTypes = [
  'single_choice',
  'multiple_choice',
  'rating',
  'nps',
  'short_text',
  'long_text',
  'number',
  'date',
  'matrix',
  'background',
] as const satisfies readonly Question['type'][];
export type QuestionType = (typeof questionTypes)[number];

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (questionTypes as readonly string[]).includes(value);
}

/** A question of the organisation's background catalogue (table background_questions). */
export interface CatalogueEntry {
  key: string;
  text: SurveyText;
  options: { value: string; label: SurveyText }[];
}

/**
 * The catalogue entries a survey can ask: single-choice ones with at least two options (a background
 * question in a survey is answered with one choice, and a choice needs two).
 */
export function usableCatalogue(rows: readonly (CatalogueEntry & { kind: string })[]): CatalogueEntry[] {
  return rows
    .filter((row) => row.kind === 'single_choice' && row.options.length >= 2)
    .map((row) => ({ key: row.key, text: row.text, options: row.options }));
}

/** How large a draft may grow: enough for any feedback survey, small enough to edit on one page. */
export const MAX_PAGES = 30;
export const MAX_QUESTIONS = 100;

export const questionIdPattern = /^[a-z][a-z0-9_]{0,39}$/;
export const optionValuePattern = /^[a-z0-9_-]{1,40}$/;

export type Option = { value: string; label: SurveyText };

export interface QuestionPlace {
  question: Question;
  page: number;
  index: number;
}

export function allQuestions(draft: SurveyDraft): Question[] {
  return draft.pages.flatMap((page) => page.questions);
}

export function findQuestion(draft: SurveyDraft, id: string): QuestionPlace | undefined {
  for (const [page, { questions }] of draft.pages.entries()) {
    const index = questions.findIndex((q) => q.id === id);
    if (index >= 0) return { question: questions[index]!, page, index };
  }
  return undefined;
}

/** The first free `q<n>` id of the draft. */
export function freshQuestionId(draft: SurveyDraft): string {
  const used = new Set(allQuestions(draft).map((q) => q.id));
  let n = 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

/** A catalogue option value made to fit a survey option value (e.g. "75+" becomes "75_plus"). */
export function optionValueFrom(value: string, taken: readonly string[] = []): string {
  const base =
    value
      .toLowerCase()
      .replaceAll('+', '_plus')
      .replace(/[^a-z0-9_-]+/g, '_')
      .slice(0, 36) || 'option';
  let candidate = base;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base}_${n}`;
  return candidate;
}

const digits = (value: number): SurveyText => ({ fi: String(value), sv: String(value), en: String(value) });
const blankOptions = (count: number, prefix = 'option'): Option[] =>
  Array.from({ length: count }, (_, i) => ({ value: `${prefix}_${i + 1}`, label: {} }));

/** A new question of a type with sensible defaults; its texts are still to be written. */
export function newQuestion(type: QuestionType, id: string, catalogue?: CatalogueEntry): Question {
  const base = { id, text: {}, required: false };
  switch (type) {
    case 'single_choice':
      return { ...base, type, options: blankOptions(2), randomise: false };
    case 'multiple_choice':
      return { ...base, type, options: blankOptions(3), min: 0, randomise: false };
    case 'rating':
      return { ...base, type, min: 1, max: 5, minLabel: {}, maxLabel: {}, smiley: false };
    case 'nps':
      return { ...base, type };
    case 'short_text':
      return { ...base, type, maxLength: 200 };
    case 'long_text':
      return { ...base, type, maxLength: 2000 };
    case 'number':
      return { ...base, type, min: 0, max: 100 };
    case 'date':
      return { ...base, type };
    case 'matrix':
      return {
        ...base,
        type,
        rows: blankOptions(2, 'row'),
        scale: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: digits(n) })),
      };
    case 'background': {
      if (!catalogue) throw new Error('A background question comes from the catalogue.');
      const values: string[] = [];
      const options = catalogue.options.map((option) => {
        const value = optionValueFrom(option.value, values);
        values.push(value);
        return { value, label: { ...option.label } };
      });
      return { ...base, type, text: { ...catalogue.text }, catalogueKey: catalogue.key, options };
    }
  }
}

function withPages(draft: SurveyDraft, pages: Question[][]): SurveyDraft {
  return { ...draft, pages: pages.map((questions) => ({ questions })) };
}

const pagesOf = (draft: SurveyDraft): Question[][] => draft.pages.map((page) => [...page.questions]);

/** Adds a question at the end of a page (the last page if the index is out of range). */
export function addQuestion(
  draft: SurveyDraft,
  type: QuestionType,
  pageIndex: number,
  catalogue?: CatalogueEntry,
): { draft: SurveyDraft; id: string } {
  const id =
    type === 'background' && catalogue && !findQuestion(draft, backgroundIdFrom(catalogue.key))
      ? backgroundIdFrom(catalogue.key)
      : freshQuestionId(draft);
  const pages = pagesOf(draft);
  const target = pageIndex >= 0 && pageIndex < pages.length ? pageIndex : pages.length - 1;
  pages[target]!.push(newQuestion(type, id, catalogue));
  return { draft: withPages(draft, pages), id };
}

function backgroundIdFrom(key: string): string {
  const id = key.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return questionIdPattern.test(id) ? id : `bg_${id}`.slice(0, 40);
}

/**
 * Replaces a question (which may have a new id). Conditions that named it follow the new id and keep
 * only answer values that still exist; a condition left with none is removed.
 */
export function replaceQuestion(draft: SurveyDraft, id: string, question: Question): SurveyDraft {
  const values = answerValues(question)?.map((o) => o.value);
  const pages = pagesOf(draft).map((questions) =>
    questions.map((q) => {
      if (q.id === id) return question;
      if (q.showWhen?.question !== id) return q;
      const equals = values ? q.showWhen.equals.filter((v) => values.includes(v)) : [];
      if (equals.length === 0) {
        const { showWhen: _dropped, ...rest } = q;
        return rest as Question;
      }
      return { ...q, showWhen: { question: question.id, equals } };
    }),
  );
  return withPages(draft, pages);
}

/**
 * Moves a question one step. From the top of a page "up" takes it to the end of the page before; from
 * the bottom of a page "down" takes it to the top of the next one. At either end of the survey it stays.
 */
export function moveQuestion(draft: SurveyDraft, id: string, direction: 'up' | 'down'): SurveyDraft {
  const place = findQuestion(draft, id);
  if (!place) return draft;
  const pages = pagesOf(draft);
  const page = pages[place.page]!;
  if (direction === 'up') {
    if (place.index > 0) {
      [page[place.index - 1], page[place.index]] = [page[place.index]!, page[place.index - 1]!];
    } else if (place.page > 0) {
      page.splice(place.index, 1);
      pages[place.page - 1]!.push(place.question);
    } else return draft;
  } else {
    if (place.index < page.length - 1) {
      [page[place.index + 1], page[place.index]] = [page[place.index]!, page[place.index + 1]!];
    } else if (place.page < pages.length - 1) {
      page.splice(place.index, 1);
      pages[place.page + 1]!.unshift(place.question);
    } else return draft;
  }
  return withPages(draft, pages);
}

export function canMove(draft: SurveyDraft, id: string, direction: 'up' | 'down'): boolean {
  return moveQuestion(draft, id, direction) !== draft;
}

/** Deletes a question; conditions that depended on it are removed with it. */
export function deleteQuestion(draft: SurveyDraft, id: string): SurveyDraft {
  const pages = pagesOf(draft).map((questions) =>
    questions
      .filter((q) => q.id !== id)
      .map((q) => {
        if (q.showWhen?.question !== id) return q;
        const { showWhen: _dropped, ...rest } = q;
        return rest as Question;
      }),
  );
  return withPages(draft, pages);
}

/** A page break: a new, empty page at the end, for questions to be added or moved to. */
export function addPage(draft: SurveyDraft): SurveyDraft {
  return withPages(draft, [...pagesOf(draft), []]);
}

/** Removes a page if it is empty and not the only one. */
export function removeEmptyPage(draft: SurveyDraft, pageIndex: number): SurveyDraft {
  const pages = pagesOf(draft);
  if (pages.length <= 1 || pages[pageIndex]?.length !== 0) return draft;
  pages.splice(pageIndex, 1);
  return withPages(draft, pages);
}

/** The answers a question can be given that a condition can name: choices and scale steps. */
export function answerValues(question: Question): Option[] | undefined {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'background':
      return question.options;
    case 'rating': {
      const steps: Option[] = [];
      for (let v = question.min; v <= question.max && steps.length <= 11; v++)
        steps.push({ value: String(v), label: question.stepLabels?.[v - question.min] ?? digits(v) });
      return steps;
    }
    case 'nps':
      return Array.from({ length: 11 }, (_, v) => ({ value: String(v), label: digits(v) }));
    default:
      return undefined;
  }
}

/** The questions a condition on `id` may look at: those with choices, on earlier pages. */
export function conditionCandidates(draft: SurveyDraft, id: string): Question[] {
  const place = findQuestion(draft, id);
  if (!place) return [];
  return draft.pages
    .slice(0, place.page)
    .flatMap((page) => page.questions)
    .filter((q) => answerValues(q) !== undefined);
}

/* ---------- Reading a question's edit form ---------- */

export type FormBody = Record<string, unknown>;

/** Why a field was refused: a message key (in builder-messages) and its values. */
export interface FormIssue {
  field: string;
  key: IssueKey;
  values?: Record<string, string | number>;
}
export type IssueKey =
  | 'builder.error.questionType'
  | 'builder.error.page'
  | 'builder.error.catalogue'
  | 'builder.error.tooManyQuestions'
  | 'builder.error.tooManyPages'
  | 'builder.error.cannotMove'
  | 'builder.error.pageNotEmpty'
  | 'builder.error.questionId'
  | 'builder.error.questionIdTaken'
  | 'builder.error.tooLong'
  | 'builder.error.optionValue'
  | 'builder.error.optionDuplicate'
  | 'builder.error.tooFewOptions'
  | 'builder.error.wholeNumber'
  | 'builder.error.number'
  | 'builder.error.between'
  | 'builder.error.maxAboveMin'
  | 'builder.error.scaleSteps'
  | 'builder.error.condition';

export function formList(body: FormBody, name: string): string[] {
  const value = body[name];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : ''));
  return typeof value === 'string' ? [value] : [];
}

export function formValue(body: FormBody, name: string): string {
  return (formList(body, name)[0] ?? '').trim();
}

export function formChecked(body: FormBody, name: string): boolean {
  return formList(body, name).length > 0;
}

/** The longest question text, and the longest label of an option, a scale end or a step. */
export const TEXT_MAX = 500;
export const LABEL_MAX = 200;
export const OPTION_VALUE_MAX = 40;

class FormReader {
  readonly issues: FormIssue[] = [];
  constructor(private readonly body: FormBody) {}

  issue(field: string, key: IssueKey, values?: Record<string, string | number>) {
    if (!this.issues.some((i) => i.field === field))
      this.issues.push({ field, key, ...(values && { values }) });
  }

  text(prefix: string, max = TEXT_MAX): SurveyText {
    const text: SurveyText = {};
    for (const language of languages) {
      const field = `${prefix}_${language}`;
      const value = formValue(this.body, field);
      if (value.length > max) this.issue(field, 'builder.error.tooLong', { max });
      if (value) text[language] = value;
    }
    return text;
  }

  integer(field: string, min: number, max: number, fallback?: number): number | undefined {
    const raw = formValue(this.body, field);
    if (raw === '') {
      if (fallback === undefined) this.issue(field, 'builder.error.wholeNumber');
      return fallback;
    }
    if (!/^-?\d+$/.test(raw)) {
      this.issue(field, 'builder.error.wholeNumber');
      return fallback;
    }
    const value = Number(raw);
    if (value < min || value > max) this.issue(field, 'builder.error.between', { min, max });
    return value;
  }

  optionalInteger(field: string, min: number, max: number): number | undefined {
    return formValue(this.body, field) === '' ? undefined : this.integer(field, min, max);
  }

  number(field: string, fallback: number): number {
    const raw = formValue(this.body, field).replace(',', '.').replace('−', '-');
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) {
      this.issue(field, 'builder.error.number');
      return fallback;
    }
    return value;
  }

  /** Rows of repeated inputs `<prefix>_value`, `<prefix>_fi`, … : blank rows are dropped. */
  options(prefix: string, minimum: number): Option[] {
    const values = formList(this.body, `${prefix}_value`);
    const labels = Object.fromEntries(languages.map((l) => [l, formList(this.body, `${prefix}_${l}`)]));
    const rows = Math.max(values.length, ...languages.map((l) => labels[l]!.length));
    const options: Option[] = [];
    for (let i = 0; i < rows; i++) {
      const label: SurveyText = {};
      for (const language of languages) {
        const value = (labels[language]![i] ?? '').trim();
        if (value.length > LABEL_MAX) this.issue(prefix, 'builder.error.tooLong', { max: LABEL_MAX });
        if (value) label[language] = value;
      }
      let value = (values[i] ?? '').trim();
      if (!value && Object.keys(label).length === 0) continue;
      if (!value) {
        const taken = [...values.map((v) => v.trim()), ...options.map((o) => o.value)];
        for (let n = options.length + 1; !value || taken.includes(value); n++) value = `${prefix}_${n}`;
      }
      if (!optionValuePattern.test(value)) this.issue(prefix, 'builder.error.optionValue', { value });
      else if (options.some((o) => o.value === value))
        this.issue(prefix, 'builder.error.optionDuplicate', { value });
      options.push({ value, label });
    }
    if (options.length < minimum) this.issue(prefix, 'builder.error.tooFewOptions', { min: minimum });
    return options;
  }
}

/**
 * Reads a question's edit form into a question. Texts may still be missing (publishing names them);
 * anything malformed is refused with the field it concerns.
 */
export function questionFromForm(
  draft: SurveyDraft,
  id: string,
  body: FormBody,
): { ok: true; question: Question } | { ok: false; issues: FormIssue[] } {
  const place = findQuestion(draft, id);
  if (!place) throw new Error(`No question "${id}" in the draft.`);
  const existing = place.question;
  const form = new FormReader(body);

  const newId = formValue(body, 'id') || id;
  if (!questionIdPattern.test(newId)) form.issue('id', 'builder.error.questionId');
  else if (newId !== id && findQuestion(draft, newId)) form.issue('id', 'builder.error.questionIdTaken');

  const base = { id: newId, text: form.text('text'), required: formChecked(body, 'required') };

  let showWhen: Question['showWhen'];
  const chosen = formList(body, 'showWhen').filter(Boolean);
  if (chosen.length) {
    const pairs = chosen.map((c) => {
      const at = c.indexOf('=');
      return { question: c.slice(0, at), value: c.slice(at + 1) };
    });
    const source = conditionCandidates(draft, id).find((q) => q.id === pairs[0]!.question);
    const offered = source ? answerValues(source)!.map((o) => o.value) : [];
    if (!source || pairs.some((p) => p.question !== source.id || !offered.includes(p.value)))
      form.issue('showWhen', 'builder.error.condition');
    else showWhen = { question: source.id, equals: pairs.map((p) => p.value) };
  }

  let question: Record<string, unknown>;
  switch (existing.type) {
    case 'single_choice':
      question = { ...base, type: existing.type, options: form.options('option', 2) };
      question.randomise = formChecked(body, 'randomise');
      break;
    case 'multiple_choice': {
      const options = form.options('option', 2);
      const min = form.integer('min', 0, options.length, 0) ?? 0;
      const max = form.optionalInteger('max', 1, Math.max(1, options.length));
      if (max !== undefined && max < min) form.issue('max', 'builder.error.maxAboveMin');
      question = { ...base, type: existing.type, options, min, randomise: formChecked(body, 'randomise') };
      if (max !== undefined) question.max = max;
      break;
    }
    case 'background':
      question = {
        ...base,
        type: existing.type,
        catalogueKey: existing.catalogueKey,
        options: form.options('option', 2),
      };
      break;
    case 'rating': {
      const min = form.integer('min', -10, 10) ?? existing.min;
      const max = form.integer('max', -10, 10) ?? existing.max;
      if (max <= min) form.issue('max', 'builder.error.maxAboveMin');
      else if (max - min > 10) form.issue('max', 'builder.error.scaleSteps', { steps: 11 });
      question = {
        ...base,
        type: existing.type,
        min,
        max,
        minLabel: form.text('minLabel', LABEL_MAX),
        maxLabel: form.text('maxLabel', LABEL_MAX),
        smiley: formChecked(body, 'smiley'),
      };
      const steps = Math.max(0, Math.min(11, max - min + 1));
      const stepLabels = Array.from({ length: steps }, (_, i) => {
        const label: SurveyText = {};
        for (const language of languages) {
          const value = (formList(body, `step_${language}`)[i] ?? '').trim();
          if (value.length > LABEL_MAX) form.issue('step', 'builder.error.tooLong', { max: LABEL_MAX });
          if (value) label[language] = value;
        }
        return label;
      });
      if (stepLabels.some((label) => Object.keys(label).length > 0)) question.stepLabels = stepLabels;
      break;
    }
    case 'short_text':
      question = { ...base, type: existing.type, maxLength: form.integer('maxLength', 1, 200, 200) };
      break;
    case 'long_text':
      question = { ...base, type: existing.type, maxLength: form.integer('maxLength', 1, 5000, 2000) };
      break;
    case 'number': {
      const min = form.number('min', existing.min);
      const max = form.number('max', existing.max);
      if (max <= min) form.issue('max', 'builder.error.maxAboveMin');
      question = { ...base, type: existing.type, min, max };
      break;
    }
    case 'matrix':
      question = {
        ...base,
        type: existing.type,
        rows: form.options('row', 1),
        scale: form.options('scale', 2),
      };
      break;
    case 'nps':
    case 'date':
      question = { ...base, type: existing.type };
      break;
  }
  if (showWhen) question.showWhen = showWhen;
  if (form.issues.length) return { ok: false, issues: form.issues };
  const parsed = questionSchema.safeParse(question);
  if (!parsed.success) return { ok: false, issues: [{ field: 'id', key: 'builder.error.questionId' }] };
  return { ok: true, question: parsed.data };
}

type Edit = { ok: true; draft: SurveyDraft } | { ok: false; issues: FormIssue[] };

/** The add-question form: a type, the page to add it to and, for a background question, the catalogue's. */
export function addQuestionFromForm(
  draft: SurveyDraft,
  body: FormBody,
  catalogue: readonly CatalogueEntry[],
): { ok: true; draft: SurveyDraft; id: string } | { ok: false; issues: FormIssue[] } {
  const type = formValue(body, 'type');
  const page = Number(formValue(body, 'page') || '0');
  if (!isQuestionType(type))
    return { ok: false, issues: [{ field: 'type', key: 'builder.error.questionType' }] };
  if (!Number.isInteger(page) || page < 1 || page > draft.pages.length)
    return { ok: false, issues: [{ field: 'page', key: 'builder.error.page' }] };
  if (allQuestions(draft).length >= MAX_QUESTIONS)
    return {
      ok: false,
      issues: [{ field: 'type', key: 'builder.error.tooManyQuestions', values: { max: MAX_QUESTIONS } }],
    };
  const entry = catalogue.find((e) => e.key === formValue(body, 'catalogue'));
  if (type === 'background' && !entry)
    return { ok: false, issues: [{ field: 'catalogue', key: 'builder.error.catalogue' }] };
  return { ok: true, ...addQuestion(draft, type, page - 1, type === 'background' ? entry : undefined) };
}

/** A page break, unless the draft has as many pages as it may. */
export function addPageIfRoom(draft: SurveyDraft): Edit {
  if (draft.pages.length >= MAX_PAGES)
    return {
      ok: false,
      issues: [{ field: 'page', key: 'builder.error.tooManyPages', values: { max: MAX_PAGES } }],
    };
  return { ok: true, draft: addPage(draft) };
}

/** The move form: "up" or "down"; anything else, or a move past either end of the survey, is refused. */
export function moveFromForm(draft: SurveyDraft, id: string, body: FormBody): Edit {
  const direction = formValue(body, 'direction');
  const moved = direction === 'up' || direction === 'down' ? moveQuestion(draft, id, direction) : draft;
  if (moved === draft)
    return { ok: false, issues: [{ field: questionAnchor(id), key: 'builder.error.cannotMove' }] };
  return { ok: true, draft: moved };
}

/** Removes an empty page (numbered from 1); a page with questions, or the only page, stays. */
export function removePage(draft: SurveyDraft, page: number): Edit {
  const removed = removeEmptyPage(draft, page - 1);
  if (removed === draft)
    return { ok: false, issues: [{ field: `page-${page}`, key: 'builder.error.pageNotEmpty' }] };
  return { ok: true, draft: removed };
}

/** The survey-level texts and languages of the settings form, put into the draft. */
export function withSettings(
  draft: SurveyDraft,
  settings: { title: SurveyText; intro: SurveyText | undefined; languages: SurveyDraft['languages'] },
): SurveyDraft {
  const { intro: _previous, ...rest } = draft;
  return {
    ...rest,
    title: settings.title,
    languages: settings.languages,
    ...(settings.intro ? { intro: settings.intro } : {}),
  };
}

/** True if the draft differs from what is published (so staff know to publish again). */
export function hasUnpublishedChanges(draft: SurveyDraft, published: unknown): boolean {
  return JSON.stringify(draft) !== JSON.stringify(published);
}

/** A question as the values of its edit form, so the form can show a saved question or a refused post. */
export function questionToForm(question: Question): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = { id: question.id };
  const putText = (prefix: string, text: SurveyText) => {
    for (const language of languages) form[`${prefix}_${language}`] = text[language] ?? '';
  };
  const putOptions = (prefix: string, options: Option[]) => {
    form[`${prefix}_value`] = options.map((o) => o.value);
    for (const language of languages)
      form[`${prefix}_${language}`] = options.map((o) => o.label[language] ?? '');
  };
  putText('text', question.text);
  if (question.required) form.required = 'yes';
  if (question.showWhen) {
    const source = question.showWhen.question;
    form.showWhen = question.showWhen.equals.map((value) => `${source}=${value}`);
  }
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'background':
      putOptions('option', question.options);
      if (question.type !== 'background' && question.randomise) form.randomise = 'yes';
      if (question.type === 'multiple_choice') {
        form.min = String(question.min);
        form.max = question.max === undefined ? '' : String(question.max);
      }
      break;
    case 'rating':
      form.min = String(question.min);
      form.max = String(question.max);
      putText('minLabel', question.minLabel);
      putText('maxLabel', question.maxLabel);
      if (question.smiley) form.smiley = 'yes';
      for (const language of languages)
        form[`step_${language}`] = (question.stepLabels ?? []).map((label) => label[language] ?? '');
      break;
    case 'short_text':
    case 'long_text':
      form.maxLength = String(question.maxLength);
      break;
    case 'number':
      form.min = String(question.min);
      form.max = String(question.max);
      break;
    case 'matrix':
      putOptions('row', question.rows);
      putOptions('scale', question.scale);
      break;
    case 'nps':
    case 'date':
      break;
  }
  return form;
}
