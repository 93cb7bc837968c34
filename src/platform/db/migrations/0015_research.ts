import { type Kysely, sql } from 'kysely';

/**
 * Community research (H2–H5, H8, H14): projects, their tasks, invitations, answers and discussions.
 *
 * - A project names its purpose and the register it falls under; a task (survey or discussion) belongs to
 *   one project, opens and closes, and has an audience, an optional target and quota, and languages.
 * - Research answers and posts are stored under the pseudonymous member key (`member_id`), never with an
 *   email address (H4). Anonymising one sets `member_id` to null and `anonymised_on`: the link is gone
 *   (H14), and the anonymised rows are deleted by the retention engine after the register's period.
 * - A project's `export_key` is a random secret for its export pseudonyms (a keyed MAC of the member key),
 *   so two projects' exports cannot be joined on their ids (H3, H5).
 * - Members choose how often they are emailed about tasks; an unsubscribe link sets it to 'never'.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run below the typed schema
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table members
    add column task_email_frequency text not null default 'each_task'
      check (task_email_frequency in ('each_task', 'weekly', 'never'))`.execute(db);

  await sql`
    create table research_projects (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
      title jsonb not null,
      purpose jsonb not null,
      register_slug text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      closed_on date,
      -- Days after closing during which answers stay linked to members for analysis (H14), then anonymised.
      analysis_period_days integer not null default 180 check (analysis_period_days between 0 and 730),
      export_key text not null,
      summary jsonb,
      summary_published_at timestamptz,
      created_by uuid references staff_users(id) on delete set null,
      created_at timestamptz not null default now(),
      unique (organisation_id, slug)
    )
  `.execute(db);
  await sql`
    create table research_tasks (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      project_id uuid not null references research_projects(id) on delete cascade,
      slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
      kind text not null check (kind in ('survey', 'discussion')),
      title jsonb not null,
      description jsonb not null,
      -- A survey task's survey (kind 'research'); null for a discussion.
      survey_id uuid references surveys(id),
      languages jsonb not null,
      opens_at timestamptz not null,
      closes_at timestamptz not null check (closes_at > opens_at),
      status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
      -- { "kind": "all" } | { "kind": "background", "answers": { questionKey: [values] },
      --   "participation"?: { "taskId": uuid, "took": boolean } }
      audience jsonb not null default '{"kind":"all"}',
      target_participants integer check (target_participants > 0),
      -- At most quota_per_group submitted answers per option of this background question.
      quota_question_key text,
      quota_per_group integer check (quota_per_group > 0),
      discussion_closed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (organisation_id, slug),
      check ((kind = 'survey') = (survey_id is not null)),
      check ((quota_question_key is null) = (quota_per_group is null))
    )
  `.execute(db);
  await sql`
    create table task_invitations (
      organisation_id uuid not null references organisations(id) on delete cascade,
      task_id uuid not null references research_tasks(id) on delete cascade,
      member_id uuid not null references members(id) on delete cascade,
      invited_at timestamptz not null default now(),
      emailed_at timestamptz,
      reminded_at timestamptz,
      primary key (task_id, member_id)
    )
  `.execute(db);
  await sql`
    create table research_answers (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      task_id uuid not null references research_tasks(id) on delete cascade,
      survey_version_id uuid not null references survey_versions(id),
      member_id uuid references members(id) on delete set null,
      status text not null default 'in_progress' check (status in ('in_progress', 'submitted')),
      -- Where a paused answer resumes (the page index).
      page integer not null default 0,
      answers jsonb not null default '{}',
      answered_on date,
      updated_at timestamptz not null default now(),
      anonymised_on date,
      check ((member_id is null) = (anonymised_on is not null))
    )
  `.execute(db);
  await sql`create unique index research_answers_one_per_member on research_answers (task_id, member_id)
    where member_id is not null`.execute(db);
  await sql`create index research_answers_by_task on research_answers (task_id, status)`.execute(db);
  await sql`
    create table discussion_posts (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      task_id uuid not null references research_tasks(id) on delete cascade,
      parent_id uuid references discussion_posts(id) on delete cascade,
      member_id uuid references members(id) on delete set null,
      body text not null check (length(body) between 1 and 4000),
      posted_at timestamptz not null default now(),
      pinned_at timestamptz,
      hidden_at timestamptz,
      hidden_reason text,
      hidden_by uuid references staff_users(id) on delete set null,
      anonymised_on date,
      check ((hidden_at is null) = (hidden_reason is null))
    )
  `.execute(db);
  await sql`create index discussion_posts_by_task on discussion_posts (task_id, posted_at)`.execute(db);
  await sql`
    create table post_reports (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      post_id uuid not null references discussion_posts(id) on delete cascade,
      reported_by uuid references members(id) on delete set null,
      reason text not null check (length(reason) between 1 and 1000),
      reported_at timestamptz not null default now(),
      resolved_at timestamptz,
      resolved_by uuid references staff_users(id) on delete set null
    )
  `.execute(db);

  const tables = [
    'research_projects',
    'research_tasks',
    'task_invitations',
    'research_answers',
    'discussion_posts',
    'post_reports',
  ];
  for (const table of tables) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy organisation_isolation on ${t}
      using (organisation_id = current_organisation_id()) with check (organisation_id = current_organisation_id())`.execute(
      db,
    );
  }
  await sql`grant select, insert, update, delete on research_projects, research_tasks, task_invitations,
    research_answers, discussion_posts, post_reports to kuule_app`.execute(db);
}
