import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../support/database.ts';
import { createFeedbackSurveyForTest, createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, type FormClient, formFieldsOf } from '../support/http-client.ts';
import { runRetentionAt } from '../support/retention.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

const DAY = 24 * 3600_000;

/**
 * The register is data (issue "registers as data"): the register owner edits it in the console as a
 * versioned draft; publishing changes the notice and what the system does together, or is refused.
 */
describe(`registers edited in the console (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let owner: FormClient;
  beforeAll(async () => {
    kuule = await createTestKuule();
    await createFeedbackSurveyForTest(kuule.db, kuule.espoo.id);
    owner = await createSignedInStaff(kuule, kuule.espoo, 'owner@espoo.example', ['register_owner']);
  });
  afterAll(() => kuule.close());

  const editUrl = (section: string) => `/espoo/console/registers/feedback/edit/${section}`;

  /** Loads a section as the browser shows it, changes some fields, and presses a button. */
  async function editSection(
    section: string,
    change: (fields: Record<string, string>) => void,
    action = 'save',
  ) {
    const page = await owner.get(`${editUrl(section)}?lang=en`);
    expect(page.statusCode).toBe(200);
    const fields = formFieldsOf(page.body, editUrl(section));
    change(fields);
    return owner.post(`${editUrl(section)}?lang=en`, { ...fields, action });
  }

  const fieldNamed = (fields: Record<string, string>, value: string) =>
    Object.keys(fields).find((name) => fields[name] === value)!;

  async function publish() {
    const page = await owner.get('/espoo/console/registers/feedback?lang=en');
    return owner.post('/espoo/console/registers/feedback/publish?lang=en', { _csrf: csrfTokenOf(page.body) });
  }

  const versions = () =>
    kuule.db.system
      .selectFrom('register_versions')
      .select('version')
      .where('organisation_id', '=', kuule.espoo.id)
      .execute();

  it('only the register owner edits registers', async () => {
    const manager = await createSignedInStaff(kuule, kuule.espoo, 'manager@espoo.example', [
      'feedback_manager',
    ]);
    expect((await manager.get('/espoo/console/registers')).statusCode).toBe(403);
    const list = await owner.get('/espoo/console/registers?lang=en');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Feedback and customer satisfaction register');
    expect(list.body).toContain('Version 1, published');
  });

  it('E7: a shorter period published in the register changes the notice, keeps the old version readable, and the deletion job follows it', async () => {
    const saved = await editSection('retention', (fields) => {
      const rule = fieldNamed(fields, 'feedback_answers').replace(/key$/, '');
      fields[`${rule}periodDays`] = '180';
      fields[`${rule}description.fi`] = 'Yksittäiset vastaukset poistetaan puolen vuoden kuluttua.';
      fields[`${rule}description.sv`] = 'Enskilda svar raderas efter ett halvt år.';
      fields[`${rule}description.en`] = 'Individual answers are deleted after six months.';
    });
    expect(saved.statusCode).toBe(303);
    // A draft changes nothing public.
    expect((await kuule.app.inject('/espoo/privacy/feedback?lang=en')).body).toContain(
      'Individual answers are deleted within a year.',
    );
    const preview = await owner.get('/espoo/console/registers/feedback?lang=en');
    expect(preview.body).toContain('Individual answers are deleted after six months.');

    const published = await publish();
    expect(published.statusCode).toBe(303);
    expect((await owner.get(String(published.headers.location))).body).toContain('Version 2 was published');
    const notice = await kuule.app.inject('/espoo/privacy/feedback?lang=en');
    expect(notice.body).toContain('Individual answers are deleted after six months.');
    expect((await kuule.app.inject('/espoo/privacy/feedback?lang=en&version=1')).body).toContain(
      'Individual answers are deleted within a year.',
    );
    expect(await versions()).toHaveLength(2);
    const audit = await kuule.db.system
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'register.publish')
      .execute();
    expect(audit).toHaveLength(1);

    // The job reads the same register: answers older than 180 days go, the day before they stay.
    const dry = await runRetentionAt(kuule.db, new Date(), { dryRun: true, organisation: 'espoo' });
    expect(dry.outcome('espoo', 'feedback_answers')).toMatchObject({ periodDays: 180, source: 'register' });
    const survey = await kuule.db.system
      .selectFrom('surveys')
      .select(['id', 'current_version_id'])
      .executeTakeFirstOrThrow();
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
    for (const daysAgo of [179, 181])
      await kuule.db.system
        .insertInto('survey_responses')
        .values({
          organisation_id: kuule.espoo.id,
          survey_id: survey.id,
          survey_version_id: survey.current_version_id!,
          answered_on: day(daysAgo),
          answers: JSON.stringify({}),
        })
        .execute();
    await runRetentionAt(kuule.db, new Date(), { organisation: 'espoo' });
    const left = await kuule.db.system.selectFrom('survey_responses').select('answered_on').execute();
    expect(left.map((row) => row.answered_on)).toEqual([day(179)]);
  });

  it('E7: a period longer than the promise allows is refused with the reason, and nothing changes', async () => {
    await editSection('retention', (fields) => {
      const rule = fieldNamed(fields, 'feedback_answers').replace(/key$/, '');
      fields[`${rule}periodDays`] = '400';
      fields[`${rule}description.fi`] = '400 päivää.';
      fields[`${rule}description.sv`] = '400 dagar.';
      fields[`${rule}description.en`] = 'Kept 400 days.';
    });
    const refused = await publish();
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'The retention rule feedback_answers keeps data 400 days, longer than the law or promise E7 allows (at most 365 days).',
    );
    expect(await versions()).toHaveLength(2);
    expect((await kuule.app.inject('/espoo/privacy/feedback?lang=en')).body).toContain('after six months');
    await owner.post('/espoo/console/registers/feedback/discard', { _csrf: csrfTokenOf(refused.body) });
    expect((await owner.get('/espoo/console/registers/feedback?lang=en')).body).toContain(
      'There is no draft',
    );
  });

  it('E3: removing a category still collected (the draw’s contacts) is refused, naming what collects it', async () => {
    const removed = await editSection('data-content', () => {}, 'remove:2');
    expect(removed.statusCode).toBe(303);
    const draftPage = await owner.get(`${editUrl('data-content')}?lang=en`);
    expect(draftPage.body).not.toContain('value="draw_contacts"');
    const refused = await publish();
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'draw_contacts.email is still collected (survey &quot;service-feedback&quot;: the prize draw)',
    );
    expect(await versions()).toHaveLength(2);
    await owner.post('/espoo/console/registers/feedback/discard', { _csrf: csrfTokenOf(refused.body) });
  });

  it('bad input in a section comes back with what to fix and saves nothing', async () => {
    const bad = await editSection('data-content', (fields) => {
      fields['s.0.key'] = 'Not A Key';
      fields['s.1.fields.0.label.en'] = 'x'.repeat(4001);
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Identifier: a lower-case letter first');
    expect(bad.body).toContain('href="#s.1.fields.0.label.en"');
    expect(bad.body).toContain('value="Not A Key"');
    const draft = await kuule.db.system.selectFrom('register_drafts').select('register_id').execute();
    expect(draft).toEqual([]);
  });

  it('a new register starts as a draft, is not public until published, and must be complete to publish', async () => {
    const list = await owner.get('/espoo/console/registers?lang=en');
    const taken = await owner.post('/espoo/console/registers?lang=en', {
      _csrf: csrfTokenOf(list.body),
      slug: 'feedback',
      'title.fi': 'a',
      'title.sv': 'b',
      'title.en': 'c',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('A register with this identifier exists already.');
    const created = await owner.post('/espoo/console/registers?lang=en', {
      _csrf: csrfTokenOf(list.body),
      slug: 'events',
      'title.fi': 'Tapahtumarekisteri',
      'title.sv': 'Evenemangsregister',
      'title.en': 'Events register',
    });
    expect(created.statusCode).toBe(303);
    expect((await kuule.app.inject('/espoo/privacy/events')).statusCode).toBe(404);
    const page = await owner.get('/espoo/console/registers/events?lang=en');
    const refused = await owner.post('/espoo/console/registers/events/publish?lang=en', {
      _csrf: csrfTokenOf(page.body),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('controller is empty');
    expect((await kuule.app.inject('/espoo/privacy/events')).statusCode).toBe(404);
    // E9: the register owner's changes are in the audit trail; the refused one changed nothing.
    const discarded = await owner.post('/espoo/console/registers/events/discard?lang=en', {
      _csrf: csrfTokenOf(page.body),
    });
    expect(discarded.statusCode).toBe(303);
    const trail = await kuule.db.system
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'register.%')
      .where('organisation_id', '=', kuule.espoo.id)
      .orderBy('occurred_at')
      .execute();
    expect(trail.filter((a) => (a.details as { register?: string }).register === 'events')).toEqual([
      { action: 'register.create', details: { register: 'events' } },
      { action: 'register.draft_discard', details: { register: 'events' } },
    ]);
  });

  it('a published version cannot be changed or removed by the application', async () => {
    await expect(
      kuule.db.forOrganisation(kuule.espoo.id, (tx) =>
        tx.updateTable('register_versions').set({ published_on: '2000-01-01' }).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      kuule.db.forOrganisation(kuule.espoo.id, (tx) => tx.deleteFrom('register_versions').execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('forms link to the notice that covers what they collect, wherever the register lives', async () => {
    const form = await kuule.app.inject('/espoo/f/service-feedback?lang=en');
    expect(form.body).toContain('href="/espoo/privacy?covers=feedback"');
    const covering = await kuule.app.inject('/espoo/privacy?covers=feedback&lang=sv');
    expect(covering.statusCode).toBe(303);
    expect(covering.headers.location).toBe('/espoo/privacy/feedback?lang=sv');
    expect((await kuule.app.inject('/espoo/privacy?covers=nothing')).statusCode).toBe(200);
  });
});
