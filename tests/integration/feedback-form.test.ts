import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../src/demo/demo-feedback-survey.ts';
import { issueSubmissionId } from '../../src/feedback/feedback-form.ts';
import { helsinkiHour } from '../../src/platform/calendar.ts';
import { closeSurvey, createSurvey, publishSurvey } from '../../src/surveys/survey-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createFeedbackSurveyForTest, createOrganisationForTest } from '../support/factories.ts';
import { FormClient, hiddenFieldsOf } from '../support/http-client.ts';
import { createTestKuule, type TestKuule, testConfig } from '../support/test-app.ts';

const FORM = '/espoo/f/service-feedback';
const page1 = { q_satisfaction: '4', q_visit_reason: 'advice', q_recommend: '9' };
const page2 = { q_age_band: '25_44', q_mother_tongue: 'sv', q_improve: 'More chairs, please.' };

describe(`anonymous feedback form (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let surveyId: string;
  let closingId: string;

  beforeAll(async () => {
    kuule = await createTestKuule();
    surveyId = (await createFeedbackSurveyForTest(kuule.db, kuule.espoo.id)).survey.id;
    closingId = (
      await kuule.db.system.transaction().execute(async (tx) => {
        const survey = await createSurvey(tx, {
          organisationId: kuule.espoo.id,
          slug: 'closing',
          kind: 'feedback',
          draft: espooServiceFeedback,
        });
        await publishSurvey(tx, survey.id);
        return survey;
      })
    ).id;
  });
  afterAll(() => kuule.close());

  const responses = () =>
    kuule.db.system.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();

  /** Opens the form, answers page 1, goes to page 2 and returns the client and page 2's hidden fields. */
  async function toPageTwo(lang = 'fi', url = FORM, first: Record<string, string> = page1) {
    const client = new FormClient(kuule.app);
    const form = await client.get(`${url}?lang=${lang}`);
    expect(form.statusCode).toBe(200);
    const next = await client.post(url, { ...hiddenFieldsOf(form.body), ...first, action: 'next' });
    expect(next.statusCode).toBe(200);
    return { client, hidden: hiddenFieldsOf(next.body), body: next.body };
  }

  it('E6: stores a complete answer with a random id, the version and the day only, and nothing about the person', async () => {
    const before = (await responses()).length;
    const { client, hidden, body } = await toPageTwo();
    expect(body).toContain('Ikäryhmäsi');
    // Page 1's answers travel in the form itself, not in a cookie or a server session.
    expect(hidden.q_satisfaction).toEqual(['4']);
    const sent = await client.post(FORM, { ...hidden, ...page2, action: 'send' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toMatch(/^\/espoo\/f\/service-feedback\/thanks\?s=/);
    expect(sent.headers['set-cookie']).toBeUndefined();

    const rows = await responses();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1)!;
    expect(row.answers).toEqual({
      satisfaction: 4,
      visit_reason: 'advice',
      recommend: 9,
      age_band: '25_44',
      mother_tongue: 'sv',
      improve: 'More chairs, please.',
    });
    expect(row.answered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.answered_hour).toBeNull();
    expect(row.service_point_id).toBeNull();
    // The table has no place for anything about the respondent.
    expect(Object.keys(row).sort()).toEqual(
      [
        'answered_hour',
        'answered_on',
        'answers',
        'id',
        'organisation_id',
        'service_point_id',
        'survey_id',
        'survey_version_id',
      ].sort(),
    );
    expect(kuule.log.text).not.toContain('More chairs');
  });

  it('E6: every form page is served uncached, so a kiosk’s back button shows no earlier answers', async () => {
    const client = new FormClient(kuule.app);
    const form = await client.get(FORM);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain('autocomplete="off"');
    const { body } = await toPageTwo();
    expect(body).toContain('autocomplete="off"');
  });

  it('E6: kiosk mode keeps itself through the form and starts over after the thank-you', async () => {
    const kiosk = new FormClient(kuule.app);
    const form = await kiosk.get(`${FORM}/leppavaara?kiosk=1&lang=en`);
    expect(form.body).toContain('data-kiosk="true"');
    const next = await kiosk.post(`${FORM}/leppavaara`, {
      ...hiddenFieldsOf(form.body),
      ...page1,
      action: 'next',
    });
    expect(hiddenFieldsOf(next.body).kiosk).toEqual(['1']);
    const sent = await kiosk.post(`${FORM}/leppavaara`, { ...hiddenFieldsOf(next.body), action: 'send' });
    expect(sent.headers.location).toContain('kiosk=1');
    const thanks = await kiosk.get(String(sent.headers.location));
    expect(thanks.headers['cache-control']).toBe('no-store');
    expect(thanks.body).toMatch(
      /href="\/espoo\/f\/service-feedback\/leppavaara\?kiosk=1" data-kiosk-reset="15"/,
    );
    // Without ?kiosk=1 the form is an ordinary one.
    expect((await new FormClient(kuule.app).get(FORM)).body).not.toContain('data-kiosk');
  });

  it('E6: stores the hour with an answer only where the organisation has asked for it', async () => {
    const vantaa = await createOrganisationForTest(kuule.db, 'vantaa');
    await kuule.db.system
      .updateTable('organisations')
      .set({ answer_time_precision: 'hour' })
      .where('id', '=', vantaa.id)
      .execute();
    await createFeedbackSurveyForTest(kuule.db, vantaa.id);
    const client = new FormClient(kuule.app);
    const form = await client.get('/vantaa/f/service-feedback');
    const next = await client.post('/vantaa/f/service-feedback', {
      ...hiddenFieldsOf(form.body),
      ...page1,
      action: 'next',
    });
    const before = Date.now();
    expect(
      (await client.post('/vantaa/f/service-feedback', { ...hiddenFieldsOf(next.body), action: 'send' }))
        .statusCode,
    ).toBe(303);
    const row = await kuule.db.system
      .selectFrom('survey_responses')
      .select(['answered_hour'])
      .where('organisation_id', '=', vantaa.id)
      .executeTakeFirstOrThrow();
    expect(row.answered_hour).toBe(helsinkiHour(new Date(before)));
  });

  it('records the service point of a per-point address, and refuses a point the survey is not at', async () => {
    const url = `${FORM}/leppavaara`;
    const point = await kuule.db.system
      .selectFrom('service_points')
      .select('id')
      .where('slug', '=', 'leppavaara')
      .where('organisation_id', '=', kuule.espoo.id)
      .executeTakeFirstOrThrow();
    const atPoint = async () => (await responses()).filter((r) => r.service_point_id === point.id).length;
    const before = await atPoint();
    const { client, hidden, body } = await toPageTwo('sv', url);
    expect(body).toContain('Alberga servicepunkt');
    const sent = await client.post(url, { ...hidden, action: 'send' });
    expect(sent.statusCode).toBe(303);
    expect(await atPoint()).toBe(before + 1);
    expect((await new FormClient(kuule.app).get(`${FORM}/no-such-point`)).statusCode).toBe(404);
  });

  it('E5: tampered options, missing required answers and over-long text get a message in the respondent’s language and store nothing', async () => {
    const before = (await responses()).length;
    const client = new FormClient(kuule.app);
    const form = await client.get(`${FORM}?lang=sv`);
    const tampered = await client.post(FORM, {
      ...hiddenFieldsOf(form.body),
      q_satisfaction: '9',
      q_visit_reason: 'bribe',
      action: 'next',
    });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.body).toContain('Ange ett tal mellan 1 och 5');
    expect(tampered.body).toContain('Välj ett av alternativen');
    expect(tampered.body).toContain('href="#q_satisfaction"');

    const missing = await client.post(FORM, {
      ...hiddenFieldsOf(form.body),
      q_visit_reason: 'advice',
      action: 'send',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Svara på frågan');

    const { client: other, hidden } = await toPageTwo('en');
    const long = await other.post(FORM, { ...hidden, q_improve: 'x'.repeat(1001), action: 'send' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('The answer is too long: at most 1000 characters');
    expect((await responses()).length).toBe(before);
  });

  it('E5: shows a conditional question only when its condition holds, and refuses an answer to a hidden one', async () => {
    const before = (await responses()).length;
    const shown = await toPageTwo('en', FORM, { ...page1, q_visit_reason: 'other' });
    expect(shown.body).toContain('What else did you come for?');
    const hidden = await toPageTwo('en');
    expect(hidden.body).not.toContain('What else did you come for?');
    const forged = await hidden.client.post(FORM, {
      ...hidden.hidden,
      q_other_reason: 'sneaky',
      action: 'send',
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('This question does not apply given your earlier answers');
    expect((await responses()).length).toBe(before);
  });

  it('refuses a replayed form, a cross-site post and a forged submission id, storing nothing more', async () => {
    const { client, hidden } = await toPageTwo('en');
    const first = await client.post(FORM, { ...hidden, action: 'send' });
    expect(first.statusCode).toBe(303);
    const count = (await responses()).length;
    const replay = await client.post(FORM, { ...hidden, action: 'send' });
    expect(replay.statusCode).toBe(409);
    expect(replay.body).toContain('already been sent once');

    const crossSite = await new FormClient(kuule.app).post(FORM, { ...page1, ...page2, action: 'send' });
    expect(crossSite.statusCode).toBe(403);

    const forged = await client.post(FORM, { ...hidden, submission: 'abc.123.def', action: 'send' });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Nothing was stored');
    expect((await responses()).length).toBe(count);
  });

  it('answers 404 for an unknown survey and says so when a survey has closed', async () => {
    expect((await new FormClient(kuule.app).get('/espoo/f/nope')).statusCode).toBe(404);
    const { client, hidden } = await toPageTwo('fi', '/espoo/f/closing');
    await kuule.db.forOrganisation(kuule.espoo.id, (tx) => closeSurvey(tx, closingId));
    const late = await client.post('/espoo/f/closing', { ...hidden, action: 'send' });
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Kysely on päättynyt');
    expect(
      await kuule.db.system
        .selectFrom('survey_responses')
        .select('id')
        .where('survey_id', '=', closingId)
        .execute(),
    ).toEqual([]);
  });

  describe('the prize draw form (E3, E6)', () => {
    async function answered(lang = 'en') {
      const { client, hidden } = await toPageTwo(lang);
      const sent = await client.post(FORM, { ...hidden, action: 'send' });
      const thanks = await client.get(String(sent.headers.location));
      expect(thanks.statusCode).toBe(200);
      return { client, thanks };
    }
    const entries = () =>
      kuule.db.system.selectFrom('draw_entries').selectAll().where('survey_id', '=', surveyId).execute();

    it('E3: is offered only after the answer is stored, validates Finnish and international numbers, and stores the contact sealed', async () => {
      const { client, thanks } = await answered('fi');
      expect(thanks.body).toContain('Osallistu arvontaan');
      const fields = hiddenFieldsOf(thanks.body);
      const bad = await client.post(`${FORM}/draw`, { ...fields, contact: '12345', consent: 'yes' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('puhelinnumero, esimerkiksi 040 123 4567');
      const noConsent = await client.post(`${FORM}/draw`, { ...fields, contact: '040 123 4567' });
      expect(noConsent.statusCode).toBe(400);
      expect(noConsent.body).toContain('edellyttää suostumustasi');
      const before = (await entries()).length;
      const ok = await client.post(`${FORM}/draw`, { ...fields, contact: '040 123 4567', consent: 'yes' });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('Olet mukana arvonnassa');
      const stored = await entries();
      expect(stored).toHaveLength(before + 1);
      expect(JSON.stringify(stored)).not.toContain('+358401234567');
      expect(Object.keys(stored[0]!).sort()).toEqual(
        [
          'consent_language',
          'consent_version',
          'contact_encrypted',
          'contact_kind',
          'contact_lookup',
          'id',
          'organisation_id',
          'survey_id',
        ].sort(),
      );
      // One answer, one entry: the same draw form again stores nothing.
      const again = await client.post(`${FORM}/draw`, {
        ...fields,
        contact: 'other@example.fi',
        consent: 'yes',
      });
      expect(again.statusCode).toBe(409);
      expect(await entries()).toHaveLength(before + 1);

      const international = await answered('en');
      const swedish = await international.client.post(`${FORM}/draw`, {
        ...hiddenFieldsOf(international.thanks.body),
        contact: '+46 70 123 45 67',
        consent: 'yes',
      });
      expect(swedish.statusCode).toBe(200);
    });

    it('E6: refuses a draw entry for a form whose answer was never stored', async () => {
      const client = new FormClient(kuule.app);
      const { thanks } = await answered('en');
      const fields = hiddenFieldsOf(thanks.body);
      const unsent = issueSubmissionId(testConfig().secret, surveyId, new Date());
      const before = (await entries()).length;
      const response = await client.post(`${FORM}/draw`, {
        ...fields,
        submission: unsent,
        contact: 'x@example.fi',
        consent: 'yes',
      });
      expect([400, 403]).toContain(response.statusCode);
      expect(await entries()).toHaveLength(before);
    });
  });
});
