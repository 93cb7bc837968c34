import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordConsent } from '../../src/consents/consent-repository.ts';
import { listBackgroundQuestions, saveProfile } from '../../src/members/background-profile.ts';
import { eraseMember } from '../../src/members/erase-member.ts';
import { withdrawConsent } from '../../src/members/leave-community.ts';
import { restrictProcessing } from '../../src/members/my-data.ts';
import type { LanguageCode, TaskAudience, TaskEmailFrequency } from '../../src/platform/db/schema.ts';
import { smtpMailer } from '../../src/platform/email/mailer.ts';
import { audienceMembers, audienceSize } from '../../src/research/audience-query.ts';
import { sendWeeklyDigests } from '../../src/research/invite-jobs.ts';
import { setTaskEmailFrequency } from '../../src/research/invite-repository.ts';
import {
  createProject,
  createTask,
  type ResearchTask,
  setTaskStatus,
} from '../../src/research/research-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import {
  createFeedbackSurveyForTest,
  createMemberForTest,
  createSignedInStaff,
} from '../support/factories.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
import { type ReceivedMail, readMail, startSmtpServer, waitFor } from '../support/smtp.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

const SECRET = 'research-invitations-test-secret-0123456789';
const TASKS = '/helsinki/console/research/library-2027/tasks';

/** A received message's headers, unfolded, by lower-case name. */
function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new Map(
    head.split(/\r?\n/).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
}

