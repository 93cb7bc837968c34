import { eraseMember } from '../../members/erase-member.ts';
import type { VaultKeys } from '../../members/identity-crypto.ts';
import { findMemberIdByEmail } from '../../members/identity-vault.ts';
import { findMember, type Member } from '../../members/member-repository.ts';
import {
  collectMyData,
  memberRegister,
  presentMyDataExport,
  restrictProcessing,
} from '../../members/my-data.ts';
import type { Organisation } from '../../organisations/organisation-repository.ts';
import type { Tx } from '../../platform/db/database.ts';
import { audit } from '../audit-log.ts';
import { activeHold, type MemberHold } from './member-holds.ts';
import { extendedDueOn, extensionRefusal, requestDueOn } from './request-deadlines.ts';
import {
  closeRequest,
  type DataSubjectRequest,
  findRequest,
  insertRequest,
  type RequestChannel,
  type RequestKind,
  type RequestResolution,
  recordExtension,
} from './request-repository.ts';

/**
 * E10: data subject requests that arrive by other channels, fulfilled with the same machinery as the
 * member's own "my data" page: erasure → `eraseMember`, restriction and objection → `restrictProcessing`,
 * access → the member's own export (`presentMyDataExport`), audited as a staff read. Rectification: personal
 * data comes only from the member (H15), so staff record what the member was asked to correct, or what they
 * corrected, and close. Every change is audited in its own transaction.
 */
const PERMISSION = 'members.manage';

export interface NewRequest {
  kind: RequestKind;
  channel: RequestChannel;
  receivedOn: string;
  caseReference: string;
  identityCheck: string;
  /** Used once, to find the member by the vault's keyed-hash lookup; never stored with the request. */
  email: string | null;
}

export async function logRequest(
  tx: Tx,
  keys: VaultKeys,
  input: NewRequest & { organisationId: string; staffId: string },
): Promise<{ id: string; memberFound: boolean }> {
  const memberId = input.email
    ? ((await findMemberIdByEmail(tx, keys, input.organisationId, input.email)) ?? null)
    : null;
  const id = await insertRequest(tx, {
    organisationId: input.organisationId,
    kind: input.kind,
    channel: input.channel,
    receivedOn: input.receivedOn,
    dueOn: requestDueOn(input.receivedOn),
    caseReference: input.caseReference,
    identityCheck: input.identityCheck,
    memberId,
    staffId: input.staffId,
  });
  await audit(tx, {
    organisationId: input.organisationId,
    actor: { type: 'staff', id: input.staffId },
    permission: PERMISSION,
    action: 'request.create',
    subjectMemberId: memberId,
    details: { request: id, kind: input.kind, channel: input.channel, memberFound: memberId !== null },
  });
  return { id, memberFound: memberId !== null };
}

/** The member a request concerns, as it is now: undefined when none matched or they are already erased. */
export async function memberOfRequest(tx: Tx, request: DataSubjectRequest): Promise<Member | undefined> {
  if (!request.member_id) return undefined;
  const member = await findMember(tx, request.member_id);
  return member && member.erased_at === null ? member : undefined;
}

export type ExtendOutcome =
  | { ok: true; extendedDueOn: string }
  | { ok: false; refusal: NonNullable<ReturnType<typeof extensionRefusal>> };

export async function extendRequest(
  tx: Tx,
  request: DataSubjectRequest,
  input: { reasons: string; notifiedOn: string; today: string; staffId: string },
): Promise<ExtendOutcome> {
  const refusal = extensionRefusal(request, input);
  if (refusal) return { ok: false, refusal };
  const extended = extendedDueOn(request.received_on);
  if (
    !(await recordExtension(tx, request.id, {
      extendedDueOn: extended,
      reasons: input.reasons.trim(),
      notifiedOn: input.notifiedOn,
    }))
  )
    return { ok: false, refusal: 'already_extended' };
  await audit(tx, {
    organisationId: request.organisation_id,
    actor: { type: 'staff', id: input.staffId },
    permission: PERMISSION,
    action: 'request.extend',
    subjectMemberId: request.member_id,
    details: { request: request.id, extendedDueOn: extended, notifiedOn: input.notifiedOn },
  });
  return { ok: true, extendedDueOn: extended };
}

export type FulfilOutcome =
  | { ok: true; resolution: RequestResolution }
  | { ok: false; reason: 'closed' | 'outcome_required' }
  | { ok: false; reason: 'held'; hold: MemberHold };

