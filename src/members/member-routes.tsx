import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { presentConsentReceipt } from '../consents/consent-receipt.ts';
import { findConsent, listConsents, recordConsent } from '../consents/consent-repository.ts';
import { consentPurposes } from '../consents/consent-texts.ts';
import type { Database } from '../platform/db/database.ts';
import type { OutgoingEmail } from '../platform/email/mailer.ts';
import { fields, parseForm } from '../platform/http/form.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { cookieNames } from '../platform/http/request-context.tsx';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import type { Language } from '../platform/i18n/languages.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { hashToken, newToken } from '../platform/security/tokens.ts';
import { recordClientAddress } from '../privacy/abuse-log.ts';
import { contactDetailsReaders } from '../privacy/audit-log.ts';
import {
  listBackgroundQuestions,
  profileAnswers,
  readProfileForm,
  saveProfile,
} from './background-profile.ts';
import { contactForm, isContactPurpose } from './contact-details.ts';
import {
  findMemberIdByEmail,
  findMemberIdByLookup,
  readContactDetails,
  SIGN_UP_VALID_HOURS,
  storeContactDetails,
  storeIdentity,
  storePendingSignUp,
  takePendingSignUp,
} from './identity-vault.ts';
import { withdrawConsent } from './leave-community.ts';
import {
  CheckEmailPage,
  ConfirmLinkPage,
  ContactDetailsPage,
  JoinPage,
  LeftCommunityPage,
  LinkInvalidPage,
  MemberHomePage,
  MemberSignInPage,
  ProfilePage,
  PseudonymPage,
} from './member-pages.tsx';
import {
  createMember,
  createSignInToken,
  endAllMemberSessions,
  endMemberSession,
  findMember,
  findMemberBySessionToken,
  listMemberSessions,
  MEMBER_SESSION_ABSOLUTE_MS,
  SIGN_IN_LINK_VALID_MS,
  setPseudonym,
  startMemberSession,
  useSignInToken,
} from './member-repository.ts';
import { checkPseudonym, PSEUDONYM_MAX, PSEUDONYM_MIN, suggestPseudonym } from './pseudonym.ts';
import { safeNextPath } from './sign-in-next.ts';

const joinForm = z.object({
  email: fields.requiredEmail(),
  consent: z.literal('yes', { error: 'validation.consentRequired' }),
  consentVersion: z.string().max(40),
});
const signInForm = z.object({ email: fields.requiredEmail() });
const tokenForm = z.object({ token: z.string().min(10).max(100) });
const tokenQuery = z.object({ token: z.string().min(10).max(100) });
const idParams = z.object({ id: z.uuid() });
const SIGN_IN_MINUTES = SIGN_IN_LINK_VALID_MS / 60_000;

