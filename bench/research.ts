import nodemailer from 'nodemailer';
import pg from 'pg';
import { helsinkiBackgroundQuestions } from '../src/demo/demo-background-questions.ts';
import { emailLookup, seal } from '../src/members/identity-crypto.ts';
import { createOrganisation } from '../src/organisations/organisation-repository.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import type { TaskAudience } from '../src/platform/db/schema.ts';
import { smtpMailer } from '../src/platform/email/mailer.ts';
import { startJobQueue } from '../src/platform/jobs/job-queue.ts';
import { audienceSize } from '../src/research/audience-query.ts';
import { taskMailJobs } from '../src/research/invite-jobs.ts';
import { inviteAudience } from '../src/research/invite-repository.ts';
import { createProject, createTask, setTaskStatus } from '../src/research/research-repository.ts';
import { startSmtpServer } from '../tests/support/smtp.ts';
import { testConfig } from '../tests/support/test-app.ts';
import { median } from './stats.ts';

/**
 * The research benchmarks (issue 6), on PostgreSQL only:
 *
 * 1. The size of an audience chosen by two background answers (age band 25–34 and a district) among
 *    100,000 members, each with three background answers, 2 % of them restricted: `audienceSize`
 *    inside a tenant transaction (row-level security, the consent and restriction checks), median of
 *    BENCH_RUNS after one warm-up. Baseline: a bare SQL count joining the same answers, as the owner.
 * 2. Queueing invitations to 10,000 members: `inviteAudience` (one insert … select) and the mail jobs
 *    in batches of member keys, as the `…/invite` route does after its checks.
 * 3. Delivery by the pg-boss workers to a local SMTP server (smtp-server on 127.0.0.1): every message
 *    reads its address from the vault and is composed in the member's language; messages/s from the
 *    first job queued to the last message received. Baseline: nodemailer straight to the same server,
 *    the same messages, with the same number in flight.
 *
 * Environment: KUULE_BENCH_DATABASE_URL (admin connection, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_RUNS, BENCH_RESEARCH_MEMBERS (default 100000), BENCH_RESEARCH_INVITES (default 10000).
 */
const TARGETS = { audienceMs: 200, queueMs: 2000, deliveryPerSecond: 200 };
/** In flight at once in the workers: 2 jobs × 8 messages (invite-jobs.ts, job-queue.ts). */
const IN_FLIGHT = 16;

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const elapsed = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

