import { addDays } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { redactPersonalIdentifiers } from '../privacy/personal-identifiers.ts';

/**
 * Anonymising research contributions (H14, H13): the link to the member goes (`member_id` null,
 * `anonymised_on` set) and every email address, phone number and identity code inside free text is
 * removed, so nothing in the row leads back to a person. Unfinished answers have no use without their
 * author and are deleted. The same function serves the retention engine (a project's analysis period has
 * ended) and erasure (the member deleted their data or was deleted for inactivity).
 */
export type Contributions = { memberId: string } | { projectIds: string[] };

export interface AnonymisationCounts {
  anonymised: number;
  deleted: number;
}

/** Free-text values of an answer, with identifiers removed; choices and numbers are kept as they are. */
export function anonymisedAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  const clean = (value: unknown): unknown =>
    typeof value === 'string'
      ? redactPersonalIdentifiers(value)
      : Array.isArray(value)
        ? value.map(clean)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]))
          : value;
  return clean(answers) as Record<string, unknown>;
}

function tasksOf(tx: Tx, projectIds: string[]) {
  return tx.selectFrom('research_tasks').select('id').where('project_id', 'in', projectIds);
}

export async function anonymiseContributions(
  tx: Tx,
  whose: Contributions,
  today: string,
  options: { dryRun?: boolean } = {},
): Promise<AnonymisationCounts> {
  if ('projectIds' in whose && whose.projectIds.length === 0) return { anonymised: 0, deleted: 0 };
  const answers = () => {
    const query = tx.selectFrom('research_answers').where('member_id', 'is not', null);
    return 'memberId' in whose
      ? query.where('member_id', '=', whose.memberId)
      : query.where('task_id', 'in', tasksOf(tx, whose.projectIds));
  };
  const posts = () => {
    const query = tx.selectFrom('discussion_posts').where('member_id', 'is not', null);
    return 'memberId' in whose
      ? query.where('member_id', '=', whose.memberId)
      : query.where('task_id', 'in', tasksOf(tx, whose.projectIds));
  };
  const submitted = await answers().select(['id', 'answers']).where('status', '=', 'submitted').execute();
  const unfinished = await answers().select('id').where('status', '=', 'in_progress').execute();
  const linkedPosts = await posts().select(['id', 'body']).execute();
  if (!options.dryRun) {
    for (const row of submitted)
      await tx
        .updateTable('research_answers')
        .set({
          member_id: null,
          anonymised_on: today,
          answers: JSON.stringify(anonymisedAnswers(row.answers)),
        })
        .where('id', '=', row.id)
        .execute();
    if (unfinished.length)
      await tx
        .deleteFrom('research_answers')
        .where(
          'id',
          'in',
          unfinished.map((row) => row.id),
        )
        .execute();
    for (const post of linkedPosts)
      await tx
        .updateTable('discussion_posts')
        .set({ member_id: null, anonymised_on: today, body: redactPersonalIdentifiers(post.body) })
        .where('id', '=', post.id)
        .execute();
  }
  // Reports the member made of others' posts no longer name them.
  if (!options.dryRun && 'memberId' in whose)
    await tx
      .updateTable('post_reports')
      .set({ reported_by: null })
      .where('reported_by', '=', whose.memberId)
      .execute();
  return { anonymised: submitted.length + linkedPosts.length, deleted: unfinished.length };
}

/** Projects whose analysis period has ended by `today`: closed, and closed_on + analysis days ≤ today. */
export async function projectsPastAnalysis(tx: Tx, today: string): Promise<string[]> {
  const closed = await tx
    .selectFrom('research_projects')
    .select(['id', 'closed_on', 'analysis_period_days'])
    .where('closed_on', 'is not', null)
    .execute();
  return closed.filter((p) => addDays(p.closed_on!, p.analysis_period_days) <= today).map((p) => p.id);
}

/** H14: anonymised answers and posts whose anonymisation day is on or before `cutoff` are deleted. */
export async function deleteAnonymisedBefore(
  tx: Tx,
  cutoff: string,
  options: { dryRun?: boolean } = {},
): Promise<number> {
  // A post whose replies are not all due yet waits for them: deleting it would take them along (cascade).
  const duePosts = tx
    .selectFrom('discussion_posts as p')
    .select('p.id')
    .where('p.anonymised_on', '<=', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('discussion_posts as r')
            .select('r.id')
            .whereRef('r.parent_id', '=', 'p.id')
            .where((eb) => eb.or([eb('r.anonymised_on', 'is', null), eb('r.anonymised_on', '>', cutoff)])),
        ),
      ),
    );
  if (options.dryRun) {
    const answers = await tx
      .selectFrom('research_answers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('anonymised_on', '<=', cutoff)
      .executeTakeFirstOrThrow();
    return Number(answers.n) + (await duePosts.execute()).length;
  }
  const answers = await tx
    .deleteFrom('research_answers')
    .where('anonymised_on', '<=', cutoff)
    .executeTakeFirst();
  const posts = await tx.deleteFrom('discussion_posts').where('id', 'in', duePosts).executeTakeFirst();
  return Number(answers.numDeletedRows) + Number(posts.numDeletedRows);
}
