import { describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../demo/demo-feedback-survey.ts';
import { surveyVersionSchema } from '../../surveys/survey-definition.ts';
import {
  collectedByCommunity,
  collectedByFeedbackSurvey,
  collectedByResearchSurvey,
} from './data-categories.ts';
import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import type { Register, RegisterContent } from './register.ts';
import { publishProblems } from './register-publishing.ts';

const contentOf = ({ slug: _slug, publishedOn: _on, ...content }: Register): RegisterContent =>
  structuredClone(content);
const espooInUse = collectedByFeedbackSurvey(surveyVersionSchema.parse(espooServiceFeedback), true);
const espoo = (content: RegisterContent) =>
  publishProblems(content, {
    slug: 'feedback',
    inForce: espooFeedbackRegister,
    otherRegisters: [],
    inUse: espooInUse,
  }).map((problem) => [problem.key, problem.values]);

describe('publishing a register', () => {
  it('publishes the seed registers as they are, with what their organisations collect', () => {
    expect(espoo(contentOf(espooFeedbackRegister))).toEqual([]);
    const helsinkiInUse = collectedByCommunity({
      backgroundQuestionKeys: ['age_band', 'home_district', 'life_situation', 'services_used'],
      contactFields: ['name', 'phone', 'postalAddress'],
    });
    expect(
      publishProblems(contentOf(helsinkiCommunityRegister), {
        slug: 'customer-community',
        inForce: helsinkiCommunityRegister,
        otherRegisters: [],
        inUse: helsinkiInUse,
      }),
    ).toEqual([]);
  });

  it('E7: refuses a feedback retention period longer than a year, naming the promise', () => {
    const content = contentOf(espooFeedbackRegister);
    const rule = content.retention.find((r) => r.key === 'feedback_answers')!;
    rule.periodDays = 400;
    rule.description = { fi: '400 päivää', sv: '400 dagar', en: '400 days' };
    expect(espoo(content)).toEqual([
      ['registers.problem.periodTooLong', { rule: 'feedback_answers', days: 400, max: 365, promise: 'E7' }],
    ]);
  });

  it('E6: refuses keeping draw contacts for any time after the draw', () => {
    const content = contentOf(espooFeedbackRegister);
    const rule = content.retention.find((r) => r.key === 'draw_contacts')!;
    rule.periodDays = 7;
    rule.description = { fi: 'viikko', sv: 'en vecka', en: 'a week' };
    expect(espoo(content)[0]).toEqual([
      'registers.problem.periodTooLong',
      { rule: 'draw_contacts', days: 7, max: 0, promise: 'E6' },
    ]);
  });

  it('H12, H14: refuses keeping an inactive member past six months or anonymised answers past two years', () => {
    const helsinkiInUse = collectedByCommunity({ backgroundQuestionKeys: [], contactFields: [] });
    for (const [key, days, max, promise] of [
      ['inactive_member', 200, 183, 'H12'],
      ['anonymised_research_answers', 800, 730, 'H14'],
    ] as const) {
      const content = contentOf(helsinkiCommunityRegister);
      const rule = content.retention.find((r) => r.key === key)!;
      rule.periodDays = days;
      rule.description = { fi: `${days} päivää`, sv: `${days} dagar`, en: `${days} days` };
      const problems = publishProblems(content, {
        slug: 'customer-community',
        inForce: helsinkiCommunityRegister,
        otherRegisters: [],
        inUse: helsinkiInUse,
      }).map((problem) => [problem.key, problem.values]);
      expect(problems).toEqual([['registers.problem.periodTooLong', { rule: key, days, max, promise }]]);
    }
  });

  it('refuses a new period while the notice’s words still state the old one', () => {
    const content = contentOf(espooFeedbackRegister);
    content.retention.find((r) => r.key === 'feedback_answers')!.periodDays = 180;
    expect(espoo(content)).toEqual([
      ['registers.problem.periodNotWorded', { rule: 'feedback_answers', from: 365, to: 180 }],
    ]);
  });

  it('refuses a rule the engine cannot carry out, and a text missing a language', () => {
    const content = contentOf(espooFeedbackRegister);
    content.retention.push({ key: 'forever', description: { fi: 'aina', sv: 'alltid', en: 'always' } });
    content.purposes[0] = { ...content.purposes[0]!, sv: '' };
    expect(espoo(content)).toEqual([
      ['registers.problem.translation', { path: 'purposes[1]', languages: 'sv' }],
      ['registers.problem.unknownRule', { rule: 'forever' }],
    ]);
  });

  it('E3: refuses removing the draw contacts category while a survey runs a draw', () => {
    const content = contentOf(espooFeedbackRegister);
    content.dataContent = content.dataContent.filter((category) => category.key !== 'draw_contacts');
    const problems = espoo(content);
    expect(problems.map(([key, values]) => [key, (values as { field: string }).field])).toEqual([
      ['registers.problem.inUse', 'draw_contacts.email'],
      ['registers.problem.inUse', 'draw_contacts.phone'],
    ]);
    // Declared by another register of the organisation, it may leave this one.
    expect(
      publishProblems(content, {
        slug: 'feedback',
        inForce: espooFeedbackRegister,
        otherRegisters: [{ ...espooFeedbackRegister, slug: 'draws' }],
        inUse: espooInUse,
      }),
    ).toEqual([]);
  });

  it('H2: refuses removing what an open research survey collects (life situation and experiences)', () => {
    const content = contentOf(helsinkiCommunityRegister);
    const background = content.dataContent.find((category) => category.key === 'background')!;
    background.fields = background.fields.filter((f) => f.key !== 'life_situation_and_service_experiences');
    const research = collectedByResearchSurvey(surveyVersionSchema.parse(espooServiceFeedback)).filter(
      (item) => item.field === 'life_situation_and_service_experiences',
    );
    const problems = publishProblems(content, {
      slug: 'customer-community',
      inForce: helsinkiCommunityRegister,
      otherRegisters: [],
      inUse: research,
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.key === 'registers.problem.inUse')).toBe(true);
  });

  it('refuses an empty required text and a register without content', () => {
    const content = contentOf(espooFeedbackRegister);
    content.controller = { fi: '', sv: '', en: '' };
    content.sources = [];
    expect(espoo(content).map(([key, values]) => [key, (values as { path?: string }).path])).toEqual([
      ['registers.problem.empty', 'controller'],
    ]);
    const onlyShape = contentOf(espooFeedbackRegister);
    onlyShape.sources = [];
    expect(espoo(onlyShape)).toEqual([['registers.problem.shape', { path: 'sources' }]]);
  });
});
