import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Application-layer encryption of the identity vault's personal fields (H4): AES-256-GCM under a key from
 * configuration, with the key id stored beside each value so keys can be rotated. The organisation id is
 * authenticated with every value, so a ciphertext moved to another organisation does not decrypt.
 */
export interface VaultKeys {
  /** New values are sealed with this key. */
  currentKeyId: string;
  /** Every key that may still have sealed a stored value, by id. */
  keys: ReadonlyMap<string, Buffer>;
  /** For the keyed lookup hash of an email address; never used for encryption. */
  lookupKey: Buffer;
}

const KEY_ID = /^[a-z0-9-]{1,20}$/;

/** Parses `id:base64key[,id:base64key…]` (first is current) and a base64 lookup key. */
export function parseVaultKeys(keyList: string, lookupKey: string): VaultKeys {
  const keys = new Map<string, Buffer>();
  for (const entry of keyList.split(',')) {
    const [id = '', encoded = ''] = entry.trim().split(':');
    const key = Buffer.from(encoded, 'base64');
    if (!KEY_ID.test(id) || key.length !== 32) {
      throw new Error('KUULE_VAULT_KEYS must be "id:key[,id:key…]" with each key 32 random bytes in base64.');
    }
    keys.set(id, key);
  }
  const lookup = Buffer.from(lookupKey, 'base64');
  if (lookup.length < 32)
    throw new Error('KUULE_VAULT_LOOKUP_KEY must be at least 32 random bytes in base64.');
  return { currentKeyId: keyList.split(':')[0]!.trim(), keys, lookupKey: lookup };
}

export function generateVaultKeys(): { keyList: string; lookupKey: string } {
  return {
    keyList: `k1:${randomBytes(32).toString('base64')}`,
    lookupKey: randomBytes(32).toString('base64'),
  };
}

export function seal(keys: VaultKeys, organisationId: string, plaintext: string): string {
  const key = keys.keys.get(keys.currentKeyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(organisationId));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    keys.currentKeyId,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

export function open(keys: VaultKeys, organisationId: string, sealed: string): string {
  const [keyId = '', iv = '', tag = '', body = ''] = sealed.split('.');
  const key = keys.keys.get(keyId);
  if (!key)
    throw new Error(`The vault key "${keyId}" is not configured: it is needed to read existing data.`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(organisationId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A keyed hash of the address, per organisation, to find a member by email without storing it in clear.
 * Without the lookup key it cannot be computed from the address, and it is unrelated to the member key.
 */
export function emailLookup(keys: VaultKeys, organisationId: string, email: string): string {
  return createHmac('sha256', keys.lookupKey)
    .update(`${organisationId}\u0000${normaliseEmail(email)}`)
    .digest('base64url');
}
