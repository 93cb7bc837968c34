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

/**
 * What a community research survey collects (issue 6): its background questions are the member's background
 * information, and every other answer is personal data related to life situation, experiences and the use
 * of services (the member register's words).
 */
export function collectedByResearchSurvey(survey: SurveyVersion): Collected[] {
  return survey.pages
    .flatMap((page) => page.questions)
    .map((question) => ({
      category: 'background',
      field: question.type === 'background' ? 'background' : 'life_situation_and_service_experiences',
      by: `question "${question.id}"`,
    }));
}

/** What a research survey would collect that no register declares, as messages naming the register to update. */
export function undeclaredResearchCollection(registers: Register[], survey: SurveyVersion): string[] {
  const memberRegister = registers.find((r) => r.dataContent.some((c) => c.key === 'registration'));
  const target = memberRegister ? `the register "${memberRegister.slug}"` : 'a register of the organisation';
  return collectedByResearchSurvey(survey)
    .filter((item) => !isDeclared(registers, item))
    .map(
      (item) =>
        `${item.by} collects "${item.category}.${item.field}", which no register declares: add it to the data content of ${target} first.`,
    );
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

/**
 * Background profile questions of the community → the register's field for them: the Helsinki register
 * declares basic background separately from life situation and service experiences.
 */
const COMMUNITY_BACKGROUND_FIELDS: Record<string, string> = {
  life_situation: 'life_situation_and_service_experiences',
  services_used: 'life_situation_and_service_experiences',
  service_experiences: 'life_situation_and_service_experiences',
};

/**
 * What background questions would collect that no register declares, as messages naming the register to
 * update (the community's member register: the one that declares registration).
 */
export function undeclaredBackgroundQuestions(registers: Register[], questionKeys: string[]): string[] {
  const memberRegister = registers.find((r) => r.dataContent.some((c) => c.key === 'registration'));
  const target = memberRegister ? `the register "${memberRegister.slug}"` : 'a register of the organisation';
  return collectedByCommunity({ backgroundQuestionKeys: questionKeys, contactFields: [] })
    .filter((item) => item.category === 'background' && !isDeclared(registers, item))
    .map(
      (item) =>
        `${item.by} collects "${item.category}.${item.field}", which no register declares: add it to the data content of ${target} first.`,
    );
}

/** Contact fields (H6) → the register's field keys. */
const CONTACT_FIELDS: Record<string, string> = {
  name: 'name',
  phone: 'phone',
  postalAddress: 'postal_address',
};

/**
 * What a community collects: the email at joining (H1), each background question (H2), the contact
 * fields of each contact purpose (H6) and the client address of sign-up, sign-in and posting (H8).
 */
export function collectedByCommunity(input: {
  backgroundQuestionKeys: string[];
  contactFields: readonly string[];
}): Collected[] {
  return [
    { category: 'registration', field: 'email', by: 'joining the community' },
    ...input.backgroundQuestionKeys.map((key) => ({
      category: 'background',
      field: COMMUNITY_BACKGROUND_FIELDS[key] ?? 'background',
      by: `background question "${key}"`,
    })),
    ...[...new Set(input.contactFields)].map((field) => ({
      category: 'event_and_reward_contacts',
      field: CONTACT_FIELDS[field] ?? field,
      by: `contact field "${field}"`,
    })),
    { category: 'technical', field: 'ip_address', by: 'the abuse log of sign-up, sign-in and posts' },
  ];
}

/** Whether any of the registers declares category.field. */
export function isDeclared(registers: Register[], item: Pick<Collected, 'category' | 'field'>): boolean {
  return registers.some((register) =>
    register.dataContent.some(
      (category) =>
        category.key === item.category && category.fields.some((field) => field.key === item.field),
    ),
  );
}
