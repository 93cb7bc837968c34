import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The prize draw (E3, E6) as plain functions: what counts as a contact, how winners are chosen, and the
 * commitment that lets a draw be verified afterwards.
 */
export type DrawContact = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

/** An email address, or a phone number in Finnish (040 123 4567) or international (+46 …) form. */
/** The full phone metadata (strict validation) is large: loaded on the first draw entry, not at start-up. */
const phoneNumbers = () => import('libphonenumber-js/max');

export async function parseDrawContact(input: string): Promise<DrawContact | undefined> {
  const value = input.trim();
  if (value.includes('@')) {
    const email = value.toLowerCase();
    return value.length <= 254 && z.email().safeParse(email).success
      ? { kind: 'email', value: email }
      : undefined;
  }
  const phone = (await phoneNumbers()).parsePhoneNumberFromString(value, 'FI');
  return phone?.isValid() ? { kind: 'phone', value: phone.number } : undefined;
}

/** An unbiased index in [0, bound) from the seed, for the i-th pick (rejection sampling, no modulo bias). */
function pick(seed: Buffer, i: number, bound: number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (let attempt = 0; ; attempt++) {
    const block = createHmac('sha256', seed).update(`${i}:${attempt}`).digest();
    const value = block.readUInt32BE(0);
    if (value < limit) return value % bound;
  }
}

/**
 * The winners' positions among the entries sorted by id: a partial Fisher–Yates shuffle driven by the
 * seed. Anyone with the seed and the number of entries gets the same positions.
 */
export function winnerPositions(seed: Buffer, entryCount: number, winnerCount: number): number[] {
  const positions = Array.from({ length: entryCount }, (_, i) => i);
  const count = Math.min(winnerCount, entryCount);
  for (let i = 0; i < count; i++) {
    const j = i + pick(seed, i, entryCount - i);
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, count);
}

export function entriesDigest(entryIds: string[]): string {
  return createHash('sha256')
    .update([...entryIds].sort().join('\n'))
    .digest('hex');
}

export function drawCommitment(
  digest: string,
  seedHex: string,
  winnerCount: number,
  positions: number[],
): string {
  return createHash('sha256')
    .update(`${digest}\n${seedHex}\n${winnerCount}\n${positions.join(',')}`)
    .digest('hex');
}

export interface DrawOutcome {
  seedHex: string;
  digest: string;
  positions: number[];
  commitment: string;
  winnerIds: string[];
}

/** Draws with a fresh cryptographically secure seed. */
export function runDraw(
  entryIds: string[],
  winnerCount: number,
  seed: Buffer = randomBytes(32),
): DrawOutcome {
  const sorted = [...entryIds].sort();
  const positions = winnerPositions(seed, sorted.length, winnerCount);
  const digest = entriesDigest(sorted);
  const seedHex = seed.toString('hex');
  return {
    seedHex,
    digest,
    positions,
    commitment: drawCommitment(digest, seedHex, winnerCount, positions),
    winnerIds: positions.map((p) => sorted[p]!),
  };
}

/** Checks a recorded draw: the positions follow from its seed, and the commitment binds them all. */
export function verifyDraw(record: {
  seed: string;
  entry_count: number;
  winner_count: number;
  entries_digest: string;
  winner_positions: number[];
  commitment: string;
}): boolean {
  const positions = winnerPositions(Buffer.from(record.seed, 'hex'), record.entry_count, record.winner_count);
  return (
    positions.join(',') === record.winner_positions.join(',') &&
    drawCommitment(record.entries_digest, record.seed, record.winner_count, positions) === record.commitment
  );
}
