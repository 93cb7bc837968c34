import { describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../demo/demo-feedback-survey.ts';
import { undeclaredCollection } from '../../privacy/registers/data-categories.ts';
import { espooFeedbackRegister } from '../../privacy/registers/espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from '../../privacy/registers/helsinki-community-register.ts';
import {
  missingTranslations,
  type SurveyDraft,
  surveyDraftSchema,
  surveyVersionSchema,
} from '../survey-definition.ts';
import {
  addPage,
  addPageIfRoom,
  addQuestion,
  addQuestionFromForm,
  allQuestions,
  canMove,
  conditionCandidates,
  deleteQuestion,
  findQuestion,
  freshQuestionId,
  MAX_PAGES,
  MAX_QUESTIONS,
  moveFromForm,
  moveQuestion,
  newQuestion,
  optionValueFrom,
  questionFromForm,
  questionToForm,
  questionTypes,
  removeEmptyPage,
  removePage,
  replaceQuestion,
  usableCatalogue,
  withSettings,
} from './draft-editing.ts';
import { localiseProblem, problemText } from './publish-problems.ts';

const empty: SurveyDraft = { title: { fi: 'Kysely' }, languages: ['fi'], pages: [{ questions: [] }] };
const ids = (draft: SurveyDraft) => draft.pages.map((p) => p.questions.map((q) => q.id));

function withQuestions(...pages: string[][]): SurveyDraft {
  return {
    ...empty,
    pages: pages.map((page) => ({ questions: page.map((id) => newQuestion('single_choice', id)) })),
  };
}

describe('draft editing', () => {
  it('adds a question of every type with defaults the draft schema accepts, and a fresh id', () => {
    let draft = empty;
    for (const type of questionTypes) {
      const catalogue =
        type === 'background'
          ? {
              key: 'age_band',
              text: { fi: 'Ikä' },
              options: [
                { value: '18-24', label: { fi: '18–24' } },
                { value: '75+', label: { fi: '75 tai yli' } },
              ],
            }
          : undefined;
      draft = addQuestion(draft, type, 0, catalogue).draft;
    }
    expect(() => surveyDraftSchema.parse(draft)).not.toThrow();
    const questions = allQuestions(draft);
    expect(questions.map((q) => q.type)).toEqual([...questionTypes]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questionTypes.length);
    const background = questions.find((q) => q.type === 'background');
    expect(background).toMatchObject({ id: 'age_band', catalogueKey: 'age_band' });
    expect(background && 'options' in background && background.options.map((o) => o.value)).toEqual([
      '18-24',
      '75_plus',
    ]);
    expect(freshQuestionId(withQuestions(['q1', 'q3']))).toBe('q2');
    expect(optionValueFrom('A b', ['a_b'])).toBe('a_b_2');
  });

  it('does not change the draft it was given', () => {
    const draft = withQuestions(['a', 'b']);
    const before = JSON.stringify(draft);
    moveQuestion(draft, 'b', 'up');
    deleteQuestion(draft, 'a');
    addPage(draft);
    addQuestion(draft, 'nps', 0);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('moves questions within a page and across page breaks, and stays put at either end', () => {
    const draft = withQuestions(['a', 'b'], ['c']);
    expect(ids(moveQuestion(draft, 'b', 'up'))).toEqual([['b', 'a'], ['c']]);
    expect(ids(moveQuestion(draft, 'b', 'down'))).toEqual([['a'], ['b', 'c']]);
    expect(ids(moveQuestion(draft, 'c', 'up'))).toEqual([['a', 'b', 'c'], []]);
    expect(moveQuestion(draft, 'a', 'up')).toBe(draft);
    expect(moveQuestion(draft, 'c', 'down')).toBe(draft);
    expect(canMove(draft, 'a', 'up')).toBe(false);
    expect(canMove(draft, 'a', 'down')).toBe(true);
  });

  it('adds a page break at the end and removes only an empty page that is not the only one', () => {
    const draft = addPage(withQuestions(['a']));
    expect(ids(draft)).toEqual([['a'], []]);
    expect(ids(removeEmptyPage(draft, 1))).toEqual([['a']]);
    expect(removeEmptyPage(draft, 0)).toBe(draft);
    expect(removeEmptyPage(empty, 0)).toBe(empty);
  });

  it('deleting a question removes the conditions that depended on it', () => {
    const base = withQuestions(['a'], ['b']);
    const draft = replaceQuestion(base, 'b', {
      ...findQuestion(base, 'b')!.question,
      showWhen: { question: 'a', equals: ['option_1'] },
    });
    expect(findQuestion(draft, 'b')!.question.showWhen).toBeDefined();
    const after = deleteQuestion(draft, 'a');
    expect(ids(after)).toEqual([[], ['b']]);
    expect(findQuestion(after, 'b')!.question.showWhen).toBeUndefined();
  });

  it('offers conditions only on questions with choices on earlier pages', () => {
    const draft = addQuestion(withQuestions(['a'], ['b']), 'short_text', 0).draft;
    expect(conditionCandidates(draft, 'b').map((q) => q.id)).toEqual(['a']);
    expect(conditionCandidates(draft, 'a')).toEqual([]);
  });
});

describe('reading a question form', () => {
  it('reads back every demo question unchanged from its own form', () => {
    for (const question of allQuestions(espooServiceFeedback)) {
      const read = questionFromForm(espooServiceFeedback, question.id, questionToForm(question));
      expect(read, question.id).toEqual({ ok: true, question });
    }
  });

  it('reads texts, options (blank rows dropped, missing keys made), required and a condition', () => {
    const draft = withQuestions(['a'], ['b']);
    const read = questionFromForm(draft, 'b', {
      id: 'reason',
      text_fi: 'Miksi?',
      text_sv: '',
      text_en: 'Why?',
      required: 'yes',
      option_value: ['', 'other', ''],
      option_fi: ['Hyvä', 'Muu', ''],
      option_sv: ['Bra', 'Annat', ''],
      option_en: ['Good', 'Other', ''],
      showWhen: ['a=option_1', 'a=option_2'],
    });
    expect(read).toEqual({
      ok: true,
      question: {
        id: 'reason',
        type: 'single_choice',
        text: { fi: 'Miksi?', en: 'Why?' },
        required: true,
        randomise: false,
        showWhen: { question: 'a', equals: ['option_1', 'option_2'] },
        options: [
          { value: 'option_1', label: { fi: 'Hyvä', sv: 'Bra', en: 'Good' } },
          { value: 'other', label: { fi: 'Muu', sv: 'Annat', en: 'Other' } },
        ],
      },
    });
  });

  it('refuses malformed fields, naming each', () => {
    const draft = withQuestions(['a', 'b'], []);
    const bad = questionFromForm(draft, 'b', {
      id: 'A',
      option_value: ['Bad value!'],
      option_fi: ['x'],
      showWhen: 'a=option_1',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => [i.field, i.key])).toEqual([
        ['id', 'builder.error.questionId'],
        ['showWhen', 'builder.error.condition'],
        ['option', 'builder.error.optionValue'],
      ]);
    expect(questionFromForm(draft, 'b', { id: 'a' })).toMatchObject({
      ok: false,
      issues: [
        { field: 'id', key: 'builder.error.questionIdTaken' },
        { field: 'option', key: 'builder.error.tooFewOptions', values: { min: 2 } },
      ],
    });
    const rating = addQuestion(empty, 'rating', 0);
    expect(questionFromForm(rating.draft, rating.id, { id: rating.id, min: '5', max: '1' })).toMatchObject({
      ok: false,
      issues: [{ field: 'max', key: 'builder.error.maxAboveMin' }],
    });
  });

  it('renaming a question makes the conditions on it follow, keeping only answers that still exist', () => {
    const base = withQuestions(['a'], ['b']);
    const draft = replaceQuestion(base, 'b', {
      ...findQuestion(base, 'b')!.question,
      showWhen: { question: 'a', equals: ['option_1', 'option_2'] },
    });
    const read = questionFromForm(draft, 'a', {
      id: 'first',
      option_value: ['option_1', 'kept'],
      option_fi: ['Yksi', 'Kaksi'],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const renamed = replaceQuestion(draft, 'a', read.question);
    expect(findQuestion(renamed, 'b')!.question.showWhen).toEqual({
      question: 'first',
      equals: ['option_1'],
    });
  });
});

describe('publish problems in the reader’s language', () => {
  const t = (key: string, values?: Record<string, string | number>) =>
    `${key} ${JSON.stringify(values ?? {})}`;

  it('names each missing translation and where it is', () => {
    const draft: SurveyDraft = {
      ...espooServiceFeedback,
      pages: espooServiceFeedback.pages.map((page) => ({
        questions: page.questions.map((q) => ({ ...q, text: { fi: q.text.fi, en: q.text.en } })),
      })),
    };
    const missing = missingTranslations(surveyVersionSchema.parse(draft));
    expect(missing[0]).toBe('page 1, "satisfaction" (sv)');
    const problem = localiseProblem(`Translation missing: ${missing[0]}`);
    expect(problem).toMatchObject({
      anchor: 'question-satisfaction',
      key: 'builder.problem.questionText',
      values: { page: '1', question: 'satisfaction', language: 'sv' },
    });
    expect(localiseProblem('Translation missing: page 2, "q1", option "other" (en)')).toMatchObject({
      key: 'builder.problem.questionPart',
      values: { part: 'builder.problem.part.option', detail: 'other' },
    });
    expect(localiseProblem('Translation missing: title (sv)')).toMatchObject({ anchor: 'title_sv' });
    expect(localiseProblem('Page 2 has no questions.')).toMatchObject({ anchor: 'page-2' });
    expect(problemText(localiseProblem('Something new about "q1".'), t as never)).toBe(
      'Something new about "q1".',
    );
  });

  it('names what the register does not declare, at the question or the draw', () => {
    const version = surveyVersionSchema.parse(espooServiceFeedback);
    const [none] = undeclaredCollection([helsinkiCommunityRegister], version, false);
    expect(localiseProblem(none!)).toMatchObject({ anchor: 'publish', key: 'builder.problem.noRegister' });
    const register = { ...espooFeedbackRegister, dataContent: [espooFeedbackRegister.dataContent[0]!] };
    const undeclared = undeclaredCollection([register], version, true).map(localiseProblem);
    expect(undeclared.length).toBeGreaterThan(0);
    for (const problem of undeclared) {
      expect(problem.key).toMatch(/^builder\.problem\.undeclared(Question|Draw)$/);
      expect(problem.values).toMatchObject({ register: register.slug });
    }
    expect(undeclared.find((p) => p.key === 'builder.problem.undeclaredDraw')).toMatchObject({
      anchor: 'drawEnabled',
      values: { field: 'draw_contacts.email' },
    });
  });
});

describe('the editor’s small forms', () => {
  const catalogue = usableCatalogue([
    { key: 'age', kind: 'single_choice', text: { fi: 'Ikä' }, options: optionsOf('a', 'b') },
    { key: 'lonely', kind: 'single_choice', text: { fi: 'Yksin' }, options: optionsOf('only') },
    { key: 'hobbies', kind: 'multiple_choice', text: { fi: 'Harrastukset' }, options: optionsOf('a', 'b') },
  ]);

  it('offers only single-choice catalogue questions with at least two options', () => {
    expect(catalogue.map((entry) => entry.key)).toEqual(['age']);
  });

  it('adds a question only of a known type, to a page that exists, up to the most a survey may have', () => {
    expect(addQuestionFromForm(empty, { type: 'essay', page: '1' }, catalogue)).toMatchObject({
      ok: false,
      issues: [{ field: 'type', key: 'builder.error.questionType' }],
    });
    expect(addQuestionFromForm(empty, { type: 'nps', page: '2' }, catalogue)).toMatchObject({
      issues: [{ field: 'page', key: 'builder.error.page' }],
    });
    expect(
      addQuestionFromForm(empty, { type: 'background', page: '1', catalogue: 'lonely' }, catalogue),
    ).toMatchObject({
      issues: [{ field: 'catalogue', key: 'builder.error.catalogue' }],
    });
    expect(
      addQuestionFromForm(empty, { type: 'background', page: '1', catalogue: 'age' }, catalogue),
    ).toMatchObject({
      ok: true,
      id: 'age',
    });
    const full = withQuestions(Array.from({ length: MAX_QUESTIONS }, (_, i) => `q${i + 1}`));
    expect(addQuestionFromForm(full, { type: 'nps', page: '1' }, catalogue)).toMatchObject({
      issues: [{ key: 'builder.error.tooManyQuestions', values: { max: MAX_QUESTIONS } }],
    });
  });

  it('adds page breaks up to the most a survey may have', () => {
    let draft = empty;
    for (let i = 1; i < MAX_PAGES; i++) {
      const added = addPageIfRoom(draft);
      if (!added.ok) throw new Error('refused too early');
      draft = added.draft;
    }
    expect(draft.pages).toHaveLength(MAX_PAGES);
    expect(addPageIfRoom(draft)).toMatchObject({
      ok: false,
      issues: [{ key: 'builder.error.tooManyPages' }],
    });
  });

  it('refuses a move in no known direction or past either end, and removing a page that is not empty', () => {
    const draft = withQuestions(['a', 'b']);
    expect(moveFromForm(draft, 'a', { direction: 'down' })).toMatchObject({ ok: true });
    for (const direction of ['up', 'sideways', '']) {
      expect(moveFromForm(draft, 'a', { direction })).toMatchObject({
        ok: false,
        issues: [{ field: 'question-a', key: 'builder.error.cannotMove' }],
      });
    }
    expect(removePage(draft, 1)).toMatchObject({ ok: false, issues: [{ field: 'page-1' }] });
    expect(removePage(addPage(draft), 2)).toMatchObject({ ok: true, draft });
    expect(removePage(draft, 9)).toMatchObject({ ok: false });
  });

  it('puts the settings’ texts and languages into the draft, removing an introduction left blank', () => {
    const draft = { ...withQuestions(['a']), intro: { fi: 'Johdanto' } };
    const saved = withSettings(draft, {
      title: { fi: 'Uusi', sv: 'Ny' },
      intro: undefined,
      languages: ['fi', 'sv'],
    });
    expect(saved).toEqual({ title: { fi: 'Uusi', sv: 'Ny' }, languages: ['fi', 'sv'], pages: draft.pages });
    expect(draft.intro).toEqual({ fi: 'Johdanto' });
  });
});

function optionsOf(...values: string[]) {
  return values.map((value) => ({ value, label: { fi: value } }));
}
