import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { helsinkiDay } from '../platform/calendar.ts';
import type { Database } from '../platform/db/database.ts';
import type { OutgoingEmail } from '../platform/email/mailer.ts';
import { fields, parseForm } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import type { Language } from '../platform/i18n/languages.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { hashToken, newToken } from '../platform/security/tokens.ts';
import { audit } from '../privacy/audit-log.ts';
import {
  EmailChangeConfirmPage,
  EmailChangeOutcomePage,
  EmailChangePage,
  EmailChangeSentPage,
} from './email-change-pages.tsx';
import {
  confirmEmailChange,
  EMAIL_CHANGE_VALID_HOURS,
  type EmailChangeOutcome,
  findMemberIdByEmail,
  readMemberEmail,
  readPendingEmailChange,
  storeEmailChange,
} from './identity-vault.ts';
import { findMember, revokeSignInLinks } from './member-repository.ts';

const emailForm = z.object({ email: fields.requiredEmail() });
const tokenQuery = z.object({ token: z.string().min(1).max(200) });
const tokenForm = z.object({ token: z.string().min(1).max(200) });
const hours = EMAIL_CHANGE_VALID_HOURS;

/**
 * H13 (E10's right to rectification): a member corrects their email address. The new address is
 * confirmed from that address before it replaces the old one; the old one is told. The page after a
 * request is the same whether or not the new address already belongs to another member (that address's
 * owner is told instead, by mail), so no one learns who is a member.
 *
 * The confirmation works without a member session in that browser: the link proves control of the new
 * address, and the request that produced it was made by the signed-in member. Requiring a session would
 * make the link fail on the phone where the mail is read, while adding nothing against the one who holds
 * the session (they made the request). Confirming signs no one in: the confirmer then signs in with the
 * new address like anyone else. The GET only shows a button (mail scanners follow links); the POST changes.
 */
export async function emailChangeRoutes(
  app: FastifyInstance,
  deps: { db: Database; jobs: JobQueue; config: Config },
) {
  const { db, jobs, config } = deps;

  const community = (request: FastifyRequest) => {
    const organisation = request.organisation!;
    if (!organisation.community_enabled) throw new HttpError(404);
    return organisation;
  };
  const send = async (request: FastifyRequest, mail: OutgoingEmail | undefined) => {
    if (!mail) return;
    await jobs
      .sendEmail(mail)
      .catch((error: unknown) => request.log.error({ err: error }, 'could not queue the email-change mail'));
  };
  const current = (request: FastifyRequest) => {
    const member = request.member!;
    return db.forOrganisation(member.organisation_id, async (tx) => ({
      email: (await readMemberEmail(tx, config.vault, member.organisation_id, member.id)) ?? '–',
      pending: await readPendingEmailChange(tx, config.vault, member.organisation_id, member.id, new Date()),
    }));
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/email',
    access: 'member',
    handler: async (request, reply) => {
      community(request);
      const mine = await current(request);
      return reply.page(<EmailChangePage current={mine.email} pending={mine.pending} hours={hours} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/email',
    access: 'member',
    // Each request mails an address the member types: few per minute.
    rateLimitPerMinute: 5,
    handler: async (request, reply) => {
      const organisation = community(request);
      const member = request.member!;
      const form = parseForm(emailForm, request.body, request.i18n);
      if (!form.ok) {
        const mine = await current(request);
        return reply.page(
          <EmailChangePage
            current={mine.email}
            pending={mine.pending}
            hours={hours}
            errors={form.errors}
            email={form.values.email}
          />,
          400,
        );
      }
      const email = form.data.email;
      const language = request.i18n.language;
      const result = await db.forOrganisation(organisation.id, async (tx) => {
        const holder = await findMemberIdByEmail(tx, config.vault, organisation.id, email);
        if (holder === member.id) return { same: true as const };
        // Stored alike whether or not the address is taken (what the member sees must not tell them); a
        // new request replaces an earlier one, whose link stops working.
        const token = newToken();
        await storeEmailChange(tx, config.vault, {
          organisationId: organisation.id,
          memberId: member.id,
          email,
          tokenHash: hashToken(token),
          now: new Date(),
        });
        if (holder) {
          // The address's owner learns someone tried; the link is never sent, so the change cannot happen.
          const owner = await findMember(tx, holder);
          const i18n = translator(owner?.language ?? language);
          const name = organisation.name[i18n.language];
          return {
            mail: {
              to: email,
              subject: i18n.t('emailChange.email.taken.subject', { organisation: name }),
              text: i18n.t('emailChange.email.taken.body', {
                organisation: name,
                contact: organisation.contact_email,
              }),
            },
          };
        }
        const i18n = translator(language);
        const name = organisation.name[language];
        return {
          mail: {
            to: email,
            subject: i18n.t('emailChange.email.confirm.subject', { organisation: name }),
            text: i18n.t('emailChange.email.confirm.body', {
              organisation: name,
              url: new URL(
                `/${organisation.slug}/me/email/confirm?token=${token}`,
                config.publicUrl,
              ).toString(),
              hours,
            }),
          },
        };
      });
      if ('same' in result) {
        const mine = await current(request);
        return reply.page(
          <EmailChangePage
            current={mine.email}
            pending={mine.pending}
            hours={hours}
            errors={[{ field: 'email', message: request.i18n.t('emailChange.same') }]}
            email={email}
          />,
          400,
        );
      }
      await send(request, result.mail);
      return reply.page(<EmailChangeSentPage hours={hours} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/email/confirm',
    access: 'public',
    handler: async (request, reply) => {
      community(request);
      const { token } = tokenQuery.parse(request.query);
      return reply.page(<EmailChangeConfirmPage token={token} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/email/confirm',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = community(request);
      const { token } = tokenForm.parse(request.body);
      const now = new Date();
      let confirmed: { outcome: EmailChangeOutcome; language?: Language | undefined };
      try {
        confirmed = await db.forOrganisation(organisation.id, async (tx) => {
          const outcome = await confirmEmailChange(tx, config.vault, organisation.id, hashToken(token), now);
          if (outcome.outcome !== 'changed') return { outcome };
          // Sign-in links already sent to the old address stop working with it.
          await revokeSignInLinks(tx, outcome.memberId);
          await audit(tx, {
            organisationId: organisation.id,
            actor: { type: 'member', id: outcome.memberId },
            action: 'member.email_change',
            subjectMemberId: outcome.memberId,
            details: { confirmed_from: 'new_address' },
          });
          return { outcome, language: (await findMember(tx, outcome.memberId))?.language };
        });
      } catch (error) {
        // A join with the same address committed between the check and the update: nothing changed.
        if ((error as { code?: string }).code !== '23505') throw error;
        confirmed = { outcome: { outcome: 'taken', memberId: '' } };
      }
      const { outcome } = confirmed;
      if (outcome.outcome !== 'changed')
        return reply.page(<EmailChangeOutcomePage outcome={outcome.outcome} />, 400);
      const i18n = translator(confirmed.language ?? request.i18n.language);
      const name = organisation.name[i18n.language];
      // The old address is told, without the new one.
      await send(request, {
        to: outcome.oldEmail,
        subject: i18n.t('emailChange.email.changed.subject', { organisation: name }),
        text: i18n.t('emailChange.email.changed.body', {
          organisation: name,
          date: i18n.date(helsinkiDay(now)),
          contact: organisation.contact_email,
        }),
      });
      return reply.page(<EmailChangeOutcomePage outcome="changed" />);
    },
  });
}
