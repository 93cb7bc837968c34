import type { Kysely } from 'kysely';

/** H13, E10: the member's own rights over their data ("my data"). */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(_db: Kysely<any>): Promise<void> {}
