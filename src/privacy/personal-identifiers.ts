/**
 * Recognises identifiers a resident should not put into a pseudonym or a public post: an email address,
 * a phone number, or a Finnish personal identity code (henkilötunnus). Used wherever free text becomes
 * visible to others, so that the pseudonym really is one (H3).
 */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
// Seven or more digits, allowing spaces, dashes, dots and a leading + or parentheses between them.
const PHONE = /(?:\+|\b)\d(?:[\s().-]*\d){6,}/;
// DDMMYY, century sign (+, -, A–F, U–Y), three digits, check character.
const PERSONAL_IDENTITY_CODE =
  /\b(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b/i;

// Dates look like digit runs (2026-12-01, 1.12.2026, 1.12.–24.12.2026): they are taken out before looking
// for phone numbers, so a resident can say when something happened.
const DATES =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.(?:\s*[–-]\s*\d{1,2}\.\d{1,2}\.)?(?:\d{2}|\d{4})?\b/g;
const withoutDates = (text: string) => text.replace(DATES, ' ');

export type PersonalIdentifier = 'email' | 'phone' | 'personal_identity_code';

export function findPersonalIdentifiers(text: string): PersonalIdentifier[] {
  const found: PersonalIdentifier[] = [];
  if (EMAIL.test(text)) found.push('email');
  if (PERSONAL_IDENTITY_CODE.test(text)) found.push('personal_identity_code');
  else if (PHONE.test(withoutDates(text))) found.push('phone');
  return found;
}

/**
 * The text with every email address, phone number and personal identity code replaced, for free text that
 * is anonymised (H14): once the link to the member is gone, no identifier inside the text may restore it.
 */
export function redactPersonalIdentifiers(text: string, replacement = '[…]'): string {
  return (
    text
      // Stops at punctuation, so the sentence around an address survives.
      .replace(/[^\s@,;:()<>]+@[^\s@,;:()<>]+\.[\p{L}]{2,}/gu, replacement)
      .replace(new RegExp(PERSONAL_IDENTITY_CODE.source, 'gi'), replacement)
      .replace(new RegExp(PHONE.source, 'g'), replacement)
  );
}
