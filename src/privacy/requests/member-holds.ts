import type { Selectable } from 'kysely';
import type { Tx } from '../../platform/db/database.ts';
import type { LegalHoldsTable } from '../../platform/db/schema.ts';
import type { MessageKey, Translator } from '../../platform/i18n/i18n.ts';
import { audit } from '../audit-log.ts';

/**
 * Legal holds on a member's data (H13, H12, E10 "with the legal exceptions"): while a hold is active, the
 * member's data is kept as it is. The member's own "delete my data now" is refused with a page that says
 * what is kept, why and until when; staff erasure through a request is refused; the inactivity rule skips
 * the member; and `eraseMember` itself refuses, so no path can erase a held member.
 *
 * Not to be confused with `legalHolds()` in members/my-data.ts: that one is what a reported reward keeps
 * after a deletion that happens; this one stops the deletion.
 */
export type MemberHold = Selectable<LegalHoldsTable>;
export const holdReasonKinds = ['legal_claim', 'authority_request', 'investigation', 'other'] as const;
export type HoldReasonKind = (typeof holdReasonKinds)[number];

/** Holds in force on `today` (a Helsinki day): placed, not lifted, and not past their last day. */
function activeHolds(tx: Tx, today: string) {
  return tx
    .selectFrom('legal_holds')
    .where('lifted_on', 'is', null)
    .where('placed_on', '<=', today)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>=', today)]));
}

/** The member's active hold that lasts longest (an open-ended one first), if any. */
export async function activeHold(tx: Tx, memberId: string, today: string): Promise<MemberHold | undefined> {
  const holds = await activeHolds(tx, today).selectAll().where('member_id', '=', memberId).execute();
  return holds.sort((a, b) =>
    a.until === null ? -1 : b.until === null ? 1 : b.until.localeCompare(a.until),
  )[0];
}

/** The member keys under an active hold, as a subquery: `.where('id', 'not in', heldMemberIds(tx, today))`. */
export function heldMemberIds(tx: Tx, today: string) {
  return activeHolds(tx, today).select('member_id');
}

export function listActiveHolds(tx: Tx, today: string) {
  return activeHolds(tx, today).selectAll().orderBy('placed_on', 'desc').execute();
}

export function holdsOfMember(tx: Tx, memberId: string) {
  return tx
    .selectFrom('legal_holds')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function placeHold(
  tx: Tx,
  input: {
    organisationId: string;
    memberId: string;
    reasonKind: HoldReasonKind;
    reason: string;
    today: string;
    until: string | null;
    staffId: string;
    requestId: string | null;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('legal_holds')
    .values({
      organisation_id: input.organisationId,
      member_id: input.memberId,
      reason_kind: input.reasonKind,
      reason: input.reason,
      placed_on: input.today,
      until: input.until,
      placed_by: input.staffId,
      request_id: input.requestId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'staff', id: input.staffId },
    permission: 'members.manage',
    action: 'hold.place',
    subjectMemberId: input.memberId,
    details: { hold: id, reasonKind: input.reasonKind, until: input.until },
  });
  return id;
}

/** Lifts a hold that is not lifted yet; undefined when there is none to lift. */
export async function liftHold(
  tx: Tx,
  input: { organisationId: string; holdId: string; today: string; staffId: string },
): Promise<{ requestId: string | null } | undefined> {
  const lifted = await tx
    .updateTable('legal_holds')
    .set({ lifted_on: input.today, lifted_by: input.staffId })
    .where('id', '=', input.holdId)
    .where('lifted_on', 'is', null)
    .returning(['member_id', 'request_id'])
    .executeTakeFirst();
  if (!lifted) return undefined;
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'staff', id: input.staffId },
    permission: 'members.manage',
    action: 'hold.lift',
    subjectMemberId: lifted.member_id,
    details: { hold: input.holdId },
  });
  return { requestId: lifted.request_id };
}

/** Thrown by `eraseMember` for a held member: callers check `activeHold` first and answer with a page. */
export class MemberUnderHoldError extends Error {
  constructor(readonly hold: MemberHold) {
    super('The member is under an active legal hold; their data is not erased.');
  }
}

/** What the member is told of a hold, in their language: what is kept, why, and until when. */
export function describeMemberHold(
  hold: MemberHold,
  i18n: Translator,
): { what: string; why: string; until: string } {
  return {
    what: i18n.t('memberHold.what'),
    why: i18n.t(`memberHold.why.${hold.reason_kind}` as MessageKey),
    until: hold.until
      ? i18n.t('memberHold.until', { date: i18n.date(hold.until) })
      : i18n.t('memberHold.untilLifted'),
  };
}
