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

/** Unconfirmed changes of address are forgotten when their link expires (24 hours). */
export async function deleteExpiredEmailChanges(tx: Tx, now: Date): Promise<number> {
  return withVaultRole(tx, async (vault) => {
    const result = await vault
      .deleteFrom('vault.email_changes')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
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

/**
 * Deletes who the member is: the email address is gone, with any change of it still waiting for
 * confirmation, and the member key leads to no one.
 */
export async function deleteIdentity(tx: Tx, memberId: string): Promise<void> {
  await withVaultRole(tx, async (vault) => {
    await vault.deleteFrom('vault.member_identities').where('member_id', '=', memberId).execute();
    await vault.deleteFrom('vault.email_changes').where('member_id', '=', memberId).execute();
  });
}

// --- H13: correcting the email address, confirmed from the new address ---------------------------------

export const EMAIL_CHANGE_VALID_HOURS = 24;

/** Stores the member's one pending change of address; a new request replaces the one before. */
export async function storeEmailChange(
  tx: Tx,
  keys: VaultKeys,
  input: { organisationId: string; memberId: string; email: string; tokenHash: string; now: Date },
): Promise<void> {
  const values = {
    member_id: input.memberId,
    organisation_id: input.organisationId,
    email_lookup: emailLookup(keys, input.organisationId, input.email),
    email_encrypted: seal(keys, input.organisationId, input.email),
    token_hash: input.tokenHash,
    created_at: input.now,
    expires_at: new Date(input.now.getTime() + EMAIL_CHANGE_VALID_HOURS * 3600_000),
  };
  await withVaultRole(tx, (vault) =>
    vault
      .insertInto('vault.email_changes')
      .values(values)
      .onConflict((oc) =>
        oc.column('member_id').doUpdateSet({
          email_lookup: values.email_lookup,
          email_encrypted: values.email_encrypted,
          token_hash: values.token_hash,
          created_at: values.created_at,
          expires_at: values.expires_at,
        }),
      )
      .execute(),
  );
}

/** The member's pending change, opened, if one is waiting and has not expired. */
export async function readPendingEmailChange(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  memberId: string,
  now: Date,
): Promise<{ email: string; expiresAt: Date } | undefined> {
  const row = await withVaultRole(tx, (vault) =>
    vault
      .selectFrom('vault.email_changes')
      .select(['email_encrypted', 'expires_at'])
      .where('member_id', '=', memberId)
      .where('expires_at', '>', now)
      .executeTakeFirst(),
  );
  return row
    ? { email: open(keys, organisationId, row.email_encrypted), expiresAt: new Date(row.expires_at) }
    : undefined;
}

export type EmailChangeOutcome =
  | { outcome: 'changed'; memberId: string; oldEmail: string }
  | { outcome: 'invalid' }
  | { outcome: 'taken'; memberId: string };

/**
 * Confirms a pending change by its token, once: the row is locked, so a second use of the same link waits
 * and then finds nothing. The address is checked again here (another member may have taken it since the
 * request): if it is taken nothing changes. Otherwise the identity gets the new sealed address and its
 * keyed hash, and the pending change is deleted. A join confirmed at the same moment with the same
 * address is stopped by the identities' unique key (the transaction then fails as a whole).
 */
export async function confirmEmailChange(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  tokenHash: string,
  now: Date,
): Promise<EmailChangeOutcome> {
  return withVaultRole(tx, async (vault) => {
    const pending = await vault
      .selectFrom('vault.email_changes')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .forUpdate()
      .executeTakeFirst();
    if (!pending || new Date(pending.expires_at) <= now) return { outcome: 'invalid' };
    const holder = await vault
      .selectFrom('vault.member_identities')
      .select('member_id')
      .where('email_lookup', '=', pending.email_lookup)
      .executeTakeFirst();
    if (holder) {
      // The change cannot happen any more: its link stops working, like a used one.
      await vault.deleteFrom('vault.email_changes').where('member_id', '=', pending.member_id).execute();
      return { outcome: 'taken', memberId: pending.member_id };
    }
    const old = await vault
      .selectFrom('vault.member_identities')
      .select('email_encrypted')
      .where('member_id', '=', pending.member_id)
      .executeTakeFirst();
    await vault.deleteFrom('vault.email_changes').where('member_id', '=', pending.member_id).execute();
    if (!old) return { outcome: 'invalid' };
    await vault
      .updateTable('vault.member_identities')
      .set({ email_lookup: pending.email_lookup, email_encrypted: pending.email_encrypted })
      .where('member_id', '=', pending.member_id)
      .execute();
    return {
      outcome: 'changed',
      memberId: pending.member_id,
      oldEmail: open(keys, organisationId, old.email_encrypted),
    };
  });
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
