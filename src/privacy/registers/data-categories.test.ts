import { describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../demo/demo-feedback-survey.ts';
import { surveyVersionSchema } from '../../surveys/survey-definition.ts';
import {
  undeclaredBackgroundQuestions,
  undeclaredCollection,
  undeclaredResearchCollection,
} from './data-categories.ts';
import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';

const survey = surveyVersionSchema.parse(espooServiceFeedback);

describe('data content enforced from the register (E4, E5, E3)', () => {
  it('E4, E5: the demo survey collects only what the Espoo feedback register declares, draw included', () => {
    expect(undeclaredCollection([espooFeedbackRegister], survey, true)).toEqual([]);
  });

  it('E4: a background question outside the register’s catalogue is refused, naming the register to update', () => {
    const withIncome = surveyVersionSchema.parse({
      ...espooServiceFeedback,
      pages: [
        ...espooServiceFeedback.pages,
        {
          questions: [
            {
              id: 'income',
              type: 'background',
              catalogueKey: 'income_band',
              text: { fi: 'Tulot', sv: 'Inkomst', en: 'Income' },
              options: [
                { value: 'low', label: { fi: 'Pienet', sv: 'Låg', en: 'Low' } },
                { value: 'high', label: { fi: 'Suuret', sv: 'Hög', en: 'High' } },
              ],
            },
          ],
        },
      ],
    });
    expect(undeclaredCollection([espooFeedbackRegister], withIncome, false)).toEqual([
      'question "income" collects "background.income_band", which the register "feedback" (Feedback and customer satisfaction register of Customer Services and service centres) does not declare: update the register first.',
    ]);
  });

  it('refuses feedback where no register of the organisation declares feedback data', () => {
    expect(undeclaredCollection([helsinkiCommunityRegister], survey, false)[0]).toContain(
      'No register of this organisation declares feedback data',
    );
  });

  it('H2: a community background question may collect only what the member register declares, else it names that register', () => {
    const keys = ['age_band', 'home_district', 'life_situation', 'services_used'];
    expect(undeclaredBackgroundQuestions([helsinkiCommunityRegister], keys)).toEqual([]);
    const withoutBackground = {
      ...helsinkiCommunityRegister,
      dataContent: helsinkiCommunityRegister.dataContent.filter((c) => c.key !== 'background'),
    };
    const refused = undeclaredBackgroundQuestions([withoutBackground], ['age_band']);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('background question "age_band"');
    expect(refused[0]).toContain('the register "customer-community"');
    // Espoo's feedback register declares background answers of feedback, not a community's profile.
    expect(undeclaredBackgroundQuestions([espooFeedbackRegister], ['age_band'])[0]).toContain(
      'a register of the organisation',
    );
  });

  it('H2: a research survey collects what the member register declares (background, life situation and experiences), else it names the register', () => {
    expect(undeclaredResearchCollection([helsinkiCommunityRegister], survey)).toEqual([]);
    const onlyRegistration = {
      ...helsinkiCommunityRegister,
      dataContent: helsinkiCommunityRegister.dataContent.filter((c) => c.key !== 'background'),
    };
    const refused = undeclaredResearchCollection([onlyRegistration], survey);
    expect(refused.length).toBe(survey.pages.flatMap((p) => p.questions).length);
    expect(refused[0]).toContain('the register "customer-community"');
  });
});
