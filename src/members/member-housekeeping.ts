import { listOrganisations } from '../organisations/organisation-repository.ts';
import type { Database } from '../platform/db/database.ts';
import { deleteExpiredSignUps } from './identity-vault.ts';

/**
 * Unconfirmed sign-ups are forgotten within 24 hours of being made: a scheduled job (every 15 minutes)
 * deletes every expired one, organisation by organisation, under that organisation's isolation.
 */
export async function forgetExpiredSignUps(db: Database, now: Date): Promise<number> {
  let deleted = 0;
  for (const organisation of await listOrganisations(db.system)) {
    deleted += await db.forOrganisation(organisation.id, (tx) => deleteExpiredSignUps(tx, now));
  }
  return deleted;
}
