import { presentConsentReceipt } from '../consents/consent-receipt.ts';
import { type Consent, listConsents } from '../consents/consent-repository.ts';
import type { Organisation } from '../organisations/organisation-repository.ts';
import type { Tx } from '../platform/db/database.ts';
import type { LanguageCode, LocalisedText } from '../platform/db/schema.ts';
import type { MessageKey, Translator } from '../platform/i18n/i18n.ts';
import { audit, contactDetailsReaders } from '../privacy/audit-log.ts';
import type { Register } from '../privacy/registers/register.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';
import { submittedAnswersOf } from '../research/task-answer-repository.ts';
import { listBackgroundQuestions, profileAnswers } from './background-profile.ts';
import type { VaultKeys } from './identity-crypto.ts';
import { readContactDetails, readMemberEmail, readPendingEmailChange } from './identity-vault.ts';
import { listMemberSessions, type Member } from './member-repository.ts';

/**
 * "My data" (H13, E10): everything the organisation holds about one member, gathered at once, grouped as
 * the register's data content, exported as it is shown, and what a legal obligation keeps after deletion.
 */

/** A research task answered: the task's title and the Helsinki day the answer was sent. */
export interface ResearchAnswer {
  task: LocalisedText;
  answeredOn: string;
}

/** A research event taken part in (not built yet). */
export interface EventParticipation {
  event: LocalisedText;
  on: string;
}

/** A participation reward (not built yet). A reported one is kept for the Incomes Register (H10). */
export interface Reward {
  id: string;
  description: LocalisedText;
  /** YYYY-MM-DD */
  paidOn: string;
  /** YYYY-MM-DD when it was reported to the Tax Administration's Incomes Register, else null. */
  reportedToIncomesRegisterOn: string | null;
}

export interface ProfileEntry {
  questionKey: string;
  question: LocalisedText;
  values: string[];
  labels: LocalisedText[];
}

export interface MyData {
  memberKey: string;
  email: string | null;
  /** H13: a new address waiting for confirmation from that address, if any. */
  pendingEmail: { email: string; expiresAt: Date } | null;
  pseudonym: string | null;
  language: LanguageCode;
  joinedAt: Date;
  lastActiveAt: Date;
  processingRestrictedAt: Date | null;
  sessions: { id: string; startedAt: Date; lastSeenAt: Date }[];
  consents: Consent[];
  profile: ProfileEntry[];
  contactDetails: { purpose: string; name: string; phone: string | null; postalAddress: string | null }[];
  contactReadBy: { name: string; at: Date }[];
  researchAnswers: ResearchAnswer[];
  events: EventParticipation[];
  rewards: Reward[];
}

/** Gathers everything held about the member, in one transaction (the vault only through identity-vault.ts). */
export async function collectMyData(tx: Tx, keys: VaultKeys, member: Member): Promise<MyData> {
  const questions = await listBackgroundQuestions(tx);
  const answers = await profileAnswers(tx, member.id);
  const profile = questions.flatMap((question) => {
    const values = answers.get(question.id) ?? [];
    if (values.length === 0) return [];
    const labels = values.map(
      (value) =>
        question.options.find((option) => option.value === value)?.label ?? {
          fi: value,
          sv: value,
          en: value,
        },
    );
    return [{ questionKey: question.key, question: question.text, values, labels }];
  });
  const contactDetails = await readContactDetails(tx, keys, member.organisation_id, member.id);
  return {
    memberKey: member.id,
    email: (await readMemberEmail(tx, keys, member.organisation_id, member.id)) ?? null,
    pendingEmail:
      (await readPendingEmailChange(tx, keys, member.organisation_id, member.id, new Date())) ?? null,
    pseudonym: member.pseudonym,
    language: member.language,
    joinedAt: new Date(member.joined_at),
    lastActiveAt: new Date(member.last_active_at),
    processingRestrictedAt: member.processing_restricted_at
      ? new Date(member.processing_restricted_at)
      : null,
    sessions: (await listMemberSessions(tx, member.id)).map((session) => ({
      id: session.id,
      startedAt: new Date(session.created_at),
      lastSeenAt: new Date(session.last_seen_at),
    })),
    consents: await listConsents(tx, member.id),
    profile,
    contactDetails: contactDetails.map(({ purpose, name, phone, postalAddress }) => ({
      purpose,
      name,
      phone,
      postalAddress,
    })),
    contactReadBy: await contactDetailsReaders(tx, member.id),
    researchAnswers: (await submittedAnswersOf(tx, member.id)).map((row) => ({
      task: row.title,
      answeredOn: row.answered_on ?? '',
    })),
    // Events and rewards do not exist yet; when they do, they are read here.
    events: [],
    rewards: [],
  };
}

