/**
 * The texts of "my data" (H13, E10): the grouped page, the export, restriction, deletion and what a legal
 * obligation keeps (fi is the reference; sv and en must have the same keys). Merged into the catalogs in
 * platform/i18n/messages.
 */
export const myDataMessagesFi = {
  'myData.link': 'Katso, lataa, korjaa tai poista kaikki tietosi',
  'myData.title': 'Kaikki tietosi',
  'myData.intro':
    'Tällä sivulla on kaikki, mitä {organisation} säilyttää sinusta, ryhmiteltynä rekisterin ”{register}” tietosisällön mukaan.',
  'myData.copyNow': 'Saat kopion tiedoistasi heti ja maksutta.',
  'myData.download': 'Lataa kaikki tietosi (JSON)',
  'myData.printHint':
    'Luettavan kopion saat tulostamalla tämän sivun tai tallentamalla sen PDF-tiedostoksi selaimesi tulostustoiminnolla.',
  'myData.correctHint': 'Voit korjata kaikki itse antamasi tiedot kunkin tiedon vieressä olevasta linkistä.',
  'myData.nothing': 'Tässä ryhmässä ei ole sinusta tietoja.',
  'myData.otherCategory': 'Muut sinua koskevat merkinnät',
  'myData.item.membership': 'Jäsenyytesi',
  'myData.memberKey': 'Jäsentunniste (pseudonyymi tunniste)',
  'myData.email': 'Sähköpostiosoite',
  'myData.pseudonym': 'Nimimerkki',
  'myData.noPseudonym': 'Ei valittu',
  'myData.language': 'Kieli',
  'myData.joined': 'Liittynyt',
  'myData.lastActive': 'Viimeksi aktiivinen',
  'myData.restrictedSince': 'Käsittely rajoitettu',
  'myData.emailChange':
    'Sähköpostiosoitetta ei voi vaihtaa suoraan: poista tietosi tai eroa yhteisöstä ja liity uudelleen uudella osoitteella.',
  'myData.languageName.fi': 'suomi',
  'myData.languageName.sv': 'ruotsi',
  'myData.languageName.en': 'englanti',
  'myData.languageLegend': 'Sivujen ja sähköpostien kieli',
  'myData.languageSubmit': 'Vaihda kieli',
  'myData.item.sessions': 'Kirjautumiset',
  'myData.manageSessions': 'Hallitse kirjautumisiasi',
  'myData.item.membershipConsent': 'Jäsenyyden suostumus',
  'myData.item.contactConsents': 'Yhteystietojen suostumukset',
  'myData.consentsNone': 'Ei suostumuksia.',
  'myData.item.researchAnswers': 'Vastaukset tutkimustehtäviin',
  'myData.researchAnswersNone': 'Et ole vastannut tutkimustehtäviin.',
  'myData.researchAnswer': '{task}, {date}',
  'myData.contactNone': 'Et ole antanut yhteystietoja.',
  'myData.contactCorrect': 'Korjaa: {purpose}',
  'myData.item.events': 'Tutkimustilaisuudet',
  'myData.eventsNone': 'Et ole osallistunut tutkimustilaisuuksiin.',
  'myData.event': '{event}, {date}',
  'myData.item.rewards': 'Palkkiot',
  'myData.rewardsNone': 'Et ole saanut palkkioita.',
  'myData.reward': '{description}, maksettu {date}',
  'myData.rewardReported': 'ilmoitettu tulorekisteriin {date}',
  'myData.specialCategories':
    'Erityisiä henkilötietoja ei kysytä. Jos olet kirjoittanut niitä vastauksiisi, ne näkyvät vastaustesi kohdalla.',
  'myData.ipAddresses':
    'IP-osoitteesi tallennetaan, kun liityt, kirjaudut tai kirjoitat keskusteluun, lokiin, jota käytetään vain väärinkäytösten selvittämiseen. Lokia ei ole yhdistetty jäsenyyteesi, joten sitä ei voi näyttää tässä.',
  'myData.restrict.heading': 'Käsittelyn rajoittaminen',
  'myData.restrict.explain':
    'Kun käsittely on rajoitettu, tietojasi vain säilytetään: sinua ei kutsuta tutkimustehtäviin tai -tilaisuuksiin, et ole mukana arvonnoissa, eikä tietojasi käytetä analyyseissä. Voit silti kirjautua sekä nähdä, korjata, ladata ja poistaa tietosi.',
  'myData.restrict.active': 'Tietojesi käsittely on rajoitettu {date} alkaen.',
  'myData.restrict.submit': 'Rajoita käsittelyä',
  'myData.restrict.lift': 'Poista rajoitus',
  'myData.delete.heading': 'Tietojesi poistaminen',
  'myData.delete.lead':
    'Voit poistaa tietosi milloin tahansa. Näet ennen vahvistamista, mitä poistetaan ja mitä säilytetään.',
  'myData.delete.link': 'Poista tietoni nyt',
  'myData.complaint': 'Valitusoikeus',
  'myData.delete.title': 'Poista tietoni nyt',
  'myData.delete.intro': 'Poisto on yksi toiminto, ja se tehdään heti. Sitä ei voi perua.',
  'myData.delete.deletedHeading': 'Poistetaan heti',
  'myData.delete.deleted.email': 'sähköpostiosoitteesi',
  'myData.delete.deleted.pseudonym': 'nimimerkkisi',
  'myData.delete.deleted.profile': 'taustatietosi',
  'myData.delete.deleted.contact': 'yhteystietosi',
  'myData.delete.deleted.sessions': 'kirjautumisesi: sinut kirjataan ulos kaikilla laitteilla',
  'myData.delete.deleted.consents': 'voimassa olevat suostumuksesi perutaan',
  'myData.delete.deleted.research':
    'vastauksesi tutkimustehtäviin poistetaan, tai jos ne ovat jo osa analyysiä, ne anonymisoidaan pysyvästi niin, ettei niitä voi yhdistää keneenkään',
  'myData.delete.keptHeading': 'Säilytetään, ja miksi',
  'myData.kept.what': 'Mitä',
  'myData.kept.why': 'Miksi',
  'myData.kept.until': 'Mihin asti',
  'myData.kept.consents.what':
    'Merkinnät antamistasi ja perumistasi suostumuksista, ilman sähköpostiosoitettasi ja nimimerkkiäsi',
  'myData.kept.consents.why':
    'Jotta voidaan osoittaa, mihin suostuit ja milloin (tietosuoja-asetuksen 7 artikla).',
  'myData.kept.audit.what': 'Loki tietojesi käsittelystä, esimerkiksi tästä poistosta',
  'myData.kept.audit.why':
    'Rekisterinpitäjän on voitava osoittaa, miten henkilötietoja on käsitelty (tietosuoja-asetuksen 5 artiklan 2 kohta).',
  'myData.kept.noLongerYou':
    'Niin kauan kuin rekisteri on olemassa. Merkinnät eivät poiston jälkeen johda sinuun.',
  'myData.kept.reward.what': 'Palkkio: {description}, maksettu {date}, ja tulorekisteriin ilmoitetut tiedot',
  'myData.kept.reward.why':
    'Palkkio on ilmoitettu Verohallinnon tulorekisteriin. Maksajan on säilytettävä ilmoitetun suorituksen tiedot niin kauan kuin ilmoitus voidaan verosäännösten mukaan tarkastaa ja korjata, joten niitä ei voi poistaa pyynnöstä.',
  'myData.kept.reward.until': '{date} asti, minkä jälkeen tiedot poistetaan',
  'myData.kept.legalHeading': 'Säilytetään lakisääteisen velvoitteen vuoksi',
  'myData.delete.emailNote':
    'Lähetämme vahvistuksen sähköpostiosoitteeseesi, minkä jälkeen osoitetta ei enää ole tallessa. Voit liittyä samalla osoitteella uudelleen uutena jäsenenä.',
  'myData.delete.confirm': 'Vahvista: poista tietoni nyt',
  'myData.delete.cancel': 'Peruuta ja palaa tietoihisi',
  'myData.deleted.title': 'Tietosi on poistettu',
  'myData.deleted.body':
    'Sähköpostiosoitteesi, nimimerkkisi, taustatietosi ja yhteystietosi on poistettu, ja sinut on kirjattu ulos. Vahvistus lähetettiin sähköpostiisi. Voit liittyä milloin tahansa uudelleen uutena jäsenenä.',
  'myData.deleted.joinAgain': 'Liity uudelleen',
  'myData.email.deleted.subject': 'Tietosi on poistettu – {organisation}',
  'myData.email.deleted.body':
    'Hei,\n\npyysit {date} tietojesi poistamista palvelusta {organisation}. Sähköpostiosoitteesi, nimimerkkisi, taustatietosi ja yhteystietosi on nyt poistettu, ja suostumuksesi on peruttu. Tämä viesti on viimeinen, jonka saat: osoitettasi ei enää ole tallessa.\n\nSäilytämme vain merkinnät suostumuksista ja tietojen käsittelystä, eivätkä ne johda sinuun{kept}.\n\nVoit liittyä uudelleen samalla osoitteella uutena jäsenenä: {url}\n\nJos et pyytänyt poistoa, ota yhteyttä: {contact}',
  'myData.email.deleted.keptRewards': '. Lisäksi säilytämme lakisääteisen velvoitteen vuoksi: {items}',
} as const;

