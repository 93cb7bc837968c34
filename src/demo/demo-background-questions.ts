import type { NewBackgroundQuestion } from '../members/background-profile.ts';

const option = (value: string, fi: string, sv: string, en: string) => ({ value, label: { fi, sv, en } });

/** Helsinki's demo background questions (H2: all optional). Nothing here is a special category (H7). */
export const helsinkiBackgroundQuestions: NewBackgroundQuestion[] = [
  {
    key: 'age_band',
    kind: 'single_choice',
    text: { fi: 'Ikäryhmä', sv: 'Åldersgrupp', en: 'Age group' },
    options: [
      option('18-24', '18–24', '18–24', '18–24'),
      option('25-34', '25–34', '25–34', '25–34'),
      option('35-44', '35–44', '35–44', '35–44'),
      option('45-54', '45–54', '45–54', '45–54'),
      option('55-64', '55–64', '55–64', '55–64'),
      option('65-74', '65–74', '65–74', '65–74'),
      option('75+', '75 tai yli', '75 eller äldre', '75 or over'),
    ],
  },
  {
    key: 'home_district',
    kind: 'single_choice',
    text: { fi: 'Asuinalue', sv: 'Bostadsområde', en: 'Where you live' },
    options: [
      option('southern', 'Eteläinen suurpiiri', 'Södra stordistriktet', 'Southern district'),
      option('western', 'Läntinen suurpiiri', 'Västra stordistriktet', 'Western district'),
      option('central', 'Keskinen suurpiiri', 'Mellersta stordistriktet', 'Central district'),
      option('northern', 'Pohjoinen suurpiiri', 'Norra stordistriktet', 'Northern district'),
      option('north_eastern', 'Koillinen suurpiiri', 'Nordöstra stordistriktet', 'North-eastern district'),
      option('south_eastern', 'Kaakkoinen suurpiiri', 'Sydöstra stordistriktet', 'South-eastern district'),
      option('eastern', 'Itäinen suurpiiri', 'Östra stordistriktet', 'Eastern district'),
      option('ostersundom', 'Östersundomin suurpiiri', 'Östersundom stordistrikt', 'Östersundom district'),
      option('outside', 'Muualla kuin Helsingissä', 'Utanför Helsingfors', 'Outside Helsinki'),
    ],
  },
  {
    key: 'life_situation',
    kind: 'multiple_choice',
    text: { fi: 'Elämäntilanne', sv: 'Livssituation', en: 'Life situation' },
    options: [
      option('student', 'Opiskelija', 'Studerande', 'Student'),
      option('employed', 'Työssä', 'I arbete', 'Employed'),
      option('entrepreneur', 'Yrittäjä', 'Företagare', 'Entrepreneur'),
      option('job_seeker', 'Työnhakija', 'Arbetssökande', 'Looking for work'),
      option('retired', 'Eläkkeellä', 'Pensionär', 'Retired'),
      option(
        'parent',
        'Alle 18-vuotiaiden lasten vanhempi',
        'Förälder till barn under 18 år',
        'Parent of children under 18',
      ),
      option('family_leave', 'Perhevapaalla', 'Familjeledig', 'On family leave'),
    ],
  },
  {
    key: 'services_used',
    kind: 'multiple_choice',
    text: { fi: 'Palvelut, joita käytät', sv: 'Tjänster som du använder', en: 'Services you use' },
    options: [
      option('libraries', 'Kirjastot', 'Bibliotek', 'Libraries'),
      option('sports', 'Liikuntapaikat', 'Idrottsplatser', 'Sports facilities'),
      option('public_transport', 'Joukkoliikenne', 'Kollektivtrafik', 'Public transport'),
      option('culture', 'Kulttuuri', 'Kultur', 'Culture'),
      option('parks', 'Puistot ja viheralueet', 'Parker och grönområden', 'Parks and green areas'),
      option('early_education', 'Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'),
      option('adult_education', 'Aikuisopisto', 'Vuxeninstitut', 'Adult education'),
      option('youth_services', 'Nuorisopalvelut', 'Ungdomstjänster', 'Youth services'),
    ],
  },
];
