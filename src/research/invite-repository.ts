import { sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { LanguageCode, TaskAudience } from '../platform/db/schema.ts';
import { audit } from '../privacy/audit-log.ts';
import { audienceMembers } from './audience-query.ts';
import type { ResearchTask } from './research-repository.ts';

/**
 * Audiences and invitations of research tasks (issue 6): saving a task's audience, inviting it in one
 * statement, and finding whom a task mail may go to when it is sent. Every mail query goes through
 * `audienceMembers(…, all)`, so a member who restricted processing, was erased or withdrew the membership
 * consent after being invited is never mailed (E10, H16).
 */
export async function saveTaskAudience(
  tx: Tx,
  task: Pick<ResearchTask, 'id' | 'organisation_id'>,
  audience: TaskAudience,
  staffId: string,
): Promise<void> {
  await tx
    .updateTable('research_tasks')
    .set({ audience: JSON.stringify(audience) })
    .where('id', '=', task.id)
    .execute();
  await audit(tx, {
    organisationId: task.organisation_id,
    actor: { type: 'staff', id: staffId },
    permission: 'research.manage',
    action: 'research.audience_set',
    details: { taskId: task.id, audience: JSON.stringify(audience) },
  });
}

/** A task takes invitations while it is published and has not closed. */
export function isTaskInvitable(task: Pick<ResearchTask, 'status' | 'closes_at'>, now: Date): boolean {
  return task.status === 'published' && now < task.closes_at;
}

/**
 * Invites the task's current audience, everyone not invited yet, in one statement (insert … select).
 * Returns how many were invited and which of them want a mail for each task (the rest: weekly digest or no
 * mail; the task shows in their "My tasks" either way). Audited, with the count only.
 */
export async function inviteAudience(
  tx: Tx,
  task: Pick<ResearchTask, 'id' | 'organisation_id' | 'audience'>,
  staffId: string,
): Promise<{ invited: number; mailNow: string[] }> {
  const rows = await tx
    .with('invited', (db) =>
      db
        .insertInto('task_invitations')
        .columns(['organisation_id', 'task_id', 'member_id'])
        .expression(
          audienceMembers(tx, task.audience)
            .clearSelect()
            .select([
              sql<string>`${task.organisation_id}::uuid`.as('organisation_id'),
              sql<string>`${task.id}::uuid`.as('task_id'),
              'members.id as member_id',
            ])
            .where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom('task_invitations as already')
                    .select(sql.lit(1).as('one'))
                    .where('already.task_id', '=', task.id)
                    .whereRef('already.member_id', '=', 'members.id'),
                ),
              ),
            ),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('member_id'),
    )
    .selectFrom('invited')
    .innerJoin('members', 'members.id', 'invited.member_id')
    .select(['invited.member_id', 'members.task_email_frequency'])
    .execute();
  await audit(tx, {
    organisationId: task.organisation_id,
    actor: { type: 'staff', id: staffId },
    permission: 'research.manage',
    action: 'research.invite',
    details: { taskId: task.id, invited: rows.length },
  });
  return {
    invited: rows.length,
    mailNow: rows.filter((r) => r.task_email_frequency === 'each_task').map((r) => r.member_id),
  };
}

/** Invitees who get the one reminder: mailed an invitation, not reminded, not submitted, still open to mail. */
export async function reminderRecipients(tx: Tx, taskId: string): Promise<string[]> {
  const rows = await mailableInvitations(tx, taskId)
    .where('task_invitations.emailed_at', 'is not', null)
    .where('task_invitations.reminded_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('research_answers')
            .select(sql.lit(1).as('one'))
            .where('research_answers.task_id', '=', taskId)
            .whereRef('research_answers.member_id', '=', 'task_invitations.member_id')
            .where('research_answers.status', '=', 'submitted'),
        ),
      ),
    )
    .select('task_invitations.member_id')
    .execute();
  return rows.map((r) => r.member_id);
}

/** Reminding is a staff action on a task, audited with the count only. */
export async function auditReminder(
  tx: Tx,
  task: Pick<ResearchTask, 'id' | 'organisation_id'>,
  staffId: string,
  count: number,
) {
  await audit(tx, {
    organisationId: task.organisation_id,
    actor: { type: 'staff', id: staffId },
    permission: 'research.manage',
    action: 'research.remind',
    details: { taskId: task.id, reminded: count },
  });
}

