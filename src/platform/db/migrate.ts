import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import * as foundation from './migrations/0001_foundation.ts';
import * as membersAndVault from './migrations/0002_members_and_vault.ts';
import * as staffCommitment from './migrations/0003_staff_commitment_and_training.ts';
import * as auditAndAbuse from './migrations/0004_audit_and_abuse_logs.ts';
import * as backgroundProfile from './migrations/0005_background_profile.ts';
import * as staffSecondFactor from './migrations/0006_staff_second_factor.ts';
import * as contactDetails from './migrations/0007_contact_details.ts';
import * as staffOidc from './migrations/0008_staff_oidc.ts';
import * as surveysAndFeedback from './migrations/0009_surveys_and_feedback.ts';
import * as retentionEngine from './migrations/0010_retention_engine.ts';
import * as memberRights from './migrations/0011_member_rights.ts';
import * as registers from './migrations/0012_registers.ts';
import * as dataSubjectRequests from './migrations/0013_data_subject_requests.ts';
import * as emailChange from './migrations/0014_email_change.ts';
import * as research from './migrations/0015_research.ts';
import * as taskInvitations from './migrations/0016_task_invitations.ts';

/** Migrations are listed here in order; the same set runs on PGlite and on PostgreSQL. */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_members_and_vault': membersAndVault,
  '0003_staff_commitment_and_training': staffCommitment,
  '0004_audit_and_abuse_logs': auditAndAbuse,
  '0005_background_profile': backgroundProfile,
  '0006_staff_second_factor': staffSecondFactor,
  '0007_contact_details': contactDetails,
  '0008_staff_oidc': staffOidc,
  '0009_surveys_and_feedback': surveysAndFeedback,
  '0010_retention_engine': retentionEngine,
  '0011_member_rights': memberRights,
  '0012_registers': registers,
  '0013_data_subject_requests': dataSubjectRequests,
  '0014_email_change': emailChange,
  '0015_research': research,
  '0016_task_invitations': taskInvitations,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Every start migrates; when every migration is already applied (the usual case), one query says so and
  // the migrator (its lock table and per-migration checks) is not needed.
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then((result) => new Set(result.rows.map((row) => row.name)))
    .catch(() => new Set<string>());
  if (Object.keys(migrations).every((name) => applied.has(name))) return [];
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
