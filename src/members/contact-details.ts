import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import type { MessageKey } from '../platform/i18n/i18n.ts';

/**
 * H6: which contact fields each purpose needs, and nothing more. A purpose is also a consent purpose
 * (consents/consent-texts.ts), so every set of contact details has its own consent.
 */
export const contactPurposes = {
  event_contact: { fields: ['name', 'phone'] },
  reward_delivery: { fields: ['name', 'postalAddress'] },
} as const;
export type ContactPurpose = keyof typeof contactPurposes;
export type ContactField = 'name' | 'phone' | 'postalAddress';

export function isContactPurpose(value: string): value is ContactPurpose {
  return Object.hasOwn(contactPurposes, value);
}

/** A Finnish or international phone number, normalised to E.164 (+358401234567). */
export function normalisePhone(raw: string): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'FI');
  return parsed?.isValid() ? parsed.number : undefined;
}

const required = (max: number) =>
  z
    .string({ error: 'validation.required' satisfies MessageKey })
    .trim()
    .min(1, 'validation.required' satisfies MessageKey)
    .max(max, 'validation.tooLong' satisfies MessageKey);

export function contactForm(purpose: ContactPurpose) {
  const fields: Record<string, z.ZodType> = {
    consent: z.literal('yes', { error: 'validation.consentRequired' }),
    consentVersion: z.string().max(40),
    name: required(120),
  };
  if ((contactPurposes[purpose].fields as readonly string[]).includes('phone')) {
    fields.phone = required(40).transform((value, ctx) => {
      const phone = normalisePhone(value);
      if (!phone) ctx.addIssue({ code: 'custom', message: 'validation.phone' satisfies MessageKey });
      return phone ?? value;
    });
  }
  if ((contactPurposes[purpose].fields as readonly string[]).includes('postalAddress')) {
    fields.postalAddress = required(300);
  }
  return z.object(fields) as unknown as z.ZodType<{
    consentVersion: string;
    name: string;
    phone?: string;
    postalAddress?: string;
  }>;
}
