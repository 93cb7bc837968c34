import type { LanguageCode, LocalisedText } from '../platform/db/schema.ts';
import type { OutgoingEmail } from '../platform/email/mailer.ts';
import { translator } from '../platform/i18n/i18n.ts';

/**
 * The texts of task mail (issue 6), as plain functions: an invitation, the one reminder and the weekly
 * digest, each in the member's language, each with a sign-in link that lands on the task, and each with
 * an unsubscribe link and the RFC 8058 one-click headers (List-Unsubscribe, List-Unsubscribe-Post).
 */
export interface MailLinks {
  /** The member's unsubscribe link (a keyed MAC of the member key; see invite-unsubscribe.ts). */
  unsubscribe: string;
  /** The member's email preferences page (sign-in first). */
  preferences: string;
}

/** A sign-in link that lands on the task: the sign-in page carries the task as a same-origin `next` path. */
export function taskLink(publicUrl: URL, organisationSlug: string, taskSlug: string): string {
  const url = new URL(`/${organisationSlug}/sign-in`, publicUrl);
  url.searchParams.set('next', `/${organisationSlug}/me/tasks/${taskSlug}`);
  return url.toString();
}

export function preferencesLink(publicUrl: URL, organisationSlug: string): string {
  const url = new URL(`/${organisationSlug}/sign-in`, publicUrl);
  url.searchParams.set('next', `/${organisationSlug}/me/email-preferences`);
  return url.toString();
}

function unsubscribeHeaders(links: MailLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribe}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

function footer(language: LanguageCode, links: MailLinks): string {
  return translator(language).t('email.task.footer', {
    preferences: links.preferences,
    unsubscribe: links.unsubscribe,
  });
}

export function taskMail(input: {
  kind: 'invitation' | 'reminder';
  to: string;
  language: LanguageCode;
  organisationName: LocalisedText;
  task: { title: LocalisedText; closes_at: Date };
  url: string;
  links: MailLinks;
}): OutgoingEmail {
  const i18n = translator(input.language);
  const values = {
    organisation: input.organisationName[input.language],
    task: input.task.title[input.language],
    closes: i18n.dateTime(input.task.closes_at),
    url: input.url,
  };
  const keys =
    input.kind === 'invitation'
      ? (['email.task.invitation.subject', 'email.task.invitation.body'] as const)
      : (['email.task.reminder.subject', 'email.task.reminder.body'] as const);
  return {
    to: input.to,
    subject: i18n.t(keys[0], values),
    text: `${i18n.t(keys[1], values)}\n\n-- \n${footer(input.language, input.links)}\n`,
    headers: unsubscribeHeaders(input.links),
  };
}

export function digestMail(input: {
  to: string;
  language: LanguageCode;
  organisationName: LocalisedText;
  tasks: { title: LocalisedText; closes_at: Date; url: string }[];
  links: MailLinks;
}): OutgoingEmail {
  const i18n = translator(input.language);
  const organisation = input.organisationName[input.language];
  const tasks = input.tasks
    .map((task) =>
      i18n.t('email.task.digest.item', {
        task: task.title[input.language],
        closes: i18n.dateTime(task.closes_at),
        url: task.url,
      }),
    )
    .join('\n\n');
  return {
    to: input.to,
    subject: i18n.t('email.task.digest.subject', { organisation }),
    text: `${i18n.t('email.task.digest.body', { organisation, tasks })}\n\n-- \n${footer(input.language, input.links)}\n`,
    headers: unsubscribeHeaders(input.links),
  };
}
