/**
 * The retention engine's texts: the inactivity reminder (H12) and the register owner's console page
 * (fi is the reference; sv and en must have the same keys). Merged into the catalogs.
 */
export const retentionMessagesFi = {
  'retention.reminder.subject': '{organisation}: jatketaanko jäsenyyttäsi?',
  'retention.reminder.body':
    'Et ole käyttänyt asiakasyhteisöä vähään aikaan. Jos et kirjaudu sisään {date} mennessä, tietosi poistetaan tietosuojaselosteen mukaisesti. Jatka jäsenyyttä kirjautumalla: {url}\n\nJos et halua jatkaa, sinun ei tarvitse tehdä mitään.',
  'retention.title': 'Säilytysajat ja poistot',
  'retention.intro':
    'Säännöt tulevat rekisteriselosteista. Koekäyttö näyttää, mitä tänään poistettaisiin; ajo poistaa ja kirjaa todisteen (sääntö, aika, määrät – ei henkilötietoja).',
  'retention.register': 'Rekisteri',
  'retention.rule': 'Sääntö',
  'retention.period': 'Säilytysaika (päivää)',
  'retention.source': 'Lähde',
  'retention.source.register': 'rekisteriseloste',
  'retention.source.default': 'alustan oletus',
  'retention.source.event': 'tapahtumasta',
  'retention.today': 'Tänään poistettaisiin',
  'retention.reminders': 'Muistutuksia',
  'retention.runNow': 'Aja poistot nyt',
  'retention.done':
    'Poistot ajettu: {deleted, plural, one {# tietue poistettu} other {# tietuetta poistettu}}.',
  'retention.evidence': 'Poistojen todisteet',
  'retention.ranAt': 'Aika',
  'retention.ranBy': 'Ajaja',
  'retention.cutoff': 'Raja',
  'retention.deleted': 'Poistettu',
  'retention.anonymised': 'Anonymisoitu',
} as const;

type RetentionKey = keyof typeof retentionMessagesFi;

export const retentionMessagesSv: Record<RetentionKey, string> = {
  'retention.reminder.subject': '{organisation}: vill du fortsätta som medlem?',
  'retention.reminder.body':
    'Du har inte använt kundgemenskapen på ett tag. Om du inte loggar in senast {date} raderas dina uppgifter enligt dataskyddsbeskrivningen. Fortsätt som medlem genom att logga in: {url}\n\nOm du inte vill fortsätta behöver du inte göra något.',
  'retention.title': 'Lagringstider och radering',
  'retention.intro':
    'Reglerna kommer från registerbeskrivningarna. En provkörning visar vad som skulle raderas i dag; en körning raderar och sparar ett bevis (regel, tid, antal – inga personuppgifter).',
  'retention.register': 'Register',
  'retention.rule': 'Regel',
  'retention.period': 'Lagringstid (dagar)',
  'retention.source': 'Källa',
  'retention.source.register': 'registerbeskrivningen',
  'retention.source.default': 'plattformens standard',
  'retention.source.event': 'vid en händelse',
  'retention.today': 'Skulle raderas i dag',
  'retention.reminders': 'Påminnelser',
  'retention.runNow': 'Kör raderingen nu',
  'retention.done': 'Raderingen körd: {deleted, plural, one {# post raderad} other {# poster raderade}}.',
  'retention.evidence': 'Bevis på radering',
  'retention.ranAt': 'Tid',
  'retention.ranBy': 'Körd av',
  'retention.cutoff': 'Gräns',
  'retention.deleted': 'Raderade',
  'retention.anonymised': 'Anonymiserade',
};

export const retentionMessagesEn: Record<RetentionKey, string> = {
  'retention.reminder.subject': '{organisation}: shall we keep your membership?',
  'retention.reminder.body':
    'You have not used the customer community for a while. If you do not sign in by {date}, your data will be deleted as the privacy notice says. To keep your membership, sign in: {url}\n\nIf you do not want to continue, you need not do anything.',
  'retention.title': 'Retention and deletion',
  'retention.intro':
    'The rules come from the registers. A dry run shows what would be deleted today; a run deletes and records evidence (rule, time, counts – no personal data).',
  'retention.register': 'Register',
  'retention.rule': 'Rule',
  'retention.period': 'Period (days)',
  'retention.source': 'Source',
  'retention.source.register': 'the register',
  'retention.source.default': 'platform default',
  'retention.source.event': 'on an event',
  'retention.today': 'Would be deleted today',
  'retention.reminders': 'Reminders',
  'retention.runNow': 'Run the deletions now',
  'retention.done': 'Deletions run: {deleted, plural, one {# record deleted} other {# records deleted}}.',
  'retention.evidence': 'Evidence of deletions',
  'retention.ranAt': 'When',
  'retention.ranBy': 'Run by',
  'retention.cutoff': 'Cutoff',
  'retention.deleted': 'Deleted',
  'retention.anonymised': 'Anonymised',
};
