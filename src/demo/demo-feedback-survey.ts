import { createServicePoint, setSurveyServicePoints } from '../feedback/service-points.ts';
import type { Tx } from '../platform/db/database.ts';
import type { SurveyDraft } from '../surveys/survey-definition.ts';
import { createSurvey, publishSurvey } from '../surveys/survey-repository.ts';

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const option = (value: string, fi: string, sv: string, en: string) => ({ value, label: text(fi, sv, en) });

/**
 * Espoo's demo feedback survey at its service points (E1, E5): a smiley rating with words for every step,
 * why the person came, what they used, how likely they are to recommend, and background questions from
 * the catalogue the notice names (E4: age, mother tongue, role), then one free-text question.
 */
export const espooServiceFeedback: SurveyDraft = {
  title: text('Palaute asioinnistasi', 'Respons om ditt ärende', 'Feedback on your visit'),
  intro: text(
    'Kerro, miten asiointisi sujui. Vastaaminen vie noin kaksi minuuttia.',
    'Berätta hur ditt ärende gick. Det tar ungefär två minuter att svara.',
    'Tell us how your visit went. It takes about two minutes.',
  ),
  languages: ['fi', 'sv', 'en'],
  pages: [
    {
      questions: [
        {
          id: 'satisfaction',
          type: 'rating',
          text: text(
            'Kuinka tyytyväinen olit asiointiisi?',
            'Hur nöjd var du med ditt ärende?',
            'How satisfied were you with your visit?',
          ),
          required: true,
          min: 1,
          max: 5,
          minLabel: text('Erittäin tyytymätön', 'Mycket missnöjd', 'Very dissatisfied'),
          maxLabel: text('Erittäin tyytyväinen', 'Mycket nöjd', 'Very satisfied'),
          smiley: true,
          stepLabels: [
            text('1 – Erittäin tyytymätön', '1 – Mycket missnöjd', '1 – Very dissatisfied'),
            text('2 – Tyytymätön', '2 – Missnöjd', '2 – Dissatisfied'),
            text('3 – Ei tyytyväinen eikä tyytymätön', '3 – Varken nöjd eller missnöjd', '3 – Neither'),
            text('4 – Tyytyväinen', '4 – Nöjd', '4 – Satisfied'),
            text('5 – Erittäin tyytyväinen', '5 – Mycket nöjd', '5 – Very satisfied'),
          ],
        },
        {
          id: 'visit_reason',
          type: 'single_choice',
          text: text('Mitä asioit tänään?', 'Vad uträttade du i dag?', 'What did you come for today?'),
          required: true,
          randomise: false,
          options: [
            option('advice', 'Neuvontaa', 'Rådgivning', 'Advice'),
            option('application', 'Hakemus tai lomake', 'Ansökan eller blankett', 'An application or form'),
            option('library', 'Kirjaston palvelut', 'Bibliotekets tjänster', 'Library services'),
            option('other', 'Jotain muuta', 'Något annat', 'Something else'),
          ],
        },
        {
          id: 'recommend',
          type: 'nps',
          required: false,
          text: text(
            'Kuinka todennäköisesti suosittelisit palvelua ystävällesi?',
            'Hur sannolikt är det att du skulle rekommendera tjänsten till en vän?',
            'How likely are you to recommend the service to a friend?',
          ),
        },
      ],
    },
    {
      questions: [
        {
          id: 'other_reason',
          type: 'short_text',
          required: false,
          maxLength: 200,
          text: text('Mitä muuta asioit?', 'Vad annat uträttade du?', 'What else did you come for?'),
          showWhen: { question: 'visit_reason', equals: ['other'] },
        },
        {
          id: 'age_band',
          type: 'background',
          catalogueKey: 'age_band',
          required: false,
          text: text('Ikäryhmäsi', 'Din åldersgrupp', 'Your age group'),
          options: [
            option('under_25', 'Alle 25', 'Under 25', 'Under 25'),
            option('25_44', '25–44', '25–44', '25–44'),
            option('45_64', '45–64', '45–64', '45–64'),
            option('65_plus', '65 tai yli', '65 eller äldre', '65 or over'),
          ],
        },
        {
          id: 'mother_tongue',
          type: 'background',
          catalogueKey: 'mother_tongue',
          required: false,
          text: text('Äidinkielesi', 'Ditt modersmål', 'Your mother tongue'),
          options: [
            option('fi', 'Suomi', 'Finska', 'Finnish'),
            option('sv', 'Ruotsi', 'Svenska', 'Swedish'),
            option('other', 'Muu', 'Annat', 'Other'),
          ],
        },
        {
          id: 'improve',
          type: 'long_text',
          required: false,
          maxLength: 1000,
          text: text(
            'Miten voisimme parantaa palvelua? Älä kirjoita vastaukseen nimiä tai yhteystietoja.',
            'Hur kunde vi förbättra tjänsten? Skriv inte namn eller kontaktuppgifter i svaret.',
            'How could we improve the service? Please do not write names or contact details here.',
          ),
        },
      ],
    },
  ],
};

export const espooServicePoints = [
  {
    slug: 'leppavaara',
    name: text('Leppävaaran asiointipiste', 'Alberga servicepunkt', 'Leppävaara service point'),
  },
  { slug: 'sello-library', name: text('Sellon kirjasto', 'Sellobiblioteket', 'Sello Library') },
];

/** Seeds the service points and the published feedback survey, with its prize draw, for an organisation. */
export async function seedFeedbackSurvey(tx: Tx, organisationId: string, slug = 'service-feedback') {
  const points = [];
  for (const point of espooServicePoints)
    points.push(await createServicePoint(tx, { organisationId, ...point }));
  const survey = await createSurvey(tx, {
    organisationId,
    slug,
    kind: 'feedback',
    draft: espooServiceFeedback,
    drawEnabled: true,
  });
  await setSurveyServicePoints(
    tx,
    organisationId,
    survey.id,
    points.map((p) => p.id),
  );
  const published = await publishSurvey(tx, survey.id);
  if (!published.ok) throw new Error(`The demo survey does not publish: ${published.problems.join('; ')}`);
  return { survey, points };
}
