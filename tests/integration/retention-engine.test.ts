import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../src/demo/demo-feedback-survey.ts';
import { readMemberEmail } from '../../src/members/identity-vault.ts';
import { addDays, helsinkiDay } from '../../src/platform/calendar.ts';
import type { OutgoingEmail } from '../../src/platform/email/mailer.ts';
import {
  INACTIVITY_REMINDER_DAYS_BEFORE,
  UNDRAWN_CONTACTS_DAYS,
} from '../../src/privacy/retention/retention-rules.ts';
import { createProject, createTask } from '../../src/research/research-repository.ts';
import { closeSurvey, createSurvey, findSurvey, publishSurvey } from '../../src/surveys/survey-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import {
  createFeedbackSurveyForTest,
  createMemberForTest,
  createSignedInStaff,
} from '../support/factories.ts';
import { csrfTokenOf } from '../support/http-client.ts';
import { runRetentionAt } from '../support/retention.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

const DAY = 24 * 3600_000;

describe(`the retention engine (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
  });
  afterAll(() => kuule.close());

  const memberRow = (id: string) =>
    kuule.db.system.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const emailOf = (id: string) =>
    kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      readMemberEmail(tx, testVaultKeys, kuule.helsinki.id, id),
    );

  describe('H12: six months without activity', () => {
    it('H12: reminds a month before, in the member’s language, once; keeps the member the day before the limit; erases them the day after', async () => {
      const now = Date.now();
      const period = 183;
      const remindAt = period - INACTIVITY_REMINDER_DAYS_BEFORE;
      const quiet = await createMemberForTest(kuule.db, kuule.helsinki.id, 'quiet@example.fi', {
        lastActiveAt: new Date(now - (remindAt - 1) * DAY),
        language: 'sv',
      });
      const sent: OutgoingEmail[] = [];
      // The day before the reminder is due: nothing.
      let run = await runRetentionAt(kuule.db, new Date(now), { sent, organisation: 'helsinki' });
      expect(run.outcome('helsinki', 'inactive_member')).toMatchObject({
        reminded: 0,
        deleted: 0,
        source: 'register',
        periodDays: 183,
      });
      // Two days later the reminder goes, in Swedish, once.
      run = await runRetentionAt(kuule.db, new Date(now + 2 * DAY), { sent, organisation: 'helsinki' });
      expect(run.outcome('helsinki', 'inactive_member')?.reminded).toBe(1);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to: 'quiet@example.fi' });
      expect(sent[0]!.subject).toContain('vill du fortsätta som medlem');
      await runRetentionAt(kuule.db, new Date(now + 3 * DAY), { sent, organisation: 'helsinki' });
      expect(sent).toHaveLength(1);
      // The day before six months of inactivity: still a member.
      const lastActive = (await memberRow(quiet.id)).last_active_at.getTime();
      run = await runRetentionAt(kuule.db, new Date(lastActive + (period - 1) * DAY), {
        organisation: 'helsinki',
      });
      expect(run.outcome('helsinki', 'inactive_member')?.deleted).toBe(0);
      expect(await emailOf(quiet.id)).toBe('quiet@example.fi');
      // The day after: erased, with evidence and an audit row.
      run = await runRetentionAt(kuule.db, new Date(lastActive + (period + 1) * DAY), {
        organisation: 'helsinki',
      });
      expect(run.outcome('helsinki', 'inactive_member')?.deleted).toBe(1);
      expect(await emailOf(quiet.id)).toBeUndefined();
      const row = await memberRow(quiet.id);
      expect(row.erased_at).not.toBeNull();
      expect(row.pseudonym).toBeNull();
      const audit = await kuule.db.system
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'member.erase')
        .execute();
      expect(audit.map((a) => a.details)).toContainEqual({ reason: 'inactivity' });
    });

    it('H12: a reminded member who signs in again is kept, and reminded afresh only after falling quiet again', async () => {
      const now = Date.now();
      const member = await createMemberForTest(kuule.db, kuule.helsinki.id, 'back@example.fi', {
        lastActiveAt: new Date(now - 160 * DAY),
      });
      const sent: OutgoingEmail[] = [];
      await runRetentionAt(kuule.db, new Date(now), { sent, organisation: 'helsinki' });
      expect(sent.map((m) => m.to)).toContain('back@example.fi');
      await kuule.db.system
        .updateTable('members')
        .set({ last_active_at: new Date(now + DAY) })
        .where('id', '=', member.id)
        .execute();
      await runRetentionAt(kuule.db, new Date(now + 40 * DAY), { organisation: 'helsinki' });
      const row = await memberRow(member.id);
      expect(row.erased_at).toBeNull();
      expect(row.inactivity_reminded_at).toBeNull();
    });
  });

  it('H12, E10: a member who restricted processing is only stored: no reminder, no deletion, until they lift it', async () => {
    const now = Date.now();
    const member = await createMemberForTest(kuule.db, kuule.helsinki.id, 'restricted@example.fi', {
      lastActiveAt: new Date(now - 400 * DAY),
    });
    await kuule.db.system
      .updateTable('members')
      .set({ processing_restricted_at: new Date(now - 300 * DAY) })
      .where('id', '=', member.id)
      .execute();
    const sent: OutgoingEmail[] = [];
    await runRetentionAt(kuule.db, new Date(now), { sent, organisation: 'helsinki' });
    expect(sent.map((m) => m.to)).not.toContain('restricted@example.fi');
    expect((await memberRow(member.id)).erased_at).toBeNull();
  });

  describe('H14: research answers are anonymised after the project’s analysis period, then kept two years at most', () => {
    const day = (offset: number) => addDays(helsinkiDay(new Date()), offset);
    const at = (isoDay: string) => new Date(`${isoDay}T09:00:00+02:00`);

    /** A closed project with one survey task: a submitted answer with identifiers in its text, an unfinished one and a post. */
    async function closedProject(slug: string, closedOn: string, analysisDays: number) {
      const member = await createMemberForTest(kuule.db, kuule.helsinki.id, `${slug}-a@example.fi`);
      const other = await createMemberForTest(kuule.db, kuule.helsinki.id, `${slug}-b@example.fi`);
      return kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
        const survey = await createSurvey(tx, {
          organisationId: kuule.helsinki.id,
          slug,
          kind: 'research',
          draft: espooServiceFeedback,
        });
        await publishSurvey(tx, survey.id);
        const versionId = (await findSurvey(tx, { id: survey.id }))!.current_version_id!;
        const project = await createProject(tx, {
          organisationId: kuule.helsinki.id,
          slug,
          title: { fi: slug, sv: slug, en: slug },
          purpose: { fi: 'Kehittäminen', sv: 'Utveckling', en: 'Development' },
          registerSlug: 'customer-community',
          analysisPeriodDays: analysisDays,
          createdBy: null,
        });
        const common = {
          organisationId: kuule.helsinki.id,
          projectId: project.id,
          title: { fi: 'T', sv: 'T', en: 'T' },
          description: { fi: 'K', sv: 'K', en: 'K' },
          languages: ['fi', 'sv', 'en'] as const,
          opensAt: at(addDays(closedOn, -30)),
          closesAt: at(closedOn),
        };
        const task = await createTask(tx, {
          ...common,
          slug: `${slug}-survey`,
          kind: 'survey',
          surveyId: survey.id,
          languages: [...common.languages],
        });
        const discussion = await createTask(tx, {
          ...common,
          slug: `${slug}-talk`,
          kind: 'discussion',
          languages: [...common.languages],
        });
        await tx
          .insertInto('research_answers')
          .values([
            {
              organisation_id: kuule.helsinki.id,
              task_id: task.id,
              survey_version_id: versionId,
              member_id: member.id,
              status: 'submitted',
              answered_on: addDays(closedOn, -10),
              answers: JSON.stringify({
                satisfaction: 4,
                improve: 'Call me: 040 123 4567, maija@example.fi',
              }),
            },
            {
              organisation_id: kuule.helsinki.id,
              task_id: task.id,
              survey_version_id: versionId,
              member_id: other.id,
              status: 'in_progress',
              answers: JSON.stringify({ satisfaction: 2 }),
            },
          ])
          .execute();
        await tx
          .insertInto('discussion_posts')
          .values({
            organisation_id: kuule.helsinki.id,
            task_id: discussion.id,
            member_id: other.id,
            body: 'Longer opening hours, says 131052-308T',
          })
          .execute();
        await tx
          .updateTable('research_projects')
          .set({ status: 'closed', closed_on: closedOn })
          .where('id', '=', project.id)
          .execute();
        return { taskId: task.id, discussionId: discussion.id, memberId: member.id };
      });
    }
    const contributions = (taskIds: string[]) =>
      Promise.all([
        kuule.db.system.selectFrom('research_answers').selectAll().where('task_id', 'in', taskIds).execute(),
        kuule.db.system.selectFrom('discussion_posts').selectAll().where('task_id', 'in', taskIds).execute(),
      ]);

    it('H14: answers stay linked the day before the analysis period ends, and are anonymised irreversibly the day it ends', async () => {
      const { taskId, discussionId, memberId } = await closedProject('h14-analysis', day(-29), 30);
      await runRetentionAt(kuule.db, new Date(), { organisation: 'helsinki' });
      let [answers, posts] = await contributions([taskId, discussionId]);
      expect(answers.filter((a) => a.member_id !== null)).toHaveLength(2);
      expect(posts[0]!.member_id).not.toBeNull();

      const tomorrow = at(day(1));
      const dry = await runRetentionAt(kuule.db, tomorrow, { dryRun: true, organisation: 'helsinki' });
      expect(dry.outcome('helsinki', 'anonymised_research_answers')).toMatchObject({
        anonymised: 2,
        deleted: 1,
      });
      const run = await runRetentionAt(kuule.db, tomorrow, { organisation: 'helsinki' });
      expect(run.outcome('helsinki', 'anonymised_research_answers')).toMatchObject({
        anonymised: 2,
        deleted: 1,
      });
      [answers, posts] = await contributions([taskId, discussionId]);
      // The submitted answer stays for analysis without its author; the unfinished one is gone.
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ member_id: null, anonymised_on: day(1), status: 'submitted' });
      expect(answers[0]!.answers).toEqual({ satisfaction: 4, improve: 'Call me: […], […]' });
      expect(posts[0]).toMatchObject({
        member_id: null,
        anonymised_on: day(1),
        body: 'Longer opening hours, says […]',
      });
      // Nothing left anywhere names the member in research data.
      const linked = await kuule.db.system
        .selectFrom('research_answers')
        .select('id')
        .where('member_id', '=', memberId)
        .execute();
      expect(linked).toEqual([]);
    });

    it('H14: anonymised answers are kept the day before two years have passed and deleted on the day', async () => {
      const { taskId, discussionId } = await closedProject('h14-two-years', day(-800), 0);
      // Anonymised two years ago minus one day: still kept.
      await runRetentionAt(kuule.db, at(day(-729)), { organisation: 'helsinki' });
      let [answers, posts] = await contributions([taskId, discussionId]);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.anonymised_on).toBe(day(-729));
      await runRetentionAt(kuule.db, new Date(), { organisation: 'helsinki' });
      [answers, posts] = await contributions([taskId, discussionId]);
      expect(answers).toHaveLength(1);
      expect(posts).toHaveLength(1);
      const run = await runRetentionAt(kuule.db, at(day(1)), { organisation: 'helsinki' });
      expect(run.outcome('helsinki', 'anonymised_research_answers')!.deleted).toBeGreaterThanOrEqual(2);
      [answers, posts] = await contributions([taskId, discussionId]);
      expect(answers).toEqual([]);
      expect(posts).toEqual([]);
    });
  });

  it('E6: contacts of a survey closed without a draw are deleted a month after closing, not before', async () => {
    const { survey } = await createFeedbackSurveyForTest(kuule.db, kuule.espoo.id, 'undrawn');
    await kuule.db.system
      .insertInto('draw_entries')
      .values({
        organisation_id: kuule.espoo.id,
        survey_id: survey.id,
        contact_kind: 'email',
        contact_encrypted: 'sealed',
        contact_lookup: 'lookup',
        consent_version: '2026-11-22',
        consent_language: 'fi',
      })
      .execute();
    await kuule.db.forOrganisation(kuule.espoo.id, (tx) => closeSurvey(tx, survey.id));
    const entries = async () =>
      (
        await kuule.db.system
          .selectFrom('draw_entries')
          .select('id')
          .where('survey_id', '=', survey.id)
          .execute()
      ).length;
    await runRetentionAt(kuule.db, new Date(Date.now() + (UNDRAWN_CONTACTS_DAYS - 1) * DAY), {
      organisation: 'espoo',
    });
    expect(await entries()).toBe(1);
    const run = await runRetentionAt(kuule.db, new Date(Date.now() + (UNDRAWN_CONTACTS_DAYS + 1) * DAY), {
      organisation: 'espoo',
    });
    expect(run.outcome('espoo', 'draw_contacts')).toMatchObject({
      deleted: 1,
      source: 'register',
      periodDays: 0,
    });
    expect(await entries()).toBe(0);
  });

  it('applies the platform’s default to data no register of the organisation declares (fail safe), and says so', async () => {
    // Espoo's register has no abuse-log rule and Helsinki's no feedback rule: both still run, by default.
    const run = await runRetentionAt(kuule.db, new Date(), { dryRun: true });
    expect(run.outcome('espoo', 'abuse_log_addresses')).toMatchObject({ source: 'default', periodDays: 90 });
    expect(run.outcome('helsinki', 'feedback_answers')).toMatchObject({ source: 'default', periodDays: 365 });
    expect(run.outcome('helsinki', 'self_deletion')).toMatchObject({ source: 'event' });
  });

  it('shows the register owner the rules, today’s dry run and the evidence, and runs on request (audited)', async () => {
    const owner = await createSignedInStaff(kuule, kuule.espoo, 'owner@espoo.example', ['register_owner']);
    const analyst = await createSignedInStaff(kuule, kuule.espoo, 'analyst@espoo.example', ['analyst']);
    expect((await analyst.get('/espoo/console/retention')).statusCode).toBe(403);
    const page = await owner.get('/espoo/console/retention?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Individual answers are deleted within a year.');
    expect(page.body).toContain('platform default');
    const before = (await kuule.db.system.selectFrom('retention_runs').select('id').execute()).length;
    const run = await owner.post('/espoo/console/retention', { _csrf: csrfTokenOf(page.body) });
    expect(run.statusCode).toBe(303);
    const after = await kuule.db.system.selectFrom('retention_runs').selectAll().execute();
    expect(after.length).toBeGreaterThan(before);
    const audit = await kuule.db.system
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.run')
      .execute();
    expect(audit).toHaveLength(1);
    const evidence = await owner.get(String(run.headers.location));
    expect(evidence.body).toContain('feedback/feedback_answers');
  });

  it('H8, H12, E6, E7: three years of daily activity and daily runs end with nothing kept past its deadline', async () => {
    const simulation = await createTestKuule();
    try {
      const { survey } = await createFeedbackSurveyForTest(simulation.db, simulation.espoo.id, 'daily');
      const version = (
        await simulation.db.system
          .selectFrom('surveys')
          .select('current_version_id')
          .where('id', '=', survey.id)
          .executeTakeFirstOrThrow()
      ).current_version_id!;
      const start = new Date('2027-01-01T09:00:00Z').getTime();
      const members: string[] = [];
      for (let day = 0; day < 3 * 365; day++) {
        const now = new Date(start + day * DAY);
        const iso = now.toISOString().slice(0, 10);
        await simulation.db.system
          .insertInto('survey_responses')
          .values({
            organisation_id: simulation.espoo.id,
            survey_id: survey.id,
            survey_version_id: version,
            service_point_id: null,
            answered_on: iso,
            answers: JSON.stringify({ satisfaction: (day % 5) + 1, visit_reason: 'advice' }),
          })
          .execute();
        await simulation.db.system
          .insertInto('abuse_log')
          .values({
            organisation_id: simulation.helsinki.id,
            event: 'sign_in',
            client_address: `192.0.2.${day % 250}`,
            occurred_at: now,
          })
          .execute();
        if (day % 30 === 0) {
          const member = await createMemberForTest(
            simulation.db,
            simulation.helsinki.id,
            `m${day}@example.fi`,
            { lastActiveAt: now },
          );
          members.push(member.id);
        }
        // Every third member keeps coming back; the others fall quiet.
        for (const [index, id] of members.entries())
          if (index % 3 === 0 && day % 20 === 0)
            await simulation.db.system
              .updateTable('members')
              .set({ last_active_at: now })
              .where('id', '=', id)
              .where('erased_at', 'is', null)
              .execute();
        await runRetentionAt(simulation.db, now);
      }
      const end = new Date(start + (3 * 365 - 1) * DAY);
      const oldestAnswer = await simulation.db.system
        .selectFrom('survey_responses')
        .select((eb) => eb.fn.min('answered_on').as('day'))
        .executeTakeFirstOrThrow();
      const yearAgo = new Date(end.getTime() - 365 * DAY).toISOString().slice(0, 10);
      expect(String(oldestAnswer.day) > yearAgo).toBe(true);
      const oldestAddress = await simulation.db.system
        .selectFrom('abuse_log')
        .select((eb) => eb.fn.min('occurred_at').as('at'))
        .executeTakeFirstOrThrow();
      expect(end.getTime() - new Date(oldestAddress.at as Date).getTime()).toBeLessThanOrEqual(90 * DAY);
      const overdue = await simulation.db.system
        .selectFrom('members')
        .select('id')
        .where('erased_at', 'is', null)
        .where('last_active_at', '<', new Date(end.getTime() - 183 * DAY))
        .execute();
      expect(overdue).toEqual([]);
      const kept = await simulation.db.system
        .selectFrom('members')
        .select('id')
        .where('erased_at', 'is', null)
        .execute();
      expect(kept.length).toBeGreaterThan(0);
      // Every run left its evidence.
      const evidence = await simulation.db.system
        .selectFrom('retention_runs')
        .select('id')
        .where('rule_key', '=', 'feedback_answers')
        .execute();
      expect(evidence.length).toBe(2 * 3 * 365);
    } finally {
      await simulation.close();
    }
  }, 600_000);
});
