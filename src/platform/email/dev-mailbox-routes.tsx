import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { Layout } from '../html/layout.tsx';
import { usePage } from '../html/page-context.ts';
import { defineRoute } from '../http/route.ts';

interface Mail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  sent_at: Date;
}

function DevMailboxPage(props: { mail: Mail[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <Layout title={t('mailbox.title')} wide>
      <h1>{t('mailbox.title')}</h1>
      <p>{t('mailbox.intro')}</p>
      {props.mail.length === 0 && <p>{t('mailbox.empty')}</p>}
      {props.mail.map((mail) => (
        <article key={mail.id} aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
          <p>
            {t('mailbox.to')}: {mail.recipient} · {t('mailbox.sent')}: {i18n.dateTime(mail.sent_at)}
          </p>
          <pre class="mail">{mail.text_body}</pre>
        </article>
      ))}
    </Layout>
  );
}

/** Registered only in demo mode (see app.ts): a page showing the mail Kuule would have sent. */
export async function devMailboxRoutes(app: FastifyInstance, { db }: { db: Database }) {
  defineRoute(app, {
    method: 'GET',
    url: '/dev/mailbox',
    access: 'public',
    handler: async (_request, reply) => {
      const mail = await db.system
        .selectFrom('dev_mailbox')
        .selectAll()
        .orderBy('sent_at', 'desc')
        .limit(50)
        .execute();
      return reply.page(<DevMailboxPage mail={mail} />);
    },
  });
}
