import { describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../demo/demo-feedback-survey.ts';
import { surveyVersionSchema } from '../surveys/survey-definition.ts';
import {
  drawTicketHash,
  formValues,
  issueSubmissionId,
  isValidSubmissionId,
  nextPage,
  problemsUpTo,
  submissionHash,
  withoutHiddenAnswers,
} from './feedback-form.ts';

const survey = surveyVersionSchema.parse(espooServiceFeedback);
const secret = 'test-secret';

describe('the multi-page feedback form (E5, E6)', () => {
  it('keeps only answer fields, trimmed, without empty values', () => {
    expect(formValues({ _csrf: 'x', q_a: ' 1 ', q_b: ['x', ''], q_c: '', page: '1' })).toEqual({
      q_a: ['1'],
      q_b: ['x'],
    });
  });

  it('drops carried answers to a question an earlier change has hidden', () => {
    const values = { q_visit_reason: ['advice'], q_other_reason: ['parking'], q_satisfaction: ['4'] };
    expect(withoutHiddenAnswers(survey, values)).toEqual({
      q_visit_reason: ['advice'],
      q_satisfaction: ['4'],
    });
    expect(withoutHiddenAnswers(survey, { ...values, q_visit_reason: ['other'] })).toHaveProperty(
      'q_other_reason',
    );
  });

  it('checks a page with the pages before it, and not the pages after it', () => {
    expect(problemsUpTo(survey, 0, { q_satisfaction: ['4'], q_visit_reason: ['advice'] })).toEqual([]);
    const problems = problemsUpTo(survey, 0, { q_visit_reason: ['advice'] });
    expect(problems.map((p) => [p.field, p.problem, p.page])).toEqual([['q_satisfaction', 'required', 0]]);
    expect(nextPage(survey, 0, {})).toBe(1);
    expect(nextPage(survey, 1, {})).toBeUndefined();
  });

  it('E6: issues submission ids that only this server can make, for one survey, for a day', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const id = issueSubmissionId(secret, 'survey-a', now);
    expect(isValidSubmissionId(secret, 'survey-a', id, now)).toBe(true);
    expect(isValidSubmissionId(secret, 'survey-b', id, now)).toBe(false);
    expect(isValidSubmissionId('other-secret', 'survey-a', id, now)).toBe(false);
    expect(isValidSubmissionId(secret, 'survey-a', id, new Date('2026-11-23T10:00:01Z'))).toBe(false);
    expect(isValidSubmissionId(secret, 'survey-a', `${id}x`, now)).toBe(false);
    // What is stored for the answer and for the draw ticket are unrelated without the id itself.
    expect(submissionHash(id)).not.toBe(drawTicketHash(id));
  });
});
