import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { ConfigError, loadConfig } from './config.ts';
import { seedDemo } from './demo/demo-data.ts';
import { createOrganisation, findOrganisationBySlug } from './organisations/organisation-repository.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { translator } from './platform/i18n/i18n.ts';
import { isLanguage } from './platform/i18n/languages.ts';
import { startJobQueue } from './platform/jobs/job-queue.ts';
import { noticeHtmlDocument } from './privacy/registers/notice-document.tsx';
import { noticeJson, noticeMarkdown } from './privacy/registers/notice-sections.ts';
import { findRegister } from './privacy/registers/register-repository.ts';
import { runRetention } from './privacy/retention/retention-engine.ts';
import { configureOidc } from './staff/oidc-sign-in.ts';
import { roleNames } from './staff/permissions.ts';
import { createStaffUser } from './staff/staff-repository.ts';

/** The operator CLI: `npm run kuule -- <command> [options]`. */
const commands: Record<string, { usage: string; describe: string; run: (args: string[]) => Promise<void> }> =
  {
    help: { usage: 'help', describe: 'List the commands.', run: async () => printHelp() },
    migrate: {
      usage: 'migrate',
      describe: 'Apply database migrations (also done on every start).',
      run: async () =>
        withDatabase(async (db) => {
          const applied = await db.migrate();
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        }),
    },
    'seed-demo': {
      usage: 'seed-demo',
      describe:
        'Create the demo organisations (Helsinki, Espoo) and their staff sign-ins on an empty database.',
      run: async () =>
        withDatabase(async (db) => {
          const config = loadConfig();
          const signIns = await seedDemo(db, { dataDir: config.dataDir, publicUrl: config.publicUrl });
          for (const s of signIns) console.log(`${s.organisation}: ${s.url}  ${s.email}  ${s.password}`);
        }),
    },
    'create-organisation': {
      usage:
        'create-organisation --slug SLUG --name-fi NAME --name-sv NAME --name-en NAME --colour #RRGGBB --contact-email EMAIL [--language fi|sv|en]',
      describe: 'Create an organisation (a controller) with its own isolated data.',
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: {
            slug: { type: 'string' },
            'name-fi': { type: 'string' },
            'name-sv': { type: 'string' },
            'name-en': { type: 'string' },
            colour: { type: 'string' },
            'contact-email': { type: 'string' },
            language: { type: 'string', default: 'fi' },
          },
        });
        await withDatabase(async (db) => {
          const organisation = await createOrganisation(db.system, {
            slug: values.slug ?? '',
            name: { fi: values['name-fi'] ?? '', sv: values['name-sv'] ?? '', en: values['name-en'] ?? '' },
            defaultLanguage: values.language as 'fi',
            themeColour: values.colour ?? '',
            contactEmail: values['contact-email'] ?? '',
          });
          console.log(`Created organisation ${organisation.slug} (${organisation.id}).`);
        });
      },
    },
    'create-staff': {
      usage: `create-staff --org SLUG --email EMAIL --name NAME --roles ROLE[,ROLE] [--trained-on YYYY-MM-DD] (roles: ${roleNames.join(', ')})`,
      describe:
        'Create a named staff user; the one-time password is printed (or taken from KUULE_STAFF_PASSWORD).',
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: {
            org: { type: 'string' },
            email: { type: 'string' },
            name: { type: 'string' },
            roles: { type: 'string' },
            'trained-on': { type: 'string' },
          },
        });
        await withDatabase(async (db) => {
          const organisation = await findOrganisationBySlug(db.system, values.org ?? '');
          if (!organisation) throw new UsageError(`No organisation with the slug "${values.org ?? ''}".`);
          const password = process.env.KUULE_STAFF_PASSWORD ?? randomBytes(12).toString('base64url');
          const user = await createStaffUser(db.system, {
            organisationId: organisation.id,
            email: values.email ?? '',
            displayName: values.name ?? '',
            password,
            roles: (values.roles ?? '').split(',').filter(Boolean),
            lastTrainingOn: values['trained-on'] ?? null,
          });
          console.log(
            `Created staff user ${user.email} in ${organisation.slug} with roles ${user.roles.join(', ')}.`,
          );
          if (!process.env.KUULE_STAFF_PASSWORD) console.log(`Password (shown once): ${password}`);
        });
      },
    },
    notice: {
      usage: 'notice <org> <register> --lang fi|sv|en --format md|json|html',
      describe: "Print an organisation's privacy notice, generated from its register.",
      run: async (args) => {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: { lang: { type: 'string', default: 'fi' }, format: { type: 'string', default: 'md' } },
        });
        const [org = '', slug = ''] = positionals;
        if (!isLanguage(values.lang))
          throw new UsageError(`Unknown language "${values.lang}": use fi, sv or en.`);
        if (!['md', 'json', 'html'].includes(values.format))
          throw new UsageError(`Unknown format "${values.format}": use md, json or html.`);
        const i18n = translator(values.lang);
        await withDatabase(async (db) => {
          const organisation = await findOrganisationBySlug(db.system, org);
          const register =
            organisation && (await db.forOrganisation(organisation.id, (tx) => findRegister(tx, slug)));
          if (!register) throw new UsageError(`No register "${slug}" in organisation "${org}".`);
          if (values.format === 'md') process.stdout.write(noticeMarkdown(register, i18n));
          else if (values.format === 'json')
            process.stdout.write(`${JSON.stringify(noticeJson(register, i18n), null, 2)}\n`);
          else process.stdout.write(noticeHtmlDocument(register, i18n));
        });
      },
    },
    'set-abuse-log-retention': {
      usage: 'set-abuse-log-retention --org SLUG --days N (1–365; default 90)',
      describe: 'How long client addresses stay in the abuse log (H8) before the daily job deletes them.',
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: { org: { type: 'string' }, days: { type: 'string' } },
        });
        const days = Number(values.days);
        if (!Number.isInteger(days) || days < 1 || days > 365)
          throw new UsageError('--days is a whole number from 1 to 365.');
        await updateOrganisation(values.org, { abuse_log_retention_days: days });
        console.log(`Client addresses in ${values.org}'s abuse log are now deleted after ${days} days.`);
      },
    },
    retention: {
      usage: 'retention [--org SLUG] [--dry-run]',
      describe:
        "Runs the registers' retention rules now (as the daily job does) and prints counts per rule; --dry-run only counts.",
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: { org: { type: 'string' }, 'dry-run': { type: 'boolean' } },
        });
        const config = loadConfig();
        await withDatabase(async (db) => {
          // Reminder mail is queued for the server's worker to send; the CLI only enqueues.
          const jobs = await startJobQueue(db, {
            work: false,
            mailer: { send: async () => {}, close: async () => {} },
          });
          try {
            const report = await runRetention(db, {
              now: new Date(),
              dryRun: values['dry-run'] ?? false,
              ranBy: 'cli',
              organisationSlug: values.org,
              vault: config.vault,
              publicUrl: config.publicUrl,
              sendEmail: (message) => jobs.sendEmail(message),
            });
            if (values.org && report.length === 0)
              throw new UsageError(`No organisation with the slug "${values.org}".`);
            console.log(
              values['dry-run'] ? 'Dry run: nothing was deleted.' : 'Deleted, with evidence recorded.',
            );
            console.log('organisation\tregister/rule\tperiod days\tcutoff\tdeleted\treminded');
            for (const { organisation, outcomes } of report)
              for (const o of outcomes)
                if (o.source !== 'event')
                  console.log(
                    `${organisation}\t${o.registerSlug}/${o.ruleKey}\t${o.periodDays ?? ''}\t${o.cutoff ?? ''}\t${o.deleted}\t${o.reminded}`,
                  );
          } finally {
            await jobs.stop();
          }
        });
      },
    },
    'set-feedback-retention': {
      usage: 'set-feedback-retention --org SLUG --months N (1–12; default 12)',
      describe: 'How long individual feedback answers are kept (E7) before the daily job deletes them.',
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: { org: { type: 'string' }, months: { type: 'string' } },
        });
        const months = Number(values.months);
        if (!Number.isInteger(months) || months < 1 || months > 12)
          throw new UsageError(
            '--months is a whole number from 1 to 12: answers are never kept a year or more.',
          );
        await updateOrganisation(values.org, { feedback_retention_months: months });
        console.log(
          `Feedback answers of ${values.org} are now deleted ${months} months after the day they were given.`,
        );
      },
    },
    'set-answer-time': {
      usage: 'set-answer-time --org SLUG --precision day|hour (default day)',
      describe:
        'What time is stored with an anonymous answer (E6): the day, or the hour where analysis needs it.',
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: { org: { type: 'string' }, precision: { type: 'string' } },
        });
        if (values.precision !== 'day' && values.precision !== 'hour')
          throw new UsageError('--precision is "day" or "hour".');
        await updateOrganisation(values.org, { answer_time_precision: values.precision });
        console.log(`Answers to ${values.org}'s surveys now store the ${values.precision} they were given.`);
      },
    },
    'configure-oidc': {
      usage:
        'configure-oidc --org SLUG --issuer URL --client-id ID (the client secret is read from KUULE_OIDC_CLIENT_SECRET)',
      describe: "Let an organisation's staff sign in through its own OpenID Connect provider.",
      run: async (args) => {
        const { values } = parseArgs({
          args,
          options: { org: { type: 'string' }, issuer: { type: 'string' }, 'client-id': { type: 'string' } },
        });
        const clientSecret = process.env.KUULE_OIDC_CLIENT_SECRET;
        if (!values.issuer || !values['client-id'] || !clientSecret) {
          throw new UsageError(
            'Give --issuer and --client-id, and the client secret in KUULE_OIDC_CLIENT_SECRET.',
          );
        }
        await withDatabase(async (db) => {
          const organisation = await findOrganisationBySlug(db.system, values.org ?? '');
          if (!organisation) throw new UsageError(`No organisation with the slug "${values.org ?? ''}".`);
          await configureOidc(db.system, loadConfig().vault, organisation.id, {
            issuer: values.issuer ?? '',
            clientId: values['client-id'] ?? '',
            clientSecret,
          });
          console.log(
            `Staff of ${organisation.slug} can now sign in through ${values.issuer}. Register this redirect URI there: ${new URL(`/${organisation.slug}/console/sign-in/oidc/callback`, loadConfig().publicUrl)}`,
          );
        });
      },
    },
  };

