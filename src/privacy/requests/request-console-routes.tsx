import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { findMember } from '../../members/member-repository.ts';
import { helsinkiDay } from '../../platform/calendar.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { type FieldError, fields, parseForm } from '../../platform/http/form.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { audit } from '../audit-log.ts';
import {
  exportForRequest,
  extendRequest,
  fulfilRequest,
  logRequest,
  refuseRequest,
} from './data-subject-requests.ts';
import {
  activeHold,
  holdReasonKinds,
  holdsOfMember,
  liftHold,
  listActiveHolds,
  placeHold,
} from './member-holds.ts';
import {
  NewRequestPage,
  type NewRequestValues,
  RequestListPage,
  RequestPage,
  type RequestPageValues,
} from './request-console-pages.tsx';
import { findRequest, listRequests, requestChannels, requestKinds } from './request-repository.ts';

/**
 * The register owner's console for data subject requests by other channels (E10) and legal holds (H13,
 * H12). Access: `members.manage`, which only the register owner holds. Every change is audited by the
 * domain functions it calls, in the same transaction.
 */
const ACCESS = 'members.manage' as const;
const idParams = z.object({ id: z.uuid() });
const holdParams = z.object({ hold: z.uuid() });
const noticeQuery = z.object({
  notice: z
    .enum(['created', 'createdNoMember', 'extended', 'fulfilled', 'refused', 'held', 'lifted'])
    .optional(),
});

/** The posted fields as typed, to show them again with what to fix. */
const typed = (body: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(body && typeof body === 'object' ? body : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '_csrf',
    ),
  );

const isoDate = (message: MessageKey) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => z.iso.date().safeParse(value).success, { message });

function newRequestSchema(today: string) {
  return z.object({
    kind: z.enum(requestKinds, { error: 'requests.error.kind' satisfies MessageKey }),
    channel: z.enum(requestChannels, { error: 'requests.error.channel' satisfies MessageKey }),
    receivedOn: isoDate('requests.error.date').refine((day) => day <= today, {
      message: 'requests.error.future' satisfies MessageKey,
    }),
    caseReference: fields.requiredText(100),
    identityCheck: fields.requiredText(1000),
    email: fields.optionalEmail(),
  });
}

const extendSchema = z.object({
  extensionReasons: fields.requiredText(2000),
  notifiedOn: isoDate('requests.error.date'),
});
const fulfilSchema = z.object({ outcome: fields.optionalText(2000) });
const refuseSchema = z.object({ refusalReason: fields.requiredText(2000) });
function holdSchema(today: string) {
  return z.object({
    holdReasonKind: z.enum(holdReasonKinds, { error: 'holds.error.kind' satisfies MessageKey }),
    holdReason: fields.requiredText(500),
    holdUntil: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || (z.iso.date().safeParse(value).success && value >= today), {
        message: 'holds.error.until' satisfies MessageKey,
      }),
  });
}