describe(`research audiences and invitations (${testDatabaseKind()})`, async () => {
  const smtp = await startSmtpServer();
  const mailer = smtpMailer(smtp.url, 'Kuule <kuule@test.example>');
  let kuule: TestKuule;
  let researcher: FormClient;
  let task: ResearchTask;
  let earlier: ResearchTask;
  const ids: Record<string, string> = {};
  const mailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

  async function member(
    name: string,
    options: {
      language?: LanguageCode;
      age?: string;
      district?: string;
      frequency?: TaskEmailFrequency;
    } = {},
  ) {
    const email = `${name}@example.fi`;
    const created = await createMemberForTest(kuule.db, kuule.helsinki.id, email, {
      language: options.language ?? 'fi',
    });
    await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      await recordConsent(tx, {
        organisationId: kuule.helsinki.id,
        memberId: created.id,
        purpose: 'community_membership',
        textVersion: '2026-11-22',
        language: options.language ?? 'fi',
        method: 'web_form',
      });
      await tx
        .updateTable('members')
        .set({ pseudonym: `Nimimerkki ${name}` })
        .where('id', '=', created.id)
        .execute();
      const questions = await listBackgroundQuestions(tx);
      const id = (key: string) => questions.find((q) => q.key === key)!.id;
      await saveProfile(
        tx,
        created,
        new Map([
          [id('age_band'), [options.age ?? '25-34']],
          [id('home_district'), [options.district ?? 'central']],
        ]),
      );
      if (options.frequency) await setTaskEmailFrequency(tx, created.id, options.frequency);
    });
    ids[name] = created.id;
    return created;
  }

  beforeAll(async () => {
    kuule = await createTestKuule({ mailer, config: { secret: SECRET } });
    // k = 3 here, so that small groups are easy to build.
    await kuule.db.system
      .updateTable('organisations')
      .set({ anonymity_threshold: 3 })
      .where('id', '=', kuule.helsinki.id)
      .execute();
    researcher = await createSignedInStaff(kuule, kuule.helsinki, 'rea.researcher@helsinki.example', [
      'researcher',
    ]);
    const survey = await createFeedbackSurveyForTest(kuule.db, kuule.helsinki.id);
    const version = await kuule.db.system
      .selectFrom('survey_versions')
      .select('id')
      .where('survey_id', '=', survey.survey.id)
      .executeTakeFirstOrThrow();
    const now = Date.now();
    ({ task, earlier } = await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      const project = await createProject(tx, {
        organisationId: kuule.helsinki.id,
        slug: 'library-2027',
        title: { fi: 'Kirjastopalvelut 2027', sv: 'Bibliotekstjänster 2027', en: 'Library services 2027' },
        purpose: { fi: 'Kehittää kirjastoja', sv: 'Utveckla biblioteken', en: 'Develop libraries' },
        registerSlug: 'community',
        createdBy: null,
      });
      const common = {
        organisationId: kuule.helsinki.id,
        projectId: project.id,
        kind: 'discussion' as const,
        description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
        languages: ['fi', 'sv', 'en'] as LanguageCode[],
        opensAt: new Date(now - 3600_000),
        closesAt: new Date(now + 14 * 24 * 3600_000),
      };
      return {
        earlier: await createTask(tx, {
          ...common,
          slug: 'opening-hours',
          title: { fi: 'Aukioloajat', sv: 'Öppettider', en: 'Opening hours' },
        }),
        task: await createTask(tx, {
          ...common,
          slug: 'reading-room',
          title: { fi: 'Lukusali', sv: 'Läsesal', en: 'Reading room' },
        }),
      };
    }));

    await member('aino', { language: 'fi' });
    await member('bertil', { language: 'sv' });
    await member('carol', { language: 'en', frequency: 'weekly' });
    await member('dora', { frequency: 'never' });
    await member('gustav', { language: 'en' });
    await member('eero', { district: 'eastern' });
    await member('frida', { age: '35-44' });
    const restricted = await member('rauha');
    const withdrawn = await member('wilma');
    const erased = await member('elias');
    await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      const at = new Date();
      await restrictProcessing(tx, restricted, at);
      const consent = await tx
        .selectFrom('consents')
        .select('id')
        .where('member_id', '=', withdrawn.id)
        .executeTakeFirstOrThrow();
      await withdrawConsent(tx, {
        organisationId: kuule.helsinki.id,
        memberId: withdrawn.id,
        consentId: consent.id,
        purpose: 'community_membership',
        now: at,
      });
      await eraseMember(tx, {
        organisationId: kuule.helsinki.id,
        memberId: erased.id,
        reason: 'member_request',
        now: at,
        actor: { type: 'member', id: erased.id },
      });
      // Aino and the restricted Rauha took part in the earlier task.
      for (const memberId of [ids.aino!, restricted.id])
        await tx
          .insertInto('research_answers')
          .values({
            organisation_id: kuule.helsinki.id,
            task_id: earlier.id,
            survey_version_id: version.id,
            member_id: memberId,
            status: 'submitted',
          })
          .execute();
    });
  });
  afterAll(async () => {
    await kuule.close();
    await mailer.close();
    await smtp.stop();
  });

  const byBackground: TaskAudience = {
    kind: 'background',
    answers: { age_band: ['25-34'], home_district: ['central'] },
  };

  it('E10 H16: the audience by background answers and participation counts only members open to processing with membership consent in force', async () => {
    const members = (audience: Parameters<typeof audienceMembers>[1]) =>
      kuule.db.forOrganisation(kuule.helsinki.id, async (tx) =>
        (await audienceMembers(tx, audience).execute()).map((r) => r.member_id).sort(),
      );
    const named = (...names: string[]) => names.map((n) => ids[n]!).sort();
    expect(await members({ kind: 'all' })).toEqual(
      named('aino', 'bertil', 'carol', 'dora', 'gustav', 'eero', 'frida'),
    );
    expect(await members(byBackground)).toEqual(named('aino', 'bertil', 'carol', 'dora', 'gustav'));
    expect(
      await members({
        ...byBackground,
        answers: { age_band: ['25-34', '35-44'], home_district: ['central'] },
      }),
    ).toEqual(named('aino', 'bertil', 'carol', 'dora', 'gustav', 'frida'));
    expect(await members({ ...byBackground, participation: { taskId: earlier.id, took: true } })).toEqual(
      named('aino'),
    );
    expect(await members({ ...byBackground, participation: { taskId: earlier.id, took: false } })).toEqual(
      named('bertil', 'carol', 'dora', 'gustav'),
    );
    expect(await kuule.db.forOrganisation(kuule.helsinki.id, (tx) => audienceSize(tx, byBackground))).toBe(5);
    // Another organisation sees none of them.
    expect(await kuule.db.forOrganisation(kuule.espoo.id, (tx) => audienceSize(tx, { kind: 'all' }))).toBe(0);
  });

  it('H13: the searchable answer values follow every change of a profile answer, erasure included', async () => {
    const values = (name: string) =>
      kuule.db.system
        .selectFrom('profile_answer_values')
        .select('value')
        .where('member_id', '=', ids[name]!)
        .orderBy('value')
        .execute()
        .then((rows) => rows.map((r) => r.value));
    expect(await values('eero')).toEqual(['25-34', 'eastern']);
    expect(await values('elias')).toEqual([]);
    const district = async (answer: string[]) =>
      kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
        const question = (await listBackgroundQuestions(tx)).find((q) => q.key === 'home_district')!;
        await saveProfile(
          tx,
          { id: ids.eero!, organisation_id: kuule.helsinki.id },
          new Map([[question.id, answer]]),
        );
        return audienceSize(tx, byBackground);
      });
    expect(await district(['central'])).toBe(6);
    expect(await values('eero')).toEqual(['25-34', 'central']);
    expect(await district([])).toBe(5);
    expect(await values('eero')).toEqual(['25-34']);
    expect(await district(['eastern'])).toBe(5);
  });

  it('H3 H5: the audience page shows its size, never below k and never who is in it; saving is audited', async () => {
    const page = await researcher.get(`${TASKS}/reading-room/audience?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Audience now: 7 members.');
    // One checkbox group per background question of the organisation, and the organisation's other task.
    expect(page.body).toContain('name="q_age_band" value="25-34"');
    expect(page.body).toContain('name="q_life_situation" value="student"');
    expect(page.body).toContain(`value="${earlier.id}"`);

    const preview = await researcher.post(`${TASKS}/reading-room/audience?lang=en`, {
      _csrf: csrfTokenOf(page.body),
      kind: 'background',
      q_age_band: '25-34',
      q_home_district: 'central',
      participationTask: earlier.id,
      participation: 'took',
      action: 'preview',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Audience now: fewer than 3 members.');
    expect(preview.body).not.toMatch(/Audience now: 1 member/);
    const saved = await researcher.post(`${TASKS}/reading-room/audience?lang=en`, {
      _csrf: csrfTokenOf(page.body),
      kind: 'background',
      q_age_band: '25-34',
      q_home_district: 'central',
      action: 'save',
    });
    expect(saved.statusCode).toBe(303);
    const after = await researcher.get(saved.headers.location as string);
    expect(after.body).toContain('The audience was saved.');
    expect(after.body).toContain('Audience now: 5 members.');
    for (const page of [preview.body, after.body]) {
      for (const name of Object.keys(ids)) {
        expect(page).not.toContain(`${name}@example.fi`);
        expect(page).not.toContain(`Nimimerkki ${name}`);
        expect(page).not.toContain(ids[name]);
      }
    }
    const stored = await kuule.db.system
      .selectFrom('research_tasks')
      .select('audience')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(stored.audience).toEqual(byBackground);
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .select(['action', 'permission', 'details'])
      .where('action', '=', 'research.audience_set')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]!.permission).toBe('research.manage');
  });

  it('bad audience input answers 400 with an error summary and saves nothing', async () => {
    const page = await researcher.get(`${TASKS}/reading-room/audience?lang=fi`);
    const before = await kuule.db.system.selectFrom('audit_log').select('id').execute();
    for (const [fields, message] of [
      [
        { kind: 'background', q_shoe_size: '42' },
        'Lomakkeessa oli taustakysymys, jota organisaatiolla ei ole.',
      ],
      [{ kind: 'background', q_age_band: '99-100' }, 'Valitse vain kysymyksen omia vastausvaihtoehtoja.'],
      [{ kind: 'everyone' }, 'Valitse, kutsutaanko kaikki jäsenet vai taustatietojen mukaan valitut.'],
      [
        { kind: 'background' },
        'Rastita vähintään yksi vastaus tai valitse osallistuminen toiseen tehtävään.',
      ],
      [
        { kind: 'background', participationTask: task.id, participation: 'took' },
        'Valitse jokin organisaation toisista tehtävistä.',
      ],
    ] as const) {
      const response = await researcher.post(`${TASKS}/reading-room/audience?lang=fi`, {
        _csrf: csrfTokenOf(page.body),
        ...fields,
        action: 'save',
      });
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.body).toContain('class="error-summary"');
      expect(response.body).toContain(message);
    }
    const stored = await kuule.db.system
      .selectFrom('research_tasks')
      .select('audience')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(stored.audience).toEqual(byBackground);
    expect(await kuule.db.system.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
  });

  it('someone without research.manage gets 403 and changes nothing', async () => {
    const manager = await createSignedInStaff(kuule, kuule.helsinki, 'fanny.feedback@helsinki.example', [
      'feedback_manager',
    ]);
    expect((await manager.get(`${TASKS}/reading-room/audience`)).statusCode).toBe(403);
    expect((await manager.get(`${TASKS}/reading-room/invite`)).statusCode).toBe(403);
    const console = await manager.get('/helsinki/console');
    const token = csrfTokenOf(console.body);
    for (const action of ['audience', 'invite', 'remind'])
      expect(
        (await manager.post(`${TASKS}/reading-room/${action}`, { _csrf: token, kind: 'all' })).statusCode,
      ).toBe(403);
    expect(await kuule.db.system.selectFrom('task_invitations').select('member_id').execute()).toEqual([]);
  });

  it('H5: no invitations go to an audience smaller than k', async () => {
    const set = (audience: TaskAudience, status: 'draft' | 'published') =>
      kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
        await tx
          .updateTable('research_tasks')
          .set({ audience: JSON.stringify(audience) })
          .where('id', '=', task.id)
          .execute();
        await setTaskStatus(tx, task.id, status);
      });
    await set({ ...byBackground, participation: { taskId: earlier.id, took: true } }, 'published');
    const page = await researcher.get(`${TASKS}/reading-room/invite?lang=en`);
    expect(page.body).toContain('Audience now: fewer than 3 members.');
    const refused = await researcher.post(`${TASKS}/reading-room/invite?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The audience has fewer than 3 members.');
    expect(await kuule.db.system.selectFrom('task_invitations').select('member_id').execute()).toEqual([]);
    await set(byBackground, 'draft');
  });

  it('E10 H16 H3: invitations go once to the audience, by email only to those who chose each task, in their language, with a sign-in link to the task and one-click unsubscribe', async () => {
    const draft = await researcher.get(`${TASKS}/reading-room/invite?lang=en`);
    expect(draft.body).toContain('Invitations can be sent only while the task is published');
    expect(
      (await researcher.post(`${TASKS}/reading-room/invite?lang=en`, { _csrf: csrfTokenOf(draft.body) }))
        .statusCode,
    ).toBe(400);
    await kuule.db.forOrganisation(kuule.helsinki.id, (tx) => setTaskStatus(tx, task.id, 'published'));

    const page = await researcher.get(`${TASKS}/reading-room/invite?lang=en`);
    const sent = await researcher.post(`${TASKS}/reading-room/invite?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${TASKS}/reading-room/invite?sent=5`);
    expect((await researcher.get(`${sent.headers.location}&lang=en`)).body).toContain(
      'Newly invited: 5 members.',
    );
    const invited = await kuule.db.system
      .selectFrom('task_invitations')
      .select('member_id')
      .where('task_id', '=', task.id)
      .execute();
    expect(invited.map((r) => r.member_id).sort()).toEqual(
      ['aino', 'bertil', 'carol', 'dora', 'gustav'].map((n) => ids[n]).sort(),
    );

    const [aino, bertil] = await Promise.all([
      waitFor(() => mailTo('aino@example.fi')[0]),
      waitFor(() => mailTo('bertil@example.fi')[0]),
    ]);
    await waitFor(() => mailTo('gustav@example.fi')[0]);
    const fi = readMail(aino.raw);
    expect(fi.subject).toBe('Kutsu tehtävään: Lukusali');
    expect(fi.text).toContain(
      'http://localhost:3000/helsinki/sign-in?next=%2Fhelsinki%2Fme%2Ftasks%2Freading-room',
    );
    expect(readMail(bertil.raw).subject).toBe('Inbjudan till en uppgift: Läsesal');
    const headers = headersOf(aino.raw);
    const unsubscribe = 'http://localhost:3000/helsinki/unsubscribe?token=';
    expect(headers.get('list-unsubscribe')).toContain(`<${unsubscribe}`);
    // H4: the mail never carries the member key.
    expect(aino.raw).not.toContain(ids.aino);
    expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(fi.text).toContain(unsubscribe);

    // Inviting again invites no one twice and mails no one twice.
    const again = await researcher.post(`${TASKS}/reading-room/invite?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(again.headers.location).toBe(`${TASKS}/reading-room/invite?sent=0`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received.map((m: ReceivedMail) => m.to[0]).sort()).toEqual([
      'aino@example.fi',
      'bertil@example.fi',
      'gustav@example.fi',
    ]);
    // Weekly and never: invited (My tasks shows it), no mail now. Restricted, withdrawn, erased: nothing.
    for (const name of ['carol', 'dora', 'rauha', 'wilma', 'elias', 'eero', 'frida'])
      expect(mailTo(`${name}@example.fi`), name).toEqual([]);
    const counts = await researcher.get(`${TASKS}/reading-room/invite?lang=en`);
    expect(counts.body).toMatch(/data-count="invited">5</);
    expect(counts.body).toMatch(/data-count="emailed">3</);
    expect(counts.body).toMatch(/data-count="reminded">fewer than 3</);
    const audited = await kuule.db.system
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'research.invite')
      .execute();
    expect(audited.map((a) => a.details)).toEqual([
      { taskId: task.id, invited: 5 },
      { taskId: task.id, invited: 0 },
    ]);
  });

  it('E10: the one reminder goes to invitees who have not answered, never to one who restricted processing since, and only once', async () => {
    await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      // Gustav answers; Bertil restricts processing after being invited.
      const version = await tx.selectFrom('survey_versions').select('id').executeTakeFirstOrThrow();
      await tx
        .insertInto('research_answers')
        .values({
          organisation_id: kuule.helsinki.id,
          task_id: task.id,
          survey_version_id: version.id,
          member_id: ids.gustav!,
          status: 'submitted',
        })
        .execute();
      await restrictProcessing(tx, { id: ids.bertil!, organisation_id: kuule.helsinki.id }, new Date());
    });
    const page = await researcher.get(`${TASKS}/reading-room/invite?lang=en`);
    const reminded = await researcher.post(`${TASKS}/reading-room/remind`, { _csrf: csrfTokenOf(page.body) });
    expect(reminded.headers.location).toBe(`${TASKS}/reading-room/invite?reminded=1`);
    const reminder = await waitFor(() => mailTo('aino@example.fi')[1]);
    expect(readMail(reminder.raw).subject).toBe('Muistutus: Lukusali');
    expect(headersOf(reminder.raw).get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const again = await researcher.post(`${TASKS}/reading-room/remind`, { _csrf: csrfTokenOf(page.body) });
    expect(again.headers.location).toBe(`${TASKS}/reading-room/invite?reminded=0`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailTo('aino@example.fi')).toHaveLength(2);
    expect(mailTo('bertil@example.fi')).toHaveLength(1);
    expect(mailTo('gustav@example.fi')).toHaveLength(1);
  });

  it('a member who chose the weekly digest gets one digest of the open tasks they were invited to; “never” gets nothing', async () => {
    const context = { vault: testVaultKeys, publicUrl: new URL('http://localhost:3000'), secret: SECRET };
    expect(await sendWeeklyDigests(kuule.db, mailer, context)).toBe(1);
    const digest = await waitFor(() => mailTo('carol@example.fi')[0]);
    const { subject, text } = readMail(digest.raw);
    expect(subject).toBe('Your new tasks: helsinki en');
    expect(text).toContain('Reading room');
    expect(text).toContain(
      'http://localhost:3000/helsinki/sign-in?next=%2Fhelsinki%2Fme%2Ftasks%2Freading-room',
    );
    expect(headersOf(digest.raw).get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // Nothing new since: no second digest.
    expect(await sendWeeklyDigests(kuule.db, mailer, context)).toBe(0);
    expect(mailTo('carol@example.fi')).toHaveLength(1);
    expect(mailTo('dora@example.fi')).toEqual([]);
  });

  it('unsubscribing: GET shows a page and changes nothing; a one-click POST with the token sets never; a bad token is 400 and changes nothing', async () => {
    const frequency = async (name: string) =>
      (
        await kuule.db.system
          .selectFrom('members')
          .select('task_email_frequency')
          .where('id', '=', ids[name]!)
          .executeTakeFirstOrThrow()
      ).task_email_frequency;
    const link = /<(http:\/\/localhost:3000[^>]+)>/.exec(
      headersOf(mailTo('aino@example.fi')[0]!.raw).get('list-unsubscribe')!,
    )![1]!;
    const path = link.slice('http://localhost:3000'.length);
    const stranger = new FormClient(kuule.app);
    const shown = await stranger.get(`${path}&lang=en`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Stop emails about tasks');
    expect(shown.body).toContain('<form method="post"');
    expect(await frequency('aino')).toBe('each_task');

    const forged = path.replace(/token=[^&]+/, 'token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await stranger.get(forged)).statusCode).toBe(400);
    const refused = await kuule.app.inject({
      method: 'POST',
      url: forged,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(refused.statusCode).toBe(400);
    // Aino's link in another organisation opens nothing.
    const otherOrganisation = path.replace('/helsinki/', '/espoo/');
    expect(
      (
        await kuule.app.inject({
          method: 'POST',
          url: otherOrganisation,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'List-Unsubscribe=One-Click',
        })
      ).statusCode,
    ).toBeGreaterThanOrEqual(400);
    expect(await frequency('aino')).toBe('each_task');
    expect(await frequency('bertil')).toBe('each_task');

    // RFC 8058: the mail provider's one-click POST, without cookie or CSRF token.
    const oneClick = await kuule.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(await frequency('aino')).toBe('never');
  });

  it('H3: a sign-in link lands on the task, and the member chooses how often task mail comes on a page linked from their home page', async () => {
    const client = new FormClient(kuule.app);
    const next = '/helsinki/me/tasks/reading-room';
    const signIn = await client.get(`/helsinki/sign-in?next=${encodeURIComponent(next)}&lang=en`);
    expect(signIn.body).toContain(`name="next" value="${next}"`);
    const before = smtp.received.length;
    await client.post('/helsinki/sign-in', {
      _csrf: csrfTokenOf(signIn.body),
      email: 'dora@example.fi',
      next,
    });
    const mail = await waitFor(() =>
      smtp.received.slice(before).find((m) => m.to.includes('dora@example.fi')),
    );
    const url = /http:\/\/localhost:3000(\/helsinki\/sign-in\/confirm\?\S+)/.exec(
      readMail(mail.raw).text,
    )![1]!;
    expect(url).toContain(`next=${encodeURIComponent(next)}`);
    const confirm = await client.get(url);
    const token = /name="token" value="([^"]+)"/.exec(confirm.body)![1]!;
    const signedIn = await client.post('/helsinki/sign-in/confirm', {
      _csrf: csrfTokenOf(confirm.body),
      token,
      next,
    });
    expect(signedIn.headers.location).toBe(next);
    // Signed in already: the link goes straight on; a foreign `next` is ignored.
    expect((await client.get(`/helsinki/sign-in?next=${encodeURIComponent(next)}`)).headers.location).toBe(
      next,
    );
    const foreign = await client.get('/helsinki/sign-in?next=%2F%2Fevil.example%2Fhelsinki%2Fme');
    expect(foreign.statusCode).toBe(200);
    expect(foreign.body).not.toContain('evil.example');

    const home = await client.get('/helsinki/me?lang=en');
    expect(home.body).toContain('href="/helsinki/me/email-preferences"');
    const prefs = await client.get('/helsinki/me/email-preferences?lang=en');
    expect(prefs.body).toMatch(/value="never"\s+checked/);
    const bad = await client.post('/helsinki/me/email-preferences?lang=en', {
      _csrf: csrfTokenOf(prefs.body),
      frequency: 'daily',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error-summary"');
    const saved = await client.post('/helsinki/me/email-preferences', {
      _csrf: csrfTokenOf(prefs.body),
      frequency: 'weekly',
    });
    expect(saved.headers.location).toBe('/helsinki/me/email-preferences?saved=1');
    const row = await kuule.db.system
      .selectFrom('members')
      .select('task_email_frequency')
      .where('id', '=', ids.dora!)
      .executeTakeFirstOrThrow();
    expect(row.task_email_frequency).toBe('weekly');
  });

  it('an invitation whose mail never went (the queue failed) is mailed when the researcher invites again, once', async () => {
    await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      await setTaskStatus(tx, earlier.id, 'published');
      // Gustav was invited an hour ago, but the mail was never queued.
      await tx
        .insertInto('task_invitations')
        .values({
          organisation_id: kuule.helsinki.id,
          task_id: earlier.id,
          member_id: ids.gustav!,
          invited_at: new Date(Date.now() - 3600_000),
        })
        .execute();
    });
    const page = await researcher.get(`${TASKS}/opening-hours/invite?lang=en`);
    const sent = await researcher.post(`${TASKS}/opening-hours/invite?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(sent.statusCode).toBe(303);
    const invitation = await waitFor(() =>
      mailTo('gustav@example.fi').find((m) => readMail(m.raw).subject.includes('Opening hours')),
    );
    expect(invitation).toBeDefined();
    const again = await researcher.post(`${TASKS}/opening-hours/invite?lang=en`, {
      _csrf: csrfTokenOf(page.body),
    });
    expect(again.statusCode).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      mailTo('gustav@example.fi').filter((m) => readMail(m.raw).subject.includes('Opening hours')),
    ).toHaveLength(1);
  });
});
