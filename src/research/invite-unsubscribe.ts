import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The unsubscribe link of every task mail (RFC 8058): the member key sealed with AES-256-GCM under a key
 * derived from the server's secret, bound to the organisation. The link needs no stored row, cannot be
 * made for another member without the secret, and is opaque: a mailbox or a mail relay that keeps the
 * message does not learn the member key that research data is stored under (H4). It only ever switches
 * task mail off; it signs nobody in and shows nothing about the member.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;

function linkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'kuule', 'task-mail-unsubscribe-link', 32));
}

export function unsubscribeToken(secret: string, organisationId: string, memberId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', linkKey(secret), iv);
  cipher.setAAD(Buffer.from(organisationId));
  const sealed = Buffer.concat([cipher.update(memberId, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The member key a link was made for, or undefined for a link of another organisation, secret or a forgery. */
export function memberOfUnsubscribeToken(
  secret: string,
  organisationId: string,
  token: string,
): string | undefined {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', linkKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(organisationId));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The link (and List-Unsubscribe target): only the opaque token in the query. */
export function unsubscribeUrl(
  publicUrl: URL,
  secret: string,
  organisation: { id: string; slug: string },
  memberId: string,
): string {
  const url = new URL(`/${organisation.slug}/unsubscribe`, publicUrl);
  url.searchParams.set('token', unsubscribeToken(secret, organisation.id, memberId));
  return url.toString();
}
