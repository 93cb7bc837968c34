import { z } from 'zod';
import type { LocalisedText } from '../../platform/db/schema.ts';
import { exportKinds, type LegalBasis, type RegisterContent } from './register.ts';

/**
 * The shape a register must have to be published: every text in Finnish, Swedish and English, every
 * section the notice needs present. Drafts may be incomplete; publishing checks them against this.
 */
export const legalBases = [
  'art6_1_a_consent',
  'art6_1_b_contract',
  'art6_1_c_legal_obligation',
  'art6_1_d_vital_interests',
  'art6_1_e_public_task',
  'art6_1_f_legitimate_interests',
  'art9_2_a_explicit_consent',
  'art9_2_e_made_public_by_data_subject',
] as const satisfies readonly LegalBasis[];

export const MAX_TEXT = 4000;
/** A stable machine key: data categories and fields, retention rules. */
export const keyPattern = /^[a-z][a-z0-9_]{0,59}$/;

const text = z.string().max(MAX_TEXT);
const localised = z.object({ fi: text, sv: text, en: text });
const key = z.string().regex(keyPattern);

const disclosure = z.object({
  recipient: localised,
  what: localised,
  condition: localised.optional(),
  covers: z.enum(exportKinds).optional(),
});

export const registerContentSchema = z.object({
  title: localised,
  controller: localised,
  personInCharge: z.object({ title: localised, details: localised.optional() }),
  contactPerson: z.object({ title: localised, contact: localised }),
  dataProtectionOfficer: localised.optional(),
  purposes: z.array(localised).min(1).max(50),
  legalBases: z
    .array(z.object({ basis: z.enum(legalBases), explanation: localised }))
    .min(1)
    .max(20),
  keyLegislation: z.array(localised).max(50),
  dataContent: z
    .array(
      z.object({
        key,
        title: localised,
        description: localised.optional(),
        fields: z
          .array(z.object({ key, label: localised, optional: z.boolean(), separateConsent: z.boolean() }))
          .max(100),
      }),
    )
    .min(1)
    .max(50),
  regularDisclosures: z.array(disclosure).max(50),
  conditionalDisclosures: z.array(disclosure).max(50),
  transfersOutsideEuEea: z.object({ none: z.boolean(), statement: localised }),
  retention: z
    .array(
      z.object({
        key,
        description: localised,
        periodDays: z.number().int().min(0).max(36_500).optional(),
      }),
    )
    .min(1)
    .max(50),
  sources: z.array(localised).min(1).max(50),
  securityPrinciples: z.array(localised).max(50),
  rights: z.array(z.object({ title: localised, description: localised })).max(50),
  complaint: localised,
}) satisfies z.ZodType<RegisterContent>;

const isLocalised = (value: unknown): value is LocalisedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ['fi', 'sv', 'en'].every((language) => typeof (value as Record<string, unknown>)[language] === 'string');

/** Every text of the register that lacks a language, as a path and the missing languages. */
export function missingTranslations(value: unknown, path = ''): { path: string; languages: string[] }[] {
  if (isLocalised(value)) {
    const languages = (['fi', 'sv', 'en'] as const).filter((language) => value[language].trim() === '');
    // A text that is empty in every language is an unfilled optional text, not a missing translation.
    return languages.length > 0 && languages.length < 3 ? [{ path, languages }] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => missingTranslations(item, `${path}[${index + 1}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, item]) =>
      missingTranslations(item, path ? `${path}.${name}` : name),
    );
  return [];
}

/** Texts that must be written (in all three languages) and are empty in all of them. */
export function emptyRequiredTexts(content: RegisterContent): string[] {
  const empty = (text: LocalisedText | undefined) =>
    !text || (!text.fi.trim() && !text.sv.trim() && !text.en.trim());
  const paths: [string, LocalisedText | undefined][] = [
    ['title', content.title],
    ['controller', content.controller],
    ['personInCharge.title', content.personInCharge?.title],
    ['contactPerson.title', content.contactPerson?.title],
    ['contactPerson.contact', content.contactPerson?.contact],
    ['transfersOutsideEuEea.statement', content.transfersOutsideEuEea?.statement],
    ['complaint', content.complaint],
    ...(content.purposes ?? []).map((p, i): [string, LocalisedText] => [`purposes[${i + 1}]`, p]),
    ...(content.retention ?? []).map((r, i): [string, LocalisedText] => [
      `retention[${i + 1}].description`,
      r.description,
    ]),
    ...(content.dataContent ?? []).map((c, i): [string, LocalisedText] => [
      `dataContent[${i + 1}].title`,
      c.title,
    ]),
  ];
  return paths.filter(([, value]) => empty(value)).map(([path]) => path);
}
