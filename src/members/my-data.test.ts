import { describe, expect, it } from 'vitest';
import type { Consent } from '../consents/consent-repository.ts';
import type { Organisation } from '../organisations/organisation-repository.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { espooFeedbackRegister } from '../privacy/registers/espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from '../privacy/registers/helsinki-community-register.ts';
import {
  describeLegalHolds,
  groupByDataContent,
  isProcessingRestricted,
  keptAfterDeletion,
  legalHolds,
  type MyData,
  myDataItems,
  presentMyDataExport,
  type Reward,
} from './my-data.ts';

const consent = (purpose: string): Consent => ({
  id: `00000000-0000-4000-8000-00000000000${purpose.length % 10}`,
  organisation_id: 'org',
  member_id: 'member-key',
  purpose,
  text_version: '2026-11-22',
  language: 'en',
  method: 'web_form',
  given_at: new Date('2026-11-22T10:00:00Z'),
  withdrawn_at: null,
});

const emptyData = (overrides: Partial<MyData> = {}): MyData => ({
  memberKey: 'member-key',
  email: 'maija@example.fi',
  pendingEmail: null,
  pseudonym: 'Utelias Orava',
  language: 'en',
  joinedAt: new Date('2026-11-22T10:00:00Z'),
  lastActiveAt: new Date('2026-11-23T10:00:00Z'),
  processingRestrictedAt: null,
  sessions: [],
  consents: [consent('community_membership')],
  profile: [],
  contactDetails: [],
  contactReadBy: [],
  researchAnswers: [],
  events: [],
  rewards: [],
  ...overrides,
});

const reward = (overrides: Partial<Reward> = {}): Reward => ({
  id: 'r1',
  description: { fi: 'Lahjakortti 30 €', sv: 'Presentkort 30 €', en: 'Gift card €30' },
  paidOn: '2027-03-15',
  reportedToIncomesRegisterOn: '2027-03-18',
  ...overrides,
});

describe('what a legal obligation keeps after deletion (H13, E10)', () => {
  it('H13, E10: only a reward reported to the Incomes Register is kept, until the end of the sixth year after payment', () => {
    expect(legalHolds([], helsinkiCommunityRegister)).toEqual([]);
    expect(legalHolds([reward({ reportedToIncomesRegisterOn: null })], helsinkiCommunityRegister)).toEqual(
      [],
    );
    expect(legalHolds([reward()], helsinkiCommunityRegister)).toEqual([
      {
        kind: 'reported_reward',
        rewardId: 'r1',
        description: reward().description,
        paidOn: '2027-03-15',
        keptUntil: '2033-12-31',
      },
    ]);
  });

  it('E10: a register that states its own period for reported rewards decides the date', () => {
    const register = {
      ...helsinkiCommunityRegister,
      retention: [
        ...helsinkiCommunityRegister.retention,
        { key: 'reported_rewards', description: { fi: '', sv: '', en: '' }, periodDays: 10 },
      ],
    };
    expect(legalHolds([reward()], register)[0]?.keptUntil).toBe('2027-03-25');
  });

  it('H13, E10: the note says what is kept, why and until when, in the member’s language', () => {
    const holds = legalHolds([reward()], helsinkiCommunityRegister);
    const [fi] = describeLegalHolds(holds, translator('fi'));
    expect(fi).toEqual({
      what: 'Palkkio: Lahjakortti 30 €, maksettu 15. maaliskuuta 2027, ja tulorekisteriin ilmoitetut tiedot',
      why: expect.stringContaining('Verohallinnon tulorekisteriin'),
      until: '31. joulukuuta 2033 asti, minkä jälkeen tiedot poistetaan',
    });
    const [sv] = describeLegalHolds(holds, translator('sv'));
    expect(sv?.what).toContain('Presentkort 30 €');
    expect(sv?.why).toContain('Skatteförvaltningens inkomstregister');
    expect(sv?.until).toBe('Till och med 31 december 2033, därefter raderas uppgifterna');
    const [en] = describeLegalHolds(holds, translator('en'));
    expect(en).toEqual({
      what: 'Reward: Gift card €30, paid on 15 March 2027, and the data reported to the Incomes Register',
      why: expect.stringContaining('Tax Administration’s Incomes Register'),
      until: 'Until 31 December 2033, then deleted',
    });
  });

  it('H13: deleting keeps the consent records and the audit trail without identity, and reported rewards besides', () => {
    const i18n = translator('en');
    expect(keptAfterDeletion([], i18n).map((note) => note.what)).toEqual([
      'Records of the consents you gave and withdrew, without your email address or pseudonym',
      'The log of how your data was handled, for example this deletion',
    ]);
    const withReward = keptAfterDeletion(legalHolds([reward()], helsinkiCommunityRegister), i18n);
    expect(withReward).toHaveLength(3);
    expect(withReward[2]?.until).toBe('Until 31 December 2033, then deleted');
  });
});

