import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { librarySurvey } from '../../src/demo/demo-research.ts';
import { eraseMember } from '../../src/members/erase-member.ts';
import { findMember, setPseudonym, startMemberSession } from '../../src/members/member-repository.ts';
import { collectMyData } from '../../src/members/my-data.ts';
import { helsinkiDay } from '../../src/platform/calendar.ts';
import type { TaskAudience } from '../../src/platform/db/schema.ts';
import { createTask, findTask } from '../../src/research/research-repository.ts';
import { saveDraft } from '../../src/surveys/survey-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createMemberForTest, createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, FormClient, formFieldsOf } from '../support/http-client.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

const HOUR = 3600_000;
const PROJECT = '/helsinki/console/research/library-2027';

/**
 * Community research tasks (issue 6, part "tasks"): researchers build projects and tasks in the console;
 * members answer survey tasks under their member key (H3, H4), page by page, pausing and resuming; every
 * refusal (closed, not yet open, not in the audience, already sent, full quota, restricted: E10) stores
 * nothing.
 */
describe(`research tasks (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let researcher: FormClient;
  let member: { client: FormClient; id: string };
  const helsinki = () => kuule.helsinki;

  /** A member signed in with a session cookie, a pseudonym and maybe an age band and a restriction. */
  async function signedInMember(
    email: string,
    options: { ageBand?: string; restricted?: boolean; language?: 'fi' | 'sv' | 'en' } = {},
  ) {
    const created = await createMemberForTest(kuule.db, helsinki().id, email, {
      language: options.language ?? 'en',
      membershipConsent: true,
    });
    const token = await kuule.db.forOrganisation(helsinki().id, async (tx) => {
      await setPseudonym(tx, created.id, `Jäsen ${email.split('@')[0]}`);
      if (options.ageBand) {
        const question = await tx
          .selectFrom('background_questions')
          .select('id')
          .where('key', '=', 'age_band')
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('profile_answers')
          .values({
            organisation_id: helsinki().id,
            member_id: created.id,
            question_id: question.id,
            answer: JSON.stringify([options.ageBand]),
          })
          .execute();
      }
      if (options.restricted)
        await tx
          .updateTable('members')
          .set({ processing_restricted_at: new Date() })
          .where('id', '=', created.id)
          .execute();
      return startMemberSession(tx, created, new Date());
    });
    const client = new FormClient(kuule.app);
    client.cookies.set('kuule-member', token);
    return { client, id: created.id };
  }

  const answers = () =>
    kuule.db.system
      .selectFrom('research_answers')
      .selectAll()
      .where('organisation_id', '=', helsinki().id)
      .execute();

  /** A published task of the project on the already published survey, made directly for refusal cases. */
  async function extraTask(
    slug: string,
    options: {
      opensAt?: Date;
      closesAt?: Date;
      audience?: TaskAudience;
      quota?: { questionKey: string; perGroup: number };
      kind?: 'survey' | 'discussion';
      status?: 'published' | 'closed';
    } = {},
  ) {
    return kuule.db.forOrganisation(helsinki().id, async (tx) => {
      const survey = await findTask(tx, 'library-survey');
      const now = Date.now();
      const task = await createTask(tx, {
        organisationId: helsinki().id,
        projectId: survey!.project_id,
        slug,
        kind: options.kind ?? 'survey',
        title: { fi: `Tehtävä ${slug}`, sv: `Uppgift ${slug}`, en: `Task ${slug}` },
        description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
        surveyId: (options.kind ?? 'survey') === 'survey' ? survey!.survey_id : null,
        languages: ['fi', 'sv', 'en'],
        opensAt: options.opensAt ?? new Date(now - HOUR),
        closesAt: options.closesAt ?? new Date(now + 24 * HOUR),
        ...(options.audience ? { audience: options.audience } : {}),
        ...(options.quota ? { quota: options.quota } : {}),
      });
      await tx
        .updateTable('research_tasks')
        .set({ status: options.status ?? 'published' })
        .where('id', '=', task.id)
        .execute();
      return task;
    });
  }

  beforeAll(async () => {
    kuule = await createTestKuule();
    researcher = await createSignedInStaff(kuule, helsinki(), 'tutkija@helsinki.example', ['researcher']);
    member = await signedInMember('vastaaja@example.fi', { ageBand: '25-34' });
  });
  afterAll(() => kuule.close());

  it('H3: only staff with research.manage reach the research console (others get 403)', async () => {
    const manager = await createSignedInStaff(kuule, helsinki(), 'palaute@helsinki.example', [
      'feedback_manager',
    ]);
    expect((await manager.get('/helsinki/console/research')).statusCode).toBe(403);
    const page = await manager.get('/helsinki/console');
    expect(page.body).not.toContain('/helsinki/console/research');
    const refused = await manager.post('/helsinki/console/research', {
      _csrf: csrfTokenOf(page.body),
      slug: 'sneaky',
    });
    expect(refused.statusCode).toBe(403);
    expect(await kuule.db.system.selectFrom('research_projects').selectAll().execute()).toEqual([]);
    // The researcher's console home links to research.
    expect((await researcher.get('/helsinki/console?lang=en')).body).toContain(
      'href="/helsinki/console/research"',
    );
  });

  it('a researcher creates a project through the console form; bad input is a 400 page and stores nothing', async () => {
    const list = await researcher.get('/helsinki/console/research?lang=en');
    expect(list.statusCode).toBe(200);
    const fields = formFieldsOf(list.body, '/helsinki/console/research"');
    // Only registers that cover research answers are offered.
    expect(fields.register).toBe('customer-community');
    const project = {
      ...fields,
      slug: 'library-2027',
      'title.fi': 'Kirjastopalvelut 2027',
      'title.sv': 'Bibliotekstjänster 2027',
      'title.en': 'Library services 2027',
      'purpose.fi': 'Kehitämme kirjastoja.',
      'purpose.sv': 'Vi utvecklar biblioteken.',
      'purpose.en': 'We develop the libraries.',
      analysisPeriodDays: '90',
    };
    const refused = await researcher.post('/helsinki/console/research?lang=en', {
      ...project,
      register: 'feedback',
      'title.sv': '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('class="error-summary"');
    expect(refused.body).toContain('Choose a register that covers research answers.');
    expect(await kuule.db.system.selectFrom('research_projects').selectAll().execute()).toEqual([]);

    const created = await researcher.post('/helsinki/console/research', project);
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`${PROJECT}?notice=created`);
    const row = await kuule.db.system.selectFrom('research_projects').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ slug: 'library-2027', register_slug: 'customer-community' });
    expect(row.analysis_period_days).toBe(90);
    expect((await researcher.get(`${PROJECT}?lang=en`)).body).toContain('Project: Library services 2027');
  });

  it('a researcher creates a survey task with its research survey; the task publishes only after the survey (audited)', async () => {
    const page = await researcher.get(`${PROJECT}?lang=en`);
    const fields = formFieldsOf(page.body, `${PROJECT}/tasks"`);
    const opens = new Date(Date.now() - HOUR);
    const local = (at: Date) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Helsinki',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .format(at)
        .replace(' ', 'T');
    const task = {
      ...fields,
      slug: 'library-survey',
      kind: 'survey',
      languages: ['fi', 'sv', 'en'],
      'title.fi': 'Kirjastokysely',
      'title.sv': 'Biblioteksenkät',
      'title.en': 'Library survey',
      'description.fi': 'Kerro kirjastosta.',
      'description.sv': 'Berätta om biblioteket.',
      'description.en': 'Tell us about the library.',
      opensAt: local(opens),
      closesAt: local(new Date(Date.now() + 5 * 24 * HOUR)),
      targetParticipants: '200',
      quotaQuestionKey: 'age_band',
      quotaPerGroup: '50',
    };
    const refused = await researcher.post(`${PROJECT}/tasks?lang=en`, {
      ...task,
      closesAt: local(new Date(opens.getTime() - HOUR)),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The closing time must be after the opening time.');
    expect(await kuule.db.system.selectFrom('research_tasks').selectAll().execute()).toEqual([]);
    expect(await kuule.db.system.selectFrom('surveys').selectAll().execute()).toEqual([]);

    const created = await researcher.post(`${PROJECT}/tasks`, task);
    expect(created.statusCode).toBe(303);
    const row = await kuule.db.system.selectFrom('research_tasks').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'survey', status: 'draft', target_participants: 200 });
    expect(row).toMatchObject({ quota_question_key: 'age_band', quota_per_group: 50 });
    expect(Math.abs(row.opens_at.getTime() - opens.getTime())).toBeLessThan(60_000);
    const survey = await kuule.db.system
      .selectFrom('surveys')
      .selectAll()
      .where('id', '=', row.survey_id!)
      .executeTakeFirstOrThrow();
    expect(survey).toMatchObject({ slug: 'library-survey', kind: 'research', status: 'draft' });

    // The survey is not published yet: the task stays a draft.
    const project = await researcher.get(`${PROJECT}?lang=en`);
    expect(project.body).toContain('href="/helsinki/console/surveys/library-survey"');
    const early = await researcher.post(`${PROJECT}/tasks/library-survey/publish?lang=en`, {
      _csrf: csrfTokenOf(project.body),
    });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Publish the task’s survey in the survey builder before the task.');
    expect(
      (await kuule.db.system.selectFrom('research_tasks').select('status').executeTakeFirst())?.status,
    ).toBe('draft');

    // The questions are written in the survey builder (here: the draft saved), then published there.
    await kuule.db.forOrganisation(helsinki().id, (tx) => saveDraft(tx, survey.id, librarySurvey));
    const editor = await researcher.get('/helsinki/console/surveys/library-survey?lang=en');
    const published = await researcher.post('/helsinki/console/surveys/library-survey/publish', {
      _csrf: csrfTokenOf(editor.body),
    });
    expect(published.statusCode).toBe(303);
    expect((await researcher.get(`${published.headers.location}&lang=en`)).body).toContain(
      'Members answer the survey through its research task.',
    );
    const done = await researcher.post(`${PROJECT}/tasks/library-survey/publish`, {
      _csrf: csrfTokenOf(editor.body),
    });
    expect(done.statusCode).toBe(303);
    expect(
      (await kuule.db.system.selectFrom('research_tasks').select('status').executeTakeFirst())?.status,
    ).toBe('published');
    // A research survey is not a public feedback form.
    expect((await kuule.app.inject('/helsinki/f/library-survey')).statusCode).toBe(404);
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'permission'])
      .where('action', 'like', 'research.%')
      .orderBy('occurred_at')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'research.project_create',
      'research.task_create',
      'research.task_publish',
    ]);
    expect(audited.every((a) => a.actor_type === 'staff' && a.permission === 'research.manage')).toBe(true);
  });

  it('H3, H4: a member answers page by page, pauses, resumes and submits; the answer is stored under the member key only', async () => {
    const me = await member.client.get('/helsinki/me?lang=en');
    expect(me.body).toContain('href="/helsinki/me/tasks"');
    const tasks = await member.client.get('/helsinki/me/tasks?lang=en');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.body).toContain('Answer task Library survey');
    expect(tasks.body).toContain('href="/helsinki/me/tasks/library-survey"');

    const first = await member.client.get('/helsinki/me/tasks/library-survey?lang=en');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toContain('How often do you visit the library?');
    expect(await answers()).toEqual([]);

    // A required question left empty: the page again with the reason, nothing stored.
    const csrf = csrfTokenOf(first.body);
    const missing = await member.client.post('/helsinki/me/tasks/library-survey?lang=en', {
      _csrf: csrf,
      page: '0',
      action: 'next',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('class="error-summary"');
    expect(await answers()).toEqual([]);

    const next = await member.client.post('/helsinki/me/tasks/library-survey', {
      _csrf: csrf,
      page: '0',
      action: 'next',
      q_visits: 'weekly',
      q_services: ['loans', 'events'],
    });
    expect(next.statusCode).toBe(303);
    let [saved] = await answers();
    expect(saved).toMatchObject({ member_id: member.id, status: 'in_progress', page: 1 });
    expect(saved!.answers).toEqual({ q_visits: ['weekly'], q_services: ['loans', 'events'] });

    // Pause on the second page: what was typed is kept, and My tasks offers to continue.
    const second = await member.client.get('/helsinki/me/tasks/library-survey?lang=en');
    expect(second.body).toContain('How well do the opening hours suit you?');
    const paused = await member.client.post('/helsinki/me/tasks/library-survey', {
      _csrf: csrfTokenOf(second.body),
      page: '1',
      action: 'pause',
      q_wish: 'Longer hours on Sundays',
    });
    expect(paused.headers.location).toBe('/helsinki/me/tasks?notice=paused');
    const list = await member.client.get('/helsinki/me/tasks?notice=paused&lang=en');
    expect(list.body).toContain('Your answers were saved.');
    expect(list.body).toContain('Continue task Library survey');
    [saved] = await answers();
    expect(saved).toMatchObject({ status: 'in_progress', page: 1 });

    // Resume where it was left, with the text kept; going back keeps the first page's answers.
    const resumed = await member.client.get('/helsinki/me/tasks/library-survey?lang=en');
    expect(resumed.body).toContain('Longer hours on Sundays');
    const back = await member.client.post('/helsinki/me/tasks/library-survey', {
      _csrf: csrfTokenOf(resumed.body),
      page: '1',
      action: 'back',
      q_wish: 'Longer hours on Sundays',
    });
    expect(back.statusCode).toBe(303);
    const firstAgain = await member.client.get('/helsinki/me/tasks/library-survey?lang=en');
    expect(firstAgain.body).toMatch(/value="weekly"[^>]*checked/);
    await member.client.post('/helsinki/me/tasks/library-survey', {
      _csrf: csrfTokenOf(firstAgain.body),
      page: '0',
      action: 'next',
      q_visits: 'weekly',
      q_services: ['loans', 'events'],
    });
    const last = await member.client.get('/helsinki/me/tasks/library-survey?lang=en');
    const sent = await member.client.post('/helsinki/me/tasks/library-survey', {
      _csrf: csrfTokenOf(last.body),
      page: '1',
      action: 'send',
      q_opening_hours: '4',
      q_wish: 'Longer hours on Sundays',
    });
    expect(sent.headers.location).toBe('/helsinki/me/tasks?notice=submitted');
    const rows = await answers();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      member_id: member.id,
      status: 'submitted',
      answered_on: helsinkiDay(new Date()),
      anonymised_on: null,
    });
    expect(rows[0]!.answers).toMatchObject({
      visits: 'weekly',
      opening_hours: 4,
      wish: 'Longer hours on Sundays',
    });
    // H4: no email anywhere in research data — no such column, and no address in the stored row.
    const columns = await kuule.db.system
      .selectFrom('information_schema.columns' as never)
      .select(['table_name' as never, 'column_name' as never])
      .where('table_name' as never, 'in', [
        'research_answers',
        'research_tasks',
        'research_projects',
      ] as never)
      .execute();
    expect(columns.length).toBeGreaterThan(10);
    expect(
      (columns as { column_name: string }[]).filter((c) => /mail|name$|phone|address/.test(c.column_name)),
    ).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain('vastaaja@example.fi');

    const done = await member.client.get('/helsinki/me/tasks?notice=submitted&lang=en');
    expect(done.body).toContain('Thank you! Your answers were sent.');
    expect(done.body).toMatch(/Library survey, answered on/);
    expect(done.body).not.toContain('href="/helsinki/me/tasks/library-survey"');
  });

  it('H3: the researcher sees counts and pseudonymous data only, never an email address', async () => {
    const project = await researcher.get(`${PROJECT}?lang=en`);
    // H5: one answer is below the threshold, so the count is not shown.
    expect(project.body).toContain('fewer than 5 sent, fewer than 5 in progress');
    expect(project.body).not.toContain('1 sent');
    const list = await researcher.get('/helsinki/console/research?lang=en');
    for (const body of [project.body, list.body]) {
      expect(body).not.toContain('vastaaja@example.fi');
      expect(body).not.toMatch(/[\w.-]+@example\.fi/);
    }
  });

  it('E10, H5: every refusal is a page in the member’s language and stores nothing', async () => {
    const now = Date.now();
    await extraTask('later', { opensAt: new Date(now + 24 * HOUR), closesAt: new Date(now + 48 * HOUR) });
    await extraTask('ended', { opensAt: new Date(now - 48 * HOUR), closesAt: new Date(now - HOUR) });
    await extraTask('closed-early', { status: 'closed' });
    await extraTask('older-people', {
      audience: { kind: 'background', answers: { age_band: ['65-74', '75+'] } },
    });
    await extraTask('one-per-band', { quota: { questionKey: 'age_band', perGroup: 1 } });
    await extraTask('talk', { kind: 'discussion' });
    const restricted = await signedInMember('rajoitettu@example.fi', { restricted: true, language: 'fi' });
    const sameBand = await signedInMember('samaryhma@example.fi', { ageBand: '25-34' });
    const otherBand = await signedInMember('toinenryhma@example.fi', { ageBand: '45-54' });

    // The one in the quota group answers first, so the quota of 25–34 is full for the next.
    const quotaPage = await member.client.get('/helsinki/me/tasks/one-per-band');
    expect(quotaPage.statusCode).toBe(200);
    const steps: Record<string, string>[] = [
      { page: '0', action: 'next', q_visits: 'monthly' },
      { page: '1', action: 'send', q_opening_hours: '3' },
    ];
    for (const body of steps)
      await member.client.post('/helsinki/me/tasks/one-per-band', {
        _csrf: csrfTokenOf(quotaPage.body),
        ...body,
      });
    const before = (await answers()).length;
    expect(before).toBe(2);

    const cases: [{ client: FormClient }, string, number, string][] = [
      [member, 'later', 403, 'The task is not open yet'],
      [member, 'ended', 410, 'The task has closed'],
      [member, 'closed-early', 410, 'The task has closed'],
      [member, 'older-people', 403, 'This task is not for you'],
      [member, 'library-survey', 409, 'You have already answered'],
      [sameBand, 'one-per-band', 409, 'Your group has already answered'],
      [restricted, 'library-survey', 403, 'Käsittely on rajoitettu'],
    ];
    for (const [who, slug, status, title] of cases) {
      const lang = who === restricted ? '' : '?lang=en';
      const page = await who.client.get(`/helsinki/me/tasks/${slug}${lang}`);
      expect(page.statusCode, slug).toBe(status);
      expect(page.body, slug).toContain(title);
      const token = csrfTokenOf((await who.client.get(`/helsinki/me${lang}`)).body);
      for (const action of ['next', 'pause', 'send']) {
        const post = await who.client.post(`/helsinki/me/tasks/${slug}${lang}`, {
          _csrf: token,
          page: '0',
          action,
          q_visits: 'weekly',
          q_opening_hours: '5',
        });
        expect(post.statusCode, `${slug} ${action}`).toBe(status);
      }
    }
    expect(await answers()).toHaveLength(before);

    // Another age band still has room in the quota; the restricted member is offered no tasks at all.
    expect((await otherBand.client.get('/helsinki/me/tasks/one-per-band')).statusCode).toBe(200);
    const restrictedList = await restricted.client.get('/helsinki/me/tasks');
    expect(restrictedList.body).toContain('Olet rajoittanut tietojesi käsittelyä');
    expect(restrictedList.body).not.toContain('href="/helsinki/me/tasks/');
    // Out of the audience, the task is not listed either.
    expect((await member.client.get('/helsinki/me/tasks')).body).not.toContain('/me/tasks/older-people');

    // A discussion task is answered on the discussion's own page.
    const talk = await member.client.get('/helsinki/me/tasks/talk');
    expect(talk.statusCode).toBe(303);
    expect(talk.headers.location).toBe('/helsinki/me/discussions/talk');
    expect((await member.client.get('/helsinki/me/tasks/no-such-task')).statusCode).toBe(404);
  });

  it('concurrent sends store one answer: a double click, and two members after a quota group’s last place, get the stored answer and a polite refusal, never an error', async () => {
    await extraTask('double-click', {});
    await extraTask('last-place', { quota: { questionKey: 'age_band', perGroup: 1 } });
    const first = await signedInMember('kiirehtija@example.fi', { ageBand: '35-44' });
    const second = await signedInMember('toinen-kiirehtija@example.fi', { ageBand: '35-44' });
    const send = (who: { client: FormClient }, slug: string, token: string) =>
      who.client.post(`/helsinki/me/tasks/${slug}?lang=en`, {
        _csrf: token,
        page: '1',
        action: 'send',
        q_opening_hours: '4',
      });
    // The first page is answered in turn; only the sends race.
    const tokenOf = async (who: { client: FormClient }, slug: string) => {
      const token = csrfTokenOf((await who.client.get(`/helsinki/me/tasks/${slug}`)).body);
      const next = await who.client.post(`/helsinki/me/tasks/${slug}`, {
        _csrf: token,
        page: '0',
        action: 'next',
        q_visits: 'weekly',
      });
      expect(next.statusCode).toBe(303);
      return token;
    };
    const count = async (slug: string) =>
      (
        await kuule.db.system
          .selectFrom('research_answers as a')
          .innerJoin('research_tasks as t', 't.id', 'a.task_id')
          .select('a.id')
          .where('t.slug', '=', slug)
          .where('a.status', '=', 'submitted')
          .execute()
      ).length;

    const token = await tokenOf(first, 'double-click');
    const clicks = await Promise.all([
      send(first, 'double-click', token),
      send(first, 'double-click', token),
    ]);
    expect(clicks.map((c) => c.statusCode).sort()).toEqual([303, 409]);
    expect(await count('double-click')).toBe(1);

    const [a, b] = [await tokenOf(first, 'last-place'), await tokenOf(second, 'last-place')];
    const race = await Promise.all([send(first, 'last-place', a), send(second, 'last-place', b)]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    expect(await count('last-place')).toBe(1);
  });

  it('the summary a researcher publishes is shown to members in their own language', async () => {
    const page = await researcher.get(`${PROJECT}?lang=en`);
    const fields = formFieldsOf(page.body, `${PROJECT}/summary"`);
    const refused = await researcher.post(`${PROJECT}/summary?lang=en`, { ...fields, 'heard.fi': 'Lyhyt' });
    expect(refused.statusCode).toBe(400);
    expect(
      (await kuule.db.system.selectFrom('research_projects').select('summary').executeTakeFirst())?.summary,
    ).toBe(null);
    const published = await researcher.post(`${PROJECT}/summary`, {
      ...fields,
      'heard.fi': 'Toivoitte pidempiä aukioloaikoja.',
      'heard.sv': 'Ni önskade längre öppettider.',
      'heard.en': 'You asked for longer opening hours.',
      'changed.fi': 'Pääkirjasto on auki myös sunnuntaisin.',
      'changed.sv': 'Huvudbiblioteket har öppet även på söndagar.',
      'changed.en': 'The main library is now open on Sundays.',
    });
    expect(published.statusCode).toBe(303);
    const swedish = await member.client.get('/helsinki/me/tasks?lang=sv');
    expect(swedish.body).toContain('Vad som hände med resultaten');
    expect(swedish.body).toContain('Ni önskade längre öppettider.');
    expect(swedish.body).toContain('Huvudbiblioteket har öppet även på söndagar.');
    expect(swedish.body).not.toContain('You asked for longer opening hours.');
  });

  it('H13: my data lists the member’s research answers, and erasing the member unlinks them (anonymised) and deletes unfinished ones', async () => {
    const page = await member.client.get('/helsinki/me/data?lang=en');
    expect(page.body).toContain('Library survey');
    expect(page.body).not.toContain('You have not answered any research tasks.');

    // An unfinished answer to another task, then erasure.
    const open = await extraTask('still-open');
    const form = await member.client.get('/helsinki/me/tasks/still-open');
    await member.client.post('/helsinki/me/tasks/still-open', {
      _csrf: csrfTokenOf(form.body),
      page: '0',
      action: 'pause',
      q_visits: 'rarely',
    });
    const mine = () => answers().then((rows) => rows.filter((row) => row.member_id === member.id));
    expect((await mine()).map((row) => row.status).sort()).toEqual(['in_progress', 'submitted', 'submitted']);
    await kuule.db.forOrganisation(helsinki().id, async (tx) => {
      const found = await findMember(tx, member.id);
      const data = await collectMyData(tx, testVaultKeys, found!);
      expect(data.researchAnswers.map((a) => a.task.en).sort()).toEqual([
        'Library survey',
        'Task one-per-band',
      ]);
      expect(data.researchAnswers[0]!.answeredOn).toBe(helsinkiDay(new Date()));
      await eraseMember(tx, {
        organisationId: helsinki().id,
        memberId: member.id,
        reason: 'member_request',
        now: new Date(),
        actor: { type: 'member', id: member.id },
      });
    });
    expect(await mine()).toEqual([]);
    const all = await answers();
    expect(all.some((row) => row.task_id === open.id)).toBe(false);
    const anonymised = all.filter((row) => row.member_id === null);
    expect(anonymised).toHaveLength(2);
    expect(
      anonymised.every((row) => row.status === 'submitted' && row.anonymised_on === helsinkiDay(new Date())),
    ).toBe(true);
  });
});
