import type { Selectable } from 'kysely';
import type { Tx } from '../../platform/db/database.ts';
import type { DataSubjectRequestsTable } from '../../platform/db/schema.ts';

/** Queries of data subject requests (E10). Run inside `db.forOrganisation`. */
export type DataSubjectRequest = Selectable<DataSubjectRequestsTable>;
export type RequestKind = DataSubjectRequest['kind'];
export type RequestChannel = DataSubjectRequest['channel'];
export type RequestResolution = NonNullable<DataSubjectRequest['resolution']>;

export const requestKinds = ['access', 'rectification', 'erasure', 'restriction', 'objection'] as const;
export const requestChannels = ['letter', 'phone', 'email', 'in_person', 'other'] as const;

export async function insertRequest(
  tx: Tx,
  input: {
    organisationId: string;
    kind: RequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    caseReference: string;
    identityCheck: string;
    memberId: string | null;
    staffId: string;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('data_subject_requests')
    .values({
      organisation_id: input.organisationId,
      kind: input.kind,
      channel: input.channel,
      received_on: input.receivedOn,
      due_on: input.dueOn,
      case_reference: input.caseReference,
      identity_check: input.identityCheck,
      member_id: input.memberId,
      created_by: input.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findRequest(tx: Tx, id: string): Promise<DataSubjectRequest | undefined> {
  return tx.selectFrom('data_subject_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open requests by their deadline (soonest first), then closed ones, newest first. */
export async function listRequests(tx: Tx): Promise<DataSubjectRequest[]> {
  const rows = await tx.selectFrom('data_subject_requests').selectAll().execute();
  const deadline = (r: DataSubjectRequest) => r.extended_due_on ?? r.due_on;
  const open = rows.filter((r) => r.status === 'open').sort((a, b) => deadline(a).localeCompare(deadline(b)));
  const closed = rows
    .filter((r) => r.status !== 'open')
    .sort(
      (a, b) =>
        (b.closed_on ?? '').localeCompare(a.closed_on ?? '') || b.received_on.localeCompare(a.received_on),
    );
  return [...open, ...closed];
}

/** Open requests whose deadline in force is on or before `until`. */
export function openRequestsDueBy(tx: Tx, until: string) {
  return tx
    .selectFrom('data_subject_requests')
    .select(['id', 'kind', 'case_reference', 'received_on', 'due_on', 'extended_due_on', 'status'])
    .where('status', '=', 'open')
    .where((eb) => eb(eb.fn.coalesce('extended_due_on', 'due_on'), '<=', until))
    .execute();
}

export async function recordExtension(
  tx: Tx,
  id: string,
  input: { extendedDueOn: string; reasons: string; notifiedOn: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('data_subject_requests')
    .set({
      extended_due_on: input.extendedDueOn,
      extension_reasons: input.reasons,
      extension_notified_on: input.notifiedOn,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('extended_due_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function closeRequest(
  tx: Tx,
  id: string,
  input: {
    status: 'fulfilled' | 'refused';
    resolution: RequestResolution;
    outcome: string | null;
    today: string;
    staffId: string;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('data_subject_requests')
    .set({
      status: input.status,
      resolution: input.resolution,
      outcome: input.outcome,
      closed_on: input.today,
      closed_by: input.staffId,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
