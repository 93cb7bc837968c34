import type { LocalisedText } from '../platform/db/schema.ts';

/**
 * The consent texts a member is shown, versioned (H16). A consent record stores the purpose, the version
 * and the language, so what the member agreed to can always be shown again word for word. A changed text
 * gets a new version; old versions stay here.
 */
export const consentPurposes = {
  community_membership: {
    current: '2026-11-22',
    versions: {
      '2026-11-22': {
        fi: 'Annan suostumukseni siihen, että {organisation} käsittelee sähköpostiosoitettani ja asiakasyhteisössä antamiani tietoja asiakasyhteisön toiminnan järjestämiseksi ja palvelujen kehittämiseksi tietosuojaselosteen mukaisesti. Voin perua suostumukseni milloin tahansa.',
        sv: 'Jag samtycker till att {organisation} behandlar min e-postadress och de uppgifter jag lämnar i kundgemenskapen för att ordna kundgemenskapens verksamhet och utveckla tjänsterna enligt dataskyddsbeskrivningen. Jag kan när som helst återkalla mitt samtycke.',
        en: 'I consent to {organisation} processing my email address and the information I give in the customer community, to organise the community and develop services as described in the privacy notice. I can withdraw my consent at any time.',
      },
    },
  },
  event_contact: {
    current: '2026-11-22',
    versions: {
      '2026-11-22': {
        fi: 'Annan suostumukseni siihen, että {organisation} käsittelee nimeäni ja puhelinnumeroani tutkimustilaisuuksiin osallistumiseni järjestämiseksi. Tietoja ei yhdistetä vastauksiini, ja voin perua suostumukseni ja poistaa tiedot milloin tahansa.',
        sv: 'Jag samtycker till att {organisation} behandlar mitt namn och telefonnummer för att ordna mitt deltagande i undersökningstillfällen. Uppgifterna kopplas inte till mina svar, och jag kan när som helst återkalla mitt samtycke och radera uppgifterna.',
        en: 'I consent to {organisation} processing my name and phone number to arrange my participation in research events. They are not linked to my answers, and I can withdraw my consent and erase them at any time.',
      },
    },
  },
  reward_delivery: {
    current: '2026-11-22',
    versions: {
      '2026-11-22': {
        fi: 'Annan suostumukseni siihen, että {organisation} käsittelee nimeäni ja postiosoitettani osallistumispalkkion toimittamiseksi. Tietoja ei yhdistetä vastauksiini, ja voin perua suostumukseni ja poistaa tiedot milloin tahansa.',
        sv: 'Jag samtycker till att {organisation} behandlar mitt namn och min postadress för att leverera deltagarbelöningen. Uppgifterna kopplas inte till mina svar, och jag kan när som helst återkalla mitt samtycke och radera uppgifterna.',
        en: 'I consent to {organisation} processing my name and postal address to deliver my participation reward. They are not linked to my answers, and I can withdraw my consent and erase them at any time.',
      },
    },
  },
  // E3: a feedback respondent's contact, for the prize draw only; kept with the entry, never with answers.
  prize_draw: {
    current: '2026-11-22',
    versions: {
      '2026-11-22': {
        fi: 'Annan suostumukseni siihen, että {organisation} käsittelee sähköpostiosoitettani tai puhelinnumeroani vain arvontaan osallistumista ja voittajalle ilmoittamista varten. Tietoa ei yhdistetä vastauksiini, ja se poistetaan heti arvonnan jälkeen.',
        sv: 'Jag samtycker till att {organisation} behandlar min e-postadress eller mitt telefonnummer endast för att delta i utlottningen och meddela vinnaren. Uppgiften kopplas inte till mina svar och raderas genast efter utlottningen.',
        en: 'I consent to {organisation} processing my email address or phone number only to enter the prize draw and notify the winner. It is not linked to my answers and is deleted right after the draw.',
      },
    },
  },
} as const satisfies Record<string, { current: string; versions: Record<string, LocalisedText> }>;

export type ConsentPurpose = keyof typeof consentPurposes;

export function consentText(purpose: ConsentPurpose, version: string): LocalisedText {
  const text = (consentPurposes[purpose].versions as Record<string, LocalisedText>)[version];
  if (!text) throw new Error(`No consent text ${purpose}@${version}`);
  return text;
}
