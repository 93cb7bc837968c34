import type { FastifyInstance } from 'fastify';
import { recordConsent } from '../../src/consents/consent-repository.ts';
import { consentPurposes } from '../../src/consents/consent-texts.ts';
import { helsinkiBackgroundQuestions } from '../../src/demo/demo-background-questions.ts';
import { seedFeedbackSurvey } from '../../src/demo/demo-feedback-survey.ts';
import { defineBackgroundQuestions } from '../../src/members/background-profile.ts';
import { emailLookup, seal } from '../../src/members/identity-crypto.ts';
import { storeIdentity } from '../../src/members/identity-vault.ts';
import { createMember } from '../../src/members/member-repository.ts';
import { createOrganisation } from '../../src/organisations/organisation-repository.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { installRegister } from '../../src/privacy/registers/register-repository.ts';
import { seedRegistersFor } from '../../src/privacy/registers/seed-registers.ts';
import type { Role } from '../../src/staff/permissions.ts';
import { createStaffUser } from '../../src/staff/staff-repository.ts';
import { FormClient, signInStaff } from './http-client.ts';
import { testVaultKeys } from './test-app.ts';

export async function createOrganisationForTest(db: Database, slug: string) {
  const organisation = await createOrganisation(db.system, {
    slug,
    name: { fi: `${slug} fi`, sv: `${slug} sv`, en: `${slug} en` },
    defaultLanguage: 'fi',
    themeColour: '#0000bf',
    contactEmail: `contact@${slug}.example`,
    communityEnabled: slug === 'helsinki',
  });
  // The demo organisations keep the registers of the seed notices, as the demo does.
  await db.system.transaction().execute(async (tx) => {
    for (const register of seedRegistersFor(slug)) await installRegister(tx, organisation.id, register);
  });
  if (slug === 'helsinki')
    await defineBackgroundQuestions(db.system, organisation.id, helsinkiBackgroundQuestions);
  return organisation;
}

/** The demo feedback survey (with its two service points and a prize draw), published, for `organisationId`. */
export function createFeedbackSurveyForTest(db: Database, organisationId: string, slug = 'service-feedback') {
  return db.system.transaction().execute((tx) => seedFeedbackSurvey(tx, organisationId, slug));
}

export const STAFF_PASSWORD = 'a long enough passphrase';

/** A named staff user with these roles and training today, signed in (TOTP enrolled, commitment accepted). */
export async function createSignedInStaff(
  kuule: { app: FastifyInstance; db: Database },
  organisation: { id: string; slug: string },
  email: string,
  roles: Role[],
): Promise<FormClient> {
  await createStaffUser(kuule.db.system, {
    organisationId: organisation.id,
    email,
    displayName: email.split('@')[0]!,
    password: STAFF_PASSWORD,
    roles,
    lastTrainingOn: new Date().toISOString().slice(0, 10),
  });
  const client = new FormClient(kuule.app);
  await signInStaff(client, organisation.slug, email, STAFF_PASSWORD, kuule.db);
  return client;
}

/**
 * A confirmed member with an email in the vault, last active at `lastActiveAt`, in `language`, and with the
 * membership consent in force when asked (as joining records it).
 */
export async function createMemberForTest(
  db: Database,
  organisationId: string,
  email: string,
  options: { lastActiveAt?: Date; language?: 'fi' | 'sv' | 'en'; membershipConsent?: boolean } = {},
) {
  return db.forOrganisation(organisationId, async (tx) => {
    const member = await createMember(tx, organisationId, options.language ?? 'fi');
    // A member who joined has the membership consent in force (H16); audiences require it.
    if (options.membershipConsent)
      await recordConsent(tx, {
        organisationId,
        memberId: member.id,
        purpose: 'community_membership',
        textVersion: consentPurposes.community_membership.current,
        language: options.language ?? 'fi',
        method: 'web_form',
      });
    await storeIdentity(tx, {
      memberId: member.id,
      organisationId,
      emailLookup: emailLookup(testVaultKeys, organisationId, email),
      emailEncrypted: seal(testVaultKeys, organisationId, email),
    });
    if (options.lastActiveAt)
      await tx
        .updateTable('members')
        .set({ last_active_at: options.lastActiveAt })
        .where('id', '=', member.id)
        .execute();
    return member;
  });
}
