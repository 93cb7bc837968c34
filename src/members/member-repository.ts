import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { LanguageCode, MembersTable } from '../platform/db/schema.ts';
import { hashToken, newToken } from '../platform/security/tokens.ts';

export type Member = Selectable<MembersTable>;

/** Member sessions end after 7 idle days and at the latest after 30 days. */
export const MEMBER_SESSION_IDLE_MS = 7 * 24 * 3600_000;
export const MEMBER_SESSION_ABSOLUTE_MS = 30 * 24 * 3600_000;
/** A sign-in link works once, for 15 minutes; at most 3 are sent per address in 15 minutes. */
export const SIGN_IN_LINK_VALID_MS = 15 * 60_000;
export const SIGN_IN_LINKS_PER_WINDOW = 3;

export async function createMember(tx: Tx, organisationId: string, language: LanguageCode): Promise<Member> {
  return tx
    .insertInto('members')
    .values({ organisation_id: organisationId, language })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findMember(tx: Tx, memberId: string): Promise<Member | undefined> {
  return tx.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirst();
}

/** Sets the pseudonym, unique within the organisation (case-insensitively). */
export async function setPseudonym(tx: Tx, memberId: string, pseudonym: string): Promise<'set' | 'taken'> {
  const taken = await tx
    .selectFrom('members')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['pseudonym']), '=', pseudonym.toLowerCase()))
    .where('id', '!=', memberId)
    .executeTakeFirst();
  if (taken) return 'taken';
  await tx.updateTable('members').set({ pseudonym }).where('id', '=', memberId).execute();
  return 'set';
}

export async function setMemberLanguage(tx: Tx, memberId: string, language: LanguageCode): Promise<void> {
  await tx.updateTable('members').set({ language }).where('id', '=', memberId).execute();
}

export async function startMemberSession(tx: Tx, member: { id: string; organisation_id: string }, now: Date) {
  const token = newToken();
  await tx
    .insertInto('member_sessions')
    .values({
      organisation_id: member.organisation_id,
      member_id: member.id,
      token_hash: hashToken(token),
      last_seen_at: now,
      expires_at: new Date(now.getTime() + MEMBER_SESSION_ABSOLUTE_MS),
    })
    .execute();
  await tx.updateTable('members').set({ last_active_at: now }).where('id', '=', member.id).execute();
  return token;
}

export async function findMemberBySessionToken(tx: Tx, token: string, now: Date) {
  const session = await tx
    .selectFrom('member_sessions')
    .select(['id', 'member_id', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!session) return undefined;
  if (
    new Date(session.expires_at) <= now ||
    now.getTime() - new Date(session.last_seen_at).getTime() > MEMBER_SESSION_IDLE_MS
  ) {
    await tx.deleteFrom('member_sessions').where('id', '=', session.id).execute();
    return undefined;
  }
  await tx.updateTable('member_sessions').set({ last_seen_at: now }).where('id', '=', session.id).execute();
  await tx.updateTable('members').set({ last_active_at: now }).where('id', '=', session.member_id).execute();
  const member = await findMember(tx, session.member_id);
  return member ? { member, sessionId: session.id } : undefined;
}

export function listMemberSessions(tx: Tx, memberId: string) {
  return tx
    .selectFrom('member_sessions')
    .select(['id', 'created_at', 'last_seen_at'])
    .where('member_id', '=', memberId)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function endMemberSession(tx: Tx, memberId: string, sessionId: string): Promise<void> {
  await tx
    .deleteFrom('member_sessions')
    .where('member_id', '=', memberId)
    .where('id', '=', sessionId)
    .execute();
}

export async function endAllMemberSessions(tx: Tx, memberId: string): Promise<void> {
  await tx.deleteFrom('member_sessions').where('member_id', '=', memberId).execute();
}

/** Sign-in links not yet used stop working (the address they were sent to is no longer the member's). */
export async function revokeSignInLinks(tx: Tx, memberId: string): Promise<void> {
  await tx
    .deleteFrom('member_sign_in_tokens')
    .where('member_id', '=', memberId)
    .where('used_at', 'is', null)
    .execute();
}

/** A single-use sign-in link, or undefined when the address has had enough links for now. */
export async function createSignInToken(tx: Tx, member: { id: string; organisation_id: string }, now: Date) {
  const recent = await tx
    .selectFrom('member_sign_in_tokens')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('member_id', '=', member.id)
    .where('created_at', '>', new Date(now.getTime() - SIGN_IN_LINK_VALID_MS))
    .executeTakeFirstOrThrow();
  if (Number(recent.count) >= SIGN_IN_LINKS_PER_WINDOW) return undefined;
  const token = newToken();
  await tx
    .insertInto('member_sign_in_tokens')
    .values({
      organisation_id: member.organisation_id,
      member_id: member.id,
      token_hash: hashToken(token),
      expires_at: new Date(now.getTime() + SIGN_IN_LINK_VALID_MS),
    })
    .execute();
  return token;
}

/** Uses a sign-in token once: the member it belongs to, if it is unused and unexpired. */
export async function useSignInToken(tx: Tx, token: string, now: Date): Promise<Member | undefined> {
  const used = await tx
    .updateTable('member_sign_in_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('member_id')
    .executeTakeFirst();
  return used ? findMember(tx, used.member_id) : undefined;
}
