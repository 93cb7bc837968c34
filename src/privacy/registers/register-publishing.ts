import { helsinkiDay } from '../../platform/calendar.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { audit } from '../audit-log.ts';
import { eventRules, retentionRules } from '../retention/retention-rules.ts';
import { type Collected, isDeclared } from './data-categories.ts';
import { dataInUse } from './data-in-use.ts';
import type { Register, RegisterContent } from './register.ts';
import {
  appendRegisterVersion,
  discardDraft,
  findDraft,
  findRegister,
  registersInForce,
} from './register-repository.ts';
import { emptyRequiredTexts, missingTranslations, registerContentSchema } from './register-schema.ts';

/**
 * Publishing a register: the draft becomes a new version in force, if the notice it makes is complete and
 * true to what the system does. Every reason to refuse is a problem the register owner can act on.
 */
export interface RegisterProblem {
  key: MessageKey;
  values: Record<string, string | number>;
}

const problem = (key: MessageKey, values: Record<string, string | number> = {}): RegisterProblem => ({
  key,
  values,
});

export interface PublishContext {
  slug: string;
  /** The version in force now, if the register has been published before. */
  inForce: Register | undefined;
  /** The organisation's other registers in force: a field they declare may leave this one. */
  otherRegisters: Register[];
  /** What the organisation collects today (`data-in-use.ts`). */
  inUse: Collected[];
}

export function publishProblems(content: RegisterContent, context: PublishContext): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  for (const path of emptyRequiredTexts(content)) problems.push(problem('registers.problem.empty', { path }));
  for (const missing of missingTranslations(content))
    problems.push(
      problem('registers.problem.translation', {
        path: missing.path,
        languages: missing.languages.join(', '),
      }),
    );
  const shape = registerContentSchema.safeParse(content);
  if (!shape.success && problems.length === 0)
    for (const issue of shape.error.issues.slice(0, 10))
      problems.push(problem('registers.problem.shape', { path: issue.path.join('.') || '-' }));

  // Retention: only rules the engine executes (or events), within what the law and the promises allow.
  const seenRules = new Set<string>();
  for (const rule of content.retention ?? []) {
    if (seenRules.has(rule.key))
      problems.push(problem('registers.problem.duplicateRule', { rule: rule.key }));
    seenRules.add(rule.key);
    const executor = retentionRules[rule.key];
    if (!executor && !eventRules.has(rule.key)) {
      problems.push(problem('registers.problem.unknownRule', { rule: rule.key }));
      continue;
    }
    if (executor && rule.periodDays !== undefined && rule.periodDays > executor.maxPeriodDays)
      problems.push(
        problem('registers.problem.periodTooLong', {
          rule: rule.key,
          days: rule.periodDays,
          max: executor.maxPeriodDays,
          promise: executor.promise,
        }),
      );
    // The notice words the period; a new period with the old words would make the notice untrue.
    const before = context.inForce?.retention.find((r) => r.key === rule.key);
    if (
      before &&
      before.periodDays !== rule.periodDays &&
      (['fi', 'sv', 'en'] as const).some(
        (language) => before.description[language] === rule.description[language],
      )
    )
      problems.push(
        problem('registers.problem.periodNotWorded', {
          rule: rule.key,
          from: before.periodDays ?? '-',
          to: rule.periodDays ?? '-',
        }),
      );
  }

  // Data content: keys unique, and nothing still collected may disappear from every register.
  const categoryKeys = (content.dataContent ?? []).map((category) => category.key);
  for (const key of new Set(categoryKeys.filter((k, i) => categoryKeys.indexOf(k) !== i)))
    problems.push(problem('registers.problem.duplicateCategory', { category: key }));
  const after = [...context.otherRegisters, { ...content, slug: context.slug, publishedOn: '' }];
  const stillCollected = new Map<string, string[]>();
  for (const item of context.inUse) {
    if (isDeclared(after, item)) continue;
    // Only what this register takes away: a field nobody declared before is the survey's problem.
    if (context.inForce && !isDeclared([context.inForce], item)) continue;
    const field = `${item.category}.${item.field}`;
    stillCollected.set(field, [...(stillCollected.get(field) ?? []), item.by]);
  }
  for (const [field, by] of stillCollected)
    problems.push(problem('registers.problem.inUse', { field, by: by.slice(0, 3).join('; ') }));
  return problems;
}

export type PublishResult = { ok: true; version: number } | { ok: false; problems: RegisterProblem[] };

/** Publishes the register's draft as its next version, audited; or says why not and changes nothing. */
export async function publishDraft(
  tx: Tx,
  input: {
    organisation: { id: string; community_enabled: boolean };
    slug: string;
    staffId: string;
    now: Date;
  },
): Promise<PublishResult> {
  const draft = await findDraft(tx, input.slug);
  if (!draft) return { ok: false, problems: [problem('registers.problem.noDraft')] };
  const inForce = await findRegister(tx, input.slug);
  const otherRegisters = (await registersInForce(tx)).filter((register) => register.slug !== input.slug);
  const problems = publishProblems(draft.content, {
    slug: input.slug,
    inForce,
    otherRegisters,
    inUse: await dataInUse(tx, input.organisation),
  });
  if (problems.length > 0) return { ok: false, problems };
  const content = registerContentSchema.parse(draft.content);
  const version = await appendRegisterVersion(tx, {
    organisationId: input.organisation.id,
    registerId: draft.registerId,
    content,
    publishedOn: helsinkiDay(input.now),
    publishedBy: input.staffId,
  });
  await discardDraft(tx, draft.registerId);
  await audit(tx, {
    organisationId: input.organisation.id,
    actor: { type: 'staff', id: input.staffId },
    permission: 'registers.manage',
    action: 'register.publish',
    details: { register: input.slug, version },
  });
  return { ok: true, version };
}
