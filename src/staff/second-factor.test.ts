import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { acceptedCounter, newTotpSecret } from './second-factor.ts';

const codeAt = (secret: string, time: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: time,
  });

describe('TOTP second factor (E9)', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-22T10:00:10Z');

  it('accepts the current code, and one step of clock drift either way', () => {
    expect(acceptedCounter(secret, codeAt(secret, now.getTime()), 0, now)).toBeGreaterThan(0);
    expect(acceptedCounter(secret, codeAt(secret, now.getTime() - 30_000), 0, now)).toBeGreaterThan(0);
    expect(acceptedCounter(secret, codeAt(secret, now.getTime() + 30_000), 0, now)).toBeGreaterThan(0);
    expect(acceptedCounter(secret, codeAt(secret, now.getTime() - 120_000), 0, now)).toBeUndefined();
  });

  it('accepts a code only once, and nothing that is not six digits', () => {
    const code = codeAt(secret, now.getTime());
    const counter = acceptedCounter(secret, code, 0, now)!;
    expect(acceptedCounter(secret, code, counter, now)).toBeUndefined();
    expect(acceptedCounter(secret, '12345', 0, now)).toBeUndefined();
    expect(acceptedCounter(secret, 'abcdef', 0, now)).toBeUndefined();
  });
});