type MyDataKey = keyof typeof myDataMessagesFi;

export const myDataMessagesSv: Record<MyDataKey, string> = {
  'myData.link': 'Se, ladda ner, rätta eller radera alla dina uppgifter',
  'myData.title': 'Alla dina uppgifter',
  'myData.intro':
    'På den här sidan finns allt som {organisation} har om dig, grupperat enligt datainnehållet i registret ”{register}”.',
  'myData.copyNow': 'Du får en kopia av dina uppgifter genast och avgiftsfritt.',
  'myData.download': 'Ladda ner alla dina uppgifter (JSON)',
  'myData.printHint':
    'En läsbar kopia får du genom att skriva ut sidan eller spara den som PDF med webbläsarens utskriftsfunktion.',
  'myData.correctHint': 'Du kan rätta alla uppgifter som du själv har gett med länken bredvid varje uppgift.',
  'myData.nothing': 'Vi har inga uppgifter om dig i den här gruppen.',
  'myData.otherCategory': 'Andra anteckningar om dig',
  'myData.item.membership': 'Ditt medlemskap',
  'myData.memberKey': 'Medlemsnyckel (pseudonym identifierare)',
  'myData.email': 'E-postadress',
  'myData.pseudonym': 'Pseudonym',
  'myData.noPseudonym': 'Inte vald',
  'myData.language': 'Språk',
  'myData.joined': 'Gick med',
  'myData.lastActive': 'Senast aktiv',
  'myData.restrictedSince': 'Behandlingen begränsad',
  'myData.emailChange':
    'E-postadressen kan inte bytas direkt: radera dina uppgifter eller gå ur gruppen och gå med igen med den nya adressen.',
  'myData.languageName.fi': 'finska',
  'myData.languageName.sv': 'svenska',
  'myData.languageName.en': 'engelska',
  'myData.languageLegend': 'Språk för sidor och e-post',
  'myData.languageSubmit': 'Byt språk',
  'myData.item.sessions': 'Inloggningar',
  'myData.manageSessions': 'Hantera dina inloggningar',
  'myData.item.membershipConsent': 'Samtycke till medlemskapet',
  'myData.item.contactConsents': 'Samtycken för kontaktuppgifter',
  'myData.consentsNone': 'Inga samtycken.',
  'myData.item.researchAnswers': 'Svar på undersökningsuppgifter',
  'myData.researchAnswersNone': 'Du har inte svarat på undersökningsuppgifter.',
  'myData.researchAnswer': '{task}, {date}',
  'myData.contactNone': 'Du har inte gett kontaktuppgifter.',
  'myData.contactCorrect': 'Rätta: {purpose}',
  'myData.item.events': 'Undersökningstillfällen',
  'myData.eventsNone': 'Du har inte deltagit i undersökningstillfällen.',
  'myData.event': '{event}, {date}',
  'myData.item.rewards': 'Arvoden',
  'myData.rewardsNone': 'Du har inte fått arvoden.',
  'myData.reward': '{description}, betalt {date}',
  'myData.rewardReported': 'anmält till inkomstregistret {date}',
  'myData.specialCategories':
    'Vi frågar inte efter särskilda personuppgifter. Om du har skrivit sådana i dina svar syns de vid dina svar.',
  'myData.ipAddresses':
    'Din IP-adress sparas när du går med, loggar in eller skriver i en diskussion, i en logg som används endast för att utreda missbruk. Loggen är inte kopplad till ditt medlemskap och kan därför inte visas här.',
  'myData.restrict.heading': 'Begränsning av behandlingen',
  'myData.restrict.explain':
    'När behandlingen är begränsad lagras dina uppgifter endast: du bjuds inte in till undersökningsuppgifter eller -tillfällen, du deltar inte i utlottningar och dina uppgifter används inte i analyser. Du kan fortfarande logga in och se, rätta, ladda ner och radera dina uppgifter.',
  'myData.restrict.active': 'Behandlingen av dina uppgifter har varit begränsad sedan {date}.',
  'myData.restrict.submit': 'Begränsa behandlingen',
  'myData.restrict.lift': 'Häv begränsningen',
  'myData.delete.heading': 'Radera dina uppgifter',
  'myData.delete.lead':
    'Du kan radera dina uppgifter när som helst. Innan du bekräftar ser du vad som raderas och vad som sparas.',
  'myData.delete.link': 'Radera mina uppgifter nu',
  'myData.complaint': 'Rätt att klaga',
  'myData.delete.title': 'Radera mina uppgifter nu',
  'myData.delete.intro': 'Raderingen är en enda åtgärd och sker genast. Den kan inte ångras.',
  'myData.delete.deletedHeading': 'Raderas genast',
  'myData.delete.deleted.email': 'din e-postadress',
  'myData.delete.deleted.pseudonym': 'din pseudonym',
  'myData.delete.deleted.profile': 'din bakgrundsinformation',
  'myData.delete.deleted.contact': 'dina kontaktuppgifter',
  'myData.delete.deleted.sessions': 'dina inloggningar: du loggas ut på alla enheter',
  'myData.delete.deleted.consents': 'dina gällande samtycken återkallas',
  'myData.delete.deleted.research':
    'dina svar på undersökningsuppgifter raderas, eller om de redan ingår i en analys, anonymiseras de permanent så att de inte kan kopplas till någon',
  'myData.delete.keptHeading': 'Sparas, och varför',
  'myData.kept.what': 'Vad',
  'myData.kept.why': 'Varför',
  'myData.kept.until': 'Till när',
  'myData.kept.consents.what':
    'Anteckningar om de samtycken du gett och återkallat, utan din e-postadress och pseudonym',
  'myData.kept.consents.why':
    'För att kunna visa vad du samtyckte till och när (artikel 7 i dataskyddsförordningen).',
  'myData.kept.audit.what': 'Loggen över behandlingen av dina uppgifter, till exempel denna radering',
  'myData.kept.audit.why':
    'Den personuppgiftsansvarige ska kunna visa hur personuppgifter har behandlats (artikel 5.2 i dataskyddsförordningen).',
  'myData.kept.noLongerYou':
    'Så länge registret finns. Efter raderingen leder anteckningarna inte längre till dig.',
  'myData.kept.reward.what':
    'Arvode: {description}, betalt {date}, och uppgifterna som anmälts till inkomstregistret',
  'myData.kept.reward.why':
    'Arvodet har anmälts till Skatteförvaltningens inkomstregister. Betalaren ska spara uppgifterna om en anmäld betalning så länge anmälan enligt skattebestämmelserna kan granskas och rättas, och därför kan de inte raderas på begäran.',
  'myData.kept.reward.until': 'Till och med {date}, därefter raderas uppgifterna',
  'myData.kept.legalHeading': 'Sparas på grund av en lagstadgad skyldighet',
  'myData.delete.emailNote':
    'Vi skickar en bekräftelse till din e-postadress, och därefter har vi inte längre adressen. Du kan gå med igen med samma adress som ny medlem.',
  'myData.delete.confirm': 'Bekräfta: radera mina uppgifter nu',
  'myData.delete.cancel': 'Avbryt och gå tillbaka till dina uppgifter',
  'myData.deleted.title': 'Dina uppgifter har raderats',
  'myData.deleted.body':
    'Din e-postadress, pseudonym, bakgrundsinformation och dina kontaktuppgifter har raderats och du har loggats ut. En bekräftelse skickades till din e-post. Du kan när som helst gå med igen som ny medlem.',
  'myData.deleted.joinAgain': 'Gå med igen',
  'myData.email.deleted.subject': 'Dina uppgifter har raderats – {organisation}',
  'myData.email.deleted.body':
    'Hej,\n\nden {date} bad du om att dina uppgifter raderas från {organisation}. Din e-postadress, pseudonym, bakgrundsinformation och dina kontaktuppgifter har nu raderats och dina samtycken har återkallats. Detta är det sista meddelandet du får: vi har inte längre din adress.\n\nVi sparar endast anteckningar om samtycken och om behandlingen av uppgifterna, och de leder inte till dig{kept}.\n\nDu kan gå med igen med samma adress som ny medlem: {url}\n\nOm du inte bad om raderingen, kontakta: {contact}',
  'myData.email.deleted.keptRewards': '. Dessutom sparar vi på grund av en lagstadgad skyldighet: {items}',
};

