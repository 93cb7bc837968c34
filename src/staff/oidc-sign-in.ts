import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { open, seal, type VaultKeys } from '../members/identity-crypto.ts';
import type { Tx } from '../platform/db/database.ts';
import type { DB } from '../platform/db/schema.ts';

/**
 * E9: staff sign-in through the organisation's own OpenID Connect provider (authorization code flow with
 * PKCE, state and nonce). The provider vouches for the person; Kuule still requires a named staff account
 * with that verified email address, the commitment and current training. Second factors are the
 * provider's to enforce on this path.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export async function configureOidc(
  db: Kysely<DB>,
  keys: VaultKeys,
  organisationId: string,
  settings: OidcSettings,
) {
  const values = {
    organisation_id: organisationId,
    issuer: settings.issuer,
    client_id: settings.clientId,
    client_secret_encrypted: seal(keys, organisationId, settings.clientSecret),
  };
  await db
    .insertInto('organisation_oidc')
    .values(values)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}

export async function oidcSettings(
  tx: Tx,
  keys: VaultKeys,
  organisationId: string,
): Promise<OidcSettings | undefined> {
  const row = await tx.selectFrom('organisation_oidc').selectAll().executeTakeFirst();
  return row
    ? {
        issuer: row.issuer,
        clientId: row.client_id,
        clientSecret: open(keys, organisationId, row.client_secret_encrypted),
      }
    : undefined;
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** Discovers the provider. Plain http is accepted only for a provider on this machine (tests, development). */
export async function discover(settings: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
  return client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    undefined,
    insecure ? { execute: [client.allowInsecureRequests] } : undefined,
  );
}

export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

export async function startOidcSignIn(configuration: client.Configuration, redirectUri: string) {
  const pending: PendingOidcSignIn = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  });
  return { url, pending };
}

/** The verified email address the provider vouches for, or undefined. */
export async function finishOidcSignIn(
  configuration: client.Configuration,
  callbackUrl: URL,
  pending: PendingOidcSignIn,
) {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) return undefined;
  // Providers may keep the email claims out of the ID token (OIDC Core 5.4): then ask the userinfo endpoint.
  const claims =
    typeof idToken.email === 'string'
      ? idToken
      : await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  return claims.email_verified === true && typeof claims.email === 'string'
    ? claims.email.toLowerCase()
    : undefined;
}
