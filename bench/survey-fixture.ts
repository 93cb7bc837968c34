import { createServicePoint, setSurveyServicePoints } from '../src/feedback/service-points.ts';
import type { Database } from '../src/platform/db/database.ts';
import { checkAnswers } from '../src/surveys/answer-validation.ts';
import type { SurveyDraft, SurveyVersion } from '../src/surveys/survey-definition.ts';
import { createSurvey, findOpenSurvey, publishSurvey } from '../src/surveys/survey-repository.ts';

/**
 * The benchmark's survey: one page, ten questions, one of each kind a feedback survey has, every text in
 * Finnish, Swedish and English; and the answers the load generators send, as form fields and as the JSON
 * the app stores for them.
 */
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const option = (value: string, fi: string, sv: string, en: string) => ({ value, label: text(fi, sv, en) });

export const benchSurveyDraft: SurveyDraft = {
  title: text('Palaute asioinnistasi', 'Respons om ditt ärende', 'Feedback on your visit'),
  intro: text('Vastaaminen vie minuutin.', 'Det tar en minut att svara.', 'It takes a minute.'),
  languages: ['fi', 'sv', 'en'],
  pages: [
    {
      questions: [
        {
          id: 'satisfaction',
          type: 'rating',
          text: text('Kuinka tyytyväinen olit?', 'Hur nöjd var du?', 'How satisfied were you?'),
          required: true,
          min: 1,
          max: 5,
          minLabel: text('Erittäin tyytymätön', 'Mycket missnöjd', 'Very dissatisfied'),
          maxLabel: text('Erittäin tyytyväinen', 'Mycket nöjd', 'Very satisfied'),
          smiley: false,
        },
        {
          id: 'visit_reason',
          type: 'single_choice',
          text: text('Mitä asioit tänään?', 'Vad uträttade du i dag?', 'What did you come for today?'),
          required: true,
          randomise: false,
          options: [
            option('advice', 'Neuvontaa', 'Rådgivning', 'Advice'),
            option('application', 'Hakemus', 'Ansökan', 'An application'),
            option('library', 'Kirjasto', 'Bibliotek', 'Library'),
            option('other', 'Muuta', 'Annat', 'Something else'),
          ],
        },
        {
          id: 'used_services',
          type: 'multiple_choice',
          text: text('Mitä käytit?', 'Vad använde du?', 'What did you use?'),
          required: false,
          min: 0,
          max: 3,
          randomise: true,
          options: [
            option('wifi', 'Verkko', 'Nätet', 'Wi-Fi'),
            option('printer', 'Tulostin', 'Skrivare', 'Printer'),
            option('computer', 'Tietokone', 'Dator', 'Computer'),
            option('lockers', 'Lokerot', 'Skåp', 'Lockers'),
          ],
        },
        {
          id: 'recommend',
          type: 'nps',
          required: false,
          text: text('Suosittelisitko?', 'Skulle du rekommendera?', 'Would you recommend us?'),
        },
        {
          id: 'best_thing',
          type: 'short_text',
          required: false,
          maxLength: 200,
          text: text('Mikä oli parasta?', 'Vad var bäst?', 'What was best?'),
        },
        {
          id: 'improve',
          type: 'long_text',
          required: false,
          maxLength: 2000,
          text: text('Miten voisimme parantaa?', 'Hur kunde vi förbättra?', 'How could we improve?'),
        },
        {
          id: 'wait_minutes',
          type: 'number',
          required: false,
          min: 0,
          max: 240,
          text: text('Kauanko odotit (min)?', 'Hur länge väntade du (min)?', 'How long did you wait (min)?'),
        },
        {
          id: 'last_visit',
          type: 'date',
          required: false,
          text: text(
            'Milloin asioit edellisen kerran?',
            'När besökte du oss senast?',
            'When did you last visit?',
          ),
        },
        {
          id: 'aspects',
          type: 'matrix',
          required: false,
          text: text('Arvioi', 'Bedöm', 'Rate'),
          rows: [
            option('staff', 'Henkilökunta', 'Personalen', 'Staff'),
            option('premises', 'Tilat', 'Lokalerna', 'Premises'),
            option('waiting', 'Odotus', 'Väntan', 'Waiting'),
          ],
          scale: [
            option('bad', 'Huono', 'Dålig', 'Poor'),
            option('ok', 'Kohtalainen', 'Godtagbar', 'Fair'),
            option('good', 'Hyvä', 'Bra', 'Good'),
          ],
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
      ],
    },
  ],
};

export interface BenchSurvey {
  surveyId: string;
  versionId: string;
  slug: string;
  definition: SurveyVersion;
  servicePointIds: string[];
}

/** Creates and publishes the benchmark survey under `slug`, attached to three service points. */
export async function createBenchSurvey(
  db: Database,
  organisationId: string,
  slug: string,
  pointPrefix = slug,
): Promise<BenchSurvey> {
  return db.system.transaction().execute(async (tx) => {
    const points = [];
    for (const [i, name] of ['Kirjasto', 'Uimahalli', 'Asiointipiste'].entries()) {
      points.push(
        await createServicePoint(tx, {
          organisationId,
          slug: `${pointPrefix}-point-${i + 1}`,
          name: text(`${name} ${i + 1}`, `Punkt ${i + 1}`, `Point ${i + 1}`),
        }),
      );
    }
    const survey = await createSurvey(tx, {
      organisationId,
      slug,
      kind: 'feedback',
      draft: benchSurveyDraft,
    });
    await setSurveyServicePoints(
      tx,
      organisationId,
      survey.id,
      points.map((p) => p.id),
    );
    const published = await publishSurvey(tx, survey.id);
    if (!published.ok) throw new Error(`The bench survey does not publish: ${published.problems.join('; ')}`);
    const found = await findOpenSurvey(tx, slug);
    if (found.kind !== 'open') throw new Error('The bench survey is not open after publishing.');
    const { open } = found;
    return {
      surveyId: survey.id,
      versionId: open.versionId,
      slug,
      definition: open.definition,
      servicePointIds: points.map((p) => p.id),
    };
  });
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/**
 * A complete answer as the form posts it: the `n`th of a varied set (every question answered; the long
 * text 100–400 characters, no newlines). Multiple choice repeats its field.
 */
export function answerFields(n: number): Record<string, string | string[]> {
  const day = new Date(Date.UTC(2025, 0, 1) + ((n * 37) % 365) * 86_400_000).toISOString().slice(0, 10);
  const scale = ['bad', 'ok', 'good'];
  return {
    q_satisfaction: String(1 + ((n * 7) % 5)),
    q_visit_reason: pick(['advice', 'application', 'library', 'other'], n * 11),
    q_used_services: pick(
      [['wifi'], ['wifi', 'printer'], ['computer'], ['printer', 'computer', 'lockers']],
      n * 13,
    ),
    q_recommend: String((n * 17) % 11),
    q_best_thing: pick(['Ystävällinen palvelu', 'Nopea asiointi', 'Selkeät ohjeet', 'Hyvät aukioloajat'], n),
    q_improve: `${'Enemmän istumapaikkoja odotustilaan ja selkeämmät opasteet. '.repeat(1 + (n % 4))}(${n})`,
    q_wait_minutes: String((n * 19) % 60),
    q_last_visit: day,
    q_aspects__staff: pick(scale, n * 23),
    q_aspects__premises: pick(scale, n * 29),
    q_aspects__waiting: pick(scale, n * 31),
    q_age_band: pick(['under_25', '25_44', '45_64', '65_plus'], n * 41),
  };
}

export const ANSWER_VARIANTS = 64;

/** The JSON the app stores for `answerFields(n)`, checked by the app's own validation. */
export function storedAnswersJson(definition: SurveyVersion, n: number): string {
  const check = checkAnswers(definition, answerFields(n));
  if (!check.ok) throw new Error(`Bench answer ${n} is invalid: ${JSON.stringify(check.problems)}`);
  return JSON.stringify(check.answers);
}
