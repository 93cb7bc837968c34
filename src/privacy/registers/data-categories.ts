import type { SurveyVersion } from '../../surveys/survey-definition.ts';
import type { Register } from './register.ts';

/**
 * Data content enforced (issue "registers as data"): a survey may collect only what a register of its
 * organisation declares. Each question type and background question maps to a register data field
 * (category.field); publishing a survey that would collect an undeclared one is refused, naming the
 * register to update.
 */
export interface Collected {
  category: string;
  field: string;
  /** What collects it, for the message: e.g. 'question "improve"', 'the prize draw'. */
  by: string;
}

/** Background catalogue keys → the register's field for them (E4 lists age, occupation, …). */
const BACKGROUND_FIELDS: Record<string, string> = {
  age: 'age',
  age_band: 'age',
  profession: 'occupation',
  occupation: 'occupation',
  family_situation: 'family_situation',
  gender: 'gender',
  mother_tongue: 'mother_tongue',
  role: 'role',
};

export function collectedByFeedbackSurvey(survey: SurveyVersion, drawEnabled: boolean): Collected[] {
  const collected: Collected[] = [];
  for (const question of survey.pages.flatMap((page) => page.questions)) {
    const by = `question "${question.id}"`;
    if (question.type === 'background') {
      collected.push({
        category: 'background',
        field: BACKGROUND_FIELDS[question.catalogueKey] ?? question.catalogueKey,
        by,
      });
    } else if (question.type === 'short_text' || question.type === 'long_text') {
      collected.push({ category: 'feedback', field: 'feedback_text', by });
    } else {
      collected.push({ category: 'feedback', field: 'feedback_rating', by });
    }
  }
  if (drawEnabled) {
    collected.push({ category: 'draw_contacts', field: 'email', by: 'the prize draw' });
    collected.push({ category: 'draw_contacts', field: 'phone', by: 'the prize draw' });
  }
  return collected;
}

/** The register that covers feedback surveys: the one whose data content has the feedback category. */
export function feedbackRegister(registers: Register[]): Register | undefined {
  return registers.find((register) => register.dataContent.some((category) => category.key === 'feedback'));
}

/** What a survey would collect that its register does not declare, as messages naming the register. */
export function undeclaredCollection(
  registers: Register[],
  survey: SurveyVersion,
  drawEnabled: boolean,
): string[] {
  const register = feedbackRegister(registers);
  if (!register)
    return [
      'No register of this organisation declares feedback data: add a register with a "feedback" data category before publishing.',
    ];
  const declared = (category: string, field: string) =>
    register.dataContent.some((c) => c.key === category && c.fields.some((f) => f.key === field));
  return collectedByFeedbackSurvey(survey, drawEnabled)
    .filter((item) => !declared(item.category, item.field))
    .map(
      (item) =>
        `${item.by} collects "${item.category}.${item.field}", which the register "${register.slug}" (${register.title.en}) does not declare: update the register first.`,
    );
}
