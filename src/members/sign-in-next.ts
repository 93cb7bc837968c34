/**
 * Where a member's sign-in continues (`next`): only one of the member's own pages of this organisation
 * (`/<org>/me` and below), as a bare path. Anything else — another origin, `//host`, a backslash, a dot
 * segment, a query — is ignored, so a sign-in link can never be turned into an open redirect.
 */
export function safeNextPath(organisationSlug: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const home = `/${organisationSlug}/me`;
  if (value !== home && !value.startsWith(`${home}/`)) return undefined;
  if (!/^(\/[A-Za-z0-9_-]+)+$/.test(value)) return undefined;
  return value;
}
