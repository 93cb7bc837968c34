import { helsinkiDay } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { audit } from '../privacy/audit-log.ts';
import { activeHold, MemberUnderHoldError } from '../privacy/requests/member-holds.ts';
import { anonymiseContributions } from '../research/anonymise-research.ts';
import { deleteContactDetails, deleteIdentity } from './identity-vault.ts';

/**
 * Erases a member's personal data at once (H12 inactivity, H13 "delete my data now"): the email address
 * and contact details (vault), the background profile and the pseudonym, unfinished research answers
 * (sent answers and posts are anonymised); every session and sign-in link ends and every consent still in
 * force is withdrawn. What stays is the member key with `erased_at`,
 * which the consent records (proof of what was agreed) and the audit trail point to, and which no longer
 * leads to anyone. The same address may join again later as a new member.
 *
 * A member under an active legal hold is never erased: this throws `MemberUnderHoldError` (callers check
 * `activeHold` first, to answer with a clear page and change nothing).
 */
export type ErasureReason = 'member_request' | 'inactivity' | 'data_subject_request';

export async function eraseMember(
  tx: Tx,
  input: {
    organisationId: string;
    memberId: string;
    reason: ErasureReason;
    now: Date;
    actor: { type: 'member' | 'staff' | 'system'; id: string | null };
    /** For a staff actor: the permission they acted under. */
    permission?: string;
  },
): Promise<void> {
  const hold = await activeHold(tx, input.memberId, helsinkiDay(input.now));
  if (hold) throw new MemberUnderHoldError(hold);
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
  // Research contributions (H14): answers and posts stay for analysis without the member key (shown as
  // "a former member"), identifiers removed from their text; unfinished answers and report authorship go.
  await anonymiseContributions(tx, { memberId: input.memberId }, helsinkiDay(input.now));
  await tx
    .updateTable('members')
    .set({ pseudonym: null, erased_at: input.now })
    .where('id', '=', input.memberId)
    .execute();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: input.actor,
    permission: input.permission ?? null,
    action: 'member.erase',
    subjectMemberId: input.memberId,
    details: { reason: input.reason },
  });
}
