import { Secret, TOTP } from 'otpauth';
import { open, seal, type VaultKeys } from '../members/identity-crypto.ts';
import type { Tx } from '../platform/db/database.ts';

/**
 * Staff sign-in's second factor: TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1 for authenticator
 * compatibility), enrolled at first sign-in. The secret is sealed with the vault keys; a code is accepted
 * once (its time step must be newer than the last one used), one step either side for clock drift.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;

function totp(secret: string, label: string) {
  return new TOTP({
    issuer: 'Kuule',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function enrolmentDetails(secret: string, label: string) {
  const uri = totp(secret, label).toString();
  // Loaded when first needed, not at start-up (it is only for enrolment).
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, secret };
}

/** The time step a code belongs to, if it is valid now (±1 step) and newer than `lastCounter`. */
export function acceptedCounter(
  secret: string,
  code: string,
  lastCounter: number,
  now: Date,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const generator = totp(secret, 'check');
  const delta = generator.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const counter = generator.counter({ timestamp: now.getTime() }) + delta;
  return counter > lastCounter ? counter : undefined;
}

export async function secondFactorState(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
  staffUserId: string,
) {
  const user = await tx
    .selectFrom('staff_users')
    .select(['email', 'totp_secret_encrypted', 'totp_enrolled_at', 'totp_last_counter', 'locked_until'])
    .where('id', '=', staffUserId)
    .executeTakeFirstOrThrow();
  let secret = user.totp_secret_encrypted
    ? open(keys, organisationId, user.totp_secret_encrypted)
    : undefined;
  if (!secret) {
    secret = newTotpSecret();
    await tx
      .updateTable('staff_users')
      .set({ totp_secret_encrypted: seal(keys, organisationId, secret) })
      .where('id', '=', staffUserId)
      .execute();
  }
  return {
    email: user.email,
    secret,
    enrolled: user.totp_enrolled_at !== null,
    lastCounter: Number(user.totp_last_counter),
    lockedUntil: user.locked_until,
  };
}

export async function recordSecondFactorSuccess(tx: Tx, staffUserId: string, counter: number, now: Date) {
  await tx
    .updateTable('staff_users')
    .set((eb) => ({
      totp_last_counter: counter,
      totp_enrolled_at: eb.fn.coalesce('totp_enrolled_at', eb.val(now)),
      failed_sign_ins: 0,
    }))
    .where('id', '=', staffUserId)
    .execute();
}

/** Counts a failed password or code; the fifth in a row locks the account for 15 minutes. */
export async function recordFailedSignIn(tx: Tx, staffUserId: string, now: Date) {
  const user = await tx
    .updateTable('staff_users')
    .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
    .where('id', '=', staffUserId)
    .returning('failed_sign_ins')
    .executeTakeFirstOrThrow();
  if (user.failed_sign_ins >= MAX_FAILED_SIGN_INS) {
    await tx
      .updateTable('staff_users')
      .set({ locked_until: new Date(now.getTime() + LOCKOUT_MS), failed_sign_ins: 0 })
      .where('id', '=', staffUserId)
      .execute();
  }
}
