import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDrawContact, runDraw, verifyDraw, winnerPositions } from './prize-draw.ts';

describe('prize draw (E3, E6)', () => {
  it('E3: accepts an email address or a Finnish or international phone number, and nothing else', async () => {
    expect(await parseDrawContact(' Name@Example.FI ')).toEqual({ kind: 'email', value: 'name@example.fi' });
    expect(await parseDrawContact('040 123 4567')).toEqual({ kind: 'phone', value: '+358401234567' });
    expect(await parseDrawContact('+46 70 123 45 67')).toEqual({ kind: 'phone', value: '+46701234567' });
    expect(await parseDrawContact('12345')).toBeUndefined();
    expect(await parseDrawContact('not@an')).toBeUndefined();
  });

  it('chooses distinct winners that follow from the seed, and a recorded draw verifies', () => {
    const ids: string[] = Array.from({ length: 50 }, () => randomUUID());
    const draw = runDraw(ids, 3);
    expect(new Set(draw.winnerIds).size).toBe(3);
    expect(draw.winnerIds.every((id) => ids.includes(id))).toBe(true);
    const record = {
      seed: draw.seedHex,
      entry_count: 50,
      winner_count: 3,
      entries_digest: draw.digest,
      winner_positions: draw.positions,
      commitment: draw.commitment,
    };
    expect(verifyDraw(record)).toBe(true);
    expect(verifyDraw({ ...record, winner_positions: [0, 1, 2] })).toBe(false);
    expect(verifyDraw({ ...record, entries_digest: 'other list' })).toBe(false);
  });

  it('gives every entry the same chance (no position is favoured)', () => {
    const wins = new Array(10).fill(0);
    for (let i = 0; i < 5000; i++) {
      const [winner] = winnerPositions(Buffer.from(randomUUID()), 10, 1);
      wins[winner!]++;
    }
    // Each position expects 500 wins; a fair draw stays well within ±25 %.
    for (const count of wins) expect(Math.abs(count - 500)).toBeLessThan(125);
  });

  it('never draws more winners than entries', () => {
    expect(runDraw(['a', 'b'], 5).winnerIds.sort()).toEqual(['a', 'b']);
  });
});
