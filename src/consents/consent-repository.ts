import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { ConsentsTable, LanguageCode } from '../platform/db/schema.ts';
import { audit } from '../privacy/audit-log.ts';
import type { ConsentPurpose } from './consent-texts.ts';

export type Consent = Selectable<ConsentsTable>;

/**
 * H16: every consent is a record of purpose, exact text version and language, time and method; giving it
 * is audited in the same transaction, as withdrawing it is (members/leave-community.ts).
 */
export async function recordConsent(
  tx: Tx,
  input: {
    organisationId: string;
    memberId: string;
    purpose: ConsentPurpose;
    textVersion: string;
    language: LanguageCode;
    method: 'web_form';
  },
): Promise<Consent> {
  const consent = await tx
    .insertInto('consents')
    .values({
      organisation_id: input.organisationId,
      member_id: input.memberId,
      purpose: input.purpose,
      text_version: input.textVersion,
      language: input.language,
      method: input.method,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'member', id: input.memberId },
    action: 'consent.give',
    subjectMemberId: input.memberId,
    details: { purpose: input.purpose, textVersion: input.textVersion },
  });
  return consent;
}

export function listConsents(tx: Tx, memberId: string): Promise<Consent[]> {
  return tx
    .selectFrom('consents')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('given_at', 'desc')
    .execute();
}

export function findConsent(tx: Tx, memberId: string, consentId: string): Promise<Consent | undefined> {
  return tx
    .selectFrom('consents')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('id', '=', consentId)
    .executeTakeFirst();
}