export async function benchmarkResearch(env = process.env): Promise<void> {
  const adminUrl = env.KUULE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const runs = Number(env.BENCH_RUNS ?? 5);
  const memberCount = Number(env.BENCH_RESEARCH_MEMBERS ?? 100_000);
  const inviteCount = Number(env.BENCH_RESEARCH_INVITES ?? 10_000);
  const name = `kuule_bench_research_${process.pid}_${Date.now()}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const log = (message: string) => console.log(`  … ${message}`);
  await admin(adminUrl, `create database ${name}`);
  const cleanups: (() => Promise<unknown>)[] = [
    () => admin(adminUrl, `drop database if exists ${name} with (force)`),
  ];
  try {
    const config = testConfig({ database: { kind: 'postgresql', url: dbUrl } });
    const db = await openDatabase({ kind: 'postgresql', url: dbUrl });
    cleanups.unshift(() => db.close());
    await db.migrate();
    const sqlClient = new pg.Client({ connectionString: dbUrl });
    await sqlClient.connect();
    cleanups.unshift(() => sqlClient.end());

    // --- 1. the audience among 100,000 members ---------------------------------------------------------
    const organisation = await createOrganisation(db.system, {
      slug: 'bench',
      name: { fi: 'Penkkikaupunki', sv: 'Bänkstad', en: 'Bench City' },
      defaultLanguage: 'fi',
      themeColour: '#0000bf',
      contactEmail: 'contact@bench.example',
      communityEnabled: true,
    });
    await db.system
      .insertInto('background_questions')
      .values(
        helsinkiBackgroundQuestions.map((q, position) => ({
          organisation_id: organisation.id,
          key: q.key,
          kind: q.kind,
          text: JSON.stringify(q.text),
          options: JSON.stringify(q.options),
          position,
        })),
      )
      .execute();
    log(`inserting ${memberCount} members with consents and three background answers each`);
    await insertMembers(sqlClient, organisation.id, memberCount, [
      'age_band',
      'home_district',
      'life_situation',
    ]);
    const audience: TaskAudience = {
      kind: 'background',
      answers: { age_band: ['25-34'], home_district: ['central'] },
    };
    const size = () => db.forOrganisation(organisation.id, (tx) => audienceSize(tx, audience));
    const questionId = async (key: string) =>
      (
        await sqlClient.query<{ id: string }>(
          'select id from background_questions where organisation_id = $1 and key = $2',
          [organisation.id, key],
        )
      ).rows[0]!.id;
    const [ageBand, district] = [await questionId('age_band'), await questionId('home_district')];
    const bare = () =>
      sqlClient.query(
        `select count(*) from (
           select member_id from profile_answer_values where question_id = $1 and value = '25-34'
           intersect
           select member_id from profile_answer_values where question_id = $2 and value = 'central') both_answers`,
        [ageBand, district],
      );
    const timed = async (fn: () => Promise<unknown>) => {
      await fn();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = process.hrtime.bigint();
        await fn();
        samples.push(elapsed(started));
      }
      return median(samples);
    };
    const audienceMembers = await size();
    const baselineMs = await timed(bare);
    const audienceMs = await timed(size);

    // --- 2. and 3. invitations to 10,000 members, delivered over SMTP -----------------------------------
    const smtp = await startSmtpServer();
    cleanups.unshift(() => smtp.stop());
    const mailer = smtpMailer(smtp.url, 'Kuule bench <bench@kuule.localhost>');
    cleanups.unshift(() => mailer.close());
    const jobs = await startJobQueue(db, {
      work: true,
      mailer,
      memberMail: { vault: config.vault, publicUrl: config.publicUrl, secret: config.secret },
    });
    cleanups.unshift(() => jobs.stop());
    const city = await createOrganisation(db.system, {
      slug: 'mail-bench',
      name: { fi: 'Postikaupunki', sv: 'Poststad', en: 'Mail City' },
      defaultLanguage: 'fi',
      themeColour: '#0000bf',
      contactEmail: 'contact@mail.example',
      communityEnabled: true,
    });
    log(`inserting ${inviteCount} members with sealed addresses in the vault`);
    await insertMembers(sqlClient, city.id, inviteCount, []);
    const { rows } = await sqlClient.query<{ id: string }>(
      'select id from members where organisation_id = $1',
      [city.id],
    );
    for (let i = 0; i < rows.length; i += 1000) {
      const slice = rows.slice(i, i + 1000);
      await db.system
        .insertInto('vault.member_identities')
        .values(
          slice.map((row, n) => {
            const email = `member${i + n}@bench.example`;
            return {
              member_id: row.id,
              organisation_id: city.id,
              email_lookup: emailLookup(config.vault, city.id, email),
              email_encrypted: seal(config.vault, city.id, email),
            };
          }),
        )
        .execute();
    }
    const task = await db.forOrganisation(city.id, async (tx) => {
      const project = await createProject(tx, {
        organisationId: city.id,
        slug: 'bench-project',
        title: { fi: 'Hanke', sv: 'Projekt', en: 'Project' },
        purpose: { fi: 'Tarkoitus', sv: 'Syfte', en: 'Purpose' },
        registerSlug: 'community',
        createdBy: null,
      });
      const created = await createTask(tx, {
        organisationId: city.id,
        projectId: project.id,
        slug: 'bench-task',
        kind: 'discussion',
        title: { fi: 'Tehtävä', sv: 'Uppgift', en: 'Task' },
        description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
        languages: ['fi', 'sv', 'en'],
        opensAt: new Date(Date.now() - 3600_000),
        closesAt: new Date(Date.now() + 7 * 24 * 3600_000),
      });
      await setTaskStatus(tx, created.id, 'published');
      return { ...created, status: 'published' as const };
    });
    log(`inviting ${inviteCount} members and delivering their mail`);
    const queueStarted = process.hrtime.bigint();
    const invited = await db.forOrganisation(city.id, (tx) =>
      inviteAudience(tx, task, '00000000-0000-4000-8000-000000000000'),
    );
    await jobs.queueTaskMail(taskMailJobs(city.id, task.id, 'invitation', invited.mailNow));
    const queueMs = elapsed(queueStarted);
    while (smtp.received.length < invited.mailNow.length) await new Promise((r) => setTimeout(r, 20));
    const deliveryMs = elapsed(queueStarted);
    const deliveredPerSecond = invited.mailNow.length / (deliveryMs / 1000);

    // Baseline: nodemailer straight to the same server, the same number of messages and in flight.
    const sample = smtp.received[0]!.raw;
    smtp.received.length = 0;
    // The same transport settings as the mailer (a pool of 8 reused connections).
    const transport = nodemailer.createTransport({
      url: smtp.url,
      pool: true,
      maxConnections: 8,
      maxMessages: 500,
    });
    const baselineStarted = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < invited.mailNow.length) {
          const n = next++;
          await transport.sendMail({
            from: 'Kuule bench <bench@kuule.localhost>',
            to: `member${n}@bench.example`,
            subject: 'Kutsu tehtävään: Tehtävä',
            text: sample.slice(sample.indexOf('\n\n') + 2),
            headers: {
              'List-Unsubscribe': '<http://localhost/x>',
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          });
        }
      }),
    );
    const baselinePerSecond = invited.mailNow.length / (elapsed(baselineStarted) / 1000);
    transport.close();

    const verdict = (ok: boolean) => (ok ? 'meets' : '**misses**');
    console.log('| measurement | result | × baseline | target | verdict |');
    console.log('| --- | ---: | ---: | --- | --- |');
    console.log(
      `| bare SQL count of two background answers (baseline) | ${baselineMs.toFixed(1)} ms | 1.0 | — | — |`,
    );
    console.log(
      `| audience size, two background answers, ${memberCount.toLocaleString('en')} members (${audienceMembers} match) | ${audienceMs.toFixed(1)} ms | ${(audienceMs / baselineMs).toFixed(1)} | ≤ ${TARGETS.audienceMs} ms | ${verdict(audienceMs <= TARGETS.audienceMs)} |`,
    );
    console.log(
      `| queueing invitations to ${invited.invited.toLocaleString('en')} members (insert … select + ${Math.ceil(invited.mailNow.length / 100)} jobs) | ${queueMs.toFixed(0)} ms | — | ≤ ${TARGETS.queueMs} ms | ${verdict(queueMs <= TARGETS.queueMs)} |`,
    );
    console.log(
      `| nodemailer straight to the SMTP server, ${IN_FLIGHT} in flight (baseline) | ${baselinePerSecond.toFixed(0)} messages/s | 1.0 | — | — |`,
    );
    console.log(
      `| delivery by the jobs (vault read, language, headers) | ${deliveredPerSecond.toFixed(0)} messages/s | ${(deliveredPerSecond / baselinePerSecond).toFixed(2)} | ≥ ${TARGETS.deliveryPerSecond} messages/s | ${verdict(deliveredPerSecond >= TARGETS.deliveryPerSecond)} |`,
    );
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(error));
  }
}

/** Members with a membership consent in force and, for each question key, one answer chosen by hash; 2 % restricted. */
async function insertMembers(
  client: pg.Client,
  organisationId: string,
  count: number,
  questionKeys: string[],
) {
  await client.query(
    `insert into members (organisation_id, language)
     select $1, (array['fi','sv','en'])[1 + i % 3] from generate_series(1, $2::int) i`,
    [organisationId, count],
  );
  await client.query(
    `insert into consents (organisation_id, member_id, purpose, text_version, language, method)
     select organisation_id, id, 'community_membership', '2026-11-22', language, 'web_form'
       from members where organisation_id = $1`,
    [organisationId],
  );
  if (questionKeys.length > 0) {
    await client.query(
      `insert into profile_answers (organisation_id, member_id, question_id, answer)
       select m.organisation_id, m.id, q.id,
              jsonb_build_array(q.options -> (abs(hashtext(m.id::text || q.key)) % jsonb_array_length(q.options)) ->> 'value')
         from members m join background_questions q on q.organisation_id = m.organisation_id
        where m.organisation_id = $1 and q.key = any($2::text[])`,
      [organisationId, questionKeys],
    );
    await client.query(
      `update members set processing_restricted_at = now()
        where organisation_id = $1 and abs(hashtext(id::text)) % 50 = 0`,
      [organisationId],
    );
  }
  await client.query('analyze members, consents, profile_answers, profile_answer_values');
}
