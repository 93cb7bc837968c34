import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answer-validation.ts';
import { missingTranslations, type SurveyVersion, surveyVersionSchema } from './survey-definition.ts';

const t = (en: string) => ({ fi: `${en} (fi)`, sv: `${en} (sv)`, en });
const option = (value: string) => ({ value, label: t(value) });

const survey: SurveyVersion = surveyVersionSchema.parse({
  title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
  languages: ['fi', 'sv', 'en'],
  pages: [
    {
      questions: [
        {
          id: 'satisfaction',
          type: 'rating',
          text: t('How satisfied?'),
          required: true,
          min: 1,
          max: 5,
          minLabel: t('Not at all'),
          maxLabel: t('Very'),
        },
        {
          id: 'visit_reason',
          type: 'single_choice',
          text: t('Why?'),
          options: [option('book'), option('help'), option('other')],
        },
      ],
    },
    {
      questions: [
        {
          id: 'other_reason',
          type: 'short_text',
          text: t('What else?'),
          maxLength: 20,
          showWhen: { question: 'visit_reason', equals: ['other'] },
        },
        {
          id: 'services',
          type: 'multiple_choice',
          text: t('Which services?'),
          options: [option('a'), option('b'), option('c')],
          min: 1,
          max: 2,
        },
        { id: 'recommend', type: 'nps', text: t('Would you recommend us?') },
        { id: 'visited_on', type: 'date', text: t('When?') },
        {
          id: 'aspects',
          type: 'matrix',
          text: t('Rate'),
          rows: [option('speed'), option('kindness')],
          scale: [option('bad'), option('good')],
        },
        { id: 'comments', type: 'long_text', text: t('Anything else?'), maxLength: 50 },
      ],
    },
  ],
});

describe('survey versions (E5)', () => {
  it('E5: refuses a survey whose condition points forward, a repeated id, or a smiley scale without words', () => {
    const bad = surveyVersionSchema.safeParse({
      title: t('title'),
      languages: ['fi'],
      pages: [
        {
          questions: [
            { id: 'a', type: 'nps', text: t('a'), showWhen: { question: 'b', equals: ['1'] } },
            {
              id: 'b',
              type: 'rating',
              text: t('b'),
              min: 1,
              max: 3,
              minLabel: t('x'),
              maxLabel: t('y'),
              smiley: true,
            },
            { id: 'b', type: 'nps', text: t('c') },
          ],
        },
      ],
    });
    expect(bad.success).toBe(false);
    const messages = bad.success ? [] : bad.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '"a" depends on "b", which must be on an earlier page.',
        '"b": a smiley scale needs a text label for every step.',
        'The question id "b" is used twice.',
      ]),
    );
  });

  it('names every text missing from a language the survey is published in', () => {
    expect(missingTranslations(survey)).toEqual([]);
    const partial = surveyVersionSchema.parse({
      title: { fi: 'Otsikko', sv: 'Rubrik' },
      languages: ['fi', 'sv'],
      pages: [
        {
          questions: [
            {
              id: 'q',
              type: 'single_choice',
              text: { fi: 'Kysymys' },
              options: [option('x'), { value: 'y', label: { fi: 'Y', sv: 'Y' } }],
            },
          ],
        },
      ],
    });
    expect(missingTranslations(partial)).toEqual(['page 1, "q" (sv)']);
  });
});

describe('answers checked against the survey version (E5)', () => {
  const valid = {
    _csrf: 'token',
    q_satisfaction: '4',
    q_visit_reason: 'other',
    q_other_reason: 'parking',
    q_services: ['a', 'c'],
    q_recommend: '9',
    q_visited_on: '2026-11-20',
    q_aspects__speed: 'good',
    q_aspects__kindness: 'bad',
    q_comments: 'Thanks!',
  };

  it('E5: takes a complete, valid answer and normalises it', () => {
    expect(checkAnswers(survey, valid)).toEqual({
      ok: true,
      answers: {
        satisfaction: 4,
        visit_reason: 'other',
        other_reason: 'parking',
        services: ['a', 'c'],
        recommend: 9,
        visited_on: '2026-11-20',
        aspects: { speed: 'good', kindness: 'bad' },
        comments: 'Thanks!',
      },
    });
  });

  it('E5: optional questions may be left empty, but a required one may not', () => {
    expect(checkAnswers(survey, { q_satisfaction: '3' })).toEqual({ ok: true, answers: { satisfaction: 3 } });
    expect(checkAnswers(survey, { q_visit_reason: 'book' })).toEqual({
      ok: false,
      problems: [{ question: 'satisfaction', problem: 'required' }],
    });
  });

  it('E5: refuses tampered options, ranges, lengths, dates and counts', () => {
    const problems = (patch: Record<string, unknown>) => {
      const result = checkAnswers(survey, { ...valid, ...patch });
      return result.ok ? [] : result.problems;
    };
    expect(problems({ q_visit_reason: 'hacked' })).toContainEqual({
      question: 'visit_reason',
      problem: 'invalid_option',
    });
    expect(problems({ q_satisfaction: '6' })).toEqual([
      { question: 'satisfaction', problem: 'out_of_range' },
    ]);
    expect(problems({ q_satisfaction: '2.5' })).toEqual([
      { question: 'satisfaction', problem: 'invalid_option' },
    ]);
    expect(problems({ q_recommend: '11' })).toEqual([{ question: 'recommend', problem: 'out_of_range' }]);
    expect(problems({ q_comments: 'x'.repeat(51) })).toEqual([{ question: 'comments', problem: 'too_long' }]);
    expect(problems({ q_visited_on: '2026-02-30' })).toEqual([
      { question: 'visited_on', problem: 'invalid_date' },
    ]);
    expect(problems({ q_services: ['a', 'b', 'c'] })).toEqual([
      { question: 'services', problem: 'too_many' },
    ]);
    expect(problems({ q_services: ['a', 'a'] })).toEqual([
      { question: 'services', problem: 'invalid_option' },
    ]);
    expect(problems({ q_aspects__speed: 'perfect' })).toEqual([
      { question: 'aspects', problem: 'invalid_option' },
    ]);
    expect(problems({ q_aspects__price: 'good' })).toEqual([{ question: 'aspects', problem: 'unknown' }]);
    expect(problems({ q_not_in_survey: 'x' })).toEqual([{ question: 'not_in_survey', problem: 'unknown' }]);
  });

  it('E5: refuses an answer to a question the respondent was not shown', () => {
    expect(checkAnswers(survey, { ...valid, q_visit_reason: 'book' })).toEqual({
      ok: false,
      problems: [{ question: 'other_reason', problem: 'hidden' }],
    });
    const { q_other_reason: _, ...withoutHidden } = valid;
    expect(checkAnswers(survey, { ...withoutHidden, q_visit_reason: 'book' }).ok).toBe(true);
  });
});
