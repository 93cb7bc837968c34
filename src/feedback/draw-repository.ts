import { createHmac, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { consentPurposes } from '../consents/consent-texts.ts';
import { open, seal, type VaultKeys } from '../members/identity-crypto.ts';
import type { Tx } from '../platform/db/database.ts';
import type { Language } from '../platform/i18n/languages.ts';
import { audit } from '../privacy/audit-log.ts';
import { type DrawContact, runDraw } from './prize-draw.ts';

/**
 * Draw entries and draws (E3, E6). An entry holds a sealed contact and nothing that leads to an answer:
 * no response id, no time, and no order: every new entry rewrites the survey's entries in a fresh random
 * order (under a per-survey lock), so neither the rows' physical order nor anything else in a dump says
 * which entry came when. A draw opens the winners' contacts once and deletes every entry of the survey in
 * the same transaction.
 */
function contactLookup(keys: VaultKeys, surveyId: string, contact: DrawContact): string {
  return createHmac('sha256', keys.lookupKey)
    .update(`draw\u0000${surveyId}\u0000${contact.kind}\u0000${contact.value}`)
    .digest('base64url');
}

async function lockSurveyDraw(tx: Tx, surveyId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`draw:${surveyId}`}, 0))`.execute(tx);
}

function shuffle<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export type EntryOutcome = 'entered' | 'ticket_used' | 'no_answer';

export async function enterDraw(
  tx: Tx,
  keys: VaultKeys,
  input: {
    organisationId: string;
    surveyId: string;
    contact: DrawContact;
    language: Language;
    ticketHash: string;
    answerStored: boolean;
  },
): Promise<EntryOutcome> {
  if (!input.answerStored) return 'no_answer';
  await lockSurveyDraw(tx, input.surveyId);
  const ticket = await tx
    .insertInto('draw_tickets_used')
    .values({
      organisation_id: input.organisationId,
      survey_id: input.surveyId,
      ticket_hash: input.ticketHash,
    })
    .onConflict((oc) => oc.column('ticket_hash').doNothing())
    .returning('ticket_hash')
    .executeTakeFirst();
  if (!ticket) return 'ticket_used';

  const existing = await tx
    .selectFrom('draw_entries')
    .select([
      'organisation_id',
      'survey_id',
      'contact_kind',
      'contact_encrypted',
      'contact_lookup',
      'consent_version',
      'consent_language',
    ])
    .where('survey_id', '=', input.surveyId)
    .execute();
  const lookup = contactLookup(keys, input.surveyId, input.contact);
  // The same contact twice is one entry; the answer says "entered" either way, so nobody learns
  // from this form whether an address was already in the draw.
  if (existing.some((entry) => entry.contact_lookup === lookup)) return 'entered';
  const entry = {
    organisation_id: input.organisationId,
    survey_id: input.surveyId,
    contact_kind: input.contact.kind,
    contact_encrypted: seal(keys, input.organisationId, input.contact.value),
    contact_lookup: lookup,
    consent_version: consentPurposes.prize_draw.current,
    consent_language: input.language,
  };
  await tx.deleteFrom('draw_entries').where('survey_id', '=', input.surveyId).execute();
  await tx
    .insertInto('draw_entries')
    .values(shuffle([...existing, entry]))
    .execute();
  return 'entered';
}

export async function countDrawEntries(tx: Tx, surveyId: string): Promise<number> {
  const row = await tx
    .selectFrom('draw_entries')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return row.count;
}

export interface DrawResult {
  drawId: string;
  entryCount: number;
  commitment: string;
  winners: DrawContact[];
}

/**
 * Runs the draw: winners by a cryptographically secure seed, the draw recorded with its commitment, the
 * winners' contacts returned to be shown once, and then every contact of the draw deleted (E6), with
 * the deletion recorded as counts only.
 */
export async function runPrizeDraw(
  tx: Tx,
  keys: VaultKeys,
  input: { organisationId: string; surveyId: string; staffId: string; winnerCount: number },
): Promise<DrawResult | undefined> {
  await lockSurveyDraw(tx, input.surveyId);
  const entries = await tx
    .selectFrom('draw_entries')
    .select(['id', 'contact_kind', 'contact_encrypted'])
    .where('survey_id', '=', input.surveyId)
    .execute();
  if (entries.length === 0) return undefined;
  const outcome = runDraw(
    entries.map((e) => e.id),
    input.winnerCount,
  );
  const winners = outcome.winnerIds.map((id) => {
    const entry = entries.find((e) => e.id === id)!;
    return { kind: entry.contact_kind, value: open(keys, input.organisationId, entry.contact_encrypted) };
  });
  const deleted = await tx
    .deleteFrom('draw_entries')
    .where('survey_id', '=', input.surveyId)
    .executeTakeFirst();
  await tx.deleteFrom('draw_tickets_used').where('survey_id', '=', input.surveyId).execute();
  const draw = await tx
    .insertInto('draws')
    .values({
      organisation_id: input.organisationId,
      survey_id: input.surveyId,
      drawn_by: input.staffId,
      entry_count: entries.length,
      winner_count: outcome.positions.length,
      entries_digest: outcome.digest,
      seed: outcome.seedHex,
      winner_positions: JSON.stringify(outcome.positions),
      commitment: outcome.commitment,
      contacts_deleted: Number(deleted.numDeletedRows),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'staff', id: input.staffId },
    permission: 'draws.run',
    action: 'draw.run',
    details: {
      survey: input.surveyId,
      entries: entries.length,
      winners: outcome.positions.length,
      contactsDeleted: Number(deleted.numDeletedRows),
    },
  });
  return { drawId: draw.id, entryCount: entries.length, commitment: outcome.commitment, winners };
}

export function listDraws(tx: Tx, surveyId: string) {
  return tx
    .selectFrom('draws as d')
    .innerJoin('staff_users as s', 's.id', 'd.drawn_by')
    .select([
      'd.id',
      'd.drawn_at',
      's.display_name as drawn_by',
      'd.entry_count',
      'd.winner_count',
      'd.commitment',
      'd.contacts_deleted',
    ])
    .where('d.survey_id', '=', surveyId)
    .orderBy('d.drawn_at', 'desc')
    .execute();
}
