import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The unsubscribe link of every task mail (RFC 8058): a keyed MAC of the organisation and the member key,
 * so the link needs no stored row and cannot be made for another member without the server's secret.
 * It only ever switches task mail off; it signs nobody in and shows nothing about the member.
 */
export function unsubscribeToken(secret: string, organisationId: string, memberId: string): string {
  return createHmac('sha256', secret)
    .update(`kuule:unsubscribe:${organisationId}:${memberId}`)
    .digest('base64url');
}

export function isValidUnsubscribeToken(
  secret: string,
  organisationId: string,
  memberId: string,
  token: string,
): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, organisationId, memberId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The link (and List-Unsubscribe target): the member key and its token in the query. */
export function unsubscribeUrl(
  publicUrl: URL,
  secret: string,
  organisation: { id: string; slug: string },
  memberId: string,
): string {
  const url = new URL(`/${organisation.slug}/unsubscribe`, publicUrl);
  url.searchParams.set('member', memberId);
  url.searchParams.set('token', unsubscribeToken(secret, organisation.id, memberId));
  return url.toString();
}
