import { describe, expect, it } from 'vitest';
import { findPersonalIdentifiers } from './personal-identifiers.ts';

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
  });
});
