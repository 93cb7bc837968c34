import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { surveyDraftSchema, surveyVersionSchema } from '../../src/surveys/survey-definition.ts';
import { testDatabaseKind } from '../support/database.ts';
import { csrfTokenOf, FormClient, signInStaff } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

const PASSWORD = 'a long enough passphrase';
const today = () => new Date().toISOString().slice(0, 10);
// Espoo keeps the register that declares feedback data, so its surveys can be published.
const CONSOLE = '/espoo/console/surveys';
const SURVEY = `${CONSOLE}/library-feedback`;

describe(`the survey builder in the console (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let manager: FormClient;
  let token: string;

  beforeAll(async () => {
    kuule = await createTestKuule();
    for (const [email, roles] of [
      ['fiona@espoo.example', ['feedback_manager']],
      ['anna@espoo.example', ['analyst']],
    ] as const) {
      await createStaffUser(kuule.db.system, {
        organisationId: kuule.espoo.id,
        email,
        displayName: email.split('@')[0]!,
        password: PASSWORD,
        roles: [...roles],
        lastTrainingOn: today(),
      });
    }
    manager = new FormClient(kuule.app);
    await signInStaff(manager, 'espoo', 'fiona@espoo.example', PASSWORD, kuule.db, {
      acceptCommitment: true,
    });
    token = csrfTokenOf((await manager.get(`${CONSOLE}?lang=en`)).body);
  });
  afterAll(() => kuule.close());

  const post = (url: string, fields: Record<string, string | string[]> = {}) =>
    manager.post(url, { _csrf: token, ...fields });

  const surveyRow = (slug = 'library-feedback') =>
    kuule.db.system.selectFrom('surveys').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  const draftOf = async (slug?: string) => surveyDraftSchema.parse((await surveyRow(slug)).draft);
  const versions = async () =>
    kuule.db.system
      .selectFrom('survey_versions as v')
      .innerJoin('surveys as s', 's.id', 'v.survey_id')
      .select(['v.number', 'v.definition'])
      .where('s.slug', '=', 'library-feedback')
      .orderBy('v.number')
      .execute();

  const choiceForm = (sv: string) => ({
    id: 'reason',
    text_fi: 'Mitä asioit?',
    text_sv: sv,
    text_en: 'What did you come for?',
    required: 'yes',
    option_value: ['books', 'events', ''],
    option_fi: ['Kirjat', 'Tapahtumat', ''],
    option_sv: ['Böcker', 'Evenemang', ''],
    option_en: ['Books', 'Events', ''],
  });

  it('builds, reorders, publishes (twice), closes and copies a feedback survey at a service point', async () => {
    const home = await manager.get('/espoo/console?lang=en');
    expect(home.body).toContain(`href="${CONSOLE}"`);
    for (const lang of ['fi', 'sv', 'en']) {
      const list = await manager.get(`${CONSOLE}?lang=${lang}`);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain(`<html lang="${lang}"`);
    }

    const point = await post('/espoo/console/service-points', {
      pointSlug: 'pasila-library',
      pointName_fi: 'Pasilan kirjasto',
      pointName_sv: 'Böle bibliotek',
      pointName_en: 'Pasila Library',
    });
    expect(point.statusCode).toBe(303);
    const pointId = (
      await kuule.db.system
        .selectFrom('service_points')
        .select('id')
        .where('slug', '=', 'pasila-library')
        .executeTakeFirstOrThrow()
    ).id;

    const created = await post(CONSOLE, {
      slug: 'library-feedback',
      languages: ['fi', 'sv', 'en'],
      title_fi: 'Palaute kirjastosta',
      title_sv: 'Respons om biblioteket',
      title_en: 'Feedback on the library',
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`${SURVEY}?notice=created`);
    const editor = await manager.get(`${SURVEY}?lang=en`);
    expect(editor.statusCode).toBe(200);
    expect(editor.body).toContain('Feedback on the library');

    // A single choice (its Swedish text still missing), a rating, a page break and a conditional question.
    const added = await post(`${SURVEY}/questions`, { type: 'single_choice', page: '1' });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`${SURVEY}/questions/q1`);
    expect((await manager.get(`${SURVEY}/questions/q1?lang=en`)).statusCode).toBe(200);
    expect((await post(`${SURVEY}/questions/q1`, choiceForm(''))).statusCode).toBe(303);

    expect((await post(`${SURVEY}/questions`, { type: 'rating', page: '1' })).headers.location).toBe(
      `${SURVEY}/questions/q1`,
    );
    const rating = await post(`${SURVEY}/questions/q1`, {
      id: 'satisfaction',
      text_fi: 'Kuinka tyytyväinen olit?',
      text_sv: 'Hur nöjd var du?',
      text_en: 'How satisfied were you?',
      min: '1',
      max: '5',
      minLabel_fi: 'Huono',
      minLabel_sv: 'Dålig',
      minLabel_en: 'Poor',
      maxLabel_fi: 'Erinomainen',
      maxLabel_sv: 'Utmärkt',
      maxLabel_en: 'Excellent',
    });
    expect(rating.statusCode).toBe(303);

    expect((await post(`${SURVEY}/pages`)).statusCode).toBe(303);
    await post(`${SURVEY}/questions`, { type: 'long_text', page: '2' });
    const conditional = await post(`${SURVEY}/questions/q1`, {
      id: 'events_wish',
      text_fi: 'Millaisia tapahtumia toivot?',
      text_sv: 'Vilka evenemang önskar du?',
      text_en: 'Which events would you like?',
      maxLength: '1000',
      showWhen: 'reason=events',
    });
    expect(conditional.statusCode).toBe(303);

    const moved = await post(`${SURVEY}/questions/satisfaction/move`, { direction: 'up' });
    expect(moved.statusCode).toBe(303);
    let draft = await draftOf();
    expect(draft.pages.map((p) => p.questions.map((q) => q.id))).toEqual([
      ['satisfaction', 'reason'],
      ['events_wish'],
    ]);
    expect(draft.pages[1]!.questions[0]!.showWhen).toEqual({ question: 'reason', equals: ['events'] });

    // The missing Swedish text stops publishing, is named, and nothing is published.
    const refused = await manager.post(`${SURVEY}/publish?lang=en`, { _csrf: token });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('data-error-summary');
    expect(refused.body).toContain(
      'Page 1, question “reason”: the question text is missing (language: Swedish)',
    );
    expect(refused.body).toContain('href="#question-reason"');
    expect((await surveyRow()).status).toBe('draft');
    expect(await versions()).toEqual([]);

    expect((await post(`${SURVEY}/questions/reason`, choiceForm('Vad uträttade du?'))).statusCode).toBe(303);
    const published = await post(`${SURVEY}/publish`);
    expect(published.statusCode).toBe(303);
    const after = await manager.get(published.headers.location as string, { 'accept-language': 'en' });
    expect(after.body).toContain('published as version 1');
    expect(after.body).toContain('http://localhost:3000/espoo/f/library-feedback');
    expect((await surveyRow()).status).toBe('published');
    expect(after.body).not.toContain('The draft has changes that are not published');
    // Publishing an unchanged draft again makes no new version.
    const unchanged = await post(`${SURVEY}/publish`);
    expect(unchanged.headers.location).toBe(`${SURVEY}?notice=unchanged`);
    expect((await versions()).map((v) => v.number)).toEqual([1]);

    // Attach the service point: its address, QR codes and poster appear.
    const settings = await post(`${SURVEY}/settings`, {
      title_fi: 'Palaute kirjastosta',
      title_sv: 'Respons om biblioteket',
      title_en: 'Feedback on the library',
      languages: ['fi', 'sv', 'en'],
      servicePoints: pointId,
      // Espoo's register declares the draw's contacts, so the draw may be turned on in the open survey.
      drawEnabled: 'yes',
    });
    expect(settings.statusCode).toBe(303);
    expect((await surveyRow()).draw_enabled).toBe(true);
    const withPoint = await manager.get(`${SURVEY}?lang=en`);
    expect(withPoint.body).toContain('http://localhost:3000/espoo/f/library-feedback/pasila-library');

    const svg = await manager.get(`${SURVEY}/qr/pasila-library.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg/);
    const png = await manager.get(`${SURVEY}/qr/pasila-library.png`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await manager.get(`${SURVEY}/qr.svg`)).headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect((await manager.get(`${SURVEY}/qr/elsewhere.svg`)).statusCode).toBe(404);
    const poster = await manager.get(`${SURVEY}/poster/pasila-library?lang=en`);
    expect(poster.statusCode).toBe(200);
    expect(poster.body).toContain('<svg');
    expect(poster.body).toContain('/assets/poster.css');
    expect(poster.body).toContain('Respons om biblioteket');
    expect(poster.body).toContain('localhost:3000/espoo/f/library-feedback/pasila-library');

    const preview = await manager.get(`${SURVEY}/preview/sv`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<html lang="sv"');
    expect(preview.body).toContain('Vad uträttade du?');

    // The public addresses answer without signing in.
    const resident = new FormClient(kuule.app);
    expect((await resident.get('/espoo/f/library-feedback')).statusCode).toBe(200);
    expect((await resident.get('/espoo/f/library-feedback/pasila-library')).statusCode).toBe(200);

    // Editing the published survey edits the draft; publishing again makes version 2, version 1 unchanged.
    const [first] = await versions();
    await post(`${SURVEY}/questions/events_wish`, {
      id: 'events_wish',
      text_fi: 'Millaisia tapahtumia toivoisit?',
      text_sv: 'Vilka evenemang skulle du önska?',
      text_en: 'Which events would you wish for?',
      maxLength: '1000',
      showWhen: 'reason=events',
    });
    expect((await manager.get(`${SURVEY}?lang=en`)).body).toContain(
      'The draft has changes that are not published',
    );
    expect((await post(`${SURVEY}/publish`)).statusCode).toBe(303);
    const both = await versions();
    expect(both.map((v) => v.number)).toEqual([1, 2]);
    expect(both[0]!.definition).toEqual(first!.definition);
    const second = surveyVersionSchema.parse(both[1]!.definition);
    expect(second.pages[1]!.questions[0]!.text.en).toBe('Which events would you wish for?');

    const closed = await post(`${SURVEY}/close`);
    expect(closed.statusCode).toBe(303);
    expect((await surveyRow()).status).toBe('closed');
    expect((await resident.get('/espoo/f/library-feedback')).statusCode).toBe(410);

    const copied = await post(`${SURVEY}/copy`, { copySlug: 'library-feedback-2026' });
    expect(copied.statusCode).toBe(303);
    expect(copied.headers.location).toBe(`${CONSOLE}/library-feedback-2026?notice=copied`);
    const copy = await surveyRow('library-feedback-2026');
    expect(copy.status).toBe('draft');
    expect(surveyDraftSchema.parse(copy.draft)).toEqual(await draftOf());
    const copiedPoints = await kuule.db.system
      .selectFrom('survey_service_points')
      .select('service_point_id')
      .where('survey_id', '=', copy.id)
      .execute();
    expect(copiedPoints).toEqual([{ service_point_id: pointId }]);

    // Deleting the question a condition depends on removes the condition; moving past the end is refused.
    draft = await draftOf('library-feedback-2026');
    expect((await post(`${CONSOLE}/library-feedback-2026/questions/reason/delete`)).statusCode).toBe(303);
    const trimmed = await draftOf('library-feedback-2026');
    expect(trimmed.pages[1]!.questions[0]!.showWhen).toBeUndefined();
    const stuck = await post(`${CONSOLE}/library-feedback-2026/questions/events_wish/move?lang=en`, {
      direction: 'down',
    });
    expect(stuck.statusCode).toBe(400);
    expect(await draftOf('library-feedback-2026')).toEqual(trimmed);
    expect(trimmed).not.toEqual(draft);
  });

  it('refuses invalid input with a 400 and a message, and changes nothing', async () => {
    const count = async () => (await kuule.db.system.selectFrom('surveys').select('id').execute()).length;
    const before = await count();
    const badSlug = await post(`${CONSOLE}?lang=en`, {
      slug: 'Not a slug!',
      languages: 'fi',
      title_fi: 'Otsikko',
    });
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.body).toContain('Enter an address key');
    const noLanguage = await post(`${CONSOLE}?lang=en`, { slug: 'no-language', title_fi: 'Otsikko' });
    expect(noLanguage.statusCode).toBe(400);
    expect(noLanguage.body).toContain('Choose at least one published language');
    const missingTitle = await post(`${CONSOLE}?lang=en`, { slug: 'no-title', languages: ['fi', 'sv'] });
    expect(missingTitle.statusCode).toBe(400);
    expect(missingTitle.body).toContain('The text is missing (language: Finnish)');
    const duplicate = await post(`${CONSOLE}?lang=en`, {
      slug: 'library-feedback',
      languages: 'fi',
      title_fi: 'Otsikko',
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('This address key is already in use');
    expect(await count()).toBe(before);

    const draft = await draftOf();
    const badQuestion = await post(`${SURVEY}/questions/satisfaction?lang=en`, {
      id: 'satisfaction',
      text_fi: 'Kuinka tyytyväinen olit?',
      min: '5',
      max: '1',
    });
    expect(badQuestion.statusCode).toBe(400);
    expect(badQuestion.body).toContain('The highest value must be greater than the lowest');
    const badType = await post(`${SURVEY}/questions?lang=en`, { type: 'essay', page: '1' });
    expect(badType.statusCode).toBe(400);
    expect(badType.body).toContain('Choose a question type');
    const noLanguages = await post(`${SURVEY}/settings?lang=en`, { title_fi: 'Uusi otsikko' });
    expect(noLanguages.statusCode).toBe(400);
    const badCondition = await post(`${SURVEY}/questions/events_wish?lang=en`, {
      id: 'events_wish',
      showWhen: 'satisfaction=9',
    });
    expect(badCondition.statusCode).toBe(400);
    expect(await draftOf()).toEqual(draft);
    expect((await manager.get(`${CONSOLE}/no-such-survey`)).statusCode).toBe(404);
  });

  it('E9: a staff user without surveys.manage gets 403, for pages and for posts', async () => {
    const analyst = new FormClient(kuule.app);
    await signInStaff(analyst, 'espoo', 'anna@espoo.example', PASSWORD, kuule.db, {
      acceptCommitment: true,
    });
    const home = await analyst.get('/espoo/console?lang=en');
    expect(home.statusCode).toBe(200);
    expect(home.body).not.toContain(`href="${CONSOLE}"`);
    expect((await analyst.get(CONSOLE)).statusCode).toBe(403);
    expect((await analyst.get(`${SURVEY}/qr.png`)).statusCode).toBe(403);
    const before = await countSurveys();
    const refused = await analyst.post(CONSOLE, {
      _csrf: csrfTokenOf(home.body),
      slug: 'sneaky',
      languages: 'fi',
      title_fi: 'Ei',
    });
    expect(refused.statusCode).toBe(403);
    expect(await countSurveys()).toBe(before);
    // Nor is a survey reachable from another organisation's console.
    expect((await manager.get('/helsinki/console/surveys')).statusCode).not.toBe(200);
  });

  /** A feedback survey with a title in every language and nothing else, made through the builder. */
  const newSurvey = async (slug: string) => {
    const created = await post(CONSOLE, {
      slug,
      languages: ['fi', 'sv', 'en'],
      title_fi: 'Otsikko',
      title_sv: 'Rubrik',
      title_en: 'Title',
    });
    expect(created.statusCode).toBe(303);
    return `${CONSOLE}/${slug}`;
  };
  const versionRows = () => kuule.db.system.selectFrom('survey_versions').selectAll().orderBy('id').execute();

  it('adds, edits and previews a question of every type without changing any published version', async () => {
    const survey = await newSurvey('every-type');
    const before = await versionRows();
    for (const type of ['single_choice', 'multiple_choice', 'rating', 'nps', 'short_text', 'long_text']) {
      await post(`${survey}/questions`, { type, page: '1' });
    }
    expect((await post(`${survey}/pages`)).statusCode).toBe(303);
    for (const type of ['number', 'date', 'matrix']) await post(`${survey}/questions`, { type, page: '2' });
    const draft = await draftOf('every-type');
    expect(draft.pages.map((p) => p.questions.map((q) => q.type))).toEqual([
      ['single_choice', 'multiple_choice', 'rating', 'nps', 'short_text', 'long_text'],
      ['number', 'date', 'matrix'],
    ]);
    for (const lang of ['fi', 'sv', 'en']) {
      expect((await manager.get(`${survey}?lang=${lang}`)).statusCode).toBe(200);
      expect((await manager.get(`${survey}/preview/${lang}?lang=${lang}`)).statusCode).toBe(200);
    }
    for (const question of draft.pages.flatMap((p) => p.questions)) {
      const page = await manager.get(`${survey}/questions/${question.id}?lang=en`);
      expect(page.statusCode).toBe(200);
    }
    expect(await versionRows()).toEqual(before);
  });

  it('refuses malformed posts to the editor with a message in the staff user’s language, changing nothing', async () => {
    const survey = await newSurvey('malformed-posts');
    await post(`${survey}/questions`, { type: 'nps', page: '1' });
    const draft = await draftOf('malformed-posts');
    const sideways = await post(`${survey}/questions/q1/move?lang=fi`, { direction: 'sideways' });
    expect(sideways.statusCode).toBe(400);
    expect(sideways.body).toContain('Kysymystä ei voi siirtää tähän suuntaan');
    const noPage = await post(`${survey}/questions?lang=sv`, { type: 'nps', page: '7' });
    expect(noPage.statusCode).toBe(400);
    expect(noPage.body).toContain('Välj en sida som finns');
    const notEmpty = await post(`${survey}/pages/1/delete?lang=en`);
    expect(notEmpty.statusCode).toBe(400);
    expect(notEmpty.body).toContain('Only an empty page can be removed');
    const closeDraft = await post(`${survey}/close?lang=en`);
    expect(closeDraft.statusCode).toBe(400);
    expect(closeDraft.body).toContain('Only a published survey can be closed');
    // A refused question form is shown again as posted, on its own page.
    const badOption = await post(`${survey}/questions?lang=en`, { type: 'single_choice', page: '1' });
    expect(badOption.headers.location).toBe(`${survey}/questions/q2`);
    const oddValue = await post(`${survey}/questions/q2?lang=en`, {
      id: 'q2',
      option_value: ['Kirjat & lehdet', 'ok'],
      option_fi: ['Kirjat', 'Muu'],
    });
    expect(oddValue.statusCode).toBe(400);
    expect(oddValue.body).toContain('The key “Kirjat &amp; lehdet” is not valid');
    expect(oddValue.body).toContain('value="Kirjat &amp; lehdet"');
    const tooLong = await post(`${survey}/questions/q2?lang=en`, { id: 'q2', text_fi: 'x'.repeat(501) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('at most 500 characters');
    expect((await post(`${survey}/questions/nothing/delete`)).statusCode).toBe(404);
    expect((await draftOf('malformed-posts')).pages[0]!.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect((await draftOf('malformed-posts')).pages[0]!.questions[0]).toEqual(draft.pages[0]!.questions[0]);
  });

  it('refuses a service point key that is a page of every survey (thanks, draw)', async () => {
    for (const slug of ['thanks', 'draw']) {
      const refused = await post('/espoo/console/service-points?lang=en', {
        pointSlug: slug,
        pointName_fi: 'Piste',
        pointName_sv: 'Ställe',
        pointName_en: 'Point',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain(`The key “${slug}” is reserved`);
    }
    const points = await kuule.db.system.selectFrom('service_points').select('slug').execute();
    expect(points.map((p) => p.slug)).not.toContain('draw');
  });

  it('offers QR codes and posters only at the service points attached to the survey', async () => {
    const survey = await newSurvey('unattached');
    await post('/espoo/console/service-points', {
      pointSlug: 'leppavaara',
      pointName_fi: 'Leppävaara',
      pointName_sv: 'Alberga',
      pointName_en: 'Leppävaara',
    });
    expect((await manager.get(`${survey}/poster`)).statusCode).toBe(200);
    expect((await manager.get(`${survey}/qr/leppavaara.png`)).statusCode).toBe(404);
    expect((await manager.get(`${survey}/poster/leppavaara`)).statusCode).toBe(404);
    expect((await manager.get(`${survey}/poster/no-such-point`)).statusCode).toBe(404);
  });

  it('reaches no survey of another organisation, even one with the same address key', async () => {
    const { createSurvey } = await import('../../src/surveys/survey-repository.ts');
    const theirs = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      createSurvey(tx, {
        organisationId: kuule.helsinki.id,
        slug: 'shared-key',
        kind: 'feedback',
        draft: { title: { fi: 'Helsingin' }, languages: ['fi'], pages: [{ questions: [] }] },
      }),
    );
    const mine = await newSurvey('shared-key');
    const helsinkiOnly = await kuule.db.forOrganisation(kuule.helsinki.id, (tx) =>
      createSurvey(tx, {
        organisationId: kuule.helsinki.id,
        slug: 'helsinki-only',
        kind: 'feedback',
        draft: { title: { fi: 'Vain Helsinki' }, languages: ['fi'], pages: [{ questions: [] }] },
      }),
    );
    expect((await manager.get(`${CONSOLE}/helsinki-only`)).statusCode).toBe(404);
    expect((await post(`${CONSOLE}/helsinki-only/questions`, { type: 'nps', page: '1' })).statusCode).toBe(
      404,
    );
    expect((await post(`${CONSOLE}/helsinki-only/publish`)).statusCode).toBe(404);
    expect((await manager.get(`${CONSOLE}/helsinki-only/qr.svg`)).statusCode).toBe(404);
    await post(`${mine}/questions`, { type: 'nps', page: '1' });
    const rows = await kuule.db.system
      .selectFrom('surveys')
      .select(['id', 'draft'])
      .where('id', 'in', [theirs.id, helsinkiOnly.id])
      .execute();
    for (const row of rows) expect(surveyDraftSchema.parse(row.draft).pages[0]!.questions).toEqual([]);
  });

  it('leaves out a catalogue question with fewer than two options, and names what the register does not declare', async () => {
    await kuule.db.system
      .insertInto('background_questions')
      .values(
        [
          { key: 'pet', options: ['cat', 'dog'] },
          { key: 'lonely', options: ['only'] },
        ].map(({ key, options }, position) => ({
          organisation_id: kuule.espoo.id,
          key,
          kind: 'single_choice',
          text: JSON.stringify({ fi: `Kysymys ${key}`, sv: `Fråga ${key}`, en: `Question ${key}` }),
          options: JSON.stringify(
            options.map((value) => ({ value, label: { fi: value, sv: value, en: value } })),
          ),
          position,
        })),
      )
      .execute();
    const survey = await newSurvey('catalogue');
    const editor = await manager.get(`${survey}?lang=en`);
    expect(editor.body).toContain('value="pet"');
    expect(editor.body).not.toContain('value="lonely"');
    const lonely = await post(`${survey}/questions?lang=en`, {
      type: 'background',
      page: '1',
      catalogue: 'lonely',
    });
    expect(lonely.statusCode).toBe(400);
    expect(lonely.body).toContain('Choose a background question from the catalogue');
    const pet = await post(`${survey}/questions`, { type: 'background', page: '1', catalogue: 'pet' });
    expect(pet.headers.location).toBe(`${survey}/questions/pet`);
    // Espoo's register declares no "pet": publishing is refused, in Finnish for a Finnish reader.
    const refused = await post(`${survey}/publish?lang=fi`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'Kysymys ”pet” kerää tietoa ”background.pet”, jota rekisteri ”feedback” ei kerro',
    );
    expect(refused.body).toContain('href="#question-pet"');
  });

  const countSurveys = async () =>
    (await kuule.db.system.selectFrom('surveys').select('id').execute()).length;
});