export const myDataMessagesEn: Record<MyDataKey, string> = {
  'myData.link': 'See, download, correct or delete all your data',
  'myData.title': 'All your data',
  'myData.intro':
    'This page shows everything {organisation} holds about you, grouped as in the data content of the register “{register}”.',
  'myData.copyNow': 'You get a copy of your data at once, free of charge.',
  'myData.download': 'Download all your data (JSON)',
  'myData.printHint':
    'For a readable copy, print this page or save it as a PDF with your browser’s print function.',
  'myData.correctHint': 'You can correct everything you have given yourself with the link next to it.',
  'myData.nothing': 'We hold nothing about you in this group.',
  'myData.otherCategory': 'Other records about you',
  'myData.item.membership': 'Your membership',
  'myData.memberKey': 'Member key (a pseudonymous identifier)',
  'myData.email': 'Email address',
  'myData.pseudonym': 'Pseudonym',
  'myData.noPseudonym': 'Not chosen',
  'myData.language': 'Language',
  'myData.joined': 'Joined',
  'myData.lastActive': 'Last active',
  'myData.restrictedSince': 'Processing restricted',
  'myData.emailChange':
    'The email address cannot be changed directly: delete your data, or leave the community, and join again with the new address.',
  'myData.languageName.fi': 'Finnish',
  'myData.languageName.sv': 'Swedish',
  'myData.languageName.en': 'English',
  'myData.languageLegend': 'Language of pages and emails',
  'myData.languageSubmit': 'Change language',
  'myData.item.sessions': 'Sign-ins',
  'myData.manageSessions': 'Manage your sign-ins',
  'myData.item.membershipConsent': 'Consent to membership',
  'myData.item.contactConsents': 'Consents for contact details',
  'myData.consentsNone': 'No consents.',
  'myData.item.researchAnswers': 'Answers to research tasks',
  'myData.researchAnswersNone': 'You have not answered any research tasks.',
  'myData.researchAnswer': '{task}, {date}',
  'myData.contactNone': 'You have not given contact details.',
  'myData.contactCorrect': 'Correct: {purpose}',
  'myData.item.events': 'Research events',
  'myData.eventsNone': 'You have not taken part in research events.',
  'myData.event': '{event}, {date}',
  'myData.item.rewards': 'Rewards',
  'myData.rewardsNone': 'You have not received rewards.',
  'myData.reward': '{description}, paid on {date}',
  'myData.rewardReported': 'reported to the Incomes Register on {date}',
  'myData.specialCategories':
    'We do not ask for special categories of personal data. If you have written any in your answers, they are shown with your answers.',
  'myData.ipAddresses':
    'Your IP address is recorded when you join, sign in or post in a discussion, in a log used only to resolve abuse. The log is not linked to your membership, so it cannot be shown here.',
  'myData.restrict.heading': 'Restricting processing',
  'myData.restrict.explain':
    'While processing is restricted, your data is only stored: you are not invited to research tasks or events, you are left out of prize draws, and your data is left out of analysis. You can still sign in and see, correct, download and delete your data.',
  'myData.restrict.active': 'Processing of your data has been restricted since {date}.',
  'myData.restrict.submit': 'Restrict processing',
  'myData.restrict.lift': 'Lift the restriction',
  'myData.delete.heading': 'Deleting your data',
  'myData.delete.lead':
    'You can delete your data at any time. Before you confirm, you will see what is deleted and what is kept.',
  'myData.delete.link': 'Delete my data now',
  'myData.complaint': 'Right to complain',
  'myData.delete.title': 'Delete my data now',
  'myData.delete.intro': 'Deleting is one action and happens at once. It cannot be undone.',
  'myData.delete.deletedHeading': 'Deleted at once',
  'myData.delete.deleted.email': 'your email address',
  'myData.delete.deleted.pseudonym': 'your pseudonym',
  'myData.delete.deleted.profile': 'your background information',
  'myData.delete.deleted.contact': 'your contact details',
  'myData.delete.deleted.sessions': 'your sign-ins: you are signed out on every device',
  'myData.delete.deleted.consents': 'your consents in force are withdrawn',
  'myData.delete.deleted.research':
    'your answers to research tasks are removed or, where they are already part of an analysis, irreversibly anonymised so that they cannot be linked to anyone',
  'myData.delete.keptHeading': 'Kept, and why',
  'myData.kept.what': 'What',
  'myData.kept.why': 'Why',
  'myData.kept.until': 'Until when',
  'myData.kept.consents.what':
    'Records of the consents you gave and withdrew, without your email address or pseudonym',
  'myData.kept.consents.why': 'To show what you agreed to and when (GDPR Article 7).',
  'myData.kept.audit.what': 'The log of how your data was handled, for example this deletion',
  'myData.kept.audit.why':
    'The controller must be able to show how personal data was processed (GDPR Article 5(2)).',
  'myData.kept.noLongerYou':
    'As long as the register is kept. After the deletion, they no longer lead to you.',
  'myData.kept.reward.what':
    'Reward: {description}, paid on {date}, and the data reported to the Incomes Register',
  'myData.kept.reward.why':
    'The reward was reported to the Tax Administration’s Incomes Register. The payer must keep the data of a reported payment for as long as tax rules allow the report to be checked and corrected, so it cannot be deleted on request.',
  'myData.kept.reward.until': 'Until {date}, then deleted',
  'myData.kept.legalHeading': 'Kept because of a legal obligation',
  'myData.delete.emailNote':
    'We will send a confirmation to your email address; after that we no longer have the address. You can join again with the same address as a new member.',
  'myData.delete.confirm': 'Confirm: delete my data now',
  'myData.delete.cancel': 'Cancel and go back to your data',
  'myData.deleted.title': 'Your data has been deleted',
  'myData.deleted.body':
    'Your email address, pseudonym, background information and contact details have been deleted, and you have been signed out. A confirmation was sent to your email. You are welcome to join again at any time as a new member.',
  'myData.deleted.joinAgain': 'Join again',
  'myData.email.deleted.subject': 'Your data has been deleted – {organisation}',
  'myData.email.deleted.body':
    'Hello,\n\non {date} you asked {organisation} to delete your data. Your email address, pseudonym, background information and contact details have now been deleted, and your consents have been withdrawn. This is the last message you will get: we no longer have your address.\n\nWe keep only the records of consents and of how the data was handled, and they do not lead to you{kept}.\n\nYou can join again with the same address as a new member: {url}\n\nIf you did not ask for this, contact: {contact}',
  'myData.email.deleted.keptRewards': '. Because of a legal obligation we also keep: {items}',
};
