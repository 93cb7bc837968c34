import type { Tx } from '../platform/db/database.ts';

/**
 * E9: before any access, a staff user must have accepted the organisation's current confidentiality
 * commitment and have data-protection training recorded within the organisation's interval.
 */
export type StaffGate =
  | { open: true }
  | { open: false; reason: 'commitment'; commitmentId: string }
  | { open: false; reason: 'training' };

export function trainingIsCurrent(
  lastTrainingOn: string | null,
  intervalMonths: number,
  today: string,
): boolean {
  if (!lastTrainingOn) return false;
  const due = new Date(`${lastTrainingOn}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + intervalMonths);
  return today < due.toISOString().slice(0, 10);
}

export async function currentCommitment(tx: Tx) {
  return tx
    .selectFrom('confidentiality_commitments')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function staffGate(
  tx: Tx,
  staff: { id: string; lastTrainingOn: string | null },
  trainingIntervalMonths: number,
  today: string,
): Promise<StaffGate> {
  const commitment = await currentCommitment(tx);
  if (commitment) {
    const accepted = await tx
      .selectFrom('commitment_acceptances')
      .select('id')
      .where('staff_user_id', '=', staff.id)
      .where('commitment_id', '=', commitment.id)
      .executeTakeFirst();
    if (!accepted) return { open: false, reason: 'commitment', commitmentId: commitment.id };
  }
  if (!trainingIsCurrent(staff.lastTrainingOn, trainingIntervalMonths, today))
    return { open: false, reason: 'training' };
  return { open: true };
}

export async function acceptCommitment(
  tx: Tx,
  input: { organisationId: string; staffUserId: string; commitmentId: string },
) {
  await tx
    .insertInto('commitment_acceptances')
    .values({
      organisation_id: input.organisationId,
      staff_user_id: input.staffUserId,
      commitment_id: input.commitmentId,
    })
    .onConflict((oc) => oc.columns(['staff_user_id', 'commitment_id']).doNothing())
    .execute();
}