// --- Grouping by the register's data content -----------------------------------------------------------

/** Each thing shown on the page, and the register data-content category it belongs to. */
export const myDataItems = {
  membership: 'registration',
  sessions: 'registration',
  membershipConsent: 'registration',
  profile: 'background',
  researchAnswers: 'background',
  contactDetails: 'event_and_reward_contacts',
  contactConsents: 'event_and_reward_contacts',
  contactReadBy: 'event_and_reward_contacts',
  events: 'event_and_reward_contacts',
  rewards: 'event_and_reward_contacts',
  specialCategories: 'special_categories',
  ipAddresses: 'technical',
} as const;
export type MyDataItem = keyof typeof myDataItems;

export interface MyDataGroup {
  /** The register's category key, or 'other' for items whose category the register does not name. */
  key: string;
  /** The register's own title; null for 'other'. */
  title: LocalisedText | null;
  items: MyDataItem[];
  /** False when nothing in this group is held about the member: the page says so. */
  holdsData: boolean;
}

const isMembershipConsent = (consent: Consent) => consent.purpose === 'community_membership';

/** Whether anything is held about the member for one item (explanatory items hold nothing linked to them). */
export function itemHoldsData(item: MyDataItem, data: MyData): boolean {
  switch (item) {
    case 'membership':
      return true;
    case 'sessions':
      return data.sessions.length > 0;
    case 'membershipConsent':
      return data.consents.some(isMembershipConsent);
    case 'contactConsents':
      return data.consents.some((consent) => !isMembershipConsent(consent));
    case 'specialCategories':
    case 'ipAddresses':
      return false;
    default:
      return data[item].length > 0;
  }
}

export function membershipConsents(data: MyData): Consent[] {
  return data.consents.filter(isMembershipConsent);
}

export function contactConsents(data: MyData): Consent[] {
  return data.consents.filter((consent) => !isMembershipConsent(consent));
}

/**
 * The page's groups: the register's data content categories in its order, each with the items that belong
 * to it; items whose category the register does not name go to a last group, 'other'.
 */
export function groupByDataContent(register: Register | undefined, data: MyData): MyDataGroup[] {
  const items = Object.keys(myDataItems) as MyDataItem[];
  const categories = register?.dataContent ?? [];
  const named = new Set(categories.map((category) => category.key));
  const group = (key: string, title: LocalisedText | null, members: MyDataItem[]): MyDataGroup => ({
    key,
    title,
    items: members,
    holdsData: members.some((item) => itemHoldsData(item, data)),
  });
  const groups = categories.map((category) =>
    group(
      category.key,
      category.title,
      items.filter((item) => myDataItems[item] === category.key),
    ),
  );
  const other = items.filter((item) => !named.has(myDataItems[item]));
  return other.length > 0 ? [...groups, group('other', null, other)] : groups;
}

/** The register the member's data is kept in: the one whose data content starts with registration. */
export async function memberRegister(tx: Tx): Promise<Register | undefined> {
  const registers = await registersInForce(tx);
  return registers.find((r) => r.dataContent.some((c) => c.key === 'registration')) ?? registers[0];
}

// --- Restriction of processing (E10, GDPR Art. 18) ------------------------------------------------------

/**
 * While a member has restricted processing, their data is only stored. Every feature that uses members'
 * data for something other than showing it to them must leave them out:
 * - invitations to research tasks and events (whom to invite): query with `membersOpenToProcessing`;
 * - prize draws among members (who may be drawn): check `isProcessingRestricted` per entrant, or query
 *   with `membersOpenToProcessing`;
 * - analysis of profiles and research answers (whose rows are counted): join through
 *   `membersOpenToProcessing`.
 * Showing, correcting, exporting and deleting their own data stay open to the member.
 */
