import type { Tx } from '../platform/db/database.ts';
import { hashToken, newToken } from '../platform/security/tokens.ts';

/** Staff sessions end after 30 idle minutes and at the latest after 10 hours. */
export const STAFF_SESSION_IDLE_MS = 30 * 60 * 1000;
export const STAFF_SESSION_ABSOLUTE_MS = 10 * 60 * 60 * 1000;

/** Starts a session with a new random token; only its hash is stored. */
export async function startStaffSession(
  tx: Tx,
  input: { organisationId: string; staffUserId: string; now: Date },
): Promise<string> {
  const token = newToken();
  await tx
    .insertInto('staff_sessions')
    .values({
      organisation_id: input.organisationId,
      staff_user_id: input.staffUserId,
      token_hash: hashToken(token),
      last_seen_at: input.now,
      expires_at: new Date(input.now.getTime() + STAFF_SESSION_ABSOLUTE_MS),
    })
    .execute();
  return token;
}

export async function findStaffBySessionToken(tx: Tx, token: string, now: Date) {
  const row = await tx
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_users as u', 'u.id', 's.staff_user_id')
    .select([
      's.id as sessionId',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.display_name',
      'u.roles',
      'u.disabled_at',
      'u.last_training_on',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.disabled_at) return undefined;
  const idleFor = now.getTime() - new Date(row.last_seen_at).getTime();
  if (new Date(row.expires_at) <= now || idleFor > STAFF_SESSION_IDLE_MS) {
    await tx.deleteFrom('staff_sessions').where('id', '=', row.sessionId).execute();
    return undefined;
  }
  await tx.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', row.sessionId).execute();
  return {
    id: row.id,
    displayName: row.display_name,
    roles: row.roles,
    lastTrainingOn: row.last_training_on,
  };
}

export async function endStaffSession(tx: Tx, token: string): Promise<void> {
  await tx.deleteFrom('staff_sessions').where('token_hash', '=', hashToken(token)).execute();
}
