import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type DemoSignIn, seedDemo } from './demo/demo-data.ts';
import { type Database, openDatabase } from './platform/db/database.ts';
import { devMailboxMailer, type Mailer, smtpMailer } from './platform/email/mailer.ts';
import { type JobQueue, startJobQueue } from './platform/jobs/job-queue.ts';

export interface RunningKuule {
  app: FastifyInstance;
  db: Database;
  jobs: JobQueue;
  demoSignIns: DemoSignIn[];
  stop(): Promise<void>;
}

/** Opens the database, migrates it, seeds the demo when asked, starts the job workers and the web server. */
export async function startKuule(
  config: Config,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<RunningKuule> {
  const db = await openDatabase(config.database);
  let mailer: Mailer | undefined;
  let jobs: JobQueue | undefined;
  let app: FastifyInstance | undefined;
  try {
    await db.migrate();
    const demoSignIns = config.demo
      ? await seedDemo(db, { dataDir: config.dataDir, publicUrl: config.publicUrl })
      : [];
    mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : devMailboxMailer(db);
    // Job errors are reported through the app's logger once it exists.
    const reportJobError = { to: (error: Error) => console.error(error) };
    jobs = await startJobQueue(db, {
      work: true,
      mailer,
      retention: { vault: config.vault, publicUrl: config.publicUrl },
      memberMail: { vault: config.vault, publicUrl: config.publicUrl, secret: config.secret },
      onError: (error) => reportJobError.to(error),
    });
    const started = await buildApp({ config, db, jobs, ...options });
    app = started;
    reportJobError.to = (error) => started.log.error({ err: error }, 'job queue error');
    await started.listen({ port: config.port, host: config.host });
    return {
      app: started,
      db,
      jobs,
      demoSignIns,
      async stop() {
        await started.close();
        await jobs?.stop();
        await mailer?.close();
        await db.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}