export async function requestConsoleRoutes(app: FastifyInstance, deps: { db: Database; config: Config }) {
  const { db, config } = deps;
  const today = () => helsinkiDay(new Date());
  const orgTx = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) =>
    db.forOrganisation(request.organisation!.id, fn);
  const requestId = (request: FastifyRequest) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) throw new HttpError(404);
    return parsed.data.id;
  };
  const listUrl = (request: FastifyRequest) => `/${request.organisation!.slug}/console/requests`;

  async function requestPageData(tx: Tx, id: string, day: string) {
    const found = await findRequest(tx, id);
    if (!found) throw new HttpError(404);
    const row = found.member_id ? await findMember(tx, found.member_id) : undefined;
    const member = row
      ? { id: row.id, erased: row.erased_at !== null, restricted: row.processing_restricted_at !== null }
      : null;
    return {
      request: found,
      member,
      hold: row && !member?.erased ? await activeHold(tx, row.id, day) : undefined,
      holds: row ? await holdsOfMember(tx, row.id) : [],
      today: day,
    };
  }

  /** The request page again, with what to fix (400) or why nothing changed (409). */
  async function requestPageWith(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    status: 400 | 409,
    errors: FieldError[],
    values: RequestPageValues,
  ) {
    const data = await orgTx(request, (tx) => requestPageData(tx, id, today()));
    return reply.page(<RequestPage {...data} errors={errors} values={values} />, status);
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/requests',
    access: ACCESS,
    handler: async (request, reply) => {
      const staff = request.staff!;
      const day = today();
      const data = await orgTx(request, async (tx) => {
        // The reminder mail is written in the language the register owner uses this console in.
        await tx
          .updateTable('staff_users')
          .set({ language: request.i18n.language })
          .where('id', '=', staff.id)
          .where((eb) => eb.or([eb('language', 'is', null), eb('language', '!=', request.i18n.language)]))
          .execute();
        return { requests: await listRequests(tx), holds: await listActiveHolds(tx, day) };
      });
      const notice = noticeQuery.safeParse(request.query).data?.notice;
      return reply.page(
        <RequestListPage
          {...data}
          today={day}
          notice={notice ? request.i18n.t(`requests.notice.${notice}` as MessageKey) : undefined}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/requests/new',
    access: ACCESS,
    handler: async (_request, reply) =>
      reply.page(<NewRequestPage errors={[]} values={{}} today={today()} />),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/requests',
    access: ACCESS,
    handler: async (request, reply) => {
      const day = today();
      const form = parseForm(newRequestSchema(day), request.body, request.i18n);
      if (!form.ok) {
        // The email typed to find the member is not sent back into the page.
        const { email: _email, ...values } = form.values as NewRequestValues;
        return reply.page(<NewRequestPage errors={form.errors} values={values} today={day} />, 400);
      }
      const organisation = request.organisation!;
      const created = await orgTx(request, (tx) =>
        logRequest(tx, config.vault, {
          ...form.data,
          organisationId: organisation.id,
          staffId: request.staff!.id,
        }),
      );
      return reply.redirect(
        `${listUrl(request)}/${created.id}?notice=${created.memberFound ? 'created' : 'createdNoMember'}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/requests/:id',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const data = await orgTx(request, async (tx) => {
        const shown = await requestPageData(tx, id, today());
        // The case names how a person proved who they are: reading it is a staff read of personal data.
        await audit(tx, {
          organisationId: request.organisation!.id,
          actor: { type: 'staff', id: request.staff!.id },
          permission: ACCESS,
          action: 'request.view',
          subjectMemberId: shown.member?.id ?? null,
          details: { request: id },
        });
        return shown;
      });
      const notice = noticeQuery.safeParse(request.query).data?.notice;
      return reply.page(
        <RequestPage
          {...data}
          notice={notice ? request.i18n.t(`requests.notice.${notice}` as MessageKey) : undefined}
        />,
      );
    },
  });

  // Right of access by another channel: the member's own export, read by staff (audited).
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/requests/:id/export.json',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const organisation = request.organisation!;
      const now = new Date();
      const body = await orgTx(request, (tx) =>
        exportForRequest(tx, {
          requestId: id,
          organisation,
          keys: config.vault,
          publicUrl: config.publicUrl,
          now,
          staffId: request.staff!.id,
        }),
      );
      if (!body) throw new HttpError(404);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="data-subject-request-${organisation.slug}-${helsinkiDay(now)}.json"`,
        )
        .header('cache-control', 'no-store')
        .send(JSON.stringify(body, null, 2));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/requests/:id/extend',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const form = parseForm(extendSchema, request.body, request.i18n);
      if (!form.ok) return requestPageWith(request, reply, id, 400, form.errors, form.values);
      const outcome = await orgTx(request, async (tx) => {
        const found = await findRequest(tx, id);
        if (!found) throw new HttpError(404);
        return extendRequest(tx, found, {
          reasons: form.data.extensionReasons,
          notifiedOn: form.data.notifiedOn,
          today: today(),
          staffId: request.staff!.id,
        });
      });
      if (!outcome.ok) {
        const field = outcome.refusal === 'notified_on' ? 'notifiedOn' : 'extensionReasons';
        return requestPageWith(
          request,
          reply,
          id,
          400,
          [{ field, message: request.i18n.t(`requests.extend.refused.${outcome.refusal}` as MessageKey) }],
          typed(request.body),
        );
      }
      return reply.redirect(`${listUrl(request)}/${id}?notice=extended`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/requests/:id/fulfil',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const form = parseForm(fulfilSchema, request.body, request.i18n);
      if (!form.ok) return requestPageWith(request, reply, id, 400, form.errors, form.values);
      const now = new Date();
      const outcome = await orgTx(request, async (tx) => {
        const found = await findRequest(tx, id);
        if (!found) throw new HttpError(404);
        return fulfilRequest(tx, found, {
          outcome: form.data.outcome,
          now,
          today: helsinkiDay(now),
          staffId: request.staff!.id,
        });
      });
      if (!outcome.ok) {
        const { t, date } = request.i18n;
        const message =
          outcome.reason === 'held'
            ? t('requests.fulfil.held', {
                until: outcome.hold.until ? date(outcome.hold.until) : t('holds.untilLifted'),
              })
            : t(`requests.fulfil.refused.${outcome.reason}` as MessageKey);
        const status = outcome.reason === 'outcome_required' ? 400 : 409;
        const field = outcome.reason === 'outcome_required' ? 'outcome' : 'fulfil-heading';
        return requestPageWith(request, reply, id, status, [{ field, message }], typed(request.body));
      }
      return reply.redirect(`${listUrl(request)}/${id}?notice=fulfilled`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/requests/:id/refuse',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const form = parseForm(refuseSchema, request.body, request.i18n);
      if (!form.ok) return requestPageWith(request, reply, id, 400, form.errors, form.values);
      const refused = await orgTx(request, async (tx) => {
        const found = await findRequest(tx, id);
        if (!found) throw new HttpError(404);
        return refuseRequest(tx, found, {
          reason: form.data.refusalReason,
          today: today(),
          staffId: request.staff!.id,
        });
      });
      if (!refused)
        return requestPageWith(
          request,
          reply,
          id,
          409,
          [{ field: 'refusalReason', message: request.i18n.t('requests.fulfil.refused.closed') }],
          typed(request.body),
        );
      return reply.redirect(`${listUrl(request)}/${id}?notice=refused`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/requests/:id/hold',
    access: ACCESS,
    handler: async (request, reply) => {
      const id = requestId(request);
      const day = today();
      const form = parseForm(holdSchema(day), request.body, request.i18n);
      if (!form.ok) return requestPageWith(request, reply, id, 400, form.errors, form.values);
      const organisation = request.organisation!;
      const placed = await orgTx(request, async (tx) => {
        const found = await findRequest(tx, id);
        if (!found) throw new HttpError(404);
        const member = found.member_id ? await findMember(tx, found.member_id) : undefined;
        if (!member || member.erased_at) return false;
        await placeHold(tx, {
          organisationId: organisation.id,
          memberId: member.id,
          reasonKind: form.data.holdReasonKind,
          reason: form.data.holdReason,
          today: day,
          until: form.data.holdUntil,
          staffId: request.staff!.id,
          requestId: found.id,
        });
        return true;
      });
      if (!placed) throw new HttpError(404);
      return reply.redirect(`${listUrl(request)}/${id}?notice=held#holds-heading`, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/holds/:hold/lift',
    access: ACCESS,
    handler: async (request, reply) => {
      const parsed = holdParams.safeParse(request.params);
      if (!parsed.success) throw new HttpError(404);
      const lifted = await orgTx(request, (tx) =>
        liftHold(tx, {
          organisationId: request.organisation!.id,
          holdId: parsed.data.hold,
          today: today(),
          staffId: request.staff!.id,
        }),
      );
      if (!lifted) throw new HttpError(404);
      return reply.redirect(
        lifted.requestId
          ? `${listUrl(request)}/${lifted.requestId}?notice=lifted#holds-heading`
          : `${listUrl(request)}?notice=lifted`,
        303,
      );
    },
  });
}
