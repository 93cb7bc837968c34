import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { generateVaultKeys, parseVaultKeys, type VaultKeys } from './members/identity-crypto.ts';

/**
 * Every environment variable Kuule reads, with its default. The README's configuration table
 * mirrors this schema; keep the two together.
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  KUULE_DATA_DIR: z.string().min(1).default('./data'),
  KUULE_DEMO: z.enum(['true', 'false']).optional(),
  KUULE_SECRET: z.string().min(32, 'KUULE_SECRET must be at least 32 characters').optional(),
  SMTP_URL: z.string().startsWith('smtp').optional(),
  MAIL_FROM: z.string().min(3).default('Kuule <no-reply@kuule.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KUULE_VAULT_KEYS: z.string().optional(),
  KUULE_VAULT_LOOKUP_KEY: z.string().optional(),
});

export type DatabaseConfig = { kind: 'postgresql'; url: string } | { kind: 'embedded'; dataDir: string };

export interface Config {
  port: number;
  host: string;
  publicUrl: URL;
  /** True when the public URL is https: secure cookies and HSTS. */
  secureTransport: boolean;
  database: DatabaseConfig;
  dataDir: string;
  /** Demo mode seeds demo data and keeps outgoing mail in a development mailbox when no SMTP is set. */
  demo: boolean;
  secret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  trustProxy: boolean;
  /** Keys of the identity vault (H4). */
  vault: VaultKeys;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.KUULE_DATA_DIR);
  const demo = e.KUULE_DEMO ? e.KUULE_DEMO === 'true' : !e.DATABASE_URL;
  const publicUrl = new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  if (!demo && !e.SMTP_URL) {
    throw new ConfigError('SMTP_URL is required outside demo mode: Kuule must be able to send sign-in mail.');
  }
  if (!demo && !(e.KUULE_VAULT_KEYS && e.KUULE_VAULT_LOOKUP_KEY)) {
    throw new ConfigError(
      'KUULE_VAULT_KEYS and KUULE_VAULT_LOOKUP_KEY are required outside demo mode (see README).',
    );
  }
  if (!demo && !e.KUULE_SECRET) {
    throw new ConfigError('KUULE_SECRET is required outside demo mode (32 or more random characters).');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    secureTransport: publicUrl.protocol === 'https:',
    database: e.DATABASE_URL ? { kind: 'postgresql', url: e.DATABASE_URL } : { kind: 'embedded', dataDir },
    dataDir,
    demo,
    secret: e.KUULE_SECRET ?? demoSecret(dataDir),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    vault: vaultKeys(e.KUULE_VAULT_KEYS, e.KUULE_VAULT_LOOKUP_KEY, dataDir),
  };
}

function vaultKeys(keyList: string | undefined, lookupKey: string | undefined, dataDir: string): VaultKeys {
  try {
    if (keyList && lookupKey) return parseVaultKeys(keyList, lookupKey);
    // Demo mode: keys generated once and kept in the data dir.
    const file = join(dataDir, 'vault-keys.json');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(generateVaultKeys())}\n`, { mode: 0o600 });
    }
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { keyList: string; lookupKey: string };
    return parseVaultKeys(stored.keyList, stored.lookupKey);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** In demo mode a secret is generated once and kept in the data dir, so restarts keep sessions valid. */
function demoSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
