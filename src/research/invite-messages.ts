/** Audiences, invitations, task mail, email preferences and unsubscribing (issue 6), in Finnish, Swedish and English. */
export const inviteMessagesFi = {
  'invite.audience.title': 'Kohderyhmä: {task}',
  'invite.audience.intro':
    'Valitse, keitä tehtävään kutsutaan. Näet kohderyhmän koon, mutta et koskaan sitä, keitä siihen kuuluu.',
  'invite.audience.kind': 'Keitä kutsutaan',
  'invite.audience.kind.all': 'Kaikki jäsenet',
  'invite.audience.kind.background': 'Jäsenet taustatietojen ja osallistumisen mukaan',
  'invite.audience.backgroundHeading': 'Taustatiedot',
  'invite.audience.backgroundHint':
    'Rastita vastaukset, jotka otetaan mukaan. Jäsen kuuluu kohderyhmään, kun hänen vastauksensa jokaiseen rastitettuun kysymykseen on jokin rastitetuista. Kysymystä, jossa ei ole rasteja, ei käytetä.',
  'invite.audience.participation': 'Osallistuminen toiseen tehtävään',
  'invite.audience.participation.task': 'Tehtävä',
  'invite.audience.participation.none': 'Osallistumista ei käytetä',
  'invite.audience.participation.took': 'Osallistui (lähetti vastauksen)',
  'invite.audience.participation.notTook': 'Ei osallistunut',
  'invite.audience.participation.choice': 'Osallistuiko jäsen',
  'invite.audience.preview': 'Näytä kohderyhmän koko',
  'invite.audience.save': 'Tallenna kohderyhmä',
  'invite.audience.saved': 'Kohderyhmä tallennettiin.',
  'invite.audience.size': 'Kohderyhmän koko nyt: {count, plural, one {# jäsen} other {# jäsentä}}.',
  'invite.audience.sizeBelowK':
    'Kohderyhmän koko nyt: alle {k} jäsentä. Anonymiteettirajaa pienempiä määriä ei näytetä.',
  'invite.audience.previewNote': 'Ei vielä tallennettu: tämä on alla valitun kohderyhmän koko.',
  'invite.audience.toInvitations': 'Kutsut ja muistutus',
  'invite.audience.backToTask': 'Takaisin tehtävään',
  'invite.error.kind': 'Valitse, kutsutaanko kaikki jäsenet vai taustatietojen mukaan valitut.',
  'invite.error.unknownQuestion': 'Lomakkeessa oli taustakysymys, jota organisaatiolla ei ole.',
  'invite.error.unknownOption': 'Valitse vain kysymyksen omia vastausvaihtoehtoja.',
  'invite.error.noCriteria': 'Rastita vähintään yksi vastaus tai valitse osallistuminen toiseen tehtävään.',
  'invite.error.participationTask': 'Valitse jokin organisaation toisista tehtävistä.',
  'invite.error.participationChoice': 'Valitse, osallistuiko jäsen tehtävään vai ei.',
  'invite.page.title': 'Kutsut: {task}',
  'invite.page.intro':
    'Kutsu lähtee sähköpostilla tallennetun kohderyhmän jäsenille, joita ei ole vielä kutsuttu, kunkin omalla kielellä. Viikkokoosteen valinneet saavat tehtävän seuraavaan koosteeseensa, ja ne, jotka eivät halua sähköpostia, näkevät sen Omat tehtävät -sivulla.',
  'invite.page.audience': 'Kohderyhmä',
  'invite.page.editAudience': 'Muuta kohderyhmää',
  'invite.page.counts': 'Kutsujen tilanne',
  'invite.count.invited': 'Kutsuttuja',
  'invite.count.emailed': 'Kutsu lähetetty sähköpostilla',
  'invite.count.reminded': 'Muistutus lähetetty',
  'invite.count.fewerThan': 'alle {k}',
  'invite.page.send': 'Lähetä kutsut',
  'invite.page.remind': 'Lähetä muistutus',
  'invite.page.remindHint':
    'Yksi muistutus sähköpostilla kutsutuille, jotka eivät ole vielä vastanneet. Kukin saa sen vain kerran.',
  'invite.page.notOpen': 'Kutsuja voi lähettää vain, kun tehtävä on julkaistu eikä se ole sulkeutunut.',
  'invite.page.belowK':
    'Kohderyhmässä on alle {k} jäsentä. Näin pienelle joukolle ei lähetetä kutsuja, jotta ketään ei voi tunnistaa.',
  'invite.page.sent':
    'Uusia kutsuttuja: {count, plural, one {# jäsen} other {# jäsentä}}. Sähköpostit lähtevät taustalla.',
  'invite.page.sentBelowK': 'Uusia kutsuttuja: alle {k}. Sähköpostit lähtevät taustalla.',
  'invite.page.sentNone': 'Kaikki kohderyhmän jäsenet on jo kutsuttu.',
  'invite.page.reminded': 'Muistutukset lähtevät taustalla.',
  'invite.page.remindedNone': 'Muistutettavia ei ole: kaikki ovat vastanneet tai saaneet jo muistutuksen.',
  'email.task.invitation.subject': 'Kutsu tehtävään: {task}',
  'email.task.invitation.body':
    'Hei,\n\nsinut kutsutaan osallistumaan asiakasyhteisön tehtävään ({organisation}):\n\n{task}\n\nTehtävä on avoinna {closes} asti. Kirjaudu sisään, niin pääset suoraan tehtävään:\n{url}\n\nOsallistut nimimerkilläsi, eikä vastauksiasi yhdistetä sähköpostiosoitteeseesi.',
  'email.task.reminder.subject': 'Muistutus: {task}',
  'email.task.reminder.body':
    'Hei,\n\nmuistutamme tehtävästä, johon sinut kutsuttiin ({organisation}):\n\n{task}\n\nTehtävä on avoinna {closes} asti. Kirjaudu sisään, niin pääset suoraan tehtävään:\n{url}\n\nTämä on ainoa muistutus tästä tehtävästä.',
  'email.task.digest.subject': 'Uudet tehtäväsi: {organisation}',
  'email.task.digest.body':
    'Hei,\n\nsinut on kutsuttu näihin asiakasyhteisön tehtäviin ({organisation}):\n\n{tasks}\n\nKirjaudu sisään linkistä, niin pääset suoraan tehtävään.',
  'email.task.digest.item': '– {task} (avoinna {closes} asti)\n  {url}',
  'email.task.footer':
    'Saat tämän viestin, koska olet asiakasyhteisön jäsen. Voit valita, kuinka usein saat sähköpostia tehtävistä: {preferences}\nTehtäväviestien tilauksen voit perua tästä: {unsubscribe}',
  'emailPrefs.title': 'Sähköpostit tehtävistä',
  'emailPrefs.intro':
    'Valitse, kuinka usein haluat sähköpostia tehtävistä, joihin sinut kutsutaan. Näet tehtävät aina myös Omat tehtävät -sivulla.',
  'emailPrefs.legend': 'Kuinka usein haluat sähköpostia tehtävistä?',
  'emailPrefs.each_task': 'Viesti jokaisesta tehtävästä (ja yksi muistutus)',
  'emailPrefs.weekly': 'Yksi koosteviesti viikossa uusista tehtävistä',
  'emailPrefs.never': 'Ei sähköpostia tehtävistä',
  'emailPrefs.save': 'Tallenna',
  'emailPrefs.saved': 'Valintasi tallennettiin.',
  'emailPrefs.link': 'Sähköpostit tehtävistä',
  'emailPrefs.invalid': 'Valitse jokin vaihtoehdoista.',
  'unsubscribe.title': 'Tehtäväviestien tilauksen peruminen',
  'unsubscribe.body':
    'Painamalla painiketta et enää saa sähköpostia tutkimustehtävistä. Pysyt jäsenenä ja näet tehtävät, joihin sinut kutsutaan, kun kirjaudut sisään. Voit ottaa viestit takaisin käyttöön sähköpostiasetuksistasi.',
  'unsubscribe.submit': 'Lopeta tehtäväviestit',
  'unsubscribe.done.title': 'Tehtäväviestit lopetettu',
  'unsubscribe.done.body':
    'Et enää saa sähköpostia tutkimustehtävistä. Voit ottaa viestit takaisin käyttöön sähköpostiasetuksistasi, kun olet kirjautunut sisään.',
  'unsubscribe.invalid.title': 'Linkki ei toimi',
  'unsubscribe.invalid.body':
    'Tilauksen perumislinkki ei ole kelvollinen, eikä mitään muutettu. Voit muuttaa sähköpostiasetuksiasi kirjauduttuasi sisään.',
};

