import type { Database } from '../../src/platform/db/database.ts';
import type { OutgoingEmail } from '../../src/platform/email/mailer.ts';
import { runRetention } from '../../src/privacy/retention/retention-engine.ts';
import { testVaultKeys } from './test-app.ts';

/** Runs the retention engine as the daily job would at `now`; mail it would send is collected in `sent`. */
export async function runRetentionAt(
  db: Database,
  now: Date,
  options: { dryRun?: boolean; organisation?: string; sent?: OutgoingEmail[] } = {},
) {
  const report = await runRetention(db, {
    now,
    dryRun: options.dryRun ?? false,
    ranBy: 'test',
    vault: testVaultKeys,
    publicUrl: new URL('http://localhost:3000'),
    sendEmail: async (message) => {
      options.sent?.push(message);
    },
    organisationSlug: options.organisation,
  });
  return {
    report,
    /** The outcome of one rule for one organisation. */
    outcome: (organisation: string, rule: string) =>
      report.find((r) => r.organisation === organisation)?.outcomes.find((o) => o.ruleKey === rule),
  };
}
