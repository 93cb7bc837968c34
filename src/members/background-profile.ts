import type { Kysely, Selectable } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { BackgroundOption, BackgroundQuestionsTable, DB, LocalisedText } from '../platform/db/schema.ts';
import { undeclaredBackgroundQuestions } from '../privacy/registers/data-categories.ts';
import { registersInForce } from '../privacy/registers/register-repository.ts';

export type BackgroundQuestion = Selectable<BackgroundQuestionsTable>;

export interface NewBackgroundQuestion {
  key: string;
  kind: 'single_choice' | 'multiple_choice';
  text: LocalisedText;
  options: BackgroundOption[];
}

/**
 * Adds the organisation's background questions. A question may collect only what a register of the
 * organisation declares (H2, data content): otherwise nothing is added and the error names the register.
 */
export async function defineBackgroundQuestions(
  db: Kysely<DB>,
  organisationId: string,
  questions: NewBackgroundQuestion[],
) {
  const undeclared = undeclaredBackgroundQuestions(
    await registersInForce(db, organisationId),
    questions.map((q) => q.key),
  );
  if (undeclared.length > 0) throw new Error(undeclared.join('\n'));
  await db
    .insertInto('background_questions')
    .values(
      questions.map((q, position) => ({
        organisation_id: organisationId,
        key: q.key,
        kind: q.kind,
        text: JSON.stringify(q.text),
        options: JSON.stringify(q.options),
        position,
      })),
    )
    .execute();
}

export function listBackgroundQuestions(tx: Tx): Promise<BackgroundQuestion[]> {
  return tx.selectFrom('background_questions').selectAll().orderBy('position').execute();
}

export async function profileAnswers(tx: Tx, memberId: string): Promise<Map<string, string[]>> {
  const rows = await tx
    .selectFrom('profile_answers')
    .select(['question_id', 'answer'])
    .where('member_id', '=', memberId)
    .execute();
  return new Map(rows.map((row) => [row.question_id, row.answer]));
}

/**
 * H2: reads a posted profile form. Every question is optional: no choice (or "no answer") clears it.
 * Only offered options are accepted and a single-choice question takes one; anything else is refused whole.
 */
export function readProfileForm(
  questions: BackgroundQuestion[],
  body: Record<string, unknown>,
): { ok: true; answers: Map<string, string[]> } | { ok: false; questionKey: string } {
  const answers = new Map<string, string[]>();
  for (const question of questions) {
    const raw = body[`q_${question.key}`];
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v !== '');
    const offered = new Set(question.options.map((o) => o.value));
    const valid =
      chosen.every((v) => typeof v === 'string' && offered.has(v)) &&
      new Set(chosen).size === chosen.length &&
      (question.kind === 'multiple_choice' || chosen.length <= 1);
    if (!valid) return { ok: false, questionKey: question.key };
    answers.set(question.id, chosen as string[]);
  }
  return { ok: true, answers };
}

export async function saveProfile(
  tx: Tx,
  member: { id: string; organisation_id: string },
  answers: Map<string, string[]>,
) {
  for (const [questionId, answer] of answers) {
    if (answer.length === 0) {
      await tx
        .deleteFrom('profile_answers')
        .where('member_id', '=', member.id)
        .where('question_id', '=', questionId)
        .execute();
      continue;
    }
    await tx
      .insertInto('profile_answers')
      .values({
        organisation_id: member.organisation_id,
        member_id: member.id,
        question_id: questionId,
        answer: JSON.stringify(answer),
      })
      .onConflict((oc) =>
        oc
          .columns(['member_id', 'question_id'])
          .doUpdateSet({ answer: JSON.stringify(answer), updated_at: new Date() }),
      )
      .execute();
  }
}
