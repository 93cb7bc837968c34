import { describe, expect, it } from 'vitest';
import { findPersonalIdentifiers, redactPersonalIdentifiers } from './personal-identifiers.ts';

describe('personal identifiers in free text', () => {
  it('finds email addresses, phone numbers in Finnish and international formats, and identity codes', () => {
    expect(findPersonalIdentifiers('mail me at maija@example.fi')).toEqual(['email']);
    expect(findPersonalIdentifiers('soita 040 123 4567')).toEqual(['phone']);
    expect(findPersonalIdentifiers('+358 40 1234567')).toEqual(['phone']);
    expect(findPersonalIdentifiers('(09) 310 1691')).toEqual(['phone']);
    expect(findPersonalIdentifiers('hetu 131052-308T')).toEqual(['personal_identity_code']);
    expect(findPersonalIdentifiers('010203A123B')).toEqual(['personal_identity_code']);
  });

  it('leaves ordinary text, years and short numbers alone', () => {
    expect(findPersonalIdentifiers('Kirjasto2027')).toEqual([]);
    expect(findPersonalIdentifiers('bus 550 at 7.45 in 2026')).toEqual([]);
    expect(findPersonalIdentifiers('Iloinen Siili 42')).toEqual([]);
    expect(
      findPersonalIdentifiers('I visited on 2026-12-01 and again 1.12.2026, or 1.12.–24.12.2026'),
    ).toEqual([]);
    expect(findPersonalIdentifiers('on 1.12.2026 call 040 123 4567')).toEqual(['phone']);
  });

  it('H14: anonymising free text removes every identifier in it and keeps the rest', () => {
    expect(
      redactPersonalIdentifiers(
        'Call me on 040 123 4567 or +358 40 1234567, mail maija@example.fi, hetu 131052-308T. Open on Sundays in 2027!',
      ),
    ).toBe('Call me on […] or […], mail […], hetu […]. Open on Sundays in 2027!');
    expect(redactPersonalIdentifiers('bus 550 at 7.45')).toBe('bus 550 at 7.45');
  });
});
