import { describe, expect, it } from 'vitest';
import { espooFeedbackRegister } from '../privacy/registers/espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from '../privacy/registers/helsinki-community-register.ts';
import type { Register } from '../privacy/registers/register.ts';
import {
  helsinkiLocalTime,
  readProject,
  readSummary,
  readTask,
  researchRegisters,
  toHelsinkiLocal,
} from './task-console-forms.ts';

const texts = (prefix: string) => ({
  [`${prefix}.fi`]: 'Suomeksi',
  [`${prefix}.sv`]: 'På svenska',
  [`${prefix}.en`]: 'In English',
});

describe('the research console forms', () => {
  it('offers only registers that cover research answers', () => {
    const registers = [
      { ...helsinkiCommunityRegister, slug: 'customer-community', publishedOn: '2026-11-22' },
      { ...espooFeedbackRegister, slug: 'feedback', publishedOn: '2026-11-22' },
    ] as Register[];
    expect(researchRegisters(registers).map((r) => r.slug)).toEqual(['customer-community']);
  });

  it('reads a project, or names each field to fix', () => {
    const body = { slug: 'library', ...texts('title'), ...texts('purpose'), register: 'community' };
    expect(readProject(body, ['community'])).toMatchObject({
      ok: true,
      data: { slug: 'library', registerSlug: 'community', analysisPeriodDays: 180 },
    });
    const bad = readProject({ ...body, slug: 'Bad Slug', 'title.sv': '', analysisPeriodDays: '731' }, ['x']);
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual([
      'slug',
      'title.sv',
      'register',
      'analysisPeriodDays',
    ]);
  });

  it('reads Helsinki wall-clock times in winter and summer', () => {
    expect(helsinkiLocalTime('2026-12-01T14:00')?.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(helsinkiLocalTime('2027-06-01T14:00')?.toISOString()).toBe('2027-06-01T11:00:00.000Z');
    expect(helsinkiLocalTime('2026-02-30T10:00')).toBeUndefined();
    expect(helsinkiLocalTime('tomorrow')).toBeUndefined();
    expect(toHelsinkiLocal(new Date('2027-06-01T11:00:00Z'))).toBe('2027-06-01T14:00');
  });

  it('reads a task: texts in its languages, closing after opening, a quota by a known question', () => {
    const body = {
      slug: 'survey-1',
      kind: 'survey',
      languages: ['fi', 'en'],
      'title.fi': 'Kysely',
      'title.en': 'Survey',
      'description.fi': 'Kuvaus',
      'description.en': 'Description',
      opensAt: '2026-12-01T09:00',
      closesAt: '2026-12-08T16:00',
      quotaQuestionKey: 'age_band',
      quotaPerGroup: '50',
    };
    const read = readTask(body, ['age_band']);
    expect(read).toMatchObject({
      ok: true,
      data: {
        languages: ['fi', 'en'],
        quota: { questionKey: 'age_band', perGroup: 50 },
        targetParticipants: null,
      },
    });
    const bad = readTask(
      { ...body, kind: 'poll', closesAt: '2026-12-01T08:00', quotaQuestionKey: 'shoe_size', 'title.en': '' },
      ['age_band'],
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.key)).toEqual([
      'research.error.kind',
      'research.error.required',
      'research.error.closesBeforeOpens',
      'research.error.quotaQuestion',
    ]);
    const noGroupSize = readTask({ ...body, quotaPerGroup: '' }, ['age_band']);
    expect(noGroupSize.ok ? [] : noGroupSize.issues.map((i) => i.field)).toEqual(['quotaPerGroup']);
  });

  it('reads a summary in all three languages', () => {
    expect(readSummary({ ...texts('heard'), ...texts('changed') }).ok).toBe(true);
    const missing = readSummary({ ...texts('heard'), 'changed.fi': 'Muutimme' });
    expect(missing.ok ? [] : missing.issues.map((i) => i.field)).toEqual(['changed.sv', 'changed.en']);
  });
});
