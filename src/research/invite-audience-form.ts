import { z } from 'zod';
import type { TaskAudience } from '../platform/db/schema.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';

/**
 * The console's audience form (issue 6), read as a plain function: the kind (all, or by background and
 * participation), one checkbox group per background question (`q_<key>`), and optionally participation
 * in another task of the organisation. Anything the organisation does not offer — an unknown question, an
 * option the question does not have, a task that is not the organisation's — refuses the whole form.
 */
export interface AudienceFormState {
  kind: 'all' | 'background' | '';
  answers: Record<string, string[]>;
  participationTask: string;
  participation: 'took' | 'not_took' | '';
}

export interface AudienceQuestion {
  key: string;
  options: { value: string }[];
}

const baseForm = z.object({
  kind: z.enum(['all', 'background'], { error: 'invite.error.kind' satisfies MessageKey }),
  participationTask: z
    .string({ error: 'invite.error.participationTask' satisfies MessageKey })
    .refine((v) => v === '' || z.uuid().safeParse(v).success, {
      message: 'invite.error.participationTask' satisfies MessageKey,
    })
    .default(''),
  participation: z
    .enum(['', 'took', 'not_took'], { error: 'invite.error.participationChoice' satisfies MessageKey })
    .default(''),
  action: z.enum(['save', 'preview']).catch('save'),
});

export type AudienceFormResult =
  | { ok: true; audience: TaskAudience; action: 'save' | 'preview'; state: AudienceFormState }
  | { ok: false; errors: FieldError[]; state: AudienceFormState };

const asList = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]);

export function readAudienceForm(
  body: Record<string, unknown>,
  questions: AudienceQuestion[],
  /** The organisation's other tasks (participation may refer only to them). */
  otherTaskIds: string[],
): AudienceFormResult {
  const errors: FieldError[] = [];
  const field = (name: string, message: MessageKey) => {
    if (!errors.some((e) => e.field === name)) errors.push({ field: name, message });
  };
  const answers: Record<string, string[]> = {};
  for (const [name, raw] of Object.entries(body)) {
    if (!name.startsWith('q_')) continue;
    const question = questions.find((q) => `q_${q.key}` === name);
    if (!question) {
      field('background', 'invite.error.unknownQuestion');
      continue;
    }
    const chosen = asList(raw);
    const offered = new Set(question.options.map((o) => o.value));
    if (!chosen.every((v): v is string => typeof v === 'string' && offered.has(v))) {
      field(name, 'invite.error.unknownOption');
      continue;
    }
    const unique = [...new Set(chosen)];
    if (unique.length > 0) answers[question.key] = unique;
  }
  const base = baseForm.safeParse(body);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const state: AudienceFormState = {
    kind: base.success
      ? base.data.kind
      : ((['all', 'background'].find((k) => k === body.kind) as 'all') ?? ''),
    answers,
    participationTask: base.success ? base.data.participationTask : text(body.participationTask),
    participation: base.success ? base.data.participation : '',
  };
  if (!base.success) {
    for (const issue of base.error.issues)
      field(String(issue.path[0] ?? 'kind'), issue.message as MessageKey);
    return { ok: false, errors, state };
  }
  const form = base.data;
  if (form.kind === 'background') {
    if (form.participationTask && !otherTaskIds.includes(form.participationTask))
      field('participationTask', 'invite.error.participationTask');
    if (form.participationTask && !form.participation)
      field('participation', 'invite.error.participationChoice');
    if (errors.length === 0 && !form.participationTask && Object.keys(answers).length === 0)
      field('kind', 'invite.error.noCriteria');
  }
  if (errors.length > 0) return { ok: false, errors, state };
  const audience: TaskAudience =
    form.kind === 'all'
      ? { kind: 'all' }
      : {
          kind: 'background',
          answers,
          ...(form.participationTask
            ? { participation: { taskId: form.participationTask, took: form.participation === 'took' } }
            : {}),
        };
  return { ok: true, audience, action: form.action, state };
}

/** The form's state for a saved audience. */
export function audienceFormState(audience: TaskAudience): AudienceFormState {
  if (audience.kind === 'all') return { kind: 'all', answers: {}, participationTask: '', participation: '' };
  return {
    kind: 'background',
    answers: audience.answers,
    participationTask: audience.participation?.taskId ?? '',
    participation: audience.participation ? (audience.participation.took ? 'took' : 'not_took') : '',
  };
}
