import { describe, expect, it } from 'vitest';
import type { SurveyVersion } from '../surveys/survey-definition.ts';
import { closesSoon, mergePage, refusalStatus, savedValues, taskRefusal } from './task-answering.ts';

const now = new Date('2026-12-01T12:00:00Z');
const open = {
  status: 'published' as const,
  opens_at: new Date('2026-11-30T12:00:00Z'),
  closes_at: new Date('2026-12-10T12:00:00Z'),
};
const may = { task: open, now, restricted: false, submitted: false, inAudience: true, quotaFull: false };

describe('answering a research task', () => {
  it('may answer an open task in the audience', () => {
    expect(taskRefusal(may)).toBe(null);
  });

  it('refuses before opening, after closing, and a task not published', () => {
    expect(taskRefusal({ ...may, task: { ...open, opens_at: new Date('2026-12-02T00:00:00Z') } })).toBe(
      'not_open_yet',
    );
    expect(taskRefusal({ ...may, task: { ...open, closes_at: now } })).toBe('closed');
    expect(taskRefusal({ ...may, task: { ...open, status: 'closed' } })).toBe('closed');
    expect(taskRefusal({ ...may, task: { ...open, status: 'draft' } })).toBe('closed');
  });

  it('E10: a member who restricted processing is not asked to take part', () => {
    expect(taskRefusal({ ...may, restricted: true })).toBe('restricted');
  });

  it('refuses a second answer, a member outside the audience and a full quota, in that order', () => {
    expect(taskRefusal({ ...may, submitted: true, inAudience: false })).toBe('already_submitted');
    expect(taskRefusal({ ...may, inAudience: false, quotaFull: true })).toBe('not_in_audience');
    expect(taskRefusal({ ...may, quotaFull: true })).toBe('quota_full');
    expect(refusalStatus('quota_full')).toBe(409);
    expect(refusalStatus('closed')).toBe(410);
    expect(refusalStatus('not_in_audience')).toBe(403);
  });

  const survey: SurveyVersion = {
    title: { en: 'T' },
    languages: ['en'],
    pages: [
      {
        questions: [
          {
            id: 'visits',
            type: 'single_choice',
            text: { en: 'Visits?' },
            required: true,
            randomise: false,
            options: [
              { value: 'often', label: { en: 'Often' } },
              { value: 'never', label: { en: 'Never' } },
            ],
          },
        ],
      },
      {
        questions: [
          {
            id: 'why',
            type: 'short_text',
            text: { en: 'Why?' },
            required: false,
            maxLength: 100,
            showWhen: { question: 'visits', equals: ['often'] },
          },
        ],
      },
    ],
  };

  it('merges a posted page into the saved answers, ignoring other pages’ fields and dropping hidden answers', () => {
    const saved = { q_visits: ['often'], q_why: ['Books'] };
    expect(mergePage(survey, 1, saved, { q_why: ['Films'], q_visits: ['never'] })).toEqual({
      q_visits: ['often'],
      q_why: ['Films'],
    });
    expect(mergePage(survey, 0, saved, { q_visits: ['never'] })).toEqual({ q_visits: ['never'] });
  });

  it('reads saved progress as form values only', () => {
    expect(savedValues({ q_a: ['x', 3], other: ['y'], q_b: 'z' })).toEqual({ q_a: ['x'] });
    expect(savedValues(null)).toEqual({});
  });

  it('a task closes soon within three days', () => {
    expect(closesSoon({ closes_at: new Date('2026-12-04T12:00:00Z') }, now)).toBe(true);
    expect(closesSoon({ closes_at: new Date('2026-12-04T12:01:00Z') }, now)).toBe(false);
  });
});