export const inviteMessagesSv: Record<keyof typeof inviteMessagesFi, string> = {
  'invite.audience.title': 'Målgrupp: {task}',
  'invite.audience.intro':
    'Välj vilka som bjuds in till uppgiften. Du ser målgruppens storlek, men aldrig vilka som ingår i den.',
  'invite.audience.kind': 'Vilka bjuds in',
  'invite.audience.kind.all': 'Alla medlemmar',
  'invite.audience.kind.background': 'Medlemmar enligt bakgrundsuppgifter och deltagande',
  'invite.audience.backgroundHeading': 'Bakgrundsuppgifter',
  'invite.audience.backgroundHint':
    'Kryssa för de svar som ska tas med. En medlem hör till målgruppen när hens svar på varje fråga med kryss är något av de förkryssade. En fråga utan kryss används inte.',
  'invite.audience.participation': 'Deltagande i en annan uppgift',
  'invite.audience.participation.task': 'Uppgift',
  'invite.audience.participation.none': 'Deltagande används inte',
  'invite.audience.participation.took': 'Deltog (skickade ett svar)',
  'invite.audience.participation.notTook': 'Deltog inte',
  'invite.audience.participation.choice': 'Deltog medlemmen',
  'invite.audience.preview': 'Visa målgruppens storlek',
  'invite.audience.save': 'Spara målgruppen',
  'invite.audience.saved': 'Målgruppen sparades.',
  'invite.audience.size': 'Målgruppens storlek nu: {count, plural, one {# medlem} other {# medlemmar}}.',
  'invite.audience.sizeBelowK':
    'Målgruppens storlek nu: färre än {k} medlemmar. Antal under anonymitetsgränsen visas inte.',
  'invite.audience.previewNote': 'Inte sparad ännu: detta är storleken på målgruppen som valts nedan.',
  'invite.audience.toInvitations': 'Inbjudningar och påminnelse',
  'invite.audience.backToTask': 'Tillbaka till uppgiften',
  'invite.error.kind': 'Välj om alla medlemmar bjuds in eller de som valts enligt bakgrundsuppgifter.',
  'invite.error.unknownQuestion': 'Formuläret innehöll en bakgrundsfråga som organisationen inte har.',
  'invite.error.unknownOption': 'Välj bara frågans egna svarsalternativ.',
  'invite.error.noCriteria': 'Kryssa för minst ett svar eller välj deltagande i en annan uppgift.',
  'invite.error.participationTask': 'Välj en av organisationens andra uppgifter.',
  'invite.error.participationChoice': 'Välj om medlemmen deltog i uppgiften eller inte.',
  'invite.page.title': 'Inbjudningar: {task}',
  'invite.page.intro':
    'Inbjudan skickas per e-post till de medlemmar i den sparade målgruppen som inte har bjudits in ännu, var och en på sitt eget språk. De som valt veckosammandrag får uppgiften i sitt nästa sammandrag, och de som inte vill ha e-post ser den på sidan Mina uppgifter.',
  'invite.page.audience': 'Målgrupp',
  'invite.page.editAudience': 'Ändra målgruppen',
  'invite.page.counts': 'Inbjudningarnas läge',
  'invite.count.invited': 'Inbjudna',
  'invite.count.emailed': 'Inbjudan skickad per e-post',
  'invite.count.reminded': 'Påminnelse skickad',
  'invite.count.fewerThan': 'färre än {k}',
  'invite.page.send': 'Skicka inbjudningarna',
  'invite.page.remind': 'Skicka påminnelsen',
  'invite.page.remindHint':
    'En påminnelse per e-post till inbjudna som inte har svarat ännu. Var och en får den bara en gång.',
  'invite.page.notOpen': 'Inbjudningar kan skickas bara när uppgiften är publicerad och inte har stängts.',
  'invite.page.belowK':
    'Målgruppen har färre än {k} medlemmar. Inbjudningar skickas inte till en så liten grupp, så att ingen kan identifieras.',
  'invite.page.sent':
    'Nya inbjudna: {count, plural, one {# medlem} other {# medlemmar}}. E-postmeddelandena skickas i bakgrunden.',
  'invite.page.sentBelowK': 'Nya inbjudna: färre än {k}. E-postmeddelandena skickas i bakgrunden.',
  'invite.page.sentNone': 'Alla i målgruppen har redan bjudits in.',
  'invite.page.reminded': 'Påminnelserna skickas i bakgrunden.',
  'invite.page.remindedNone': 'Det finns ingen att påminna: alla har svarat eller redan fått en påminnelse.',
  'email.task.invitation.subject': 'Inbjudan till en uppgift: {task}',
  'email.task.invitation.body':
    'Hej,\n\ndu bjuds in att delta i en uppgift i kundgemenskapen ({organisation}):\n\n{task}\n\nUppgiften är öppen till {closes}. Logga in så kommer du direkt till uppgiften:\n{url}\n\nDu deltar under din pseudonym, och dina svar kopplas inte till din e-postadress.',
  'email.task.reminder.subject': 'Påminnelse: {task}',
  'email.task.reminder.body':
    'Hej,\n\nvi påminner om uppgiften som du bjöds in till ({organisation}):\n\n{task}\n\nUppgiften är öppen till {closes}. Logga in så kommer du direkt till uppgiften:\n{url}\n\nDetta är den enda påminnelsen om uppgiften.',
  'email.task.digest.subject': 'Dina nya uppgifter: {organisation}',
  'email.task.digest.body':
    'Hej,\n\ndu har bjudits in till följande uppgifter i kundgemenskapen ({organisation}):\n\n{tasks}\n\nLogga in via länken så kommer du direkt till uppgiften.',
  'email.task.digest.item': '– {task} (öppen till {closes})\n  {url}',
  'email.task.footer':
    'Du får detta meddelande eftersom du är medlem i kundgemenskapen. Du kan välja hur ofta du får e-post om uppgifter: {preferences}\nDu kan avsluta meddelandena om uppgifter här: {unsubscribe}',
  'emailPrefs.title': 'E-post om uppgifter',
  'emailPrefs.intro':
    'Välj hur ofta du vill få e-post om uppgifter som du bjuds in till. Du ser alltid uppgifterna också på sidan Mina uppgifter.',
  'emailPrefs.legend': 'Hur ofta vill du få e-post om uppgifter?',
  'emailPrefs.each_task': 'Ett meddelande om varje uppgift (och en påminnelse)',
  'emailPrefs.weekly': 'Ett sammandrag i veckan om nya uppgifter',
  'emailPrefs.never': 'Ingen e-post om uppgifter',
  'emailPrefs.save': 'Spara',
  'emailPrefs.saved': 'Ditt val sparades.',
  'emailPrefs.link': 'E-post om uppgifter',
  'emailPrefs.invalid': 'Välj ett av alternativen.',
  'unsubscribe.title': 'Avsluta meddelanden om uppgifter',
  'unsubscribe.body':
    'Tryck på knappen så får du inte längre e-post om forskningsuppgifter. Du förblir medlem och ser uppgifterna du bjuds in till när du loggar in. Du kan slå på meddelandena igen i dina e-postinställningar.',
  'unsubscribe.submit': 'Avsluta meddelanden om uppgifter',
  'unsubscribe.done.title': 'Meddelanden om uppgifter avslutade',
  'unsubscribe.done.body':
    'Du får inte längre e-post om forskningsuppgifter. Du kan slå på meddelandena igen i dina e-postinställningar när du har loggat in.',
  'unsubscribe.invalid.title': 'Länken fungerar inte',
  'unsubscribe.invalid.body':
    'Länken för att avsluta prenumerationen är inte giltig, och ingenting ändrades. Du kan ändra dina e-postinställningar när du har loggat in.',
};

