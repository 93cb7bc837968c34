import { describe, expect, it } from 'vitest';
import { parseForm } from '../platform/http/form.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { contactForm, normalisePhone } from './contact-details.ts';

describe('contact details (H6)', () => {
  it('validates Finnish and international phone numbers', () => {
    expect(normalisePhone('040 123 4567')).toBe('+358401234567');
    expect(normalisePhone('+358 40 123 4567')).toBe('+358401234567');
    expect(normalisePhone('(09) 310 1691')).toBe('+35893101691');
    expect(normalisePhone('+46 70 123 45 67')).toBe('+46701234567');
    expect(normalisePhone('123')).toBeUndefined();
    expect(normalisePhone('call me')).toBeUndefined();
  });

  it('H6: asks each purpose only for the fields it needs, under its consent', () => {
    const en = translator('en');
    const event = parseForm(
      contactForm('event_contact'),
      { name: 'Maija', phone: '040 123 4567', consent: 'yes', consentVersion: 'v' },
      en,
    );
    expect(event).toEqual({
      ok: true,
      data: { name: 'Maija', phone: '+358401234567', consent: 'yes', consentVersion: 'v' },
    });
    // A postal address given where it is not needed is not taken.
    const extra = parseForm(
      contactForm('event_contact'),
      {
        name: 'Maija',
        phone: '040 123 4567',
        postalAddress: 'Street 1',
        consent: 'yes',
        consentVersion: 'v',
      },
      en,
    );
    expect(extra.ok && 'postalAddress' in extra.data).toBe(false);
    const noConsent = parseForm(
      contactForm('reward_delivery'),
      { name: 'Maija', postalAddress: 'Street 1', consentVersion: 'v' },
      en,
    );
    expect(noConsent.ok).toBe(false);
    const badPhone = parseForm(
      contactForm('event_contact'),
      { name: 'M', phone: '123', consent: 'yes', consentVersion: 'v' },
      en,
    );
    expect(!badPhone.ok && badPhone.errors[0]).toEqual({
      field: 'phone',
      message: 'Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.',
    });
  });
});
