import type { Kysely } from 'kysely';
import type { Tx } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Register, RegisterContent } from './register.ts';

/**
 * Registers in the database: the published versions (append-only) and the register owner's draft. The
 * newest published version of each register is the one in force: the notice, the retention engine, the
 * data-content check and the exports all read it through `registersInForce`.
 */

export interface RegisterVersionSummary {
  version: number;
  publishedOn: string;
  publishedAt: Date;
  publishedBy: string | null;
}

export interface RegisterDraft {
  registerId: string;
  slug: string;
  content: RegisterContent;
  basedOnVersion: number | null;
  updatedAt: Date;
}

const asRegister = (slug: string, publishedOn: string, content: unknown): Register => ({
  ...(content as RegisterContent),
  slug,
  publishedOn,
});

/**
 * The version in force of every register of the transaction's organisation, by slug. Row-level security
 * picks the organisation in a request; system connections (seeding, the CLI) name it.
 */
export async function registersInForce(tx: Kysely<DB>, organisationId?: string): Promise<Register[]> {
  let query = tx
    .selectFrom('register_versions')
    .innerJoin('registers', 'registers.id', 'register_versions.register_id')
    .distinctOn('registers.slug')
    .select(['registers.slug', 'register_versions.published_on', 'register_versions.content'])
    .orderBy('registers.slug')
    .orderBy('register_versions.version', 'desc');
  if (organisationId) query = query.where('registers.organisation_id', '=', organisationId);
  const rows = await query.execute();
  return rows.map((row) => asRegister(row.slug, row.published_on, row.content));
}

/** One register as published: the version in force, or an earlier one by number. */
export async function findRegister(tx: Tx, slug: string, version?: number): Promise<Register | undefined> {
  let query = tx
    .selectFrom('register_versions')
    .innerJoin('registers', 'registers.id', 'register_versions.register_id')
    .select(['register_versions.published_on', 'register_versions.content'])
    .where('registers.slug', '=', slug)
    .orderBy('register_versions.version', 'desc')
    .limit(1);
  if (version !== undefined) query = query.where('register_versions.version', '=', version);
  const row = await query.executeTakeFirst();
  return row ? asRegister(slug, row.published_on, row.content) : undefined;
}

export async function registerVersions(tx: Tx, slug: string): Promise<RegisterVersionSummary[]> {
  const rows = await tx
    .selectFrom('register_versions')
    .innerJoin('registers', 'registers.id', 'register_versions.register_id')
    .select([
      'register_versions.version',
      'register_versions.published_on',
      'register_versions.published_at',
      'register_versions.published_by',
    ])
    .where('registers.slug', '=', slug)
    .orderBy('register_versions.version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    publishedOn: row.published_on,
    publishedAt: new Date(row.published_at),
    publishedBy: row.published_by,
  }));
}

export async function listRegisterSlugs(tx: Tx): Promise<{ id: string; slug: string }[]> {
  return tx.selectFrom('registers').select(['id', 'slug']).orderBy('slug').execute();
}

export async function findRegisterId(tx: Tx, slug: string): Promise<string | undefined> {
  const row = await tx.selectFrom('registers').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function createRegister(tx: Tx, organisationId: string, slug: string): Promise<string> {
  const row = await tx
    .insertInto('registers')
    .values({ organisation_id: organisationId, slug })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Appends a published version (the next number). Only `register-publishing.ts` and seeding call this. */
export async function appendRegisterVersion(
  tx: Tx,
  input: {
    organisationId: string;
    registerId: string;
    content: RegisterContent;
    publishedOn: string;
    publishedBy: string | null;
  },
): Promise<number> {
  const latest = await tx
    .selectFrom('register_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('register_id', '=', input.registerId)
    .executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  await tx
    .insertInto('register_versions')
    .values({
      organisation_id: input.organisationId,
      register_id: input.registerId,
      version,
      content: JSON.stringify(input.content),
      published_on: input.publishedOn,
      published_by: input.publishedBy,
    })
    .execute();
  return version;
}

/** Installs a register as its first published version (the demo's seed registers, a new organisation's). */
export async function installRegister(
  tx: Tx,
  organisationId: string,
  register: Register,
  publishedBy: string | null = null,
): Promise<void> {
  const { slug, publishedOn, ...content } = register;
  const registerId = (await findRegisterId(tx, slug)) ?? (await createRegister(tx, organisationId, slug));
  await appendRegisterVersion(tx, { organisationId, registerId, content, publishedOn, publishedBy });
}

export async function findDraft(tx: Tx, slug: string): Promise<RegisterDraft | undefined> {
  const row = await tx
    .selectFrom('register_drafts')
    .innerJoin('registers', 'registers.id', 'register_drafts.register_id')
    .select([
      'registers.slug',
      'register_drafts.register_id',
      'register_drafts.content',
      'register_drafts.based_on_version',
      'register_drafts.updated_at',
    ])
    .where('registers.slug', '=', slug)
    .executeTakeFirst();
  return row
    ? {
        registerId: row.register_id,
        slug: row.slug,
        content: row.content as RegisterContent,
        basedOnVersion: row.based_on_version,
        updatedAt: new Date(row.updated_at),
      }
    : undefined;
}

export async function saveDraft(
  tx: Tx,
  input: {
    organisationId: string;
    registerId: string;
    content: RegisterContent;
    basedOnVersion: number | null;
    staffId: string;
  },
): Promise<void> {
  const values = {
    content: JSON.stringify(input.content),
    updated_at: new Date(),
    updated_by: input.staffId,
  };
  await tx
    .insertInto('register_drafts')
    .values({
      register_id: input.registerId,
      organisation_id: input.organisationId,
      based_on_version: input.basedOnVersion,
      ...values,
    })
    .onConflict((oc) => oc.column('register_id').doUpdateSet(values))
    .execute();
}

export async function discardDraft(tx: Tx, registerId: string): Promise<void> {
  await tx.deleteFrom('register_drafts').where('register_id', '=', registerId).execute();
}
