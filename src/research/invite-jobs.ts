import type { VaultKeys } from '../members/identity-crypto.ts';
import { readMemberEmails } from '../members/identity-vault.ts';
import type { Database } from '../platform/db/database.ts';
import type { Mailer } from '../platform/email/mailer.ts';
import { digestMail, type MailLinks, preferencesLink, taskLink, taskMail } from './invite-mail.ts';
import {
  digestInvitations,
  isTaskInvitable,
  markDigestSent,
  markTaskMailed,
  taskMailRecipients,
} from './invite-repository.ts';
import { unsubscribeUrl } from './invite-unsubscribe.ts';
import { findTaskById } from './research-repository.ts';

/**
 * The background work of task mail (pg-boss, see platform/jobs/job-queue.ts). A job names a task and a
 * batch of member keys, never an address: each worker reads the addresses from the vault when it sends
 * (H4), checks again that each member may still be mailed (E10, H16) and has not been mailed already,
 * sends in the member's language, and records what it sent.
 */
export interface TaskMailJob {
  organisationId: string;
  taskId: string;
  kind: 'invitation' | 'reminder';
  memberIds: string[];
}

/** What the mail workers need besides the database and the mailer. */
export interface MemberMailContext {
  vault: VaultKeys;
  publicUrl: URL;
  /** The server secret, for unsubscribe tokens. */
  secret: string;
}

export const TASK_MAIL_BATCH = 100;
/** Messages in flight at once per batch (SMTP connections). */
const PARALLEL_SENDS = 8;

export function taskMailJobs(
  organisationId: string,
  taskId: string,
  kind: 'invitation' | 'reminder',
  memberIds: string[],
  batch = TASK_MAIL_BATCH,
): TaskMailJob[] {
  const jobs: TaskMailJob[] = [];
  for (let i = 0; i < memberIds.length; i += batch)
    jobs.push({ organisationId, taskId, kind, memberIds: memberIds.slice(i, i + batch) });
  return jobs;
}

function links(context: MemberMailContext, organisation: { id: string; slug: string }, memberId: string) {
  return {
    unsubscribe: unsubscribeUrl(context.publicUrl, context.secret, organisation, memberId),
    preferences: preferencesLink(context.publicUrl, organisation.slug),
  } satisfies MailLinks;
}

/**
 * Runs `work` over the items, `limit` at a time. A failure stops that lane only after the other lanes have
 * finished, so that when this settles every send that will happen has happened (and can be recorded);
 * then the first failure is thrown.
 */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  let failed = false;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  const settled = await Promise.allSettled(lanes);
  const rejected = settled.find((lane) => lane.status === 'rejected');
  if (rejected) throw (rejected as PromiseRejectedResult).reason;
}

/** Sends one batch of invitations or reminders; returns how many were sent. */
export async function deliverTaskMail(
  db: Database,
  mailer: Mailer,
  context: MemberMailContext,
  job: TaskMailJob,
  now = new Date(),
): Promise<number> {
  const prepared = await db.forOrganisation(job.organisationId, async (tx) => {
    const task = await findTaskById(tx, job.taskId);
    const organisation = await tx
      .selectFrom('organisations')
      .select(['id', 'slug', 'name'])
      .where('id', '=', job.organisationId)
      .executeTakeFirst();
    if (!task || !organisation || !isTaskInvitable(task, now)) return undefined;
    const recipients = await taskMailRecipients(tx, task.id, job.kind, job.memberIds);
    const emails = await readMemberEmails(
      tx,
      context.vault,
      organisation.id,
      recipients.map((r) => r.member_id),
    );
    return { task, organisation, recipients, emails };
  });
  if (!prepared) return 0;
  const { task, organisation, recipients, emails } = prepared;
  const url = taskLink(context.publicUrl, organisation.slug, task.slug);
  const sent: string[] = [];
  try {
    await inParallel(recipients, PARALLEL_SENDS, async (recipient) => {
      const to = emails.get(recipient.member_id);
      if (!to) return;
      await mailer.send(
        taskMail({
          kind: job.kind,
          to,
          language: recipient.language,
          organisationName: organisation.name,
          task,
          url,
          links: links(context, organisation, recipient.member_id),
        }),
      );
      sent.push(recipient.member_id);
    });
  } finally {
    // What was sent is recorded even when a later message failed, so a retried job does not send it again.
    await db.forOrganisation(job.organisationId, (tx) => markTaskMailed(tx, task.id, job.kind, sent, now));
  }
  return sent.length;
}

/**
 * The weekly digest: one message per member who chose it, listing the open tasks they were invited to
 * since their last digest. Returns how many digests were sent.
 */
export async function sendWeeklyDigests(
  db: Database,
  mailer: Mailer,
  context: MemberMailContext,
  now = new Date(),
): Promise<number> {
  const organisations = await db.system
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('community_enabled', '=', true)
    .execute();
  let digests = 0;
  for (const organisation of organisations) {
    const prepared = await db.forOrganisation(organisation.id, async (tx) => {
      const rows = await digestInvitations(tx, now);
      const memberIds = [...new Set(rows.map((r) => r.member_id))];
      return { rows, emails: await readMemberEmails(tx, context.vault, organisation.id, memberIds) };
    });
    const byMember = Map.groupBy(prepared.rows, (row) => row.member_id);
    for (const [memberId, tasks] of byMember) {
      const to = prepared.emails.get(memberId);
      if (!to) continue;
      await mailer.send(
        digestMail({
          to,
          language: tasks[0]!.language,
          organisationName: organisation.name,
          tasks: tasks.map((task) => ({
            title: task.title,
            closes_at: task.closes_at,
            url: taskLink(context.publicUrl, organisation.slug, task.slug),
          })),
          links: links(context, organisation, memberId),
        }),
      );
      await db.forOrganisation(organisation.id, (tx) =>
        markDigestSent(
          tx,
          memberId,
          tasks.map((task) => task.task_id),
          now,
        ),
      );
      digests++;
    }
  }
  return digests;
}
