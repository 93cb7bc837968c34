import type { Tx } from '../platform/db/database.ts';

/**
 * H8: client addresses are stored only here, to resolve abuse: for sign-ups, sign-ins and posts, with the
 * event and time and nothing that links them to answers or profiles. Read only with the
 * abuse-investigation right (audited), and deleted after the organisation's period (default 90 days).
 */
export type AbuseEvent = 'sign_up' | 'sign_in' | 'post';

export async function recordClientAddress(
  tx: Tx,
  organisationId: string,
  event: AbuseEvent,
  clientAddress: string,
) {
  await tx
    .insertInto('abuse_log')
    .values({ organisation_id: organisationId, event, client_address: clientAddress.slice(0, 64) })
    .execute();
}

export function readAbuseLog(
  tx: Tx,
  filter: {
    clientAddress?: string | undefined;
    /** Only this event, e.g. 'post' when a moderator's report leads here. */
    event?: AbuseEvent | undefined;
    /** Only entries in this window, e.g. around the time of a reported post. */
    between?: { from: Date; to: Date } | undefined;
  },
) {
  let query = tx
    .selectFrom('abuse_log')
    .select(['id', 'occurred_at', 'event', 'client_address'])
    .orderBy('occurred_at', 'desc')
    .limit(500);
  if (filter.clientAddress) query = query.where('client_address', '=', filter.clientAddress);
  if (filter.event) query = query.where('event', '=', filter.event);
  if (filter.between)
    query = query
      .where('occurred_at', '>=', filter.between.from)
      .where('occurred_at', '<=', filter.between.to);
  return query.execute();
}