export function isProcessingRestricted(member: { processing_restricted_at: Date | string | null }): boolean {
  return member.processing_restricted_at !== null;
}

/** Members who may be invited, drawn and analysed: not erased, and not restricted. Chain `.select(…)`. */
export function membersOpenToProcessing(tx: Tx) {
  return tx
    .selectFrom('members')
    .where('members.erased_at', 'is', null)
    .where('members.processing_restricted_at', 'is', null);
}

/**
 * Restricting and lifting are the member's own acts, audited like a consent change. The register owner
 * restricts on the member's behalf when the request arrived by another channel (a letter, a call): the
 * actor is then the staff user, acting on a logged request.
 */
export async function restrictProcessing(
  tx: Tx,
  member: { id: string; organisation_id: string },
  now: Date,
  onBehalf?: { staffId: string; requestId: string },
): Promise<void> {
  await tx
    .updateTable('members')
    .set({ processing_restricted_at: now })
    .where('id', '=', member.id)
    .where('processing_restricted_at', 'is', null)
    .execute();
  await audit(tx, {
    organisationId: member.organisation_id,
    actor: onBehalf ? { type: 'staff', id: onBehalf.staffId } : { type: 'member', id: member.id },
    permission: onBehalf ? 'members.manage' : null,
    action: 'member.restrict',
    subjectMemberId: member.id,
    ...(onBehalf ? { details: { request: onBehalf.requestId } } : {}),
  });
}

export async function liftProcessingRestriction(
  tx: Tx,
  member: { id: string; organisation_id: string },
): Promise<void> {
  await tx
    .updateTable('members')
    .set({ processing_restricted_at: null })
    .where('id', '=', member.id)
    .execute();
  await audit(tx, {
    organisationId: member.organisation_id,
    actor: { type: 'member', id: member.id },
    action: 'member.lift_restriction',
    subjectMemberId: member.id,
  });
}

// --- What is kept after deletion, why and until when ----------------------------------------------------

/**
 * A reported reward is kept until the end of the sixth year after the year it was paid: the payer's records
 * of a payment reported to the Incomes Register must stay checkable and correctable for the tax period.
 * A register may state its own period with a retention rule `reported_rewards` (days from payment).
 */
export const REPORTED_REWARD_KEPT_YEARS = 6;

export interface LegalHold {
  kind: 'reported_reward';
  rewardId: string;
  description: LocalisedText;
  paidOn: string;
  /** YYYY-MM-DD: the last day it is kept. */
  keptUntil: string;
}

/** Decides what a legal obligation keeps when the member deletes their data: for now, reported rewards. */
export function legalHolds(rewards: Reward[], register?: Register): LegalHold[] {
  const rule = register?.retention.find((r) => r.key === 'reported_rewards');
  return rewards
    .filter((reward) => reward.reportedToIncomesRegisterOn !== null)
    .map((reward) => ({
      kind: 'reported_reward' as const,
      rewardId: reward.id,
      description: reward.description,
      paidOn: reward.paidOn,
      keptUntil:
        rule?.periodDays !== undefined
          ? new Date(Date.parse(`${reward.paidOn}T00:00:00Z`) + rule.periodDays * 86_400_000)
              .toISOString()
              .slice(0, 10)
          : `${Number(reward.paidOn.slice(0, 4)) + REPORTED_REWARD_KEPT_YEARS}-12-31`,
    }));
}

export interface KeptNote {
  what: string;
  why: string;
  until: string;
}

/** The note shown (and mailed) in the member's language: what is kept, why, and until when. */
export function describeLegalHolds(holds: LegalHold[], i18n: Translator): KeptNote[] {
  return holds.map((hold) => ({
    what: i18n.t('myData.kept.reward.what', {
      description: hold.description[i18n.language],
      date: i18n.date(hold.paidOn),
    }),
    why: i18n.t('myData.kept.reward.why'),
    until: i18n.t('myData.kept.reward.until', { date: i18n.date(hold.keptUntil) }),
  }));
}

