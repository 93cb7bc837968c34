import { type Tx, withVaultRole } from '../platform/db/database.ts';
import type { LanguageCode } from '../platform/db/schema.ts';
import { emailLookup, open, seal, type VaultKeys } from './identity-crypto.ts';

/**
 * The identity vault (H4): the only module that reads or writes `vault.*`, always as the role
 * `kuule_vault`, and the only place an email address is sealed or opened. Everything else knows a
 * member only by the pseudonymous member key.
 */
export const SIGN_UP_VALID_HOURS = 24;

export async function storePendingSignUp(
  tx: Tx,
  keys: VaultKeys,
  input: {
    organisationId: string;
    email: string;
    language: LanguageCode;
    consentTextVersion: string;
    tokenHash: string;
    now: Date;
  },
): Promise<void> {
  await withVaultRole(tx, (vault) =>
    vault
      .insertInto('vault.pending_sign_ups')
      .values({
        organisation_id: input.organisationId,
        email_lookup: emailLookup(keys, input.organisationId, input.email),
        email_encrypted: seal(keys, input.organisationId, input.email),
        language: input.language,
        consent_text_version: input.consentTextVersion,
        token_hash: input.tokenHash,
        expires_at: new Date(input.now.getTime() + SIGN_UP_VALID_HOURS * 3600_000),
      })
      .execute(),
  );
}

/** Takes (and removes) a pending sign-up by its confirmation token, if it has not expired. */
export async function takePendingSignUp(tx: Tx, tokenHash: string, now: Date) {
  return withVaultRole(tx, async (vault) => {
    const pending = await vault
      .deleteFrom('vault.pending_sign_ups')
      .where('token_hash', '=', tokenHash)
      .returning(['email_lookup', 'email_encrypted', 'language', 'consent_text_version', 'expires_at'])
      .executeTakeFirst();
    return pending && new Date(pending.expires_at) > now ? pending : undefined;
  });
}

/** Unconfirmed sign-ups are forgotten within 24 hours. */
export async function deleteExpiredSignUps(tx: Tx, now: Date): Promise<number> {
  return withVaultRole(tx, async (vault) => {
    const result = await vault
      .deleteFrom('vault.pending_sign_ups')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

export async function storeIdentity(
  tx: Tx,
  input: { memberId: string; organisationId: string; emailLookup: string; emailEncrypted: string },
): Promise<'stored' | 'already-a-member'> {
  return withVaultRole(tx, async (vault) => {
    const inserted = await vault
      .insertInto('vault.member_identities')
      .values({
        member_id: input.memberId,
        organisation_id: input.organisationId,
        email_lookup: input.emailLookup,
        email_encrypted: input.emailEncrypted,
      })
      .onConflict((oc) => oc.columns(['organisation_id', 'email_lookup']).doNothing())
      .returning('member_id')
      .executeTakeFirst();
    return inserted ? 'stored' : 'already-a-member';
  });
}

export function findMemberIdByEmail(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  email: string,
): Promise<string | undefined> {
  return findMemberIdByLookup(tx, emailLookup(keys, organisationId, email));
}

export async function findMemberIdByLookup(tx: Tx, lookup: string): Promise<string | undefined> {
  const row = await withVaultRole(tx, (vault) =>
    vault
      .selectFrom('vault.member_identities')
      .select('member_id')
      .where('email_lookup', '=', lookup)
      .executeTakeFirst(),
  );
  return row?.member_id;
}

export async function readMemberEmail(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  memberId: string,
): Promise<string | undefined> {
  const row = await withVaultRole(tx, (vault) =>
    vault
      .selectFrom('vault.member_identities')
      .select('email_encrypted')
      .where('member_id', '=', memberId)
      .executeTakeFirst(),
  );
  return row ? open(keys, organisationId, row.email_encrypted) : undefined;
}

/** The email addresses of many members at once (invitation mail, read when it is sent), by member key. */
export async function readMemberEmails(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  memberIds: string[],
): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await withVaultRole(tx, (vault) =>
    vault
      .selectFrom('vault.member_identities')
      .select(['member_id', 'email_encrypted'])
      .where('member_id', 'in', memberIds)
      .execute(),
  );
  return new Map(rows.map((row) => [row.member_id, open(keys, organisationId, row.email_encrypted)]));
}

export function openPendingEmail(keys: VaultKeys, organisationId: string, sealed: string): string {
  return open(keys, organisationId, sealed);
}

/** Deletes who the member is: the email address is gone, and the member key leads to no one. */
export async function deleteIdentity(tx: Tx, memberId: string): Promise<void> {
  await withVaultRole(tx, (vault) =>
    vault.deleteFrom('vault.member_identities').where('member_id', '=', memberId).execute(),
  );
}

/** H6: contact details for one purpose, sealed; replaces what the member gave for that purpose before. */
export async function storeContactDetails(
  tx: Tx,
  keys: VaultKeys,
  input: {
    organisationId: string;
    memberId: string;
    purpose: string;
    name: string;
    phone?: string | undefined;
    postalAddress?: string | undefined;
  },
): Promise<void> {
  const sealed = (value: string | undefined) => (value ? seal(keys, input.organisationId, value) : null);
  const values = {
    organisation_id: input.organisationId,
    member_id: input.memberId,
    purpose: input.purpose,
    name_encrypted: seal(keys, input.organisationId, input.name),
    phone_encrypted: sealed(input.phone),
    postal_address_encrypted: sealed(input.postalAddress),
  };
  await withVaultRole(tx, (vault) =>
    vault
      .insertInto('vault.contact_details')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['member_id', 'purpose']).doUpdateSet({
          name_encrypted: values.name_encrypted,
          phone_encrypted: values.phone_encrypted,
          postal_address_encrypted: values.postal_address_encrypted,
        }),
      )
      .execute(),
  );
}

export interface ContactDetails {
  memberId: string;
  purpose: string;
  name: string;
  phone: string | null;
  postalAddress: string | null;
}

/** Contact details opened: a member's own (memberId given), or every member's for staff with the right. */
export async function readContactDetails(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  memberId?: string,
): Promise<ContactDetails[]> {
  const rows = await withVaultRole(tx, (vault) => {
    const query = vault.selectFrom('vault.contact_details').selectAll().orderBy('created_at');
    return (memberId ? query.where('member_id', '=', memberId) : query).execute();
  });
  const opened = (value: string | null) => (value ? open(keys, organisationId, value) : null);
  return rows.map((row) => ({
    memberId: row.member_id,
    purpose: row.purpose,
    name: open(keys, organisationId, row.name_encrypted),
    phone: opened(row.phone_encrypted),
    postalAddress: opened(row.postal_address_encrypted),
  }));
}

export async function deleteContactDetails(tx: Tx, memberId: string, purpose?: string): Promise<void> {
  await withVaultRole(tx, (vault) => {
    const query = vault.deleteFrom('vault.contact_details').where('member_id', '=', memberId);
    return (purpose ? query.where('purpose', '=', purpose) : query).execute();
  });
}