describe('my data grouped as the register’s data content (E10)', () => {
  it('E10: every item belongs to a category of the Helsinki register, in the register’s order', () => {
    const groups = groupByDataContent(helsinkiCommunityRegister, emptyData());
    expect(groups.map((g) => g.key)).toEqual(helsinkiCommunityRegister.dataContent.map((c) => c.key));
    expect(groups.flatMap((g) => g.items).sort()).toEqual(Object.keys(myDataItems).sort());
    expect(groups.find((g) => g.key === 'registration')?.items).toEqual([
      'membership',
      'sessions',
      'membershipConsent',
    ]);
    expect(groups.find((g) => g.key === 'event_and_reward_contacts')?.items).toContain('rewards');
  });

  it('E10: a category with nothing held about the member says so', () => {
    const empty = groupByDataContent(helsinkiCommunityRegister, emptyData());
    const holds = Object.fromEntries(empty.map((g) => [g.key, g.holdsData]));
    expect(holds).toEqual({
      registration: true,
      background: false,
      event_and_reward_contacts: false,
      special_categories: false,
      technical: false,
    });
    const withContact = groupByDataContent(
      helsinkiCommunityRegister,
      emptyData({
        contactDetails: [
          { purpose: 'event_contact', name: 'Maija', phone: '+358401234567', postalAddress: null },
        ],
        profile: [
          {
            questionKey: 'age_band',
            question: { fi: 'Ikä', sv: 'Ålder', en: 'Age' },
            values: ['35-44'],
            labels: [{ fi: '35–44', sv: '35–44', en: '35–44' }],
          },
        ],
      }),
    );
    expect(withContact.find((g) => g.key === 'background')?.holdsData).toBe(true);
    expect(withContact.find((g) => g.key === 'event_and_reward_contacts')?.holdsData).toBe(true);
  });

  it('E10: items whose category a register does not name are shown in a last group, not dropped', () => {
    const groups = groupByDataContent(espooFeedbackRegister, emptyData());
    const other = groups.at(-1)!;
    expect(other.key).toBe('other');
    expect(other.title).toBeNull();
    expect(groups.flatMap((g) => g.items).sort()).toEqual(Object.keys(myDataItems).sort());
  });
});

describe('restriction of processing (E10)', () => {
  it('E10: a member with a restriction time is restricted until it is lifted', () => {
    expect(isProcessingRestricted({ processing_restricted_at: null })).toBe(false);
    expect(isProcessingRestricted({ processing_restricted_at: new Date() })).toBe(true);
  });
});

describe('the export (E10)', () => {
  const organisation = {
    id: 'org',
    slug: 'helsinki',
    name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
    contact_email: 'contact@helsinki.example',
  } as Organisation;

  it('E10: includes empty lists for research answers, events and rewards, and consents as Kantara receipts', () => {
    const body = presentMyDataExport(emptyData(), {
      organisation,
      register: helsinkiCommunityRegister,
      publicUrl: new URL('https://kuule.example'),
      now: new Date('2026-11-24T10:00:00Z'),
    });
    expect(body).toMatchObject({
      format: 'kuule-my-data/1',
      membership: { email: 'maija@example.fi', pseudonym: 'Utelias Orava', processingRestrictedAt: null },
      researchAnswers: [],
      events: [],
      rewards: [],
      keptByLegalObligation: [],
      contactDetailsReadBy: [],
    });
    expect(body.consents[0]).toMatchObject({
      version: 'KI-CR-v1.1.0',
      services: [{ service: 'community_membership' }],
    });
    expect(body.register?.notice).toBe('https://kuule.example/helsinki/privacy/customer-community');
    expect(body.dataContent.map((c) => c.category)).toEqual(
      helsinkiCommunityRegister.dataContent.map((c) => c.key),
    );
  });

  it('H13, E10: a reported reward appears in the export with the day it is kept until', () => {
    const body = presentMyDataExport(emptyData({ rewards: [reward()] }), {
      organisation,
      register: helsinkiCommunityRegister,
      publicUrl: new URL('https://kuule.example'),
      now: new Date(),
    });
    expect(body.keptByLegalObligation).toEqual([
      {
        kind: 'reported_reward',
        description: 'Gift card €30',
        paidOn: '2027-03-15',
        keptUntil: '2033-12-31',
      },
    ]);
  });
});