/** Invitations of the task whose member may be mailed about tasks now (each task), and is open to processing. */
function mailableInvitations(tx: Tx, taskId: string) {
  return tx
    .selectFrom('task_invitations')
    .innerJoin('members', 'members.id', 'task_invitations.member_id')
    .where('task_invitations.task_id', '=', taskId)
    .where('members.task_email_frequency', '=', 'each_task')
    .where('task_invitations.member_id', 'in', audienceMembers(tx, { kind: 'all' }));
}

/**
 * Invitations that should have been mailed by now and were not (their mail could not be queued, or its job
 * gave up): invited at least `graceMinutes` ago, wanting mail for each task, never emailed. Inviting again
 * queues them once more, so an acknowledged invitation is not silently left without its mail.
 */
export async function unmailedInvitations(
  tx: Tx,
  taskId: string,
  now: Date,
  graceMinutes = 15,
): Promise<string[]> {
  const rows = await mailableInvitations(tx, taskId)
    .select('task_invitations.member_id')
    .where('task_invitations.emailed_at', 'is', null)
    .where('task_invitations.invited_at', '<', new Date(now.getTime() - graceMinutes * 60_000))
    .execute();
  return rows.map((row) => row.member_id);
}

/**
 * At send time: which of `memberIds` still get this task mail, and in which language. An invitation goes
 * once (`emailed_at`), a reminder once (`reminded_at`) and only to those who have not submitted.
 */
export async function taskMailRecipients(
  tx: Tx,
  taskId: string,
  kind: 'invitation' | 'reminder',
  memberIds: string[],
): Promise<{ member_id: string; language: LanguageCode }[]> {
  if (memberIds.length === 0) return [];
  let query = mailableInvitations(tx, taskId)
    .where('task_invitations.member_id', 'in', memberIds)
    .select(['task_invitations.member_id', 'members.language']);
  if (kind === 'invitation') query = query.where('task_invitations.emailed_at', 'is', null);
  else {
    const waiting = new Set(await reminderRecipients(tx, taskId));
    return (await query.execute()).filter((row) => waiting.has(row.member_id));
  }
  return query.execute();
}

export async function markTaskMailed(
  tx: Tx,
  taskId: string,
  kind: 'invitation' | 'reminder',
  memberIds: string[],
  now: Date,
): Promise<void> {
  if (memberIds.length === 0) return;
  await tx
    .updateTable('task_invitations')
    .set(kind === 'invitation' ? { emailed_at: now } : { reminded_at: now })
    .where('task_id', '=', taskId)
    .where('member_id', 'in', memberIds)
    .execute();
}

/** Counts for the console (shown only from the anonymity threshold up). */
export async function invitationCounts(tx: Tx, taskId: string) {
  const row = await tx
    .selectFrom('task_invitations')
    .where('task_id', '=', taskId)
    .select((eb) => [
      eb.fn.countAll<number>().as('invited'),
      eb.fn.count<number>('emailed_at').as('emailed'),
      eb.fn.count<number>('reminded_at').as('reminded'),
    ])
    .executeTakeFirstOrThrow();
  return { invited: Number(row.invited), emailed: Number(row.emailed), reminded: Number(row.reminded) };
}

/**
 * The weekly digest: for each member who chose it, the open tasks they were invited to and not yet told
 * about (`emailed_at` is null), newest first.
 */
export async function digestInvitations(tx: Tx, now: Date) {
  return tx
    .selectFrom('task_invitations')
    .innerJoin('members', 'members.id', 'task_invitations.member_id')
    .innerJoin('research_tasks', 'research_tasks.id', 'task_invitations.task_id')
    .where('task_invitations.emailed_at', 'is', null)
    .where('members.task_email_frequency', '=', 'weekly')
    .where('task_invitations.member_id', 'in', audienceMembers(tx, { kind: 'all' }))
    .where('research_tasks.status', '=', 'published')
    .where('research_tasks.closes_at', '>', now)
    .select([
      'task_invitations.member_id',
      'members.language',
      'research_tasks.id as task_id',
      'research_tasks.slug',
      'research_tasks.title',
      'research_tasks.closes_at',
    ])
    .orderBy('task_invitations.member_id')
    .orderBy('task_invitations.invited_at', 'desc')
    .execute();
}

export async function markDigestSent(tx: Tx, memberId: string, taskIds: string[], now: Date) {
  await tx
    .updateTable('task_invitations')
    .set({ emailed_at: now })
    .where('member_id', '=', memberId)
    .where('task_id', 'in', taskIds)
    .execute();
}

export async function setTaskEmailFrequency(
  tx: Tx,
  memberId: string,
  frequency: 'each_task' | 'weekly' | 'never',
): Promise<void> {
  await tx
    .updateTable('members')
    .set({ task_email_frequency: frequency })
    .where('id', '=', memberId)
    .execute();
}
