import type { Database } from '../platform/db/database.ts';
import { findOrganisationBySlug, type Organisation } from './organisation-repository.ts';

/**
 * Every request under `/<org>/` needs its organisation. Organisations change rarely (by the operator's
 * CLI), so a lookup is kept for a second: under load that saves a transaction per request, and a changed
 * setting is seen a second later at most.
 */
export const ORGANISATION_CACHE_MS = 1000;

export function organisationLookup(db: Database, cacheMs = ORGANISATION_CACHE_MS) {
  const cache = new Map<string, { organisation: Organisation | undefined; until: number }>();
  return async (slug: string): Promise<Organisation | undefined> => {
    const now = Date.now();
    const hit = cache.get(slug);
    if (hit && hit.until > now) return hit.organisation;
    const organisation = await db.asApplication((tx) => findOrganisationBySlug(tx, slug));
    // Unknown slugs are not kept, so a scan of made-up addresses cannot grow the cache.
    if (organisation) cache.set(slug, { organisation, until: now + cacheMs });
    return organisation;
  };
}
