import { tallyPlan } from '../../analytics/tally.ts';
import { closeDays } from '../../analytics/tally-repository.ts';
import { eraseMember } from '../../members/erase-member.ts';
import type { VaultKeys } from '../../members/identity-crypto.ts';
import { readMemberEmail } from '../../members/identity-vault.ts';
import type { Organisation } from '../../organisations/organisation-repository.ts';
import { addDays, addMonths } from '../../platform/calendar.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { OutgoingEmail } from '../../platform/email/mailer.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import {
  anonymiseContributions,
  deleteAnonymisedBefore,
  projectsPastAnalysis,
} from '../../research/anonymise-research.ts';
import { findVersion } from '../../surveys/survey-repository.ts';
import { heldMemberIds } from '../requests/member-holds.ts';

/**
 * What each retention rule of a register does, by its key. The period comes from the register (so the
 * notice and the job cannot drift apart); each rule also has the default the platform applies when no
 * register of the organisation declares it, so no stored personal data is ever without a rule.
 */
export interface RuleContext {
  tx: Tx;
  organisation: Organisation;
  /** Helsinki day of the run */
  today: string;
  now: Date;
  periodDays: number;
  dryRun: boolean;
  vault: VaultKeys;
  publicUrl: URL;
  sendEmail: (message: OutgoingEmail) => Promise<void>;
}

export interface RuleResult {
  cutoff: string | null;
  deleted: number;
  anonymised: number;
  reminded: number;
  note?: string;
}

export interface RuleExecutor {
  /** The period applied when no register of the organisation declares this rule. */
  defaultPeriodDays: number;
  /**
   * The longest period a register may state for this rule: what the law or the notice's promise allows
   * (the promise id names it). Publishing a register with a longer period is refused.
   */
  maxPeriodDays: number;
  promise: string;
  run(ctx: RuleContext): Promise<RuleResult>;
}

/** H12: a reminder this many days before deletion, so the member can keep their membership by signing in. */
export const INACTIVITY_REMINDER_DAYS_BEFORE = 30;
/** E6: contacts of a draw that was never run are deleted this long after the survey closed. */
export const UNDRAWN_CONTACTS_DAYS = 30;

/**
 * E7: answers given on or before this day are deleted today: the register's period in days, or the
 * organisation's shorter one in months (1–12), whichever deletes sooner; never more than a year.
 */
export function feedbackDeletionCutoff(
  today: string,
  registerDays: number,
  organisationMonths: number,
): string {
  const byRegister = addDays(today, -Math.min(registerDays, 365));
  const byOrganisation = addMonths(today, -Math.min(12, Math.max(1, organisationMonths)));
  return byRegister > byOrganisation ? byRegister : byOrganisation;
}

const dayStart = (day: string) => new Date(`${day}T00:00:00+02:00`);

