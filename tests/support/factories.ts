import { createOrganisation } from '../../src/organisations/organisation-repository.ts';
import type { Database } from '../../src/platform/db/database.ts';

export async function createOrganisationForTest(db: Database, slug: string) {
  return createOrganisation(db.system, {
    slug,
    name: { fi: `${slug} fi`, sv: `${slug} sv`, en: `${slug} en` },
    defaultLanguage: 'fi',
    themeColour: '#0000bf',
    contactEmail: `contact@${slug}.example`,
    communityEnabled: slug === 'helsinki',
  });
}
