/**
 * The texts of correcting the email address (H13): the member's page, the confirmation from the new
 * address, and the mails (fi is the reference; sv and en must have the same keys). Merged into the
 * catalogs in platform/i18n/messages.
 */
export const emailChangeMessagesFi = {
  'emailChange.link': 'Vaihda sähköpostiosoite',
  'emailChange.title': 'Vaihda sähköpostiosoite',
  'emailChange.current': 'Nykyinen sähköpostiosoitteesi on {email}. Kirjautumislinkit lähetetään siihen.',
  'emailChange.newEmail': 'Uusi sähköpostiosoite',
  'emailChange.hint':
    'Lähetämme vahvistuslinkin uuteen osoitteeseen. Osoite vaihtuu vasta, kun avaat linkin ja vahvistat vaihdon. Linkki on voimassa {hours} tuntia.',
  'emailChange.submit': 'Lähetä vahvistuslinkki',
  'emailChange.pending': 'Vaihto osoitteeseen {email} odottaa vahvistusta. Linkki on voimassa {date} asti.',
  'emailChange.same': 'Tämä on jo nykyinen osoitteesi. Mitään ei muutettu.',
  'emailChange.back': 'Takaisin tietoihisi',
  'emailChange.sent.title': 'Tarkista uusi sähköpostiosoitteesi',
  'emailChange.sent.body':
    'Lähetimme vahvistuslinkin uuteen osoitteeseen. Osoitteesi vaihtuu vasta, kun vahvistat vaihdon linkistä {hours} tunnin kuluessa. Siihen asti kirjautumislinkit lähetetään nykyiseen osoitteeseesi.',
  'emailChange.confirm.title': 'Vahvista uusi sähköpostiosoite',
  'emailChange.confirm.body':
    'Vahvista, että haluat ottaa tämän osoitteen käyttöön palvelussa {organisation}. Sen jälkeen kirjautumislinkit lähetetään tähän osoitteeseen eikä enää vanhaan.',
  'emailChange.confirm.submit': 'Vahvista osoitteen vaihto',
  'emailChange.done.title': 'Sähköpostiosoitteesi on vaihdettu',
  'emailChange.done.body':
    'Kirjautumislinkit lähetetään tästä lähtien uuteen osoitteeseesi. Lähetimme ilmoituksen vaihdosta myös vanhaan osoitteeseesi. Jos et ole kirjautuneena tällä laitteella, kirjaudu uudella osoitteella.',
  'emailChange.done.next': 'Siirry tietoihisi',
  'emailChange.invalid.title': 'Linkki ei ole voimassa',
  'emailChange.invalid.body':
    'Linkki on vanhentunut, sitä on jo käytetty tai sen tilalle on pyydetty uusi. Sähköpostiosoitettasi ei muutettu. Saat uuden linkin, kun kirjaudut ja vaihdat osoitteen uudelleen.',
  'emailChange.taken.title': 'Osoitetta ei voitu vaihtaa',
  'emailChange.taken.body': 'Osoite on jo toisen jäsenen käytössä. Sähköpostiosoitettasi ei muutettu.',
  'emailChange.email.confirm.subject': 'Vahvista uusi sähköpostiosoitteesi – {organisation}',
  'emailChange.email.confirm.body':
    'Hei,\n\npalvelussa {organisation} pyydettiin vaihtamaan jäsenyyden sähköpostiosoitteeksi tämä osoite. Vahvista vaihto avaamalla linkki ja painamalla sivulla olevaa painiketta:\n{url}\n\nLinkki on voimassa {hours} tuntia, ja sen voi käyttää vain kerran. Jos et pyytänyt vaihtoa, älä tee mitään: osoitetta ei silloin vaihdeta.',
  'emailChange.email.taken.subject': 'Sähköpostiosoitteesi palvelussa {organisation}',
  'emailChange.email.taken.body':
    'Hei,\n\npalvelussa {organisation} pyydettiin vaihtamaan toisen jäsenyyden sähköpostiosoitteeksi tämä osoite. Osoite on kuitenkin jo sinun jäsenyytesi osoite, joten mitään ei muutettu, ja jäsenyytesi jatkuu ennallaan.\n\nSinun ei tarvitse tehdä mitään. Jos sinulla on kysyttävää, ota yhteyttä: {contact}',
  'emailChange.email.changed.subject': 'Sähköpostiosoitteesi on vaihdettu – {organisation}',
  'emailChange.email.changed.body':
    'Hei,\n\njäsenyytesi sähköpostiosoite palvelussa {organisation} vaihdettiin {date}. Tähän osoitteeseen ei enää lähetetä kirjautumislinkkejä.\n\nJos et vaihtanut osoitetta itse, ota heti yhteyttä: {contact}',
} as const;

type EmailChangeKey = keyof typeof emailChangeMessagesFi;

