import { helsinkiDay } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { audit } from '../privacy/audit-log.ts';
import { anonymiseMemberDiscussions } from '../research/discussion-repository.ts';
import { deleteContactDetails, deleteIdentity } from './identity-vault.ts';

/**
 * Erases a member's personal data at once (H12 inactivity, H13 "delete my data now"): the email address
 * and contact details (vault), the background profile and the pseudonym; every session and sign-in link
 * ends and every consent still in force is withdrawn. What stays is the member key with `erased_at`,
 * which the consent records (proof of what was agreed) and the audit trail point to, and which no longer
 * leads to anyone. The same address may join again later as a new member.
 */
export type ErasureReason = 'member_request' | 'inactivity';

export async function eraseMember(
  tx: Tx,
  input: {
    organisationId: string;
    memberId: string;
    reason: ErasureReason;
    now: Date;
    actor: { type: 'member' | 'system'; id: string | null };
  },
): Promise<void> {
  await tx
    .updateTable('consents')
    .set({ withdrawn_at: input.now })
    .where('member_id', '=', input.memberId)
    .where('withdrawn_at', 'is', null)
    .execute();
  await deleteIdentity(tx, input.memberId);
  await deleteContactDetails(tx, input.memberId);
  await tx.deleteFrom('profile_answers').where('member_id', '=', input.memberId).execute();
  await tx.deleteFrom('member_sessions').where('member_id', '=', input.memberId).execute();
  await tx.deleteFrom('member_sign_in_tokens').where('member_id', '=', input.memberId).execute();
  // — Discussions (issue 6, H14): the member's posts stay in the discussion without their key, shown as
  //   "a former member", and their reports no longer name them. —
  await anonymiseMemberDiscussions(tx, input.memberId, helsinkiDay(input.now));
  // — end of discussions —
  await tx
    .updateTable('members')
    .set({ pseudonym: null, erased_at: input.now })
    .where('id', '=', input.memberId)
    .execute();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'member.erase',
    subjectMemberId: input.memberId,
    details: { reason: input.reason },
  });
}
