import { fromPglite, PgBoss } from 'pg-boss';
import { closeAllTallies } from '../../analytics/tally-repository.ts';
import { deleteExpiredFeedback } from '../../feedback/feedback-retention.ts';
import { forgetExpiredSignUps } from '../../members/member-housekeeping.ts';
import { purgeAbuseLog } from '../../privacy/abuse-log.ts';
import type { Database } from '../db/database.ts';
import type { Mailer, OutgoingEmail } from '../email/mailer.ts';

/**
 * Background and scheduled work, on pg-boss in the same database (PGlite or PostgreSQL): no home-made
 * scheduler. Capabilities add their queues here so that everything that runs in the background is listed
 * in one place.
 */
export const queues = {
  email: 'email.send',
  forgetExpiredSignUps: 'members.forget-expired-sign-ups',
  purgeAbuseLog: 'privacy.purge-abuse-log',
  deleteExpiredFeedback: 'feedback.delete-expired-answers',
  closeDayTallies: 'analytics.close-day-tallies',
} as const;

/** Scheduled work: queue → cron (UTC) and what it runs. */
const schedules = [
  {
    queue: queues.forgetExpiredSignUps,
    cron: '*/15 * * * *',
    run: (db: Database) => forgetExpiredSignUps(db, new Date()),
  },
  { queue: queues.purgeAbuseLog, cron: '15 3 * * *', run: (db: Database) => purgeAbuseLog(db, new Date()) },
  // Results read stored day tallies; closing yesterday's at night keeps every results page fast.
  {
    queue: queues.closeDayTallies,
    cron: '0 2 * * *',
    run: (db: Database) => closeAllTallies(db, new Date()),
  },
  // E7: daily, so an answer is gone on the day its period ends at the latest.
  {
    queue: queues.deleteExpiredFeedback,
    cron: '30 3 * * *',
    run: (db: Database) => deleteExpiredFeedback(db, new Date()),
  },
] as const;

export interface JobQueue {
  sendEmail(message: OutgoingEmail): Promise<void>;
  /** The scheduled queues and their cron expressions, as pg-boss holds them. */
  schedules(): Promise<{ queue: string; cron: string }[]>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** Run the workers in this process (the server does; the CLI only enqueues). */
  work: boolean;
  mailer: Mailer;
  onError?: (error: Error) => void;
}

export async function startJobQueue(db: Database, options: JobQueueOptions): Promise<JobQueue> {
  const connection = db.jobQueue;
  const boss =
    connection.kind === 'postgresql'
      ? new PgBoss({ connectionString: connection.url!, schema: 'pgboss', max: 4 })
      : new PgBoss({ db: fromPglite(connection.embedded!), backend: 'pglite', schema: 'pgboss' });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();

  // Mail may carry a sign-in link or an address: keep finished jobs for an hour, not pg-boss's default week.
  await boss.createQueue(queues.email, {
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    deleteAfterSeconds: 3600,
  });

  for (const schedule of schedules) {
    await boss.createQueue(schedule.queue, { retryLimit: 3, deleteAfterSeconds: 24 * 3600 });
    await boss.schedule(schedule.queue, schedule.cron);
  }

  if (options.work) {
    for (const schedule of schedules) {
      await boss.work(schedule.queue, async () => {
        await schedule.run(db);
      });
    }
    await boss.work<OutgoingEmail>(queues.email, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await options.mailer.send(job.data);
    });
  }

  return {
    async sendEmail(message) {
      await boss.send(queues.email, message);
    },
    async schedules() {
      const held = await boss.getSchedules();
      return held.map((s) => ({ queue: s.name, cron: s.cron }));
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
