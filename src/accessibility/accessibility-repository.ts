import type { Tx } from '../platform/db/database.ts';
import type { AccessibilityFeedbackInput } from './accessibility-feedback.ts';

export async function recordAccessibilityFeedback(
  tx: Tx,
  organisationId: string,
  input: AccessibilityFeedbackInput & { receivedOn: string; replyDueOn: string },
): Promise<void> {
  await tx
    .insertInto('accessibility_feedback')
    .values({
      organisation_id: organisationId,
      message: input.message,
      page: input.page,
      reply_to: input.replyTo,
      received_on: input.receivedOn,
      reply_due_on: input.replyDueOn,
    })
    .execute();
}

/** Open feedback first, the most urgent at the top. Row-level security limits it to the organisation. */
export function listAccessibilityFeedback(tx: Tx) {
  return tx
    .selectFrom('accessibility_feedback')
    .select(['id', 'message', 'page', 'reply_to', 'received_on', 'reply_due_on', 'replied_on'])
    .orderBy('replied_on', (ob) => ob.desc().nullsFirst())
    .orderBy('reply_due_on', 'asc')
    .execute();
}
