import { describe, expect, it } from 'vitest';
import { emailLookup, generateVaultKeys, open, parseVaultKeys, seal } from './identity-crypto.ts';

const generated = generateVaultKeys();
const keys = parseVaultKeys(generated.keyList, generated.lookupKey);
const org = '0b6f9a52-4d7c-4a3e-9d55-5b1c9d0e7a11';
const otherOrg = '7d1c3f4e-2b8a-4c6d-9e0f-1a2b3c4d5e6f';

describe('identity vault encryption (H4)', () => {
  it('H4: seals with AES-256-GCM so the stored value contains no trace of the address', () => {
    const sealed = seal(keys, org, 'maija.meikalainen@example.fi');
    expect(sealed).not.toContain('maija');
    expect(sealed.startsWith('k1.')).toBe(true);
    expect(open(keys, org, sealed)).toBe('maija.meikalainen@example.fi');
    // A fresh IV each time: the same address never seals to the same value.
    expect(seal(keys, org, 'maija.meikalainen@example.fi')).not.toBe(sealed);
  });

  it('H4: refuses a value moved to another organisation or tampered with', () => {
    const sealed = seal(keys, org, 'a@example.fi');
    expect(() => open(keys, otherOrg, sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('b@example.fi').toString('base64url');
    expect(() => open(keys, org, parts.join('.'))).toThrow();
  });

  it('reads values sealed under an older key after rotation, and seals new ones under the new key', () => {
    const old = seal(keys, org, 'a@example.fi');
    const rotated = parseVaultKeys(
      `k2:${Buffer.alloc(32, 7).toString('base64')},${generated.keyList}`,
      generated.lookupKey,
    );
    expect(open(rotated, org, old)).toBe('a@example.fi');
    expect(seal(rotated, org, 'a@example.fi').startsWith('k2.')).toBe(true);
    const withoutOldKey = parseVaultKeys(`k3:${Buffer.alloc(32, 1).toString('base64')}`, generated.lookupKey);
    expect(() => open(withoutOldKey, org, old)).toThrow(/"k1" is not configured/);
  });

  it('H4: the email lookup is keyed and per organisation, and ignores case and spaces', () => {
    expect(emailLookup(keys, org, ' A@Example.fi ')).toBe(emailLookup(keys, org, 'a@example.fi'));
    expect(emailLookup(keys, org, 'a@example.fi')).not.toBe(emailLookup(keys, otherOrg, 'a@example.fi'));
    const otherKeys = parseVaultKeys(generated.keyList, generateVaultKeys().lookupKey);
    expect(emailLookup(otherKeys, org, 'a@example.fi')).not.toBe(emailLookup(keys, org, 'a@example.fi'));
  });

  it('refuses malformed key configuration with a message saying what is expected', () => {
    expect(() => parseVaultKeys('k1:short', generated.lookupKey)).toThrow(/32 random bytes/);
    expect(() => parseVaultKeys(generated.keyList, 'c2hvcnQ=')).toThrow(/KUULE_VAULT_LOOKUP_KEY/);
  });
});
