import type { Database } from '../db/database.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe for invitations. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

/** Real mail over SMTP: the only way mail leaves Kuule in production. */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Loaded when SMTP is configured, not at every start-up (the demo keeps mail in its mailbox).
  // A pool of a few connections, each reused for many messages: invitations go out in batches (issue 6).
  const transport = import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 8, maxMessages: 500 }),
  );
  return {
    async send(message) {
      await (await transport).sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: message.headers,
      });
    },
    async close() {
      (await transport).close();
    },
  };
}

/**
 * Demo mode without SMTP: mail is kept in the database and shown on the development mailbox page,
 * so a newcomer can follow a sign-in link without a mail server. Never used outside demo mode.
 */
export function devMailboxMailer(db: Database): Mailer {
  return {
    async send(message) {
      await db.system
        .insertInto('dev_mailbox')
        .values({ recipient: message.to, subject: message.subject, text_body: message.text })
        .execute();
    },
    async close() {},
  };
}