export const retentionRules: Record<string, RuleExecutor> = {
  /** H12: six months without activity → deleted; a reminder goes a month before. */
  inactive_member: {
    defaultPeriodDays: 183,
    maxPeriodDays: 183,
    promise: 'H12',
    async run({ tx, organisation, today, now, periodDays, dryRun, vault, publicUrl, sendEmail }) {
      const day = 24 * 3600_000;
      const deleteBefore = new Date(now.getTime() - periodDays * day);
      const remindBefore = new Date(now.getTime() - (periodDays - INACTIVITY_REMINDER_DAYS_BEFORE) * day);
      // A member who restricted processing (GDPR Art. 18) is kept as is, only stored, until they lift it.
      // A member under an active legal hold is kept as is too (no reminder: no deletion is coming), and
      // counts in neither the dry run nor the real one.
      const live = tx
        .selectFrom('members')
        .where('erased_at', 'is', null)
        .where('processing_restricted_at', 'is', null)
        .where('id', 'not in', heldMemberIds(tx, today));
      // A reminded member who came back is reminded again next time they fall quiet.
      if (!dryRun)
        await tx
          .updateTable('members')
          .set({ inactivity_reminded_at: null })
          .where('erased_at', 'is', null)
          .where('inactivity_reminded_at', 'is not', null)
          .whereRef('last_active_at', '>', 'inactivity_reminded_at')
          .execute();
      const toDelete = await live
        .select(['id'])
        .where('last_active_at', '<', deleteBefore)
        .where('inactivity_reminded_at', 'is not', null)
        .execute();
      const toRemind = await live
        .select(['id', 'language'])
        .where('last_active_at', '<', remindBefore)
        .where('inactivity_reminded_at', 'is', null)
        .execute();
      if (!dryRun) {
        for (const member of toRemind) {
          const email = await readMemberEmail(tx, vault, organisation.id, member.id);
          if (email) {
            const { t, date } = translator(member.language);
            const deletionDay = new Date(now.getTime() + INACTIVITY_REMINDER_DAYS_BEFORE * day);
            await sendEmail({
              to: email,
              subject: t('retention.reminder.subject', { organisation: organisation.name[member.language] }),
              text: t('retention.reminder.body', {
                date: date(deletionDay),
                url: new URL(`/${organisation.slug}/sign-in`, publicUrl).toString(),
              }),
            });
          }
          await tx
            .updateTable('members')
            .set({ inactivity_reminded_at: now })
            .where('id', '=', member.id)
            .execute();
        }
        for (const member of toDelete)
          await eraseMember(tx, {
            organisationId: organisation.id,
            memberId: member.id,
            reason: 'inactivity',
            now,
            actor: { type: 'system', id: null },
          });
      }
      return {
        cutoff: deleteBefore.toISOString().slice(0, 10),
        deleted: toDelete.length,
        anonymised: 0,
        reminded: toRemind.length,
      };
    },
  },

  /** H14: anonymised answers to research tasks, kept at most two years. */
  anonymised_research_answers: {
    defaultPeriodDays: 730,
    maxPeriodDays: 730,
    promise: 'H14',
    async run({ tx, today, periodDays, dryRun }) {
      // First anonymise what projects past their analysis period still link to members, then delete what
      // was anonymised longer ago than the register's period.
      const due = await projectsPastAnalysis(tx, today);
      const anonymised = await anonymiseContributions(tx, { projectIds: due }, today, { dryRun });
      const cutoff = addDays(today, -periodDays);
      const deleted = await deleteAnonymisedBefore(tx, cutoff, { dryRun });
      return {
        cutoff,
        deleted: deleted + anonymised.deleted,
        anonymised: anonymised.anonymised,
        reminded: 0,
      };
    },
  },

  /** E7: individual feedback answers deleted within a year, or the organisation's shorter period. */
  feedback_answers: {
    defaultPeriodDays: 365,
    maxPeriodDays: 365,
    promise: 'E7',
    async run({ tx, organisation, today, periodDays, dryRun }) {
      const cutoff = feedbackDeletionCutoff(today, periodDays, organisation.feedback_retention_months);
      const surveys = await tx
        .selectFrom('surveys')
        .select(['id', 'current_version_id'])
        .where('kind', '=', 'feedback')
        .execute();
      let deleted = 0;
      for (const survey of surveys) {
        const expired = tx
          .selectFrom('survey_responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('survey_id', '=', survey.id)
          .where('answered_on', '<=', cutoff);
        if (dryRun) {
          deleted += Number((await expired.executeTakeFirstOrThrow()).n);
          continue;
        }
        // Count the days first, so results over time keep their figures (counts only).
        if (survey.current_version_id) {
          const version = await findVersion(tx, survey.current_version_id);
          await closeDays(tx, survey.id, tallyPlan(version.definition), today);
        }
        const result = await tx
          .deleteFrom('survey_responses')
          .where('survey_id', '=', survey.id)
          .where('answered_on', '<=', cutoff)
          .executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      if (!dryRun)
        await tx.deleteFrom('survey_submissions_used').where('used_on', '<', addDays(today, -2)).execute();
      return { cutoff, deleted, anonymised: 0, reminded: 0 };
    },
  },

  /** E6: the draw deletes its contacts itself; contacts of a survey closed without a draw go after a month. */
  draw_contacts: {
    defaultPeriodDays: 0,
    maxPeriodDays: 0,
    promise: 'E6',
    async run({ tx, today, dryRun }) {
      const closedBefore = dayStart(addDays(today, -UNDRAWN_CONTACTS_DAYS));
      const surveys = await tx
        .selectFrom('surveys')
        .select('id')
        .where('status', '=', 'closed')
        .where('closed_at', '<', closedBefore)
        .execute();
      let deleted = 0;
      for (const survey of surveys) {
        const entries = tx
          .selectFrom('draw_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('survey_id', '=', survey.id);
        const n = Number((await entries.executeTakeFirstOrThrow()).n);
        deleted += n;
        if (!dryRun && n > 0) {
          await tx.deleteFrom('draw_entries').where('survey_id', '=', survey.id).execute();
          await tx.deleteFrom('draw_tickets_used').where('survey_id', '=', survey.id).execute();
        }
      }
      return { cutoff: addDays(today, -UNDRAWN_CONTACTS_DAYS), deleted, anonymised: 0, reminded: 0 };
    },
  },

  /** H8: client addresses in the abuse log, after the register's period or the organisation's shorter one. */
  abuse_log_addresses: {
    defaultPeriodDays: 90,
    maxPeriodDays: 365,
    promise: 'H8',
    async run({ tx, organisation, now, periodDays, dryRun }) {
      const days = Math.min(periodDays, organisation.abuse_log_retention_days);
      const cutoff = new Date(now.getTime() - days * 24 * 3600_000);
      const query = tx
        .selectFrom('abuse_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('occurred_at', '<', cutoff);
      if (dryRun)
        return {
          cutoff: cutoff.toISOString().slice(0, 10),
          deleted: Number((await query.executeTakeFirstOrThrow()).n),
          anonymised: 0,
          reminded: 0,
        };
      const result = await tx.deleteFrom('abuse_log').where('occurred_at', '<', cutoff).executeTakeFirst();
      return {
        cutoff: cutoff.toISOString().slice(0, 10),
        deleted: Number(result.numDeletedRows),
        anonymised: 0,
        reminded: 0,
      };
    },
  },
};

/** Rules that describe an event, not a period: nothing to run on a schedule. */
export const eventRules = new Set(['membership', 'self_deletion']);
