import { type Kysely, sql } from 'kysely';

/**
 * H13, E10: the member's own rights over their data ("my data").
 *
 * - `members.processing_restricted_at`: E10 restriction of processing (GDPR Art. 18). While set, the
 *   member is left out of invitations, prize draws and analysis; their data is only stored. The member
 *   sets and lifts it themselves; see `members/my-data.ts` (`isProcessingRestricted`,
 *   `membersOpenToProcessing`) for the checks every such feature must make.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table members add column processing_restricted_at timestamptz`.execute(db);
}
