import { listOrganisations } from '../../organisations/organisation-repository.ts';
import { addDays, helsinkiDay } from '../../platform/calendar.ts';
import type { Database } from '../../platform/db/database.ts';
import type { OutgoingEmail } from '../../platform/email/mailer.ts';
import { type MessageKey, translator } from '../../platform/i18n/i18n.ts';
import { hasPermission } from '../../staff/permissions.ts';
import { deadlineOf, deadlineState, REMINDER_DAYS_BEFORE } from './request-deadlines.ts';
import { openRequestsDueBy } from './request-repository.ts';

/**
 * E10: the daily reminder. Each staff user of an organisation who holds the request permission gets, in
 * their language, the open requests due within a week or overdue: counts, case references, kinds and
 * deadlines, nothing about any member. Organisations with none get no mail. Returns the mails queued.
 */
export async function sendRequestReminders(
  db: Database,
  options: { now: Date; sendEmail: (message: OutgoingEmail) => Promise<void>; publicUrl?: URL | undefined },
): Promise<number> {
  const today = helsinkiDay(options.now);
  let queued = 0;
  for (const organisation of await listOrganisations(db.system)) {
    // Read in the organisation's transaction; mail is queued after it, outside.
    const messages = await db.forOrganisation(organisation.id, async (tx) => {
      const due = (await openRequestsDueBy(tx, addDays(today, REMINDER_DAYS_BEFORE))).sort((a, b) =>
        deadlineOf(a).localeCompare(deadlineOf(b)),
      );
      if (due.length === 0) return [];
      const staff = await tx
        .selectFrom('staff_users')
        .select(['email', 'language', 'roles'])
        .where('disabled_at', 'is', null)
        .execute();
      return staff
        .filter((user) => hasPermission(user.roles, 'members.manage'))
        .map((user): OutgoingEmail => {
          const { t, date } = translator(user.language ?? organisation.default_language);
          const overdue = due.filter((request) => deadlineState(request, today) === 'overdue');
          const lines = due.map((request) =>
            t('requests.reminder.line', {
              reference: request.case_reference,
              kind: t(`requests.kind.${request.kind}` as MessageKey),
              date: date(deadlineOf(request)),
              state: deadlineState(request, today) === 'overdue' ? t('requests.reminder.overdue') : '',
            }),
          );
          const url = options.publicUrl
            ? new URL(`/${organisation.slug}/console/requests`, options.publicUrl).toString()
            : `/${organisation.slug}/console/requests`;
          return {
            to: user.email,
            subject: t('requests.reminder.subject', {
              organisation: organisation.name[user.language ?? organisation.default_language],
              count: due.length,
              overdue: overdue.length,
            }),
            text: t('requests.reminder.body', {
              count: due.length,
              overdue: overdue.length,
              days: REMINDER_DAYS_BEFORE,
              list: lines.join('\n'),
              url,
            }),
          };
        });
    });
    for (const message of messages) {
      await options.sendEmail(message);
      queued += 1;
    }
  }
  return queued;
}
