import { sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';

/**
 * The audit trail: every staff read or change of a member's personal data, every export, every consent
 * change and every refused access decision. Written with `audit(tx, …)` inside the transaction of the
 * action itself, so an action and its audit row commit or fail together. The application can only add
 * rows (see migration 0004).
 */
export type AuditAction =
  | 'accessibility_feedback.list'
  | 'abuse_log.read'
  | 'audit_log.search'
  | 'consent.give'
  | 'consent.withdraw'
  | 'access.refused'
  | 'contact_details.read'
  | 'draw.run'
  | 'member.erase'
  | 'member.restrict'
  | 'member.lift_restriction'
  | 'register.create'
  | 'register.draft_save'
  | 'register.draft_discard'
  | 'register.publish'
  | 'research.export'
  | 'retention.run'
  | 'results.export'
  | 'results.free_text_read'
  | 'staff.create'
  | 'staff.training_recorded'
  | 'member.email_change'
  | 'request.create'
  | 'request.view'
  | 'request.extend'
  | 'request.fulfil'
  | 'request.refuse'
  | 'request.export'
  | 'hold.place'
  | 'hold.lift'
  | 'discussion.view'
  | 'discussion.pin'
  | 'discussion.unpin'
  | 'discussion.hide'
  | 'discussion.unhide'
  | 'discussion.close'
  | 'discussion.report_resolve'
  | 'research.project_create'
  | 'research.project_close'
  | 'research.summary_publish'
  | 'research.task_create'
  | 'research.task_publish'
  | 'research.task_close'
  | 'research.audience_set'
  | 'research.invite'
  | 'research.remind';

export interface AuditEntry {
  organisationId: string;
  actor: { type: 'staff' | 'member' | 'system'; id: string | null };
  permission?: string | null;
  action: AuditAction;
  subjectMemberId?: string | null;
  outcome?: 'allowed' | 'denied';
  details?: Record<string, string | number | boolean | null>;
}

export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      organisation_id: entry.organisationId,
      actor_type: entry.actor.type,
      actor_id: entry.actor.id,
      permission: entry.permission ?? null,
      action: entry.action,
      subject_member_id: entry.subjectMemberId ?? null,
      outcome: entry.outcome ?? 'allowed',
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditSearch {
  action?: string | undefined;
  subjectMemberId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The register owner's search: newest first, at most 200 rows. */
export function searchAuditLog(tx: Tx, search: AuditSearch) {
  let query = tx
    .selectFrom('audit_log as a')
    .leftJoin('staff_users as s', 's.id', 'a.actor_id')
    .select([
      'a.id',
      'a.occurred_at',
      'a.actor_type',
      'a.actor_id',
      's.display_name as actor_name',
      'a.permission',
      'a.action',
      'a.subject_member_id',
      'a.outcome',
      'a.details',
    ])
    .orderBy('a.occurred_at', 'desc')
    .limit(200);
  if (search.action) query = query.where('a.action', '=', search.action);
  if (search.subjectMemberId) query = query.where('a.subject_member_id', '=', search.subjectMemberId);
  // Days are Helsinki calendar days, whatever the season's offset.
  const helsinkiDay = sql<string>`(a.occurred_at at time zone 'Europe/Helsinki')::date`;
  if (search.from) query = query.where(helsinkiDay, '>=', search.from);
  if (search.to) query = query.where(helsinkiDay, '<=', search.to);
  return query.execute();
}

/** Who on staff has read this member's contact details, and when: the member sees this on their page. */
export async function contactDetailsReaders(tx: Tx, memberId: string): Promise<{ name: string; at: Date }[]> {
  const rows = await tx
    .selectFrom('audit_log as a')
    .innerJoin('staff_users as s', 's.id', 'a.actor_id')
    .select(['s.display_name', 'a.occurred_at'])
    .where('a.action', '=', 'contact_details.read')
    .where('a.subject_member_id', '=', memberId)
    .orderBy('a.occurred_at', 'desc')
    .execute();
  return rows.map((row) => ({ name: row.display_name, at: row.occurred_at }));
}