export async function fulfilRequest(
  tx: Tx,
  request: DataSubjectRequest,
  input: { outcome: string | null; now: Date; today: string; staffId: string },
): Promise<FulfilOutcome> {
  if (request.status !== 'open') return { ok: false, reason: 'closed' };
  const member = await memberOfRequest(tx, request);
  let resolution: RequestResolution;
  if (!member) {
    // Nothing identifiable is held (GDPR Art. 11): the request is answered by saying so.
    resolution = 'no_data_held';
  } else {
    switch (request.kind) {
      case 'erasure': {
        const hold = await activeHold(tx, member.id, input.today);
        if (hold) return { ok: false, reason: 'held', hold };
        await eraseMember(tx, {
          organisationId: request.organisation_id,
          memberId: member.id,
          reason: 'data_subject_request',
          now: input.now,
          actor: { type: 'staff', id: input.staffId },
          permission: PERMISSION,
        });
        resolution = 'erased';
        break;
      }
      case 'restriction':
      case 'objection':
        await restrictProcessing(tx, member, input.now, { staffId: input.staffId, requestId: request.id });
        resolution = 'restricted';
        break;
      case 'access':
        resolution = 'access_provided';
        break;
      case 'rectification':
        // H15: staff do not write the member's data; they record what the member was asked to correct.
        if (!input.outcome) return { ok: false, reason: 'outcome_required' };
        resolution = 'rectified';
        break;
    }
  }
  if (
    !(await closeRequest(tx, request.id, {
      status: 'fulfilled',
      resolution,
      outcome: input.outcome,
      today: input.today,
      staffId: input.staffId,
    }))
  )
    return { ok: false, reason: 'closed' };
  await audit(tx, {
    organisationId: request.organisation_id,
    actor: { type: 'staff', id: input.staffId },
    permission: PERMISSION,
    action: 'request.fulfil',
    subjectMemberId: request.member_id,
    details: { request: request.id, kind: request.kind, resolution },
  });
  return { ok: true, resolution };
}

export async function refuseRequest(
  tx: Tx,
  request: DataSubjectRequest,
  input: { reason: string; today: string; staffId: string },
): Promise<boolean> {
  if (
    !(await closeRequest(tx, request.id, {
      status: 'refused',
      resolution: 'refused',
      outcome: input.reason,
      today: input.today,
      staffId: input.staffId,
    }))
  )
    return false;
  await audit(tx, {
    organisationId: request.organisation_id,
    actor: { type: 'staff', id: input.staffId },
    permission: PERMISSION,
    action: 'request.refuse',
    subjectMemberId: request.member_id,
    details: { request: request.id, kind: request.kind },
  });
  return true;
}

/**
 * Right of access by another channel: the very export the member downloads from their own page, read by
 * staff and therefore audited (a staff read of personal data).
 */
export async function exportForRequest(
  tx: Tx,
  input: {
    requestId: string;
    organisation: Organisation;
    keys: VaultKeys;
    publicUrl: URL;
    now: Date;
    staffId: string;
  },
) {
  const request = await findRequest(tx, input.requestId);
  // The copy is what an open access request is fulfilled with, and nothing else opens it.
  if (request?.kind !== 'access' || request.status !== 'open') return undefined;
  const member = await memberOfRequest(tx, request);
  if (!member) return undefined;
  const data = await collectMyData(tx, input.keys, member);
  const register = await memberRegister(tx);
  await audit(tx, {
    organisationId: input.organisation.id,
    actor: { type: 'staff', id: input.staffId },
    permission: PERMISSION,
    action: 'request.export',
    subjectMemberId: member.id,
    details: { request: request.id },
  });
  // The export opens the member's contact details too: the member sees this read among the staff reads
  // of their contact details (H6), like any other.
  if (data.contactDetails.length > 0)
    await audit(tx, {
      organisationId: input.organisation.id,
      actor: { type: 'staff', id: input.staffId },
      permission: PERMISSION,
      action: 'contact_details.read',
      subjectMemberId: member.id,
      details: { request: request.id, purposes: data.contactDetails.map((c) => c.purpose).join(',') },
    });
  return presentMyDataExport(data, {
    organisation: input.organisation,
    register,
    publicUrl: input.publicUrl,
    now: input.now,
  });
}
