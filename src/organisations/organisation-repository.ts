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

export async function createOrganisation(db: Kysely<DB>, input: NewOrganisation): Promise<Organisation> {
  const o = newOrganisationSchema.parse(input);
  return db
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
}

export function findOrganisationBySlug(tx: Tx | Kysely<DB>, slug: string): Promise<Organisation | undefined> {
  return tx.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listOrganisations(tx: Tx | Kysely<DB>): Promise<Organisation[]> {
  return tx.selectFrom('organisations').selectAll().orderBy('slug').execute();
}
