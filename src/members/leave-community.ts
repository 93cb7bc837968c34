import type { Tx } from '../platform/db/database.ts';
import { audit } from '../privacy/audit-log.ts';
import { isContactPurpose } from './contact-details.ts';
import { deleteContactDetails, deleteIdentity } from './identity-vault.ts';

/**
 * H16: withdrawing a consent is one action and ends the processing it allowed at once. For a contact
 * purpose (H6) its contact details are erased. Withdrawing the membership consent is one action, and it ends the processing it allowed at once:
 * the email address (vault) and pseudonym are deleted and every session and sign-in link ends. What is left
 * is the consent record itself, with its withdrawal, under a member key that no longer leads to anyone.
 */
export async function withdrawConsent(
  tx: Tx,
  input: { organisationId: string; memberId: string; consentId: string; purpose: string; now: Date },
): Promise<void> {
  await tx
    .updateTable('consents')
    .set({ withdrawn_at: input.now })
    .where('id', '=', input.consentId)
    .where('withdrawn_at', 'is', null)
    .execute();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'member', id: input.memberId },
    action: 'consent.withdraw',
    subjectMemberId: input.memberId,
    details: { purpose: input.purpose },
  });
  // H6: contact details given for a purpose go with that purpose's consent.
  if (isContactPurpose(input.purpose)) await deleteContactDetails(tx, input.memberId, input.purpose);
  if (input.purpose === 'community_membership') {
    await deleteIdentity(tx, input.memberId);
    await deleteContactDetails(tx, input.memberId);
    await tx.updateTable('members').set({ pseudonym: null }).where('id', '=', input.memberId).execute();
    await tx.deleteFrom('member_sessions').where('member_id', '=', input.memberId).execute();
    await tx.deleteFrom('member_sign_in_tokens').where('member_id', '=', input.memberId).execute();
  }
}
