import { createHash, randomBytes } from 'node:crypto';

/** A random bearer token (256 bits) for a session, a sign-in link or a confirmation link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash, so a database dump holds no usable session or link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
