import { describe, expect, it } from 'vitest';
import { shownCount } from '../analytics/suppression.ts';
import { readAudienceForm } from './invite-audience-form.ts';

const questions = [
  { key: 'age_band', options: [{ value: '18-24' }, { value: '25-34' }] },
  { key: 'home_district', options: [{ value: 'central' }, { value: 'eastern' }] },
];
const otherTask = '0b6b0f3e-6f7e-4a43-9d8e-0a5f2c1d9e10';

describe('the audience form', () => {
  it('reads all members, or members by background answers and participation', () => {
    expect(readAudienceForm({ kind: 'all', q_age_band: '25-34' }, questions, [])).toMatchObject({
      ok: true,
      audience: { kind: 'all' },
      action: 'save',
    });
    const read = readAudienceForm(
      {
        kind: 'background',
        q_age_band: ['25-34', '18-24'],
        q_home_district: 'central',
        participationTask: otherTask,
        participation: 'not_took',
        action: 'preview',
      },
      questions,
      [otherTask],
    );
    expect(read).toMatchObject({
      ok: true,
      action: 'preview',
      audience: {
        kind: 'background',
        answers: { age_band: ['25-34', '18-24'], home_district: ['central'] },
        participation: { taskId: otherTask, took: false },
      },
    });
  });

  it('refuses what the organisation does not offer, naming the field', () => {
    const fields = (body: Record<string, unknown>) => {
      const read = readAudienceForm(body, questions, [otherTask]);
      return read.ok ? [] : read.errors.map((e) => `${e.field}:${e.message}`);
    };
    expect(fields({ kind: 'background', q_shoe_size: '42' })).toEqual([
      'background:invite.error.unknownQuestion',
    ]);
    expect(fields({ kind: 'background', q_age_band: ['25-34', '99-100'] })).toEqual([
      'q_age_band:invite.error.unknownOption',
    ]);
    expect(fields({ kind: 'some' })).toEqual(['kind:invite.error.kind']);
    expect(fields({ kind: 'background' })).toEqual(['kind:invite.error.noCriteria']);
    expect(
      fields({
        kind: 'background',
        participationTask: '11111111-1111-4111-8111-111111111111',
        participation: 'took',
      }),
    ).toEqual(['participationTask:invite.error.participationTask']);
    expect(fields({ kind: 'background', participationTask: otherTask })).toEqual([
      'participation:invite.error.participationChoice',
    ]);
    expect(fields({ kind: 'background', participationTask: 'not-a-uuid' })).toEqual([
      'participationTask:invite.error.participationTask',
    ]);
  });

  it('H5: a count below the anonymity threshold is never shown, and k is never below 3', () => {
    expect(shownCount(5, 5)).toEqual({ shown: true, count: 5 });
    expect(shownCount(4, 5)).toEqual({ shown: false, k: 5 });
    expect(shownCount(0, 5)).toEqual({ shown: false, k: 5 });
    expect(shownCount(2, 1)).toEqual({ shown: false, k: 3 });
  });
});
