import type { Organisation } from '../organisations/organisation-repository.ts';
import type { Consent } from './consent-repository.ts';
import { type ConsentPurpose, consentText } from './consent-texts.ts';

/**
 * The one presenter of a consent record as it leaves the server: a receipt following the Kantara
 * Initiative Consent Receipt Specification v1.1 where its fields fit, plus the exact text agreed to.
 */
export function presentConsentReceipt(consent: Consent, organisation: Organisation, publicUrl: URL) {
  const text = consentText(consent.purpose as ConsentPurpose, consent.text_version);
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'FI',
    consentTimestamp: Math.floor(new Date(consent.given_at).getTime() / 1000),
    collectionMethod: consent.method,
    consentReceiptID: consent.id,
    language: consent.language,
    piiPrincipalId: consent.member_id,
    piiControllers: [
      {
        piiController: organisation.name[consent.language],
        contact: organisation.contact_email,
        email: organisation.contact_email,
        url: new URL(`/${organisation.slug}`, publicUrl).toString(),
      },
    ],
    policyUrl: new URL(`/${organisation.slug}/privacy`, publicUrl).toString(),
    services: [
      {
        service: consent.purpose,
        purposes: [
          {
            purpose: text[consent.language].replace('{organisation}', organisation.name[consent.language]),
            purposeCategory: ['service development'],
            consentType: 'EXPLICIT',
            piiCategory: ['email address', 'information the member provides'],
            primaryPurpose: true,
            termination: 'until withdrawn, or six months after the member was last active',
            thirdPartyDisclosure: false,
          },
        ],
      },
    ],
    sensitive: false,
    spiCat: [],
    // Beyond the specification: the exact text version, and when the consent was withdrawn, if it was.
    textVersion: consent.text_version,
    withdrawnTimestamp: consent.withdrawn_at
      ? Math.floor(new Date(consent.withdrawn_at).getTime() / 1000)
      : null,
  };
}