/** The community (Helsinki's model): join with an email address only, sign in by link, act under a pseudonym. */
export async function memberRoutes(
  app: FastifyInstance,
  deps: { db: Database; jobs: JobQueue; config: Config },
) {
  const { db, jobs, config } = deps;
  const sessionCookie = cookieNames(config).memberSession;

  const community = (request: FastifyRequest) => {
    const organisation = request.organisation!;
    if (!organisation.community_enabled) throw new HttpError(404);
    return organisation;
  };
  const link = (path: string, token: string, next?: string) => {
    const url = new URL(`${path}?token=${token}`, config.publicUrl);
    if (next) url.searchParams.set('next', next);
    return url.toString();
  };
  /** A same-origin path under the member's own pages to continue to after signing in (sign-in-next.ts). */
  const nextOf = (request: FastifyRequest, source: unknown) =>
    safeNextPath(request.organisation!.slug, (source as { next?: unknown } | undefined)?.next);
  const send = async (request: FastifyRequest, mail: OutgoingEmail | undefined) => {
    if (!mail) return;
    await jobs
      .sendEmail(mail)
      .catch((error: unknown) => request.log.error({ err: error }, 'could not queue member mail'));
  };
  const signInMail = (
    organisationName: Record<Language, string>,
    language: Language,
    to: string,
    token: string,
    slug: string,
    next?: string,
  ) => {
    const i18n = translator(language);
    return {
      to,
      subject: i18n.t('email.signIn.subject', { organisation: organisationName[language] }),
      text: i18n.t('email.signIn.body', {
        organisation: organisationName[language],
        url: link(`/${slug}/sign-in/confirm`, token, next),
        minutes: SIGN_IN_MINUTES,
      }),
    };
  };
  const startSession = async (reply: FastifyReply, member: { id: string; organisation_id: string }) => {
    const token = await db.forOrganisation(member.organisation_id, (tx) =>
      startMemberSession(tx, member, new Date()),
    );
    // A new session id at every sign-in; HttpOnly, SameSite=Lax, Secure and __Host- outside localhost.
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureTransport,
      maxAge: MEMBER_SESSION_ABSOLUTE_MS / 1000,
    });
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/join',
    access: 'public',
    handler: async (request, reply) => {
      community(request);
      return reply.page(<JoinPage />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/join',
    access: 'public',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = community(request);
      const form = parseForm(joinForm, request.body, request.i18n);
      if (!form.ok) return reply.page(<JoinPage errors={form.errors} email={form.values.email} />, 400);
      const consentVersion = form.data.consentVersion;
      if (!(consentVersion in consentPurposes.community_membership.versions))
        throw new HttpError(400, 'unknown consent text');
      const language = request.i18n.language;
      const now = new Date();
      // The same page follows whether or not the address is already a member: nothing can be learnt from it.
      const mail = await db.forOrganisation(organisation.id, async (tx) => {
        await recordClientAddress(tx, organisation.id, 'sign_up', request.ip);
        const existing = await findMemberIdByEmail(tx, config.vault, organisation.id, form.data.email);
        if (existing) {
          const member = (await findMember(tx, existing))!;
          const token = await createSignInToken(tx, member, now);
          return token
            ? signInMail(organisation.name, member.language, form.data.email, token, organisation.slug)
            : undefined;
        }
        const token = newToken();
        await storePendingSignUp(tx, config.vault, {
          organisationId: organisation.id,
          email: form.data.email,
          language,
          consentTextVersion: consentVersion,
          tokenHash: hashToken(token),
          now,
        });
        const i18n = translator(language);
        return {
          to: form.data.email,
          subject: i18n.t('email.confirm.subject', { organisation: organisation.name[language] }),
          text: i18n.t('email.confirm.body', {
            organisation: organisation.name[language],
            url: link(`/${organisation.slug}/join/confirm`, token),
            hours: SIGN_UP_VALID_HOURS,
          }),
        };
      });
      await send(request, mail);
      return reply.page(<CheckEmailPage hours={SIGN_UP_VALID_HOURS} minutes={SIGN_IN_MINUTES} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/join/confirm',
    access: 'public',
    handler: async (request, reply) => {
      community(request);
      const { token } = tokenQuery.parse(request.query);
      return reply.page(<ConfirmLinkPage kind="join" token={token} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/join/confirm',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = community(request);
      const { token } = tokenForm.parse(request.body);
      const member = await db.forOrganisation(organisation.id, async (tx) => {
        const pending = await takePendingSignUp(tx, hashToken(token), new Date());
        if (!pending) return undefined;
        // Confirmed twice (two links)? The address already has a member: sign that member in.
        const existing = await findMemberIdByLookup(tx, pending.email_lookup);
        if (existing) return findMember(tx, existing);
        const created = await createMember(tx, organisation.id, pending.language);
        await storeIdentity(tx, {
          memberId: created.id,
          organisationId: organisation.id,
          emailLookup: pending.email_lookup,
          emailEncrypted: pending.email_encrypted,
        });
        await recordConsent(tx, {
          organisationId: organisation.id,
          memberId: created.id,
          purpose: 'community_membership',
          textVersion: pending.consent_text_version,
          language: pending.language,
          method: 'web_form',
        });
        return created;
      });
      if (!member) return reply.page(<LinkInvalidPage kind="join" />, 400);
      await startSession(reply, member);
      return reply.redirect(`/${organisation.slug}/me/pseudonym`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/sign-in',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = community(request);
      const next = nextOf(request, request.query);
      // A link from a task mail: a member already signed in here goes straight on to the task.
      const token = request.cookies[sessionCookie];
      if (next && token) {
        const signedIn = await db.forOrganisation(organisation.id, (tx) =>
          findMemberBySessionToken(tx, token, new Date()),
        );
        if (signedIn) return reply.redirect(next, 303);
      }
      return reply.page(<MemberSignInPage next={next} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/sign-in',
    access: 'public',
    rateLimitPerMinute: 10,
    handler: async (request, reply) => {
      const organisation = community(request);
      const form = parseForm(signInForm, request.body, request.i18n);
      const next = nextOf(request, request.body);
      if (!form.ok)
        return reply.page(
          <MemberSignInPage errors={form.errors} email={form.values.email} next={next} />,
          400,
        );
      const mail = await db.forOrganisation(organisation.id, async (tx) => {
        await recordClientAddress(tx, organisation.id, 'sign_in', request.ip);
        const memberId = await findMemberIdByEmail(tx, config.vault, organisation.id, form.data.email);
        const member = memberId ? await findMember(tx, memberId) : undefined;
        const token = member ? await createSignInToken(tx, member, new Date()) : undefined;
        return member && token
          ? signInMail(organisation.name, member.language, form.data.email, token, organisation.slug, next)
          : undefined;
      });
      await send(request, mail);
      return reply.page(<CheckEmailPage signIn hours={SIGN_UP_VALID_HOURS} minutes={SIGN_IN_MINUTES} />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/sign-in/confirm',
    access: 'public',
    handler: async (request, reply) => {
      community(request);
      const { token } = tokenQuery.parse(request.query);
      return reply.page(
        <ConfirmLinkPage kind="sign-in" token={token} next={nextOf(request, request.query)} />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/sign-in/confirm',
    access: 'public',
    handler: async (request, reply) => {
      const organisation = community(request);
      const { token } = tokenForm.parse(request.body);
      const member = await db.forOrganisation(organisation.id, (tx) => useSignInToken(tx, token, new Date()));
      if (!member) return reply.page(<LinkInvalidPage kind="sign-in" />, 400);
      await startSession(reply, member);
      // A member without a pseudonym chooses one first; otherwise the sign-in lands where the link said.
      if (!member.pseudonym) return reply.redirect(`/${organisation.slug}/me/pseudonym`, 303);
      return reply.redirect(nextOf(request, request.body) ?? `/${organisation.slug}/me`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const mine = await db.forOrganisation(member.organisation_id, async (tx) => ({
        sessions: await listMemberSessions(tx, member.id),
        consents: await listConsents(tx, member.id),
        questions: await listBackgroundQuestions(tx),
        answers: await profileAnswers(tx, member.id),
        contactDetails: await readContactDetails(tx, config.vault, member.organisation_id, member.id),
        contactReadBy: await contactDetailsReaders(tx, member.id),
      }));
      return reply.page(
        <MemberHomePage
          pseudonym={member.pseudonym}
          currentSessionId={member.sessionId}
          sessions={mine.sessions}
          consents={mine.consents}
          questions={mine.questions}
          answers={mine.answers}
          contactDetails={mine.contactDetails}
          contactReadBy={mine.contactReadBy}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/pseudonym',
    access: 'member',
    handler: async (request, reply) =>
      reply.page(
        <PseudonymPage
          suggestion={suggestPseudonym(request.i18n.language)}
          value={request.member!.pseudonym ?? undefined}
        />,
      ),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/pseudonym',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const raw = z.object({ pseudonym: z.string().max(200) }).safeParse(request.body);
      const checked = checkPseudonym(raw.success ? raw.data.pseudonym : '');
      const outcome = checked.ok
        ? await db.forOrganisation(member.organisation_id, (tx) =>
            setPseudonym(tx, member.id, checked.pseudonym),
          )
        : checked.problem;
      // The first pseudonym leads on to the (optional) background questions; a later change back to "my data".
      if (outcome === 'set') {
        return reply.redirect(
          `/${request.organisation!.slug}/${member.pseudonym === null ? 'me/profile' : 'me'}`,
          303,
        );
      }
      const key = outcome === 'taken' ? 'pseudonym.error.taken' : outcome;
      const message = request.i18n.t(key, { min: PSEUDONYM_MIN, max: PSEUDONYM_MAX });
      return reply.page(
        <PseudonymPage
          suggestion={suggestPseudonym(request.i18n.language)}
          value={raw.success ? raw.data.pseudonym : ''}
          errors={[{ field: 'pseudonym', message }]}
        />,
        400,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/sessions/:id/end',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const { id } = idParams.parse(request.params);
      await db.forOrganisation(member.organisation_id, (tx) => endMemberSession(tx, member.id, id));
      if (id === member.sessionId) reply.clearCookie(sessionCookie, { path: '/' });
      return reply.redirect(
        `/${request.organisation!.slug}/${id === member.sessionId ? 'sign-in' : 'me'}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/sign-out',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      await db.forOrganisation(member.organisation_id, (tx) =>
        endMemberSession(tx, member.id, member.sessionId),
      );
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.redirect(`/${request.organisation!.slug}`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/sign-out-everywhere',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      await db.forOrganisation(member.organisation_id, (tx) => endAllMemberSessions(tx, member.id));
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.redirect(`/${request.organisation!.slug}`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/consents/:id/receipt.json',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const { id } = idParams.parse(request.params);
      const consent = await db.forOrganisation(member.organisation_id, (tx) =>
        findConsent(tx, member.id, id),
      );
      if (!consent) throw new HttpError(404);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="consent-receipt-${consent.id}.json"`)
        .header('cache-control', 'no-store')
        .send(
          JSON.stringify(presentConsentReceipt(consent, request.organisation!, config.publicUrl), null, 2),
        );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/consents/:id/withdraw',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const { id } = idParams.parse(request.params);
      const consent = await db.forOrganisation(member.organisation_id, async (tx) => {
        const found = await findConsent(tx, member.id, id);
        if (!found || found.withdrawn_at) return undefined;
        await withdrawConsent(tx, {
          organisationId: member.organisation_id,
          memberId: member.id,
          consentId: found.id,
          purpose: found.purpose,
          now: new Date(),
        });
        return found;
      });
      if (!consent) throw new HttpError(404);
      if (consent.purpose !== 'community_membership')
        return reply.redirect(`/${request.organisation!.slug}/me`, 303);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.redirect(`/${request.organisation!.slug}/left`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/left',
    access: 'public',
    handler: async (request, reply) => {
      community(request);
      return reply.page(<LeftCommunityPage />);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/profile',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const { questions, answers } = await db.forOrganisation(member.organisation_id, async (tx) => ({
        questions: await listBackgroundQuestions(tx),
        answers: await profileAnswers(tx, member.id),
      }));
      return reply.page(<ProfilePage questions={questions} answers={answers} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/profile',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const outcome = await db.forOrganisation(member.organisation_id, async (tx) => {
        const questions = await listBackgroundQuestions(tx);
        const form = readProfileForm(questions, body);
        if (!form.ok)
          return { questions, answers: await profileAnswers(tx, member.id), invalid: form.questionKey };
        await saveProfile(tx, member, form.answers);
        return undefined;
      });
      if (!outcome) return reply.redirect(`/${request.organisation!.slug}/me`, 303);
      const question = outcome.questions.find((q) => q.key === outcome.invalid)!;
      const error = request.i18n.t('profile.invalid', { question: question.text[request.i18n.language] });
      return reply.page(
        <ProfilePage questions={outcome.questions} answers={outcome.answers} error={error} />,
        400,
      );
    },
  });

  const contactPurposeParams = z.object({ purpose: z.string().max(40) });
  const purposeOf = (request: FastifyRequest) => {
    const { purpose } = contactPurposeParams.parse(request.params);
    if (!isContactPurpose(purpose)) throw new HttpError(404);
    return purpose;
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/contact/:purpose',
    access: 'member',
    handler: async (request, reply) => reply.page(<ContactDetailsPage purpose={purposeOf(request)} />),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/contact/:purpose',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const purpose = purposeOf(request);
      const form = parseForm(contactForm(purpose), request.body, request.i18n);
      if (!form.ok)
        return reply.page(
          <ContactDetailsPage purpose={purpose} errors={form.errors} values={form.values} />,
          400,
        );
      if (!(form.data.consentVersion in consentPurposes[purpose].versions))
        throw new HttpError(400, 'unknown consent text');
      await db.forOrganisation(member.organisation_id, async (tx) => {
        const active = (await listConsents(tx, member.id)).find(
          (c) => c.purpose === purpose && !c.withdrawn_at,
        );
        if (!active) {
          await recordConsent(tx, {
            organisationId: member.organisation_id,
            memberId: member.id,
            purpose,
            textVersion: form.data.consentVersion,
            language: request.i18n.language,
            method: 'web_form',
          });
        }
        await storeContactDetails(tx, config.vault, {
          organisationId: member.organisation_id,
          memberId: member.id,
          purpose,
          name: form.data.name,
          phone: form.data.phone,
          postalAddress: form.data.postalAddress,
        });
      });
      return reply.redirect(`/${request.organisation!.slug}/me`, 303);
    },
  });
}