export const emailChangeMessagesSv: Record<EmailChangeKey, string> = {
  'emailChange.link': 'Byt e-postadress',
  'emailChange.title': 'Byt e-postadress',
  'emailChange.current': 'Din nuvarande e-postadress är {email}. Inloggningslänkar skickas dit.',
  'emailChange.newEmail': 'Ny e-postadress',
  'emailChange.hint':
    'Vi skickar en bekräftelselänk till den nya adressen. Adressen byts först när du öppnar länken och bekräftar bytet. Länken gäller i {hours} timmar.',
  'emailChange.submit': 'Skicka bekräftelselänk',
  'emailChange.pending': 'Ett byte till adressen {email} väntar på bekräftelse. Länken gäller till {date}.',
  'emailChange.same': 'Det här är redan din nuvarande adress. Ingenting ändrades.',
  'emailChange.back': 'Tillbaka till dina uppgifter',
  'emailChange.sent.title': 'Kontrollera din nya e-post',
  'emailChange.sent.body':
    'Vi skickade en bekräftelselänk till den nya adressen. Din adress byts först när du bekräftar bytet via länken inom {hours} timmar. Till dess skickas inloggningslänkar till din nuvarande adress.',
  'emailChange.confirm.title': 'Bekräfta din nya e-postadress',
  'emailChange.confirm.body':
    'Bekräfta att du vill använda den här adressen i {organisation}. Därefter skickas inloggningslänkar till den här adressen och inte längre till den gamla.',
  'emailChange.confirm.submit': 'Bekräfta bytet av adress',
  'emailChange.done.title': 'Din e-postadress har bytts',
  'emailChange.done.body':
    'Inloggningslänkar skickas från och med nu till din nya adress. Vi skickade också ett meddelande om bytet till din gamla adress. Om du inte är inloggad på den här enheten, logga in med den nya adressen.',
  'emailChange.done.next': 'Gå till dina uppgifter',
  'emailChange.invalid.title': 'Länken gäller inte',
  'emailChange.invalid.body':
    'Länken har gått ut, den har redan använts eller en ny länk har begärts i dess ställe. Din e-postadress ändrades inte. Du får en ny länk genom att logga in och byta adress på nytt.',
  'emailChange.taken.title': 'Adressen kunde inte bytas',
  'emailChange.taken.body': 'Adressen används redan av en annan medlem. Din e-postadress ändrades inte.',
  'emailChange.email.confirm.subject': 'Bekräfta din nya e-postadress – {organisation}',
  'emailChange.email.confirm.body':
    'Hej,\n\ni {organisation} har någon begärt att den här adressen ska bli e-postadressen för ett medlemskap. Bekräfta bytet genom att öppna länken och trycka på knappen på sidan:\n{url}\n\nLänken gäller i {hours} timmar och kan användas bara en gång. Om du inte har begärt bytet behöver du inte göra något: då byts adressen inte.',
  'emailChange.email.taken.subject': 'Din e-postadress i {organisation}',
  'emailChange.email.taken.body':
    'Hej,\n\ni {organisation} har någon begärt att den här adressen ska bli e-postadressen för ett annat medlemskap. Adressen hör dock redan till ditt medlemskap, så ingenting ändrades och ditt medlemskap fortsätter som förut.\n\nDu behöver inte göra något. Om du har frågor, kontakta: {contact}',
  'emailChange.email.changed.subject': 'Din e-postadress har bytts – {organisation}',
  'emailChange.email.changed.body':
    'Hej,\n\ne-postadressen för ditt medlemskap i {organisation} byttes {date}. Inloggningslänkar skickas inte längre till den här adressen.\n\nOm det inte var du som bytte adressen, kontakta genast: {contact}',
};

export const emailChangeMessagesEn: Record<EmailChangeKey, string> = {
  'emailChange.link': 'Change your email address',
  'emailChange.title': 'Change your email address',
  'emailChange.current': 'Your email address is now {email}. Sign-in links are sent to it.',
  'emailChange.newEmail': 'New email address',
  'emailChange.hint':
    'We send a confirmation link to the new address. The address changes only when you open the link and confirm the change. The link is valid for {hours} hours.',
  'emailChange.submit': 'Send a confirmation link',
  'emailChange.pending': 'A change to {email} is waiting for confirmation. The link is valid until {date}.',
  'emailChange.same': 'This is already your current address. Nothing was changed.',
  'emailChange.back': 'Back to your data',
  'emailChange.sent.title': 'Check your new email address',
  'emailChange.sent.body':
    'We sent a confirmation link to the new address. Your address changes only when you confirm the change from the link within {hours} hours. Until then, sign-in links go to your current address.',
  'emailChange.confirm.title': 'Confirm your new email address',
  'emailChange.confirm.body':
    'Confirm that you want to use this address with {organisation}. Sign-in links will then go to this address and no longer to the old one.',
  'emailChange.confirm.submit': 'Confirm the change of address',
  'emailChange.done.title': 'Your email address has been changed',
  'emailChange.done.body':
    'From now on, sign-in links go to your new address. We also sent a notice of the change to your old address. If you are not signed in on this device, sign in with the new address.',
  'emailChange.done.next': 'Go to your data',
  'emailChange.invalid.title': 'This link is no longer valid',
  'emailChange.invalid.body':
    'The link has expired, has already been used, or a new link has been asked for in its place. Your email address was not changed. To get a new link, sign in and change the address again.',
  'emailChange.taken.title': 'The address could not be changed',
  'emailChange.taken.body':
    'The address is already used by another member. Your email address was not changed.',
  'emailChange.email.confirm.subject': 'Confirm your new email address – {organisation}',
  'emailChange.email.confirm.body':
    'Hello,\n\nsomeone asked {organisation} to make this the email address of a membership. To confirm the change, open the link and press the button on the page:\n{url}\n\nThe link is valid for {hours} hours and works once. If you did not ask for this, do nothing: the address is then not changed.',
  'emailChange.email.taken.subject': 'Your email address with {organisation}',
  'emailChange.email.taken.body':
    'Hello,\n\nsomeone asked {organisation} to make this the email address of another membership. This address already belongs to your membership, so nothing was changed and your membership continues as before.\n\nYou do not need to do anything. If you have questions, contact: {contact}',
  'emailChange.email.changed.subject': 'Your email address has been changed – {organisation}',
  'emailChange.email.changed.body':
    'Hello,\n\nthe email address of your membership with {organisation} was changed on {date}. Sign-in links are no longer sent to this address.\n\nIf you did not change it yourself, contact us at once: {contact}',
};