export const inviteMessagesEn: Record<keyof typeof inviteMessagesFi, string> = {
  'invite.audience.title': 'Audience: {task}',
  'invite.audience.intro':
    'Choose who is invited to the task. You see the size of the audience, never who is in it.',
  'invite.audience.kind': 'Who is invited',
  'invite.audience.kind.all': 'All members',
  'invite.audience.kind.background': 'Members chosen by background and participation',
  'invite.audience.backgroundHeading': 'Background',
  'invite.audience.backgroundHint':
    'Tick the answers to include. A member is in the audience when their answer to every question with ticks is one of the ticked ones. A question without ticks is not used.',
  'invite.audience.participation': 'Participation in another task',
  'invite.audience.participation.task': 'Task',
  'invite.audience.participation.none': 'Do not use participation',
  'invite.audience.participation.took': 'Took part (submitted an answer)',
  'invite.audience.participation.notTook': 'Did not take part',
  'invite.audience.participation.choice': 'Did the member take part',
  'invite.audience.preview': 'Show the audience size',
  'invite.audience.save': 'Save the audience',
  'invite.audience.saved': 'The audience was saved.',
  'invite.audience.size': 'Audience now: {count, plural, one {# member} other {# members}}.',
  'invite.audience.sizeBelowK':
    'Audience now: fewer than {k} members. Numbers below the anonymity threshold are not shown.',
  'invite.audience.previewNote': 'Not saved yet: this is the size of the audience chosen below.',
  'invite.audience.toInvitations': 'Invitations and reminder',
  'invite.audience.backToTask': 'Back to the task',
  'invite.error.kind': 'Choose whether all members are invited or members chosen by background.',
  'invite.error.unknownQuestion': 'The form had a background question the organisation does not have.',
  'invite.error.unknownOption': 'Choose only the question’s own answer options.',
  'invite.error.noCriteria': 'Tick at least one answer or choose participation in another task.',
  'invite.error.participationTask': 'Choose one of the organisation’s other tasks.',
  'invite.error.participationChoice': 'Choose whether the member took part in the task or not.',
  'invite.page.title': 'Invitations: {task}',
  'invite.page.intro':
    'Invitations go by email to the members of the saved audience who have not been invited yet, each in their own language. Members who chose the weekly digest get the task in their next digest; members who chose no email see it on their My tasks page.',
  'invite.page.audience': 'Audience',
  'invite.page.editAudience': 'Change the audience',
  'invite.page.counts': 'Invitations so far',
  'invite.count.invited': 'Invited',
  'invite.count.emailed': 'Invitation emailed',
  'invite.count.reminded': 'Reminder emailed',
  'invite.count.fewerThan': 'fewer than {k}',
  'invite.page.send': 'Send invitations',
  'invite.page.remind': 'Send the reminder',
  'invite.page.remindHint':
    'One reminder by email to those invited who have not answered yet. Each member gets it once.',
  'invite.page.notOpen': 'Invitations can be sent only while the task is published and has not closed.',
  'invite.page.belowK':
    'The audience has fewer than {k} members. Invitations are not sent to so small a group, so that no one can be singled out.',
  'invite.page.sent':
    'Newly invited: {count, plural, one {# member} other {# members}}. The emails are sent in the background.',
  'invite.page.sentBelowK': 'Newly invited: fewer than {k}. The emails are sent in the background.',
  'invite.page.sentNone': 'Everyone in the audience has already been invited.',
  'invite.page.reminded': 'The reminders are sent in the background.',
  'invite.page.remindedNone':
    'There is no one to remind: everyone has answered or has already had the reminder.',
  'email.task.invitation.subject': 'Invitation to a task: {task}',
  'email.task.invitation.body':
    'Hello,\n\nyou are invited to take part in a task of the customer community ({organisation}):\n\n{task}\n\nThe task is open until {closes}. Sign in and you go straight to the task:\n{url}\n\nYou take part under your pseudonym, and your answers are not linked to your email address.',
  'email.task.reminder.subject': 'Reminder: {task}',
  'email.task.reminder.body':
    'Hello,\n\na reminder of the task you were invited to ({organisation}):\n\n{task}\n\nThe task is open until {closes}. Sign in and you go straight to the task:\n{url}\n\nThis is the only reminder about this task.',
  'email.task.digest.subject': 'Your new tasks: {organisation}',
  'email.task.digest.body':
    'Hello,\n\nyou have been invited to these tasks of the customer community ({organisation}):\n\n{tasks}\n\nSign in from a link and you go straight to that task.',
  'email.task.digest.item': '– {task} (open until {closes})\n  {url}',
  'email.task.footer':
    'You get this message because you are a member of the customer community. Choose how often you are emailed about tasks: {preferences}\nStop emails about tasks: {unsubscribe}',
  'emailPrefs.title': 'Emails about tasks',
  'emailPrefs.intro':
    'Choose how often you want email about the tasks you are invited to. You always see the tasks on your My tasks page too.',
  'emailPrefs.legend': 'How often do you want email about tasks?',
  'emailPrefs.each_task': 'An email for each task (and one reminder)',
  'emailPrefs.weekly': 'One weekly digest of new tasks',
  'emailPrefs.never': 'No email about tasks',
  'emailPrefs.save': 'Save',
  'emailPrefs.saved': 'Your choice was saved.',
  'emailPrefs.link': 'Emails about tasks',
  'emailPrefs.invalid': 'Choose one of the options.',
  'unsubscribe.title': 'Stop emails about tasks',
  'unsubscribe.body':
    'Press the button and you will no longer get email about research tasks. You stay a member and see the tasks you are invited to when you sign in. You can turn the emails back on in your email settings.',
  'unsubscribe.submit': 'Stop emails about tasks',
  'unsubscribe.done.title': 'Emails about tasks stopped',
  'unsubscribe.done.body':
    'You will no longer get email about research tasks. You can turn them back on in your email settings after signing in.',
  'unsubscribe.invalid.title': 'This link does not work',
  'unsubscribe.invalid.body':
    'The unsubscribe link is not valid, and nothing was changed. You can change your email settings after signing in.',
};
