import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { helsinkiDay } from '../platform/calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { cookieNames } from '../platform/http/request-context.tsx';
import { defineRoute } from '../platform/http/route.ts';
import { translator } from '../platform/i18n/i18n.ts';
import type { JobQueue } from '../platform/jobs/job-queue.ts';
import { activeHold } from '../privacy/requests/member-holds.ts';
import { eraseMember } from './erase-member.ts';
import { findMember } from './member-repository.ts';
import {
  collectMyData,
  describeLegalHolds,
  legalHolds,
  liftProcessingRestriction,
  memberRegister,
  presentMyDataExport,
  restrictProcessing,
} from './my-data.ts';
import { DeleteMyDataPage, DeletionHeldPage, MyDataDeletedPage, MyDataPage } from './my-data-pages.tsx';

/**
 * "My data" (H13, E10): the member sees everything held about them grouped as the register's data content,
 * downloads it at once (JSON), corrects it (links to the pages that change each field), restricts its
 * processing, and deletes it now with one confirmed action.
 */
export async function myDataRoutes(
  app: FastifyInstance,
  deps: { db: Database; jobs: JobQueue; config: Config },
) {
  const { db, jobs, config } = deps;
  const sessionCookie = cookieNames(config).memberSession;

  const gather = async (request: FastifyRequest) => {
    const signedIn = request.member!;
    const organisation = request.organisation!;
    if (!organisation.community_enabled) throw new HttpError(404);
    return db.forOrganisation(organisation.id, async (tx) => {
      // The member row as it is now (request.member was read before any change this request made).
      const member = (await findMember(tx, signedIn.id)) ?? signedIn;
      const data = await collectMyData(tx, config.vault, member);
      return { data, organisation, register: await memberRegister(tx) };
    });
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/data',
    access: 'member',
    handler: async (request, reply) => {
      const { data, register } = await gather(request);
      return reply.page(<MyDataPage data={data} register={register} />);
    },
  });

  // The right of access and portability: everything on the page, at once, as a file. Not audited: it is the
  // member reading their own data (deleting is audited, by eraseMember).
  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/data.json',
    access: 'member',
    handler: async (request, reply) => {
      const { data, organisation, register } = await gather(request);
      const now = new Date();
      const body = presentMyDataExport(data, { organisation, register, publicUrl: config.publicUrl, now });
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="my-data-${organisation.slug}-${helsinkiDay(now)}.json"`,
        )
        .header('cache-control', 'no-store')
        .send(JSON.stringify(body, null, 2));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/data/restrict',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      await db.forOrganisation(member.organisation_id, (tx) => restrictProcessing(tx, member, new Date()));
      return reply.redirect(`/${request.organisation!.slug}/me/data#restrict-heading`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/data/lift-restriction',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      await db.forOrganisation(member.organisation_id, (tx) => liftProcessingRestriction(tx, member));
      return reply.redirect(`/${request.organisation!.slug}/me/data#restrict-heading`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/me/data/delete',
    access: 'member',
    handler: async (request, reply) => {
      const { data, register } = await gather(request);
      // H13: a legal hold is shown before the member tries, not only after.
      const hold = await db.forOrganisation(request.organisation!.id, (tx) =>
        activeHold(tx, request.member!.id, helsinkiDay(new Date())),
      );
      return reply.page(<DeleteMyDataPage data={data} register={register} hold={hold} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/me/data/delete',
    access: 'member',
    handler: async (request, reply) => {
      const member = request.member!;
      const organisation = request.organisation!;
      if (!organisation.community_enabled) throw new HttpError(404);
      const now = new Date();
      // The address is read before the erasure, in the same transaction: afterwards no one has it.
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        // H13: under an active legal hold nothing is erased; the member is told what is kept, why, until when.
        const hold = await activeHold(tx, member.id, helsinkiDay(now));
        if (hold) return { held: true as const, hold };
        const data = await collectMyData(tx, config.vault, member);
        const register = await memberRegister(tx);
        await eraseMember(tx, {
          organisationId: organisation.id,
          memberId: member.id,
          reason: 'member_request',
          now,
          actor: { type: 'member', id: member.id },
        });
        return { held: false as const, mine: data, register };
      });
      if (outcome.held) return reply.page(<DeletionHeldPage hold={outcome.hold} />, 409);
      const { mine, register } = outcome;
      reply.clearCookie(sessionCookie, { path: '/' });
      if (mine.email) {
        const i18n = translator(request.i18n.language);
        const kept = describeLegalHolds(legalHolds(mine.rewards, register), i18n);
        const name = organisation.name[i18n.language];
        await jobs
          .sendEmail({
            to: mine.email,
            subject: i18n.t('myData.email.deleted.subject', { organisation: name }),
            text: i18n.t('myData.email.deleted.body', {
              organisation: name,
              date: i18n.date(helsinkiDay(now)),
              kept:
                kept.length === 0
                  ? ''
                  : i18n.t('myData.email.deleted.keptRewards', {
                      items: kept.map((note) => `${note.what} (${note.until})`).join('; '),
                    }),
              url: new URL(`/${organisation.slug}/join`, config.publicUrl).toString(),
              contact: organisation.contact_email,
            }),
          })
          .catch((error: unknown) => request.log.error({ err: error }, 'could not queue the deletion mail'));
      }
      return reply.redirect(`/${organisation.slug}/my-data-deleted?lang=${request.i18n.language}`, 303);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/my-data-deleted',
    access: 'public',
    handler: async (request, reply) => {
      if (!request.organisation!.community_enabled) throw new HttpError(404);
      return reply.page(<MyDataDeletedPage />);
    },
  });
}
