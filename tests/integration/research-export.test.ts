import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../src/demo/demo-feedback-survey.ts';
import { projectPseudonym } from '../../src/research/research-export.ts';
import { createProject, createTask } from '../../src/research/research-repository.ts';
import { createSurvey, findSurvey, publishSurvey } from '../../src/surveys/survey-repository.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createMemberForTest, createSignedInStaff } from '../support/factories.ts';
import type { FormClient } from '../support/http-client.ts';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

/**
 * Research exports (H3, H5, H9, E10): one pseudonym per project, background joined only through the
 * member key and blanked for rare combinations, restricted members left out, recipient asked and audited.
 */
describe(`export of a research project's answers (${testDatabaseKind()})`, () => {
  let kuule: TestKuule;
  let analyst: FormClient;
  let researcher: FormClient;
  const members: { id: string; email: string; ageBand: string }[] = [];
  let restricted: string;
  const projects: { slug: string; exportKey: string }[] = [];

  beforeAll(async () => {
    kuule = await createTestKuule();
    const org = kuule.helsinki.id;
    // Six members aged 25–34 (a group of at least k = 5), one aged 65–74 (alone), one who restricted processing.
    for (let i = 0; i < 8; i++) {
      const email = `researched-${i}@example.fi`;
      const member = await createMemberForTest(kuule.db, org, email);
      members.push({ id: member.id, email, ageBand: i === 6 ? '65-74' : '25-34' });
    }
    restricted = members[7]!.id;
    await kuule.db.forOrganisation(org, async (tx) => {
      const ageBand = await tx
        .selectFrom('background_questions')
        .select('id')
        .where('key', '=', 'age_band')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('profile_answers')
        .values(
          members.map((m) => ({
            organisation_id: org,
            member_id: m.id,
            question_id: ageBand.id,
            answer: JSON.stringify([m.ageBand]),
          })),
        )
        .execute();
      await tx
        .updateTable('members')
        .set({ processing_restricted_at: new Date() })
        .where('id', '=', restricted)
        .execute();
      for (const slug of ['library-2027', 'parks-2027']) {
        const survey = await createSurvey(tx, {
          organisationId: org,
          slug,
          kind: 'research',
          draft: espooServiceFeedback,
        });
        await publishSurvey(tx, survey.id);
        const versionId = (await findSurvey(tx, { id: survey.id }))!.current_version_id!;
        const project = await createProject(tx, {
          organisationId: org,
          slug,
          title: { fi: slug, sv: slug, en: slug },
          purpose: { fi: 'Kehittäminen', sv: 'Utveckling', en: 'Development' },
          registerSlug: 'customer-community',
          createdBy: null,
        });
        projects.push({ slug, exportKey: project.export_key });
        const task = await createTask(tx, {
          organisationId: org,
          projectId: project.id,
          slug: `${slug}-survey`,
          kind: 'survey',
          surveyId: survey.id,
          title: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
          description: { fi: 'K', sv: 'K', en: 'K' },
          languages: ['fi', 'sv', 'en'],
          opensAt: new Date(Date.now() - 86_400_000),
          closesAt: new Date(Date.now() + 86_400_000),
        });
        await tx
          .insertInto('research_answers')
          .values(
            members.map((m, i) => ({
              organisation_id: org,
              task_id: task.id,
              survey_version_id: versionId,
              member_id: m.id,
              status: 'submitted' as const,
              answered_on: '2026-11-30',
              answers: JSON.stringify({ satisfaction: (i % 5) + 1, improve: `idea ${i}` }),
            })),
          )
          .execute();
      }
    });
    analyst = await createSignedInStaff(kuule, kuule.helsinki, 'analyst@helsinki.example', ['analyst']);
    researcher = await createSignedInStaff(kuule, kuule.helsinki, 'researcher@helsinki.example', [
      'researcher',
    ]);
  });
  afterAll(() => kuule.close());

  const csvRows = (body: string) =>
    body
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));

  async function exported(slug: string) {
    const response = await analyst.get(`/helsinki/console/research/${slug}/export.csv?for=internal`);
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = csvRows(response.body);
    return { header: header!, rows, body: response.body };
  }

  it('H3, H5: each project has its own pseudonym for a member, so two projects’ exports cannot be joined', async () => {
    const library = await exported('library-2027');
    const parks = await exported('parks-2027');
    expect(library.header.slice(0, 4)).toEqual(['participant', 'task', 'answered_on', 'background.age_band']);
    const libraryIds = new Set(library.rows.map((r) => r[0]));
    const parksIds = new Set(parks.rows.map((r) => r[0]));
    expect(libraryIds.size).toBe(7);
    expect([...libraryIds].filter((id) => parksIds.has(id))).toEqual([]);
    const member = members[0]!;
    const [libraryKey, parksKey] = projects.map((p) => p.exportKey);
    expect(libraryIds.has(projectPseudonym(libraryKey!, member.id))).toBe(true);
    expect(parksIds.has(projectPseudonym(parksKey!, member.id))).toBe(true);
    // Neither the member key nor any identity leaves Kuule.
    for (const m of members) {
      expect(library.body).not.toContain(m.id);
      expect(library.body).not.toContain(m.email);
    }
  });

  it('H5, E10: rare background combinations are blanked, and a member who restricted processing is left out', async () => {
    const { header, rows } = await exported('library-2027');
    const column = header.indexOf('background.age_band');
    const bands = rows.map((r) => r[column]);
    expect(bands.filter((b) => b === '25-34')).toHaveLength(6);
    expect(bands).not.toContain('65-74');
    expect(bands.filter((b) => b === 'suppressed')).toHaveLength(1);
    const [libraryKey] = projects.map((p) => p.exportKey);
    expect(rows.map((r) => r[0])).not.toContain(projectPseudonym(libraryKey!, restricted));
  });

  it('H9: the export offers the contract partners Helsinki’s register discloses pseudonymised research data to, and audits the choice', async () => {
    const form = await analyst.get('/helsinki/console/research/library-2027/export?lang=en');
    expect(form.statusCode).toBe(200);
    const offered = [...form.body.matchAll(/name="for" value="([^"]+)"/g)].map((m) => m[1]);
    expect(offered).toEqual(['internal', 'customer-community/conditional/1']);
    const missing = await analyst.get('/helsinki/console/research/library-2027/export.csv?lang=en');
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Choose who the export is for.');
    // Contact details are disclosed by another export, not this one.
    const wrong = await analyst.get(
      '/helsinki/console/research/library-2027/export.csv?for=customer-community/conditional/2',
    );
    expect(wrong.statusCode).toBe(400);
    const partner = await analyst.get(
      '/helsinki/console/research/library-2027/export.xlsx?for=customer-community/conditional/1',
    );
    expect(partner.statusCode).toBe(200);
    const audits = await kuule.db.system
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'research.export')
      .orderBy('occurred_at')
      .execute();
    expect(audits.at(-1)!.details).toMatchObject({
      project: 'library-2027',
      format: 'xlsx',
      recipient: 'customer-community/conditional/1',
    });
    expect(audits.every((a) => (a.details as { recipient?: string }).recipient)).toBe(true);
  });

  it('H5, E10: a survey task’s results count the answers through the threshold and leave out a member who restricted processing', async () => {
    const page = await researcher.get(
      '/helsinki/console/research/library-2027/tasks/library-2027-survey/results?lang=en',
    );
    expect(page.statusCode).toBe(200);
    // Eight answered; the one who restricted processing is not counted.
    expect(page.body).toMatch(/Submitted answers: <strong>7<\/strong>/);
    // No satisfaction value was given by five or more: every cell of its distribution is hidden, with the reason.
    const satisfaction = page.body.slice(page.body.indexOf('Distribution of answers:'));
    expect(satisfaction).toContain('hidden (fewer than 5 answers)');
    expect(satisfaction).not.toMatch(/<th scope="row">[^<]+<\/th><td>[1-4]<\/td>/);
    for (const m of members) expect(page.body).not.toContain(m.email);
    const unknown = await researcher.get(
      '/helsinki/console/research/library-2027/tasks/parks-2027-survey/results',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('only staff with the export right export, and an unknown project is not found', async () => {
    expect(
      (await researcher.get('/helsinki/console/research/library-2027/export.csv?for=internal')).statusCode,
    ).toBe(403);
    expect((await analyst.get('/helsinki/console/research/no-such/export.csv?for=internal')).statusCode).toBe(
      404,
    );
  });
});
