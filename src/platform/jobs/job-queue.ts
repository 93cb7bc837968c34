import { fromPglite, PgBoss } from 'pg-boss';
import { closeAllTallies } from '../../analytics/tally-repository.ts';
import type { VaultKeys } from '../../members/identity-crypto.ts';
import { forgetExpiredSignUps } from '../../members/member-housekeeping.ts';
import { sendRequestReminders } from '../../privacy/requests/request-reminders.ts';
import { runRetention } from '../../privacy/retention/retention-engine.ts';
import {
  deliverTaskMail,
  type MemberMailContext,
  sendWeeklyDigests,
  type TaskMailJob,
} from '../../research/invite-jobs.ts';
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
  retention: 'privacy.retention',
  closeDayTallies: 'analytics.close-day-tallies',
  requestReminders: 'privacy.request-reminders',
  taskMail: 'research.task-mail',
  weeklyTaskDigest: 'research.weekly-task-digest',
} as const;

/** What scheduled work may need besides the database. */
interface ScheduleContext {
  sendEmail: (message: OutgoingEmail) => Promise<void>;
  retention?: { vault: VaultKeys; publicUrl: URL } | undefined;
  mailer: Mailer;
  memberMail?: MemberMailContext | undefined;
}

/** Scheduled work: queue → cron (UTC) and what it runs. */
const schedules: {
  queue: string;
  cron: string;
  run: (db: Database, context: ScheduleContext) => Promise<unknown>;
}[] = [
  {
    queue: queues.forgetExpiredSignUps,
    cron: '*/15 * * * *',
    run: (db) => forgetExpiredSignUps(db, new Date()),
  },
  // Results read stored day tallies; closing yesterday's at night keeps every results page fast.
  { queue: queues.closeDayTallies, cron: '0 2 * * *', run: (db) => closeAllTallies(db, new Date()) },
  // Every retention rule of every register (H8, H12, H14, E6, E7), daily, with evidence of each run.
  {
    queue: queues.retention,
    cron: '15 3 * * *',
    run: async (db, context) => {
      if (!context.retention) throw new Error('The retention job needs the vault keys and the public URL.');
      await runRetention(db, {
        now: new Date(),
        dryRun: false,
        ranBy: 'schedule',
        sendEmail: context.sendEmail,
        ...context.retention,
      });
    },
  },
  // E10: the register owners hear of data subject requests due within a week or overdue, each morning.
  {
    queue: queues.requestReminders,
    cron: '0 5 * * *',
    run: (db, context) =>
      sendRequestReminders(db, {
        now: new Date(),
        sendEmail: context.sendEmail,
        publicUrl: context.retention?.publicUrl,
      }),
  },
  // Members who chose the weekly digest get one message a week (Monday morning, Helsinki) of new tasks.
  {
    queue: queues.weeklyTaskDigest,
    cron: '0 6 * * 1',
    run: async (db, context) => {
      if (!context.memberMail)
        throw new Error('The task digest needs the vault keys, public URL and secret.');
      await sendWeeklyDigests(db, context.mailer, context.memberMail, new Date());
    },
  },
];

export interface JobQueue {
  sendEmail(message: OutgoingEmail): Promise<void>;
  /** Queues task invitations or reminders, one job per batch of member keys (never addresses). */
  queueTaskMail(jobs: TaskMailJob[]): Promise<void>;
  /** The scheduled queues and their cron expressions, as pg-boss holds them. */
  schedules(): Promise<{ queue: string; cron: string }[]>;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  /** Run the workers in this process (the server does; the CLI only enqueues). */
  work: boolean;
  mailer: Mailer;
  /** What the retention job needs (the server gives it; tests that only enqueue need not). */
  retention?: { vault: VaultKeys; publicUrl: URL };
  /** What task mail needs to read addresses and sign unsubscribe links (the server gives it). */
  memberMail?: MemberMailContext;
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

  // Task mail: each job is a batch of member keys; the worker reads the addresses when it sends.
  await boss.createQueue(queues.taskMail, { retryLimit: 5, retryDelay: 30, retryBackoff: true });

  for (const schedule of schedules) {
    await boss.createQueue(schedule.queue, { retryLimit: 3, deleteAfterSeconds: 24 * 3600 });
    await boss.schedule(schedule.queue, schedule.cron);
  }
  // A schedule an earlier version kept (e.g. a job now folded into the retention engine) is removed.
  for (const held of await boss.getSchedules()) {
    if (!schedules.some((schedule) => schedule.queue === held.name)) await boss.unschedule(held.name);
  }

  const sendEmail = async (message: OutgoingEmail) => {
    await boss.send(queues.email, message);
  };
  if (options.work) {
    for (const schedule of schedules) {
      await boss.work(schedule.queue, async () => {
        await schedule.run(db, {
          sendEmail,
          retention: options.retention,
          mailer: options.mailer,
          memberMail: options.memberMail,
        });
      });
    }
    await boss.work<OutgoingEmail>(queues.email, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await options.mailer.send(job.data);
    });
    const memberMail = options.memberMail;
    if (memberMail) {
      await boss.work<TaskMailJob>(
        queues.taskMail,
        // Two workers, each taking jobs four at a time and fetching again at once while batches come full.
        { pollingIntervalSeconds: 1, localConcurrency: 2, batchSize: 4, burstWhenBatchFull: true },
        async (batch) => {
          for (const job of batch) await deliverTaskMail(db, options.mailer, memberMail, job.data);
        },
      );
    }
  }

  return {
    sendEmail,
    async queueTaskMail(jobs) {
      if (jobs.length > 0)
        await boss.insert(
          queues.taskMail,
          jobs.map((data) => ({ data })),
        );
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
