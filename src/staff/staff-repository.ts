import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../platform/db/database.ts';
import type { DB } from '../platform/db/schema.ts';
import { roleNames } from './permissions.ts';
import { recordFailedSignIn } from './second-factor.ts';

/** NIST-style password rule: length only (12 or more), no composition rules. */
export const MINIMUM_PASSWORD_LENGTH = 12;

export const newStaffUserSchema = z.object({
  organisationId: z.uuid(),
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  displayName: z.string().trim().min(1).max(120),
  password: z
    .string()
    .min(MINIMUM_PASSWORD_LENGTH, `The password needs at least ${MINIMUM_PASSWORD_LENGTH} characters.`)
    .max(256),
  roles: z.array(z.enum(roleNames as [string, ...string[]])).min(1, 'Give the staff user at least one role.'),
  lastTrainingOn: z.iso.date('The training date is YYYY-MM-DD.').nullable().default(null),
});

const HASH_OPTIONS = { type: argon2.argon2id } as const;

export async function createStaffUser(db: Kysely<DB>, input: z.input<typeof newStaffUserSchema>) {
  const user = newStaffUserSchema.parse(input);
  return db
    .insertInto('staff_users')
    .values({
      organisation_id: user.organisationId,
      email: user.email,
      display_name: user.displayName,
      password_hash: await argon2.hash(user.password, HASH_OPTIONS),
      roles: user.roles,
      last_training_on: user.lastTrainingOn,
    })
    .returning(['id', 'email', 'display_name', 'roles'])
    .executeTakeFirstOrThrow();
}

// Verified against when the address is unknown, so a wrong address takes as long as a wrong password.
const unknownUserHash = argon2.hash('kuule-no-such-user-placeholder', HASH_OPTIONS);

/**
 * Checks a password sign-in; the same answer, and about the same time, whether or not the address exists
 * or is locked. A wrong password counts towards the lockout (see second-factor.ts).
 */
export async function verifyStaffPassword(tx: Tx, email: string, password: string, now: Date) {
  const user = await tx
    .selectFrom('staff_users')
    .select(['id', 'password_hash', 'disabled_at', 'locked_until'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const valid = await argon2.verify(user?.password_hash ?? (await unknownUserHash), password);
  if (!user || user.disabled_at) return undefined;
  if (user.locked_until && new Date(user.locked_until) > now) return undefined;
  if (!valid) {
    await recordFailedSignIn(tx, user.id, now);
    return undefined;
  }
  return { id: user.id };
}
