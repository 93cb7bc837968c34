import { listOrganisations } from '../organisations/organisation-repository.ts';
import type { Database } from '../platform/db/database.ts';
import { deleteExpiredEmailChanges, deleteExpiredSignUps } from './identity-vault.ts';

/**
 * Unconfirmed sign-ups are forgotten within 24 hours of being made, and so are changes of email address
 * never confirmed from the new address (H13): a scheduled job (every 15 minutes) deletes every expired
 * one, organisation by organisation, under that organisation's isolation. Returns how many went.
 */
export async function forgetExpiredSignUps(db: Database, now: Date): Promise<number> {
  let deleted = 0;
  for (const organisation of await listOrganisations(db.system)) {
    deleted += await db.forOrganisation(
      organisation.id,
      async (tx) => (await deleteExpiredSignUps(tx, now)) + (await deleteExpiredEmailChanges(tx, now)),
    );
  }
  return deleted;
}
