import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../platform/db/database.ts';
import type { DB, LocalisedText, OrganisationsTable } from '../platform/db/schema.ts';
import { languages } from '../platform/i18n/languages.ts';
import { isReadableBehindWhiteText } from './theme.ts';

export type Organisation = Selectable<OrganisationsTable>;

const localisedText = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });

export const newOrganisationSchema = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,39}$/,
      'The slug is 2–40 lower-case letters, digits or hyphens, e.g. "helsinki".',
    ),
  name: localisedText,
  defaultLanguage: z.enum(languages),
  themeColour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/, 'The theme colour is a #rrggbb hex colour in lower case.')
    .refine(
      isReadableBehindWhiteText,
      'The theme colour is too light: white text on it must reach 4.5:1 contrast.',
    ),
  contactEmail: z.email(),
  communityEnabled: z.boolean().default(false),
  logoSvg: z
    .string()
    .max(65536, 'The logo is at most 64 KiB of SVG.')
    .regex(/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/, 'The logo must be an SVG document.')
    .optional(),
  accessibility: z
    .object({
      conformance: z.enum(['full', 'partial', 'none']),
      knownGaps: z.array(localisedText),
      statementDate: z.iso.date(),
    })
    .optional(),
});
export type NewOrganisation = z.input<typeof newOrganisationSchema>;

/** E9: every organisation starts with a confidentiality commitment its staff accept before any access. */
export const defaultCommitment: LocalisedText = {
  fi: 'Sitoudun pitämään salassa kaikki henkilötiedot ja muut luottamukselliset tiedot, jotka saan tietooni työssäni Kuulessa, myös työsuhteen päätyttyä. Käsittelen henkilötietoja vain työtehtävieni edellyttämässä laajuudessa ja vain niihin tarkoituksiin, jotka tietosuojaselosteessa kerrotaan.',
  sv: 'Jag förbinder mig att hålla alla personuppgifter och annan konfidentiell information som jag får kännedom om i mitt arbete i Kuule hemliga, även efter att anställningen upphört. Jag behandlar personuppgifter endast i den omfattning mina arbetsuppgifter kräver och endast för de ändamål som anges i dataskyddsbeskrivningen.',
  en: 'I undertake to keep confidential all personal data and other confidential information I learn in my work in Kuule, also after my employment ends. I process personal data only as far as my tasks require, and only for the purposes stated in the privacy notice.',
};

export async function createOrganisation(db: Kysely<DB>, input: NewOrganisation): Promise<Organisation> {
  const o = newOrganisationSchema.parse(input);
  const organisation = await db
    .insertInto('organisations')
    .values({
      slug: o.slug,
      name: JSON.stringify(o.name satisfies LocalisedText),
      default_language: o.defaultLanguage,
      theme_colour: o.themeColour,
      contact_email: o.contactEmail,
      logo_svg: o.logoSvg ?? null,
      community_enabled: o.communityEnabled,
      accessibility_conformance: o.accessibility?.conformance ?? 'partial',
      accessibility_known_gaps: JSON.stringify(o.accessibility?.knownGaps ?? []),
      accessibility_statement_date: o.accessibility?.statementDate ?? new Date().toISOString().slice(0, 10),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('confidentiality_commitments')
    .values({ organisation_id: organisation.id, version: 1, text: JSON.stringify(defaultCommitment) })
    .execute();
  return organisation;
}

export function findOrganisationBySlug(tx: Tx | Kysely<DB>, slug: string): Promise<Organisation | undefined> {
  return tx.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listOrganisations(tx: Tx | Kysely<DB>): Promise<Organisation[]> {
  return tx.selectFrom('organisations').selectAll().orderBy('slug').execute();
}
