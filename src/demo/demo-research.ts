import type { Tx } from '../platform/db/database.ts';
import { createProject, createTask, setTaskStatus } from '../research/research-repository.ts';
import type { SurveyDraft } from '../surveys/survey-definition.ts';
import { createSurvey, publishSurvey } from '../surveys/survey-repository.ts';

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const option = (value: string, fi: string, sv: string, en: string) => ({ value, label: text(fi, sv, en) });

/** Helsinki's demo research survey: four short questions about library services, in fi, sv and en. */
export const librarySurvey: SurveyDraft = {
  title: text('Kirjastopalvelut 2027', 'Bibliotekstjänster 2027', 'Library services 2027'),
  intro: text(
    'Kerro, miten käytät kirjastoa ja mitä toivot siltä. Vastaaminen vie noin kolme minuuttia.',
    'Berätta hur du använder biblioteket och vad du önskar av det. Det tar ungefär tre minuter att svara.',
    'Tell us how you use the library and what you would like from it. It takes about three minutes.',
  ),
  languages: ['fi', 'sv', 'en'],
  pages: [
    {
      questions: [
        {
          id: 'visits',
          type: 'single_choice',
          required: true,
          randomise: false,
          text: text(
            'Kuinka usein käyt kirjastossa?',
            'Hur ofta besöker du biblioteket?',
            'How often do you visit the library?',
          ),
          options: [
            option('weekly', 'Joka viikko', 'Varje vecka', 'Every week'),
            option('monthly', 'Joka kuukausi', 'Varje månad', 'Every month'),
            option('rarely', 'Harvemmin', 'Mer sällan', 'Less often'),
            option('never', 'En koskaan', 'Aldrig', 'Never'),
          ],
        },
        {
          id: 'services',
          type: 'multiple_choice',
          required: false,
          randomise: false,
          min: 0,
          text: text(
            'Mitä kirjaston palveluja käytät?',
            'Vilka av bibliotekets tjänster använder du?',
            'Which library services do you use?',
          ),
          options: [
            option('loans', 'Lainaus', 'Lån', 'Borrowing'),
            option('e_books', 'E-kirjat', 'E-böcker', 'E-books'),
            option('events', 'Tapahtumat', 'Evenemang', 'Events'),
            option(
              'spaces',
              'Työ- ja oleskelutilat',
              'Arbets- och vistelseutrymmen',
              'Work and study spaces',
            ),
          ],
        },
      ],
    },
    {
      questions: [
        {
          id: 'opening_hours',
          type: 'rating',
          required: true,
          min: 1,
          max: 5,
          minLabel: text('Huonosti', 'Dåligt', 'Poorly'),
          maxLabel: text('Erittäin hyvin', 'Mycket bra', 'Very well'),
          smiley: false,
          text: text(
            'Kuinka hyvin aukioloajat sopivat sinulle?',
            'Hur väl passar öppettiderna dig?',
            'How well do the opening hours suit you?',
          ),
        },
        {
          id: 'wish',
          type: 'long_text',
          required: false,
          maxLength: 1000,
          text: text(
            'Mitä toivoisit kirjastolta vuonna 2027?',
            'Vad önskar du av biblioteket år 2027?',
            'What would you like from the library in 2027?',
          ),
        },
      ],
    },
  ],
};

/**
 * Helsinki's demo research project "Library services 2027" with one published survey task open now for
 * all members, so the demo member finds it on their My tasks page.
 */
export async function seedResearchDemo(tx: Tx, organisationId: string, now = new Date()): Promise<void> {
  const slug = 'library-services-2027';
  const survey = await createSurvey(tx, { organisationId, slug, kind: 'research', draft: librarySurvey });
  const published = await publishSurvey(tx, survey.id);
  if (!published.ok) throw new Error(`The demo research survey does not publish: ${published.problems}`);
  const project = await createProject(tx, {
    organisationId,
    slug,
    title: librarySurvey.title as { fi: string; sv: string; en: string },
    purpose: text(
      'Kehitämme kirjastopalveluja yhdessä asukkaiden kanssa: mitä käytetään, mitä toivotaan ja mitä muutetaan.',
      'Vi utvecklar bibliotekstjänsterna tillsammans med invånarna: vad används, vad önskas och vad ändras.',
      'We develop library services together with residents: what is used, what is wished for and what changes.',
    ),
    registerSlug: 'customer-community',
    createdBy: null,
  });
  const task = await createTask(tx, {
    organisationId,
    projectId: project.id,
    slug,
    kind: 'survey',
    title: text('Kirjastokysely', 'Biblioteksenkät', 'Library survey'),
    description: text(
      'Neljä kysymystä siitä, miten käytät kirjastoa ja mitä toivot siltä.',
      'Fyra frågor om hur du använder biblioteket och vad du önskar av det.',
      'Four questions on how you use the library and what you would like from it.',
    ),
    surveyId: survey.id,
    languages: ['fi', 'sv', 'en'],
    opensAt: new Date(now.getTime() - 24 * 3600_000),
    closesAt: new Date(now.getTime() + 60 * 24 * 3600_000),
  });
  await setTaskStatus(tx, task.id, 'published');
}
