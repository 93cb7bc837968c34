import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseMember } from '../../src/members/erase-member.ts';
import { setPseudonym, startMemberSession } from '../../src/members/member-repository.ts';
import { helsinkiDay } from '../../src/platform/calendar.ts';
import type { TaskAudience } from '../../src/platform/db/schema.ts';
import { createProject, createTask, setTaskStatus } from '../../src/research/research-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createMemberForTest, createSignedInStaff } from '../support/factories.ts';
import { csrfTokenOf, FormClient } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

describe(`discussion tasks: posts under pseudonyms, moderation, reports (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let projectId: string;
  let moderator: FormClient;
  let investigator: FormClient;
  let feedbackManager: FormClient;
  const hour = 3600_000;

  /** A discussion task of the Helsinki test project, published unless said otherwise. */
  async function createDiscussion(
    slug: string,
    options: {
      opensAt?: Date;
      closesAt?: Date;
      status?: 'draft' | 'published' | 'closed';
      audience?: TaskAudience;
    } = {},
  ) {
    return kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      const task = await createTask(tx, {
        organisationId: kuule.helsinki.id,
        projectId,
        slug,
        kind: 'discussion',
        title: { fi: `Keskustelu ${slug}`, sv: `Diskussion ${slug}`, en: `Discussion ${slug}` },
        description: { fi: 'Kerro ajatuksesi.', sv: 'Berätta vad du tycker.', en: 'Tell us what you think.' },
        languages: ['fi', 'sv', 'en'],
        opensAt: options.opensAt ?? new Date(Date.now() - hour),
        closesAt: options.closesAt ?? new Date(Date.now() + 24 * hour),
        ...(options.audience ? { audience: options.audience } : {}),
      });
      await setTaskStatus(tx, task.id, options.status ?? 'published');
      return task;
    });
  }

  /** A member signed in with a session cookie; with a pseudonym unless it is null. */
  async function signedInMember(
    email: string,
    pseudonym: string | null,
    language: 'fi' | 'sv' | 'en' = 'en',
  ) {
    const member = await createMemberForTest(kuule.db, kuule.helsinki.id, email, {
      language,
      membershipConsent: true,
    });
    const token = await kuule.db.forOrganisation(kuule.helsinki.id, async (tx) => {
      if (pseudonym) await setPseudonym(tx, member.id, pseudonym);
      return startMemberSession(tx, member, new Date());
    });
    const client = new FormClient(kuule.app);
    client.cookies.set('kuule-member', token);
    return { client, id: member.id };
  }

  /** Loads the discussion page (for its CSRF token) and posts `body`, as a reply when `parent` is given. */
  async function post(client: FormClient, slug: string, body: string, parent?: string) {
    const page = await client.get(
      parent ? `/helsinki/me/discussions/${slug}/posts/${parent}` : `/helsinki/me/discussions/${slug}`,
    );
    // A refused member's page has no form: any page's token will do, as a crafted request would.
    const token = page.body.includes('name="_csrf"')
      ? csrfTokenOf(page.body)
      : csrfTokenOf((await client.get('/helsinki/me/pseudonym')).body);
    return client.post(`/helsinki/me/discussions/${slug}`, {
      _csrf: token,
      body,
      ...(parent ? { parent } : {}),
    });
  }

  async function moderate(
    client: FormClient,
    slug: string,
    action: string,
    fields: Record<string, string> = {},
  ) {
    const page = await client.get(`/helsinki/console/discussions/${slug}`);
    return client.post(`/helsinki/console/discussions/${slug}/${action}`, {
      _csrf: csrfTokenOf(page.body),
      ...fields,
    });
  }

  const postsOf = (taskId: string) =>
    kuule.db.system
      .selectFrom('discussion_posts')
      .selectAll()
      .where('task_id', '=', taskId)
      .orderBy('posted_at')
      .execute();
  const postAddresses = async () =>
    (
      await kuule.db.system
        .selectFrom('abuse_log')
        .select('client_address')
        .where('event', '=', 'post')
        .execute()
    ).map((row) => row.client_address);
  const auditActions = async (action: string) =>
    kuule.db.system.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  beforeAll(async () => {
    kuule = await createTestKuule();
    const project = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      createProject(tx, {
        organisationId: kuule.helsinki.id,
        slug: 'test-project',
        title: { fi: 'Testi', sv: 'Test', en: 'Test' },
        purpose: { fi: 'Testi', sv: 'Test', en: 'Test' },
        registerSlug: 'customer-community',
        createdBy: null,
      }),
    );
    projectId = project.id;
    moderator = await createSignedInStaff(kuule, kuule.helsinki, 'riikka.research@helsinki.example', [
      'researcher',
    ]);
    investigator = await createSignedInStaff(kuule, kuule.helsinki, 'olli.owner@helsinki.example', [
      'researcher',
      'register_owner',
    ]);
    feedbackManager = await createSignedInStaff(kuule, kuule.helsinki, 'fiia.feedback@helsinki.example', [
      'feedback_manager',
    ]);
    // The console in English from here on (the choice is remembered).
    for (const staff of [moderator, investigator, feedbackManager])
      await staff.get('/helsinki/console?lang=en');
  });
  afterAll(() => kuule.close());

  it('H3, H8: members post and reply under their pseudonyms; each stored post’s client address goes to the abuse log and nowhere else', async () => {
    const task = await createDiscussion('talk');
    const aino = await signedInMember('aino.author@example.fi', 'Utelias Orava 12');
    const bea = await signedInMember('bea.replier@example.fi', 'Glad Räv 40');
    const before = (await postAddresses()).length;

    const page = await aino.client.get('/helsinki/me/discussions/talk?lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('>Discussion talk</h1>');
    expect(page.body).toContain('Tell us what you think.');
    expect(page.body).toContain('You post as Utelias Orava 12.');

    const posted = await post(aino.client, 'talk', 'Longer opening hours on Sundays,\nplease.');
    expect(posted.statusCode).toBe(303);
    const [first] = await postsOf(task.id);
    expect(posted.headers.location).toBe(`/helsinki/me/discussions/talk?notice=posted#post-${first!.id}`);
    expect(first).toMatchObject({
      member_id: aino.id,
      parent_id: null,
      body: 'Longer opening hours on Sundays,\nplease.',
    });

    const replied = await post(bea.client, 'talk', 'Yes, and a quiet room.', first!.id);
    expect(replied.statusCode).toBe(303);
    const [, reply] = await postsOf(task.id);
    expect(reply).toMatchObject({ member_id: bea.id, parent_id: first!.id });

    // A reply to a reply is refused: one level of replies.
    expect((await post(aino.client, 'talk', 'Agreed.', reply!.id)).statusCode).toBe(404);
    expect(await postsOf(task.id)).toHaveLength(2);

    const seen = await bea.client.get('/helsinki/me/discussions/talk?notice=posted');
    expect(seen.body).toContain('Your post is published.');
    const thread = seen.body.slice(seen.body.indexOf(`id="post-${first!.id}"`));
    expect(thread).toContain('<h3>Utelias Orava 12</h3>');
    expect(thread).toContain('Longer opening hours on Sundays,<br/>please.');
    expect(thread).toContain('<h4>Glad Räv 40 (you)</h4>');
    expect(seen.body).not.toContain('aino.author@example.fi');

    // H8: one abuse-log entry per stored post with the poster's address, nowhere else.
    const addresses = await postAddresses();
    expect(addresses.slice(before)).toEqual([aino.client.remoteAddress, bea.client.remoteAddress]);
    const audit = JSON.stringify(await kuule.db.system.selectFrom('audit_log').selectAll().execute());
    const posts = JSON.stringify(await postsOf(task.id));
    for (const address of [aino.client.remoteAddress, bea.client.remoteAddress]) {
      expect(audit).not.toContain(address);
      expect(posts).not.toContain(address);
      expect(kuule.log.text).not.toContain(address);
    }
  });

  it('H3: a member without a pseudonym is sent to choose one first, and nothing is stored', async () => {
    const task = await createDiscussion('no-pseudonym');
    const member = await signedInMember('nameless@example.fi', null);
    const page = await member.client.get('/helsinki/me/discussions/no-pseudonym');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/helsinki/me/pseudonym');
    const pseudonymPage = await member.client.get('/helsinki/me/pseudonym');
    const posted = await member.client.post('/helsinki/me/discussions/no-pseudonym', {
      _csrf: csrfTokenOf(pseudonymPage.body),
      body: 'Hello',
    });
    expect(posted.headers.location).toBe('/helsinki/me/pseudonym');
    expect(await postsOf(task.id)).toHaveLength(0);
  });

  it('H3, H4: a post with an email address, phone number or personal identity code is not stored; the form comes back with the text and a warning in the member’s language', async () => {
    const task = await createDiscussion('identifiers');
    const member = await signedInMember('careful@example.fi', 'Tarkka Ilves 7', 'en');
    const addressesBefore = (await postAddresses()).length;

    const text = 'Write to me at maija.meikalainen@example.fi or call 040 123 4567';
    const refused = await post(member.client, 'identifiers', text);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('class="error-summary"');
    expect(refused.body).toContain(
      'Your post seems to contain an email address and a phone number. Remove them before posting',
    );
    expect(refused.body).toContain(`>${text}</textarea>`);

    const code = await post(member.client, 'identifiers', 'Minun henkilötunnukseni on 131052-308T.');
    expect(code.statusCode).toBe(400);
    expect(code.body).toContain(
      'Your post seems to contain a personal identity code. Remove it before posting',
    );

    // The member's language: Finnish when the member reads in Finnish.
    const fiPage = await member.client.get('/helsinki/me/discussions/identifiers?lang=fi');
    const fi = await member.client.post('/helsinki/me/discussions/identifiers', {
      _csrf: csrfTokenOf(fiPage.body),
      body: 'Soita 040 123 4567',
    });
    expect(fi.statusCode).toBe(400);
    expect(fi.body).toContain('Viestissäsi näyttää olevan puhelinnumero. Poista se ennen lähettämistä');
    await member.client.get('/helsinki/me/discussions/identifiers?lang=en');

    expect(await postsOf(task.id)).toHaveLength(0);
    expect((await postAddresses()).length).toBe(addressesBefore);
  });

  it('a post over 4000 characters is a 400 with the text kept, and nothing is stored', async () => {
    const task = await createDiscussion('too-long');
    const member = await signedInMember('verbose@example.fi', 'Pitkä Puhe 1');
    const refused = await post(member.client, 'too-long', 'a'.repeat(4001));
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('The post is too long: at most 4,000 characters, now 4,001.');
    const empty = await post(member.client, 'too-long', '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write something before posting.');
    expect(await postsOf(task.id)).toHaveLength(0);
    // Exactly 4000 is accepted.
    expect((await post(member.client, 'too-long', 'b'.repeat(4000))).statusCode).toBe(303);
    expect(await postsOf(task.id)).toHaveLength(1);
  });

  it('a discussion closed by the moderator, a closed task, one past its closing time or not yet open stores nothing, with a clear message', async () => {
    const member = await signedInMember('late@example.fi', 'Myöhäinen Karhu 3');
    const closedTask = await createDiscussion('closed-task', { status: 'closed' });
    const past = await createDiscussion('past', {
      opensAt: new Date(Date.now() - 48 * hour),
      closesAt: new Date(Date.now() - hour),
    });
    const future = await createDiscussion('future', {
      opensAt: new Date(Date.now() + 24 * hour),
      closesAt: new Date(Date.now() + 48 * hour),
    });
    const moderated = await createDiscussion('moderated');
    expect((await post(member.client, 'moderated', 'Before closing.')).statusCode).toBe(303);
    expect((await moderate(moderator, 'moderated', 'close')).headers.location).toBe(
      '/helsinki/console/discussions/moderated?done=close',
    );

    for (const task of [closedTask, past, moderated]) {
      const before = (await postsOf(task.id)).length;
      const refused = await post(member.client, task.slug, 'Am I too late?');
      expect(refused.statusCode, task.slug).toBe(410);
      expect(refused.body).toContain('The discussion is closed.');
      expect(refused.body).not.toContain('action="/helsinki/me/discussions/');
      expect(await postsOf(task.id)).toHaveLength(before);
    }
    // A closed discussion stays readable.
    const readable = await member.client.get('/helsinki/me/discussions/moderated');
    expect(readable.body).toContain('Before closing.');

    const early = await post(member.client, 'future', 'Am I too early?');
    expect(early.statusCode).toBe(403);
    expect(early.body).toContain('The discussion has not started yet. It opens');
    expect(await postsOf(future.id)).toHaveLength(0);

    // A draft is not shown to members at all.
    await createDiscussion('draft', { status: 'draft' });
    expect((await member.client.get('/helsinki/me/discussions/draft')).statusCode).toBe(404);
  });

  it('E10: a member who restricted processing is refused, and nothing is stored', async () => {
    const task = await createDiscussion('restricted');
    const member = await signedInMember('restricted@example.fi', 'Hiljainen Pöllö 5');
    await kuule.db.system
      .updateTable('members')
      .set({ processing_restricted_at: new Date() })
      .where('id', '=', member.id)
      .execute();
    const refused = await post(member.client, 'restricted', 'Can I still post?');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('You have restricted the processing of your data');
    expect(await postsOf(task.id)).toHaveLength(0);
  });

  it('a member outside the task’s background audience is refused; one inside it may post', async () => {
    const task = await createDiscussion('young-adults', {
      audience: { kind: 'background', answers: { age_band: ['25-34'] } },
    });
    const outside = await signedInMember('older@example.fi', 'Viisas Siili 60');
    const inside = await signedInMember('younger@example.fi', 'Reipas Tikka 30');
    for (const [member, band] of [
      [outside, '45-54'],
      [inside, '25-34'],
    ] as const) {
      const profile = await member.client.get('/helsinki/me/profile');
      await member.client.post('/helsinki/me/profile', {
        _csrf: csrfTokenOf(profile.body),
        q_age_band: band,
      });
    }
    const refused = await post(outside.client, 'young-adults', 'Me too?');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('This discussion is meant for another group of members');
    expect((await post(inside.client, 'young-adults', 'Evening events, please.')).statusCode).toBe(303);
    // Outside the audience the posts are not shown either.
    expect((await outside.client.get('/helsinki/me/discussions/young-adults')).body).not.toContain(
      'Evening events',
    );
    const posts = await postsOf(task.id);
    expect(posts.map((p) => p.member_id)).toEqual([inside.id]);
  });

  it('H3: a hidden post shows the moderator’s reason to members instead of its text; a pinned post comes first', async () => {
    const task = await createDiscussion('moderation');
    const member = await signedInMember('writer@example.fi', 'Lempeä Majava 9');
    await post(member.client, 'moderation', 'First: buy more comics.');
    await post(member.client, 'moderation', 'Second: the staff are rude and stupid.');
    await post(member.client, 'moderation', 'Third: more benches.');
    const [first, second, third] = await postsOf(task.id);

    // A reason is required (and nothing changes without one).
    const noReason = await moderate(moderator, 'moderation', `posts/${second!.id}/hide`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain(`href="#hide-reason-${second!.id}"`);
    expect((await postsOf(task.id))[1]!.hidden_at).toBeNull();

    const hidden = await moderate(moderator, 'moderation', `posts/${second!.id}/hide`, {
      reason: 'Insulting language',
    });
    expect(hidden.statusCode).toBe(303);
    expect((await moderate(moderator, 'moderation', `posts/${third!.id}/pin`)).statusCode).toBe(303);

    const page = await member.client.get('/helsinki/me/discussions/moderation');
    expect(page.body).toContain('Hidden by the moderator: Insulting language');
    expect(page.body).not.toContain('rude and stupid');
    expect(page.body).toContain('Pinned by the moderator');
    const order = [...page.body.matchAll(/<article id="post-([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([third!.id, first!.id, second!.id]);

    // The moderator still sees the text, marked hidden; unhiding and unpinning restore the order and text.
    const console = await moderator.get('/helsinki/console/discussions/moderation');
    expect(console.body).toContain('rude and stupid');
    expect(console.body).toContain('Hidden from members: Insulting language');
    await moderate(moderator, 'moderation', `posts/${second!.id}/unhide`);
    await moderate(moderator, 'moderation', `posts/${third!.id}/unpin`);
    const after = await member.client.get('/helsinki/me/discussions/moderation');
    expect(after.body).toContain('rude and stupid');
    expect([...after.body.matchAll(/<article id="post-([^"]+)"/g)].map((m) => m[1])).toEqual([
      first!.id,
      second!.id,
      third!.id,
    ]);

    // Every moderation action is in the audit trail, naming the post and its author's key.
    for (const action of ['discussion.hide', 'discussion.pin', 'discussion.unhide', 'discussion.unpin']) {
      const entries = await auditActions(action);
      expect(
        entries.some((e) => e.subject_member_id === member.id),
        action,
      ).toBe(true);
    }
    const hideEntry = (await auditActions('discussion.hide')).find(
      (e) => (e.details as Record<string, unknown>).post === second!.id,
    );
    expect(hideEntry?.details).toMatchObject({ reason: 'Insulting language', task: task.id });
    expect(await auditActions('discussion.close')).not.toHaveLength(0);
    expect(await auditActions('discussion.view')).not.toHaveLength(0);
  });

  it('H8: a report flows to the moderator’s console; from it only staff with abuse.investigate reach the abuse log around the post’s time, and that read is audited', async () => {
    const task = await createDiscussion('reports');
    const author = await signedInMember('troll@example.fi', 'Nopea Kettu 66');
    const reader = await signedInMember('reader@example.fi', 'Iloinen Siili 21');
    await post(author.client, 'reports', 'Something nasty.');
    const [reported] = await postsOf(task.id);

    // The author cannot report their own post.
    const own = await author.client.get(`/helsinki/me/discussions/reports/posts/${reported!.id}`);
    expect(own.body).not.toContain('/report"');

    const postPage = await reader.client.get(`/helsinki/me/discussions/reports/posts/${reported!.id}`);
    const sent = await reader.client.post(`/helsinki/me/discussions/reports/posts/${reported!.id}/report`, {
      _csrf: csrfTokenOf(postPage.body),
      reason: 'Nasty to other members',
    });
    expect(sent.statusCode).toBe(303);
    const thanks = await reader.client.get(sent.headers.location as string);
    expect(thanks.body).toContain('Reported, thank you.');

    const moderation = await moderator.get('/helsinki/console/discussions/reports');
    expect(moderation.body).toContain('Nasty to other members');
    expect(moderation.body).toContain('Nopea Kettu 66');
    const report = await kuule.db.system
      .selectFrom('post_reports')
      .selectAll()
      .where('post_id', '=', reported!.id)
      .executeTakeFirstOrThrow();
    const lookup = `/helsinki/console/discussions/reports/reports/${report.id}/abuse-log`;
    // A researcher without abuse.investigate sees no link and cannot open it.
    expect(moderation.body).not.toContain(lookup);
    expect((await moderator.get(lookup)).statusCode).toBe(403);

    const investigatorPage = await investigator.get('/helsinki/console/discussions/reports');
    expect(investigatorPage.body).toContain(`href="${lookup}"`);
    const reads = (await auditActions('abuse_log.read')).length;
    const log = await investigator.get(lookup);
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain(author.client.remoteAddress);
    const entries = await auditActions('abuse_log.read');
    expect(entries).toHaveLength(reads + 1);
    expect(entries.at(-1)).toMatchObject({
      permission: 'abuse.investigate',
      subject_member_id: author.id,
      details: { report: report.id, post: reported!.id },
    });

    // Resolving the report takes it off the list, audited.
    const resolved = await moderate(moderator, 'reports', `reports/${report.id}/resolve`);
    expect(resolved.headers.location).toBe('/helsinki/console/discussions/reports?done=resolve');
    const after = await moderator.get('/helsinki/console/discussions/reports');
    expect(after.body).not.toContain('Nasty to other members');
    expect(after.body).toContain('No open reports.');
    expect((await auditActions('discussion.report_resolve')).at(-1)).toMatchObject({
      subject_member_id: author.id,
    });
  });

  it('H3: the moderator’s pages show pseudonyms only, never an email address', async () => {
    await createDiscussion('emails');
    const member = await signedInMember('secret.address@example.fi', 'Rohkea Ilves 44');
    await post(member.client, 'emails', 'A post.');
    for (const client of [moderator, investigator]) {
      const page = await client.get('/helsinki/console/discussions/emails');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Rohkea Ilves 44');
      expect(page.body).not.toContain('secret.address');
      expect(page.body).not.toMatch(/[\w.]+@example\.fi/);
    }
  });

  it('staff without discussions.moderate get 403 on the moderation page and its actions, and nothing changes', async () => {
    const task = await createDiscussion('forbidden');
    const member = await signedInMember('plain@example.fi', 'Pigg Bäver 8');
    await post(member.client, 'forbidden', 'Pin me?');
    const [only] = await postsOf(task.id);
    expect((await feedbackManager.get('/helsinki/console/discussions/forbidden')).statusCode).toBe(403);
    const home = await feedbackManager.get('/helsinki/console');
    for (const action of [`posts/${only!.id}/pin`, `posts/${only!.id}/hide`, 'close']) {
      const response = await feedbackManager.post(`/helsinki/console/discussions/forbidden/${action}`, {
        _csrf: csrfTokenOf(home.body),
        reason: 'no',
      });
      expect(response.statusCode, action).toBe(403);
    }
    const [unchanged] = await postsOf(task.id);
    expect(unchanged).toMatchObject({ pinned_at: null, hidden_at: null });
    const closed = await kuule.db.system
      .selectFrom('research_tasks')
      .select('discussion_closed_at')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(closed.discussion_closed_at).toBeNull();
    // Members are not staff: the console's discussion page is not theirs either.
    expect((await member.client.get('/helsinki/console/discussions/forbidden')).statusCode).not.toBe(200);
  });

  it('H14: erasing a member anonymises their posts: kept, without the member key, shown as a former member', async () => {
    const task = await createDiscussion('erasure');
    const leaving = await signedInMember('leaving@example.fi', 'Lähtevä Lintu 2');
    const staying = await signedInMember('staying@example.fi', 'Jäävä Joutsen 3');
    await post(leaving.client, 'erasure', 'My thoughts before I go.');
    const [mine] = await postsOf(task.id);
    await post(staying.client, 'erasure', 'Thanks!', mine!.id);
    const page = await staying.client.get(`/helsinki/me/discussions/erasure/posts/${mine!.id}`);
    await staying.client.post(`/helsinki/me/discussions/erasure/posts/${mine!.id}/report`, {
      _csrf: csrfTokenOf(page.body),
      reason: 'Just checking',
    });
    const now = new Date();
    await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      eraseMember(tx, {
        organisationId: kuule.helsinki.id,
        memberId: leaving.id,
        reason: 'member_request',
        now,
        actor: { type: 'member', id: leaving.id },
      }),
    );
    const [anonymised, reply] = await postsOf(task.id);
    expect(anonymised).toMatchObject({
      id: mine!.id,
      member_id: null,
      anonymised_on: helsinkiDay(now),
      body: 'My thoughts before I go.',
    });
    expect(reply).toMatchObject({ member_id: staying.id, anonymised_on: null });

    const seen = await staying.client.get('/helsinki/me/discussions/erasure');
    const article = seen.body.slice(seen.body.indexOf(`id="post-${mine!.id}"`));
    expect(article).toContain('<h3>A former member</h3>');
    expect(article).toContain('My thoughts before I go.');
    expect(seen.body).not.toContain('Lähtevä Lintu');
    const console = await moderator.get('/helsinki/console/discussions/erasure');
    expect(console.body).toContain('A former member');
    expect(console.body).not.toContain('Lähtevä Lintu');

    // The staying member's own report still names them; erasing them would remove that too.
    await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      eraseMember(tx, {
        organisationId: kuule.helsinki.id,
        memberId: staying.id,
        reason: 'member_request',
        now,
        actor: { type: 'member', id: staying.id },
      }),
    );
    const reports = await kuule.db.system
      .selectFrom('post_reports')
      .select('reported_by')
      .where('post_id', '=', mine!.id)
      .execute();
    expect(reports).toEqual([{ reported_by: null }]);
    expect(
      await kuule.db.system
        .selectFrom('discussion_posts')
        .select('id')
        .where('member_id', '=', staying.id)
        .execute(),
    ).toEqual([]);
  });
});
