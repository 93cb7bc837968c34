import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../src/demo/demo-feedback-survey.ts';
import { verifyDraw } from '../../src/feedback/prize-draw.ts';
import { open } from '../../src/members/identity-crypto.ts';
import { addDays, helsinkiDay } from '../../src/platform/calendar.ts';
import {
  appendRegisterVersion,
  findRegister,
  findRegisterId,
} from '../../src/privacy/registers/register-repository.ts';
import { feedbackDeletionCutoff } from '../../src/privacy/retention/retention-rules.ts';
import { createSurvey, publishSurvey } from '../../src/surveys/survey-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createFeedbackSurveyForTest, createSignedInStaff } from '../support/factories.ts';
import { FormClient, hiddenFieldsOf } from '../support/http-client.ts';
import { runRetentionAt } from '../support/retention.ts';
import { createTestKuule, type TestKuule, testVaultKeys } from '../support/test-app.ts';

const FORM = '/espoo/f/service-feedback';

describe(`feedback results, the prize draw and retention (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let surveyId: string;
  let versionId: string;
  let pointIds: string[];
  let manager: FormClient;
  let researcher: FormClient;
  const today = helsinkiDay(new Date());

  beforeAll(async () => {
    kuule = await createTestKuule();
    const seeded = await createFeedbackSurveyForTest(kuule.db, kuule.espoo.id);
    surveyId = seeded.survey.id;
    pointIds = seeded.points.map((p) => p.id);
    versionId = (
      await kuule.db.system
        .selectFrom('surveys')
        .select('current_version_id')
        .where('id', '=', surveyId)
        .executeTakeFirstOrThrow()
    ).current_version_id!;
    manager = await createSignedInStaff(kuule, kuule.espoo, 'manager@espoo.example', ['feedback_manager']);
    researcher = await createSignedInStaff(kuule, kuule.espoo, 'researcher@espoo.example', ['researcher']);
  });
  afterAll(() => kuule.close());

  /** Inserts answers straight into the table, as if given on `day` at `point`. */
  async function seedAnswers(day: string, point: string | null, answers: Record<string, unknown>[]) {
    await kuule.db.system
      .insertInto('survey_responses')
      .values(
        answers.map((a) => ({
          organisation_id: kuule.espoo.id,
          survey_id: surveyId,
          survey_version_id: versionId,
          service_point_id: point,
          answered_on: day,
          answers: JSON.stringify(a),
        })),
      )
      .execute();
  }
  const repeat = (n: number, answer: Record<string, unknown>) => Array.from({ length: n }, () => answer);

  const radioValues = (html: string) =>
    [...html.matchAll(/type="radio"[^>]*name="for" value="([^"]+)"/g)].map((m) => m[1]);
  const exportAudits = () =>
    kuule.db.system
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'results.export')
      .orderBy('occurred_at')
      .execute();

  /** The text of a results table's cell for a row label, in the distribution captioned `question`. */
  function cellOf(html: string, question: string, row: string): string {
    const table = html.slice(html.indexOf(`Distribution of answers: ${question}`));
    const escaped = row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`<th scope="row">${escaped}</th><td>(.*?)</td>`).exec(table);
    return (match?.[1] ?? '').replace(/<[^>]+>/g, '');
  }

  describe('results (E1, H5)', () => {
    beforeAll(async () => {
      const lastWeek = addDays(today, -7);
      await seedAnswers(lastWeek, pointIds[0]!, [
        ...repeat(12, {
          satisfaction: 5,
          visit_reason: 'advice',
          recommend: 10,
          age_band: '25_44',
          improve: 'Longer opening hours',
        }),
        ...repeat(7, { satisfaction: 4, visit_reason: 'library', recommend: 8, age_band: '45_64' }),
        ...repeat(3, { satisfaction: 2, visit_reason: 'application', recommend: 3, age_band: '25_44' }),
      ]);
      // Today's answers are counted live, the closed days from their stored tallies.
      await seedAnswers(today, pointIds[0]!, [
        ...repeat(2, { satisfaction: 1, visit_reason: 'other', age_band: '65_plus' }),
        ...repeat(5, { satisfaction: 4, visit_reason: 'library', age_band: '45_64' }),
      ]);
      await seedAnswers(
        lastWeek,
        pointIds[1]!,
        repeat(3, { satisfaction: 3, visit_reason: 'advice', improve: 'Name Surname was rude' }),
      );
    });

    it('H5: shows counts of at least k and hides smaller ones, saying why', async () => {
      const page = await manager.get(`/espoo/console/results/service-feedback?point=leppavaara&lang=en`);
      expect(page.statusCode).toBe(200);
      const q = 'How satisfied were you with your visit?';
      expect(cellOf(page.body, q, '5 – Very satisfied')).toBe('12');
      expect(cellOf(page.body, q, '4 – Satisfied')).toBe('12');
      expect(cellOf(page.body, q, '2 – Dissatisfied')).toBe('hidden (fewer than 5 answers)');
      expect(cellOf(page.body, q, '1 – Very dissatisfied')).toBe('hidden (fewer than 5 answers)');
      expect(cellOf(page.body, q, '3 – Neither')).toBe('0');
      // The chart is an accessible picture of the same table.
      expect(page.body).toContain(
        '<title id="chart-0-title">How satisfied were you with your visit?</title>',
      );
      expect(page.body).toMatch(/<desc id="chart-0-desc">[^<]*5 – Very satisfied: 12/);
    });

    it('H5: a service point with fewer than k answers shows no figure at all', async () => {
      const page = await manager.get(`/espoo/console/results/service-feedback?point=sello-library&lang=en`);
      expect(page.body).toContain(
        'Answers in the chosen period: <span class="suppressed">hidden (fewer than 5 answers)</span>',
      );
      expect(cellOf(page.body, 'How satisfied were you with your visit?', '3 – Neither')).toBe(
        'hidden (fewer than 5 answers)',
      );
    });

    it('H5: a cross-tabulation by a background question suppresses small cells, with secondary suppression', async () => {
      const page = await manager.get(`/espoo/console/results/service-feedback?by=age_band&lang=en`);
      expect(page.body).toContain('Cross-tabulation: Your age group');
      const table = page.body.slice(page.body.indexOf('What did you come for today? by background'));
      const row =
        /<th scope="row">A Something else<\/th>(.*?)<\/tr>/.exec(
          table.replace('Something else', 'A Something else'),
        )?.[1] ?? '';
      expect(row).not.toContain('>2<');
      expect(row).toContain('hidden');
    });

    it('E1: averages and NPS appear only above the threshold; a comparison period is shown beside', async () => {
      const page = await manager.get(
        `/espoo/console/results/service-feedback?lang=en&from=${addDays(today, -3)}&to=${today}&compareFrom=${addDays(today, -10)}&compareTo=${addDays(today, -4)}`,
      );
      expect(page.body).toContain('Comparison period');
      expect(page.body).toContain('Answers in the chosen period: <strong>7</strong>');
      expect(page.body).toContain('(comparison period: 25)');
    });

    it('E4: background answers are used only within their own survey: another survey’s answers never mix in', async () => {
      const before = await manager.get('/espoo/console/results/service-feedback?by=age_band&lang=en');
      const otherSurvey = await kuule.db.system.transaction().execute(async (tx) => {
        const survey = await createSurvey(tx, {
          organisationId: kuule.espoo.id,
          slug: 'library-feedback',
          kind: 'feedback',
          draft: espooServiceFeedback,
        });
        await publishSurvey(tx, survey.id);
        return survey;
      });
      const version = await kuule.db.system
        .selectFrom('surveys')
        .select('current_version_id')
        .where('id', '=', otherSurvey.id)
        .executeTakeFirstOrThrow();
      await kuule.db.system
        .insertInto('survey_responses')
        .values(
          repeat(30, { satisfaction: 1, visit_reason: 'other', age_band: '65_plus' }).map((a) => ({
            organisation_id: kuule.espoo.id,
            survey_id: otherSurvey.id,
            survey_version_id: version.current_version_id!,
            service_point_id: null,
            answered_on: today,
            answers: JSON.stringify(a),
          })),
        )
        .execute();
      const after = await manager.get('/espoo/console/results/service-feedback?by=age_band&lang=en');
      const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const figures = (html: string) => main(html).replace(/name="_csrf" value="[^"]*"/g, '');
      expect(figures(after.body)).toBe(figures(before.body));
      // The answers table has no column that could tie an answer to a member or to another service.
      const columns = Object.keys(
        await kuule.db.system.selectFrom('survey_responses').selectAll().executeTakeFirstOrThrow(),
      );
      expect(columns.some((c) => /member|person|profile/.test(c))).toBe(false);
    });

    it('H5: free text is only for staff with the right, only for groups of at least k, and each read is audited', async () => {
      const forbidden = await researcher.get('/espoo/console/results/service-feedback/free-text/improve');
      expect(forbidden.statusCode).toBe(403);
      const small = await manager.get(
        '/espoo/console/results/service-feedback/free-text/improve?point=sello-library&lang=en',
      );
      expect(small.body).toContain('fewer than 5 answers');
      expect(small.body).not.toContain('Name Surname');
      const shown = await manager.get(
        '/espoo/console/results/service-feedback/free-text/improve?point=leppavaara&lang=en',
      );
      expect(shown.body).toContain('Longer opening hours');
      const audits = await kuule.db.system
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'results.free_text_read')
        .execute();
      expect(audits).toHaveLength(1);
    });

    it('exports answers as streamed CSV and XLSX for staff with the export right, audited, with small background groups blanked', async () => {
      expect(
        (await researcher.get('/espoo/console/results/service-feedback/export.csv?for=internal')).statusCode,
      ).toBe(403);
      const csv = await manager.get('/espoo/console/results/service-feedback/export.csv?for=internal');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toBe(
        'answered_on,service_point,satisfaction,visit_reason,recommend,other_reason,age_band,mother_tongue,improve',
      );
      expect(lines).toHaveLength(1 + 32);
      // Two answers from 65_plus, three with no age band at Sello: both groups are below k.
      expect(lines.filter((l) => l.includes('65_plus'))).toHaveLength(0);
      expect(lines.filter((l) => l.includes('suppressed'))).toHaveLength(5);
      const xlsx = await manager.get('/espoo/console/results/service-feedback/export.xlsx?for=internal');
      expect(xlsx.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const files = unzipSync(new Uint8Array(xlsx.rawPayload));
      expect(Object.keys(files)).toContain('xl/workbook.xml');
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
      expect(sheet.match(/<row>/g)).toHaveLength(1 + 32);
      expect(sheet).toContain('<t xml:space="preserve">satisfaction</t>');
      expect(sheet.match(/>suppressed</g)).toHaveLength(5 * 2); // both background columns of five rows
      const audits = await kuule.db.system
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'results.export')
        .execute();
      expect(audits.map((a) => (a.details as { format: string }).format)).toEqual(['csv', 'xlsx']);
      expect(audits.map((a) => (a.details as { recipient: string }).recipient)).toEqual([
        'internal',
        'internal',
      ]);
    });

    it('E8: an export names who it is for; Espoo’s register discloses nothing, so only its own use is offered, and anything else is refused', async () => {
      const form = await manager.get('/espoo/console/results/service-feedback/export?lang=en');
      expect(form.statusCode).toBe(200);
      expect(radioValues(form.body)).toEqual(['internal']);
      expect(form.body).toContain('can be exported for the organisation’s own use only');
      const before = await exportAudits();
      for (const [query, message] of [
        ['', 'Choose who the export is for.'],
        ['&for=research-partner', 'The chosen recipient is not in any privacy notice in force.'],
        ['&for=feedback/regular/1', 'The chosen recipient is not in any privacy notice in force.'],
      ] as const) {
        const refused = await manager.get(
          `/espoo/console/results/service-feedback/export.csv?lang=en${query}`,
        );
        expect(refused.statusCode, query).toBe(400);
        expect(refused.headers['content-type']).toContain('text/html');
        expect(refused.body).toContain(message);
        expect(refused.body).not.toContain('answered_on,');
      }
      expect(await exportAudits()).toHaveLength(before.length);
    });

    it('H9, E8: a disclosure published in the register adds its recipient to the export, and the audit records it', async () => {
      await kuule.db.forOrganisation(kuule.espoo.id, async (tx) => {
        const register = (await findRegister(tx, 'feedback'))!;
        const { slug: _slug, publishedOn: _on, ...content } = register;
        await appendRegisterVersion(tx, {
          organisationId: kuule.espoo.id,
          registerId: (await findRegisterId(tx, 'feedback'))!,
          content: {
            ...content,
            regularDisclosures: [
              {
                recipient: { fi: 'Tutkimus Oy', sv: 'Forskning Ab', en: 'Research Ltd' },
                what: { fi: 'Vastaukset', sv: 'Svaren', en: 'The answers' },
                covers: 'survey_answers',
              },
            ],
          },
          publishedOn: today,
          publishedBy: null,
        });
      });
      try {
        const form = await manager.get('/espoo/console/results/service-feedback/export?lang=en');
        expect(radioValues(form.body)).toEqual(['internal', 'feedback/regular/1']);
        expect(form.body).toContain('Research Ltd: The answers');
        const csv = await manager.get(
          '/espoo/console/results/service-feedback/export.csv?for=feedback/regular/1',
        );
        expect(csv.statusCode).toBe(200);
        const last = (await exportAudits()).at(-1)!.details as Record<string, unknown>;
        expect(last).toMatchObject({ recipient: 'feedback/regular/1', recipientName: 'Tutkimus Oy' });
      } finally {
        // The next version withdraws the disclosure again: the option disappears with it.
        await kuule.db.forOrganisation(kuule.espoo.id, async (tx) => {
          const { slug: _slug, publishedOn: _on, ...content } = (await findRegister(tx, 'feedback'))!;
          await appendRegisterVersion(tx, {
            organisationId: kuule.espoo.id,
            registerId: (await findRegisterId(tx, 'feedback'))!,
            content: { ...content, regularDisclosures: [] },
            publishedOn: today,
            publishedBy: null,
          });
        });
      }
      const form = await manager.get('/espoo/console/results/service-feedback/export?lang=en');
      expect(radioValues(form.body)).toEqual(['internal']);
      const refused = await manager.get(
        '/espoo/console/results/service-feedback/export.csv?for=feedback/regular/1',
      );
      expect(refused.statusCode).toBe(400);
    });
  });

  describe('the prize draw (E3, E6)', () => {
    async function answerAndEnter(contact: string | null) {
      const client = new FormClient(kuule.app);
      const form = await client.get(FORM);
      const next = await client.post(FORM, {
        ...hiddenFieldsOf(form.body),
        q_satisfaction: '4',
        q_visit_reason: 'advice',
        action: 'next',
      });
      const sent = await client.post(FORM, { ...hiddenFieldsOf(next.body), action: 'send' });
      expect(sent.statusCode).toBe(303);
      if (contact === null) return;
      const thanks = await client.get(String(sent.headers.location));
      const entered = await client.post(`${FORM}/draw`, {
        ...hiddenFieldsOf(thanks.body),
        contact,
        consent: 'yes',
      });
      expect(entered.statusCode).toBe(200);
    }

    it('E6: no rule an attacker could try on a full dump links draw entries to answers better than chance', async () => {
      await kuule.db.system.deleteFrom('survey_responses').where('survey_id', '=', surveyId).execute();
      const entrants: string[] = [];
      for (let i = 0; i < 40; i++) {
        const contact = i % 2 === 0 ? `person${i}@example.fi` : null;
        await answerAndEnter(contact);
        if (contact) entrants.push(contact);
      }
      // The dump: every row of both tables, in physical order (what pg_dump writes).
      const responses = await kuule.db.system
        .selectFrom('survey_responses')
        .selectAll()
        .where('survey_id', '=', surveyId)
        .execute();
      const entries = await kuule.db.system
        .selectFrom('draw_entries')
        .selectAll()
        .where('survey_id', '=', surveyId)
        .execute();
      expect(entries).toHaveLength(20);
      // Nothing shared but the survey: no id, no time, no sequence.
      const shared = Object.keys(entries[0]!).filter((c) => c in responses[0]!);
      expect(shared.sort()).toEqual(['id', 'organisation_id', 'survey_id']);
      expect(entries.map((e) => e.id).some((id) => responses.some((r) => r.id === id))).toBe(false);
      expect(Object.keys(entries[0]!).some((c) => /(_at|_on|time|date|hour|seq)/.test(c))).toBe(false);
      const tickets = await kuule.db.system.selectFrom('draw_tickets_used').selectAll().execute();
      expect(Object.keys(tickets[0]!).sort()).toEqual(['organisation_id', 'survey_id', 'ticket_hash']);

      // Order rule: the k-th answer that entered ↔ the k-th entry in the dump. Entrants answered in
      // order, so the attacker knows which answers entered (every other one) — the best case for them.
      const entrantOrder = entries.map((e) => e.contact_encrypted);
      const opened = entrantOrder.map((sealed) => open(testVaultKeys, kuule.espoo.id, sealed));
      const sameOrder = opened.filter((contact, position) => entrants[position] === contact).length;
      const reversed = opened.filter(
        (contact, position) => entrants[entrants.length - 1 - position] === contact,
      ).length;
      // A random order matches on average one position in 20 (Poisson(1)); six or more happens < 0.1 %.
      expect(sameOrder).toBeLessThan(6);
      expect(reversed).toBeLessThan(6);
    });

    it('E6: draws winners securely, shows their contacts once, deletes every contact of the draw and records it verifiably', async () => {
      const before = await kuule.db.system
        .selectFrom('draw_entries')
        .select('id')
        .where('survey_id', '=', surveyId)
        .execute();
      expect(before.length).toBeGreaterThan(0);
      const forbidden = await researcher.get('/espoo/console/draws/service-feedback');
      expect(forbidden.statusCode).toBe(403);
      const page = await manager.get('/espoo/console/draws/service-feedback?lang=en');
      expect(page.body).toContain(`${before.length} people have entered the draw.`);
      expect(page.body).not.toContain('@example.fi');
      const drawn = await manager.post('/espoo/console/draws/service-feedback', {
        ...hiddenFieldsOf(page.body),
        winners: '2',
      });
      expect(drawn.statusCode).toBe(200);
      expect(drawn.headers['cache-control']).toBe('no-store');
      const winners = [...drawn.body.matchAll(/<strong>([^<]+@example\.fi)<\/strong>/g)].map((m) => m[1]);
      expect(winners).toHaveLength(2);
      expect(await kuule.db.system.selectFrom('draw_entries').select('id').execute()).toEqual([]);
      expect(await kuule.db.system.selectFrom('draw_tickets_used').select('ticket_hash').execute()).toEqual(
        [],
      );
      const [record] = await kuule.db.system.selectFrom('draws').selectAll().execute();
      expect(record).toMatchObject({
        entry_count: before.length,
        winner_count: 2,
        contacts_deleted: before.length,
      });
      expect(verifyDraw(record!)).toBe(true);
      expect(JSON.stringify(record)).not.toContain('@');
      const audit = await kuule.db.system
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'draw.run')
        .executeTakeFirstOrThrow();
      expect(audit.details).toMatchObject({
        entries: before.length,
        winners: 2,
        contactsDeleted: before.length,
      });
      // The contacts are gone: the history shows counts and the commitment only.
      const after = await manager.get('/espoo/console/draws/service-feedback?lang=en');
      expect(after.body).toContain('Nobody has entered the draw.');
      expect(after.body).toContain(record!.commitment);
      expect(after.body).not.toContain(winners[0]!);
    });
  });

  describe('retention (E7)', () => {
    it('E7: deletes an answer on the day its period ends, keeps one a day younger, and keeps the counts', async () => {
      const cutoff = feedbackDeletionCutoff(today, 365, 12);
      await kuule.db.system.deleteFrom('survey_responses').where('survey_id', '=', surveyId).execute();
      // These answers are written straight into the past: reopen the days, as if given on them.
      await kuule.db.system
        .updateTable('surveys')
        .set({ tallies_closed_through: null })
        .where('id', '=', surveyId)
        .execute();
      await seedAnswers(addDays(cutoff, -1), null, repeat(5, { satisfaction: 1, visit_reason: 'advice' }));
      await seedAnswers(cutoff, null, repeat(5, { satisfaction: 2, visit_reason: 'advice' }));
      await seedAnswers(addDays(cutoff, 1), null, repeat(5, { satisfaction: 3, visit_reason: 'advice' }));
      const dryRun = await runRetentionAt(kuule.db, new Date(), { dryRun: true });
      expect(dryRun.outcome('espoo', 'feedback_answers')).toMatchObject({
        cutoff,
        deleted: 10,
        source: 'register',
      });
      expect(await kuule.db.system.selectFrom('retention_runs').select('id').execute()).toEqual([]);
      const run = await runRetentionAt(kuule.db, new Date());
      expect(run.outcome('espoo', 'feedback_answers')).toMatchObject({ cutoff, deleted: 10 });
      // The evidence: rule, time and counts, nothing else.
      const evidence = await kuule.db.system
        .selectFrom('retention_runs')
        .selectAll()
        .where('rule_key', '=', 'feedback_answers')
        .where('organisation_id', '=', kuule.espoo.id)
        .executeTakeFirstOrThrow();
      expect(evidence).toMatchObject({
        register_slug: 'feedback',
        period_days: 365,
        cutoff,
        deleted: 10,
        ran_by: 'test',
      });
      const left = await kuule.db.system
        .selectFrom('survey_responses')
        .select('answered_on')
        .where('survey_id', '=', surveyId)
        .execute();
      expect(new Set(left.map((r) => r.answered_on))).toEqual(new Set([addDays(cutoff, 1)]));
      const tallied = await kuule.db.system
        .selectFrom('survey_day_tallies')
        .select('day')
        .where('survey_id', '=', surveyId)
        .execute();
      expect(tallied.map((t) => t.day)).toEqual(expect.arrayContaining([addDays(cutoff, -1), cutoff]));
    });

    it('E7: an organisation may set a shorter period, never longer than twelve months', async () => {
      expect(feedbackDeletionCutoff('2026-11-22', 365, 6)).toBe('2026-05-22');
      expect(feedbackDeletionCutoff('2026-11-22', 365, 24)).toBe('2025-11-22');
      // A register can shorten it further, but not lengthen it beyond a year.
      expect(feedbackDeletionCutoff('2026-11-22', 90, 12)).toBe('2026-08-24');
      expect(feedbackDeletionCutoff('2026-11-22', 900, 12)).toBe('2025-11-22');
      await expect(
        kuule.db.system
          .updateTable('organisations')
          .set({ feedback_retention_months: 13 })
          .where('id', '=', kuule.espoo.id)
          .execute(),
      ).rejects.toThrow();
    });

    it('E7: the deletion runs as part of the daily retention job', async () => {
      expect(await kuule.jobs.schedules()).toContainEqual({ queue: 'privacy.retention', cron: '15 3 * * *' });
    });
  });
});