/** Everything kept after deletion: the records without identity, then whatever a legal obligation keeps. */
export function keptAfterDeletion(holds: LegalHold[], i18n: Translator): KeptNote[] {
  const noLongerYou = i18n.t('myData.kept.noLongerYou');
  return [
    {
      what: i18n.t('myData.kept.consents.what'),
      why: i18n.t('myData.kept.consents.why'),
      until: noLongerYou,
    },
    { what: i18n.t('myData.kept.audit.what'), why: i18n.t('myData.kept.audit.why'), until: noLongerYou },
    ...describeLegalHolds(holds, i18n),
  ];
}

// --- The export (right of access and portability) ------------------------------------------------------

const localised = (text: LocalisedText, language: LanguageCode) => text[language];

/** The machine-readable copy: everything on the page, consents as Kantara receipts, and staff reads. */
export function presentMyDataExport(
  data: MyData,
  context: { organisation: Organisation; register: Register | undefined; publicUrl: URL; now: Date },
) {
  const { organisation, register, publicUrl, now } = context;
  const language = data.language;
  const groups = groupByDataContent(register, data);
  return {
    format: 'kuule-my-data/1',
    exportedAt: now.toISOString(),
    controller: {
      name: organisation.name[language],
      contact: organisation.contact_email,
      url: new URL(`/${organisation.slug}`, publicUrl).toString(),
    },
    register: register
      ? {
          slug: register.slug,
          title: register.title[language],
          notice: new URL(`/${organisation.slug}/privacy/${register.slug}`, publicUrl).toString(),
        }
      : null,
    dataContent: groups.map((group) => ({
      category: group.key,
      title: group.title ? group.title[language] : null,
      items: group.items,
      holdsData: group.holdsData,
    })),
    membership: {
      memberKey: data.memberKey,
      email: data.email,
      pendingEmail: data.pendingEmail
        ? { email: data.pendingEmail.email, expiresAt: data.pendingEmail.expiresAt.toISOString() }
        : null,
      pseudonym: data.pseudonym,
      language: data.language,
      joinedAt: data.joinedAt.toISOString(),
      lastActiveAt: data.lastActiveAt.toISOString(),
      processingRestrictedAt: data.processingRestrictedAt?.toISOString() ?? null,
    },
    sessions: data.sessions.map((session) => ({
      startedAt: session.startedAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
    })),
    consents: data.consents.map((consent) => presentConsentReceipt(consent, organisation, publicUrl)),
    profile: data.profile.map((entry) => ({
      questionKey: entry.questionKey,
      question: localised(entry.question, language),
      values: entry.values,
      answers: entry.labels.map((label) => localised(label, language)),
    })),
    contactDetails: data.contactDetails,
    contactDetailsReadBy: data.contactReadBy.map((read) => ({
      staff: read.name,
      at: new Date(read.at).toISOString(),
    })),
    researchAnswers: data.researchAnswers.map((answer) => ({
      task: localised(answer.task, language),
      answeredOn: answer.answeredOn,
    })),
    events: data.events.map((event) => ({ event: localised(event.event, language), on: event.on })),
    rewards: data.rewards.map((reward) => ({
      description: localised(reward.description, language),
      paidOn: reward.paidOn,
      reportedToIncomesRegisterOn: reward.reportedToIncomesRegisterOn,
    })),
    keptByLegalObligation: legalHolds(data.rewards, register).map((hold) => ({
      kind: hold.kind,
      description: localised(hold.description, language),
      paidOn: hold.paidOn,
      keptUntil: hold.keptUntil,
    })),
  };
}

/** The message key naming an item on the page (its heading). */
export const itemHeadings: Record<Exclude<MyDataItem, 'specialCategories' | 'ipAddresses'>, MessageKey> = {
  membership: 'myData.item.membership',
  sessions: 'myData.item.sessions',
  membershipConsent: 'myData.item.membershipConsent',
  profile: 'me.profileHeading',
  researchAnswers: 'myData.item.researchAnswers',
  contactDetails: 'me.contactHeading',
  contactConsents: 'myData.item.contactConsents',
  contactReadBy: 'me.contactReadBy',
  events: 'myData.item.events',
  rewards: 'myData.item.rewards',
};
