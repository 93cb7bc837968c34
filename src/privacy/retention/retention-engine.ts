import type { VaultKeys } from '../../members/identity-crypto.ts';
import { listOrganisations } from '../../organisations/organisation-repository.ts';
import { helsinkiDay } from '../../platform/calendar.ts';
import type { Database } from '../../platform/db/database.ts';
import type { LocalisedText } from '../../platform/db/schema.ts';
import type { OutgoingEmail } from '../../platform/email/mailer.ts';
import { audit } from '../audit-log.ts';
import type { Register } from '../registers/register.ts';
import { registersInForce } from '../registers/register-repository.ts';
import { eventRules, type RuleResult, retentionRules } from './retention-rules.ts';

/**
 * The retention engine: executes the retention rules of each organisation's registers (H8, H12, H14,
 * E6, E7). A dry run counts what would be deleted, anonymised or reminded today; a real run does it and
 * writes one evidence row per rule (rule, time, counts; no personal data) for the register owner.
 * Runs daily on pg-boss, from the console and from the CLI.
 */
export interface RetentionOutcome extends RuleResult {
  registerSlug: string;
  ruleKey: string;
  periodDays: number | null;
  /** 'register': the period is the register's; 'default': no register declares it, the platform's applies. */
  source: 'register' | 'default' | 'event';
  /** The rule as the register words it; null for a platform default. */
  description: LocalisedText | null;
}

export interface RetentionOptions {
  now: Date;
  dryRun: boolean;
  ranBy: string;
  vault: VaultKeys;
  publicUrl: URL;
  sendEmail: (message: OutgoingEmail) => Promise<void>;
  organisationSlug?: string | undefined;
}

/** The rules the registers in force declare, plus the platform's defaults for those none declares. */
export function rulesOf(registers: Register[]) {
  const declared = registers.flatMap((register) =>
    register.retention.map((rule) => ({ registerSlug: register.slug, rule })),
  );
  const unknown = declared.filter(({ rule }) => !retentionRules[rule.key] && !eventRules.has(rule.key));
  if (unknown.length) {
    // Fail closed: a register promising a deletion nobody implemented must not pass silently.
    throw new Error(
      `No retention executor for ${unknown.map((u) => `${u.registerSlug}/${u.rule.key}`).join(', ')}.`,
    );
  }
  const defaults = Object.entries(retentionRules)
    .filter(([key]) => !declared.some(({ rule }) => rule.key === key))
    .map(([key, executor]) => ({ registerSlug: '-', key, periodDays: executor.defaultPeriodDays }));
  return { declared, defaults };
}

export async function runRetention(
  db: Database,
  options: RetentionOptions,
): Promise<{ organisation: string; outcomes: RetentionOutcome[] }[]> {
  const today = helsinkiDay(options.now);
  const organisations = (await listOrganisations(db.system)).filter(
    (o) => !options.organisationSlug || o.slug === options.organisationSlug,
  );
  const report = [];
  for (const organisation of organisations) {
    // The registers as they are in force today: a period changed in the register changes this run.
    const registers = await db.forOrganisation(organisation.id, (tx) => registersInForce(tx));
    const { declared, defaults } = rulesOf(registers);
    const planned = [
      ...declared.map(({ registerSlug, rule }) => ({
        registerSlug,
        key: rule.key,
        periodDays: rule.periodDays ?? null,
        source: eventRules.has(rule.key) ? ('event' as const) : ('register' as const),
        description: rule.description,
      })),
      ...defaults.map((d) => ({ ...d, source: 'default' as const, description: null })),
    ];
    const outcomes: RetentionOutcome[] = [];
    for (const rule of planned) {
      const executor = retentionRules[rule.key];
      if (!executor || rule.source === 'event') {
        outcomes.push({
          registerSlug: rule.registerSlug,
          ruleKey: rule.key,
          periodDays: null,
          source: 'event',
          description: rule.description,
          cutoff: null,
          deleted: 0,
          anonymised: 0,
          reminded: 0,
        });
        continue;
      }
      const periodDays = rule.periodDays ?? executor.defaultPeriodDays;
      // One transaction per rule: a failing rule rolls back alone, and its evidence with it.
      const result = await db.forOrganisation(organisation.id, async (tx) => {
        const outcome = await executor.run({
          tx,
          organisation,
          today,
          now: options.now,
          periodDays,
          dryRun: options.dryRun,
          vault: options.vault,
          publicUrl: options.publicUrl,
          sendEmail: options.sendEmail,
        });
        if (!options.dryRun) {
          await tx
            .insertInto('retention_runs')
            .values({
              organisation_id: organisation.id,
              register_slug: rule.registerSlug,
              rule_key: rule.key,
              ran_by: options.ranBy,
              period_days: periodDays,
              cutoff: outcome.cutoff,
              deleted: outcome.deleted,
              anonymised: outcome.anonymised,
              reminded: outcome.reminded,
            })
            .execute();
        }
        return outcome;
      });
      outcomes.push({
        registerSlug: rule.registerSlug,
        ruleKey: rule.key,
        periodDays,
        source: rule.source,
        description: rule.description,
        ...result,
      });
    }
    if (!options.dryRun && /^[0-9a-f-]{36}$/.test(options.ranBy)) {
      await db.forOrganisation(organisation.id, (tx) =>
        audit(tx, {
          organisationId: organisation.id,
          actor: { type: 'staff', id: options.ranBy },
          permission: 'retention.manage',
          action: 'retention.run',
          details: { deleted: outcomes.reduce((n, o) => n + o.deleted, 0) },
        }),
      );
    }
    report.push({ organisation: organisation.slug, outcomes });
  }
  return report;
}

export function listRetentionRuns(db: Database, organisationId: string, limit = 100) {
  return db.forOrganisation(organisationId, (tx) =>
    tx.selectFrom('retention_runs').selectAll().orderBy('ran_at', 'desc').limit(limit).execute(),
  );
}
