import { describe, expect, it } from 'vitest';
import { parseForm } from '../platform/http/form.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { accessibilityFeedbackForm, replyDueOn } from './accessibility-feedback.ts';

describe('accessibility feedback', () => {
  it('is due 14 days after the Helsinki calendar day it arrived', () => {
    expect(replyDueOn(new Date('2026-11-22T10:00:00Z'))).toEqual({
      receivedOn: '2026-11-22',
      replyDueOn: '2026-12-06',
    });
    // 23:30 UTC on 31 Dec is 1 Jan in Helsinki.
    expect(replyDueOn(new Date('2026-12-31T23:30:00Z'))).toEqual({
      receivedOn: '2027-01-01',
      replyDueOn: '2027-01-15',
    });
  });

  it('requires a message, caps lengths and checks an optional reply address, with messages in the person’s language', () => {
    const sv = translator('sv');
    const empty = parseForm(accessibilityFeedbackForm, { message: '   ', replyTo: 'not-an-address' }, sv);
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.errors).toEqual([
        { field: 'message', message: 'Fyll i det här fältet.' },
        { field: 'replyTo', message: 'Skriv e-postadressen i formen namn@exempel.fi.' },
      ]);
    }
    const long = parseForm(accessibilityFeedbackForm, { message: 'x'.repeat(4001) }, translator('fi'));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors[0]?.message).toBe('Teksti on liian pitkä: enintään 4\u00a0000 merkkiä.');

    const fine = parseForm(
      accessibilityFeedbackForm,
      { message: ' Contrast too low ', replyTo: 'A@Example.FI', page: '' },
      sv,
    );
    expect(fine).toEqual({
      ok: true,
      data: { message: 'Contrast too low', replyTo: 'a@example.fi', page: null },
    });
  });
});
