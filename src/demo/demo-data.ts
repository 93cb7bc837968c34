import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineBackgroundQuestions } from '../members/background-profile.ts';
import {
  createOrganisation,
  listOrganisations,
  type NewOrganisation,
} from '../organisations/organisation-repository.ts';
import type { Database } from '../platform/db/database.ts';
import { installRegister } from '../privacy/registers/register-repository.ts';
import { seedRegistersFor } from '../privacy/registers/seed-registers.ts';
import { seedDemoDiscussion } from '../research/discussion-demo.ts';
import { roleNames } from '../staff/permissions.ts';
import { createStaffUser } from '../staff/staff-repository.ts';
import { helsinkiBackgroundQuestions } from './demo-background-questions.ts';
import { seedFeedbackSurvey } from './demo-feedback-survey.ts';
import { seedResearchDemo } from './demo-research.ts';

export interface DemoSignIn {
  organisation: string;
  url: string;
  email: string;
  password: string;
}

const selfAssessedGap = {
  fi: 'Palvelua ei ole vielä arvioitu ulkopuolisen asiantuntijan toimesta. Arvio perustuu omaan testaukseemme: automaattisiin tarkistuksiin (axe-core) ja näppäimistökäyttöön.',
  sv: 'Tjänsten har ännu inte utvärderats av en extern expert. Bedömningen bygger på vår egen testning: automatiska kontroller (axe-core) och användning med tangentbord.',
  en: 'The service has not yet been evaluated by an external expert. This assessment is based on our own testing: automated checks (axe-core) and keyboard use.',
};

/** A plain demo mark (not a city's real logo): a white letter in a ring, for the coloured header. */
function demoLogo(letter: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="17" fill="none" stroke="#fff" stroke-width="3"/><text x="20" y="27" font-family="sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
}

export const demoOrganisations: NewOrganisation[] = [
  {
    slug: 'helsinki',
    name: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' },
    defaultLanguage: 'fi',
    themeColour: '#0000bf',
    logoSvg: demoLogo('H'),
    contactEmail: 'kuule@helsinki.example',
    communityEnabled: true,
    accessibility: { conformance: 'partial', knownGaps: [selfAssessedGap], statementDate: '2026-11-22' },
  },
  {
    slug: 'espoo',
    name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
    defaultLanguage: 'fi',
    themeColour: '#00529c',
    logoSvg: demoLogo('E'),
    contactEmail: 'kuule@espoo.example',
    accessibility: { conformance: 'partial', knownGaps: [selfAssessedGap], statementDate: '2026-11-22' },
  },
];

/**
 * Seeds the demo organisations on an empty database, with one staff user each. The generated passwords
 * are kept in the data dir (demo mode only) so that every start can print the sign-ins again.
 */
export async function seedDemo(
  db: Database,
  options: { dataDir: string; publicUrl: URL },
): Promise<DemoSignIn[]> {
  const credentialsFile = join(options.dataDir, 'demo-sign-ins.json');
  const existing = await listOrganisations(db.system);
  if (existing.length > 0) {
    return existsSync(credentialsFile)
      ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as DemoSignIn[])
      : [];
  }
  const signIns: DemoSignIn[] = [];
  await db.system.transaction().execute(async (tx) => {
    for (const definition of demoOrganisations) {
      const organisation = await createOrganisation(tx, definition);
      // Registers first: what the demo then publishes is checked against them.
      for (const register of seedRegistersFor(organisation.slug))
        await installRegister(tx, organisation.id, register);
      if (organisation.slug === 'helsinki') {
        await defineBackgroundQuestions(tx, organisation.id, helsinkiBackgroundQuestions);
        await seedDemoDiscussion(tx, organisation.id);
        await seedResearchDemo(tx, organisation.id);
      }
      if (organisation.slug === 'espoo') await seedFeedbackSurvey(tx, organisation.id);
      const password = randomBytes(12).toString('base64url');
      const email = `admin@${organisation.slug}.example`;
      await createStaffUser(tx, {
        organisationId: organisation.id,
        email,
        displayName: `Demo admin (${organisation.name.en})`,
        password,
        roles: roleNames,
        lastTrainingOn: new Date().toISOString().slice(0, 10),
      });
      signIns.push({
        organisation: organisation.name.en,
        url: new URL(`/${organisation.slug}/console/sign-in`, options.publicUrl).toString(),
        email,
        password,
      });
    }
  });
  writeFileSync(credentialsFile, `${JSON.stringify(signIns, null, 2)}\n`, { mode: 0o600 });
  return signIns;
}