class UsageError extends Error {}

/** Changes one organisation's settings, or explains that there is no such organisation. */
async function updateOrganisation(
  slug: string | undefined,
  changes: {
    abuse_log_retention_days?: number;
    feedback_retention_months?: number;
    answer_time_precision?: 'day' | 'hour';
  },
): Promise<void> {
  await withDatabase(async (db) => {
    const updated = await db.system
      .updateTable('organisations')
      .set(changes)
      .where('slug', '=', slug ?? '')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new UsageError(`No organisation with the slug "${slug ?? ''}".`);
  });
}

async function withDatabase(fn: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(loadConfig().database);
  try {
    await db.migrate();
    await fn(db);
  } finally {
    await db.close();
  }
}

function printHelp(): void {
  console.log('Usage: npm run kuule -- <command> [options]\n\nCommands:');
  for (const command of Object.values(commands)) console.log(`  ${command.usage}\n      ${command.describe}`);
}

const [name = 'help', ...rest] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Unknown command "${name}". Run "npm run kuule -- help" for the list.`);
  process.exit(2);
}
try {
  await command.run(rest);
} catch (error) {
  if (error instanceof ZodError) {
    console.error(
      `Invalid input:\n  ${error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('\n  ')}`,
    );
  } else if (error instanceof UsageError || error instanceof ConfigError || error instanceof TypeError) {
    // parseArgs reports unknown options as a TypeError with a readable message.
    console.error(error.message);
    console.error(`Usage: npm run kuule -- ${command.usage}`);
    process.exit(2);
  } else if ((error as { code?: string }).code === '23505') {
    console.error('That already exists (a duplicate slug or email).');
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
