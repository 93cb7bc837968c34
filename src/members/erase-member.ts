import { helsinkiDay } from '../platform/calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { audit } from '../privacy/audit-log.ts';
import { deleteContactDetails, deleteIdentity } from './identity-vault.ts';

/**
 * Erases a member's personal data at once (H12 inactivity, H13 "delete my data now"): the email address
 * and contact details (vault), the background profile and the pseudonym, unfinished research answers
 * (sent ones are anonymised); every session and sign-in link
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
  // Research answers: an unfinished one is deleted; a sent one stays for the research but is anonymised
  // at once (the link to the member removed), as the register says contributions are.
  await tx
    .deleteFrom('research_answers')
    .where('member_id', '=', input.memberId)
    .where('status', '=', 'in_progress')
    .execute();
  await tx
    .updateTable('research_answers')
    .set({ member_id: null, anonymised_on: helsinkiDay(input.now) })
    .where('member_id', '=', input.memberId)
    .execute();
  await tx.deleteFrom('member_sessions').where('member_id', '=', input.memberId).execute();
  await tx.deleteFrom('member_sign_in_tokens').where('member_id', '=', input.memberId).execute();
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
