import { describe, expect, it } from 'vitest';
import { helsinkiBackgroundQuestions } from '../demo/demo-background-questions.ts';
import { type BackgroundQuestion, readProfileForm } from './background-profile.ts';

const questions: BackgroundQuestion[] = helsinkiBackgroundQuestions.map((q, position) => ({
  ...q,
  id: `id-${q.key}`,
  organisation_id: 'org',
  position,
}));

describe('background profile form (H2)', () => {
  it('H2: every question is optional: an empty form is valid and clears every answer', () => {
    const result = readProfileForm(questions, {});
    expect(result.ok).toBe(true);
    if (result.ok) expect([...result.answers.values()].every((answer) => answer.length === 0)).toBe(true);
  });

  it('H2: takes offered options, one for a single choice and several for a multiple choice', () => {
    const result = readProfileForm(questions, {
      q_age_band: '25-34',
      q_life_situation: ['student', 'parent'],
      q_home_district: '',
    });
    expect(result).toEqual({
      ok: true,
      answers: new Map([
        ['id-age_band', ['25-34']],
        ['id-home_district', []],
        ['id-life_situation', ['student', 'parent']],
        ['id-services_used', []],
      ]),
    });
  });

  it('refuses a tampered option, two answers to a single choice, or a repeated option', () => {
    expect(readProfileForm(questions, { q_age_band: '12-17' })).toEqual({
      ok: false,
      questionKey: 'age_band',
    });
    expect(readProfileForm(questions, { q_age_band: ['25-34', '35-44'] })).toEqual({
      ok: false,
      questionKey: 'age_band',
    });
    expect(readProfileForm(questions, { q_services_used: ['culture', 'culture'] })).toEqual({
      ok: false,
      questionKey: 'services_used',
    });
  });
});
