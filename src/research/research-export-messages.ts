/** The research export's texts in the console (fi is the reference; sv and en have the same keys). */
export const researchExportMessagesFi = {
  'research.export.title': 'Tutkimusvastausten vienti: {project}',
  'research.results.submitted': 'Lähetettyjä vastauksia',
  'research.results.restrictedLeftOut': 'Käsittelyään rajoittaneiden jäsenten vastauksia ei lasketa mukaan.',
  'research.results.back': 'Takaisin projektiin',
  'research.export.intro':
    'Tiedostossa on projektin kyselytehtävien lähetetyt vastaukset. Osallistujat tunnistetaan vain tämän projektin omalla pseudonyymillä, jota ei voi yhdistää muiden projektien vienteihin. Taustatiedot, joiden yhdistelmä on harvinainen, jätetään pois, eikä käsittelyä rajoittaneiden jäsenten vastauksia viedä.',
  'research.export.onlyInternal':
    'Mikään voimassa oleva rekisteriseloste ei nimeä vastaanottajaa pseudonymisoiduille tutkimusvastauksille, joten ne voi viedä vain organisaation omaan käyttöön.',
};

export const researchExportMessagesSv: Record<keyof typeof researchExportMessagesFi, string> = {
  'research.export.title': 'Export av forskningssvar: {project}',
  'research.results.submitted': 'Inskickade svar',
  'research.results.restrictedLeftOut': 'Svar från medlemmar som har begränsat behandlingen räknas inte med.',
  'research.results.back': 'Tillbaka till projektet',
  'research.export.intro':
    'Filen innehåller de inskickade svaren på projektets enkätuppgifter. Deltagarna identifieras endast med en pseudonym som är egen för detta projekt och som inte kan kopplas till andra projekts exporter. Bakgrundsuppgifter vars kombination är sällsynt utelämnas, och svar från medlemmar som har begränsat behandlingen exporteras inte.',
  'research.export.onlyInternal':
    'Ingen gällande registerbeskrivning nämner någon mottagare för pseudonymiserade forskningssvar, så de kan exporteras endast för organisationens eget bruk.',
};

export const researchExportMessagesEn: Record<keyof typeof researchExportMessagesFi, string> = {
  'research.export.title': 'Export the research answers: {project}',
  'research.results.submitted': 'Submitted answers',
  'research.results.restrictedLeftOut': 'Answers of members who restricted processing are not counted.',
  'research.results.back': 'Back to the project',
  'research.export.intro':
    'The file holds the submitted answers to the project’s survey tasks. Participants are identified only by a pseudonym of this project, which cannot be joined with other projects’ exports. Background answers whose combination is rare are left out, and answers of members who restricted processing are not exported.',
  'research.export.onlyInternal':
    'No privacy notice in force names a recipient of pseudonymised research answers, so they can be exported for the organisation’s own use only.',
};
