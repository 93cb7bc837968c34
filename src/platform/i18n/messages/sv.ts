import { analyticsMessagesSv } from '../../../analytics/analytics-messages.ts';
import { feedbackMessagesSv } from '../../../feedback/feedback-messages.ts';
import { emailChangeMessagesSv } from '../../../members/email-change-messages.ts';
import { myDataMessagesSv } from '../../../members/my-data-messages.ts';
import { registerConsoleMessagesSv } from '../../../privacy/registers/register-console-messages.ts';
import { requestMessagesSv } from '../../../privacy/requests/request-messages.ts';
import { retentionMessagesSv } from '../../../privacy/retention/retention-messages.ts';
import { discussionMessagesSv } from '../../../research/discussion-messages.ts';
import { inviteMessagesSv } from '../../../research/invite-messages.ts';
import { researchExportMessagesSv } from '../../../research/research-export-messages.ts';
import { tasksMessagesSv } from '../../../research/tasks-messages.ts';
import { builderMessagesSv } from '../../../surveys/builder/builder-messages.ts';
import type { MessageKey } from './fi.ts';

export const sv: Record<MessageKey, string> = {
  'site.name': 'Kuule',
  'layout.skipToContent': 'Hoppa till innehållet',
  'layout.languageSwitch': 'Språk',
  'layout.privacy': 'Dataskyddsbeskrivningar',
  'layout.accessibility': 'Tillgänglighetsutlåtande',
  'layout.staffConsole': 'För personalen',
  'layout.poweredBy': 'Tjänsten drivs med Kuule, städernas öppna plattform för delaktighet.',

  'home.title': 'Kuule – vi utvecklar tjänsterna tillsammans',
  'home.intro':
    'I Kuule utvecklar städerna sina tjänster tillsammans med invånarna. Välj den stad vars tjänster du vill påverka.',
  'home.organisations': 'Städer',

  'organisation.intro':
    'På den här webbplatsen kan du påverka vilka tjänster {organisation} erbjuder. Du tillfrågas bara om det som behövs, och du kan alltid se hur dina uppgifter behandlas.',
  'organisation.whatYouCanDo': 'Det här kan du göra här',
  'organisation.readPrivacy': 'Läs hur dina uppgifter behandlas',
  'organisation.readPrivacyDetail':
    'Dataskyddsbeskrivningarna berättar vilka uppgifter som samlas in, varför och hur länge de sparas.',
  'organisation.giveAccessibilityFeedback': 'Berätta om webbplatsen är svår att använda',
  'organisation.giveAccessibilityFeedbackDetail':
    'Tillgänglighetsutlåtandet beskriver kända brister, och du kan skicka respons. Vi svarar inom {days, plural, one {# dag} other {# dagar}}.',

  'accessibility.title': 'Tillgänglighetsutlåtande',
  'accessibility.intro':
    '{organisation} strävar efter att den här webbplatsen ska kunna användas av alla. Utlåtandet gäller tjänsten Kuule och bygger på lagen om tillhandahållande av digitala tjänster (306/2019).',
  'accessibility.statusHeading': 'Tillgänglighetens status',
  'accessibility.status.full': 'Webbplatsen uppfyller tillgänglighetskraven på nivå AA i WCAG 2.1.',
  'accessibility.status.partial': 'Webbplatsen uppfyller delvis tillgänglighetskraven på nivå AA i WCAG 2.1.',
  'accessibility.status.none': 'Webbplatsen uppfyller ännu inte tillgänglighetskraven på nivå AA i WCAG 2.1.',
  'accessibility.knownGapsHeading': 'Kända brister',
  'accessibility.noKnownGaps': 'Det finns inga kända brister.',
  'accessibility.statementDate': 'Utlåtandet har utarbetats {date}.',
  'accessibility.feedbackHeading': 'Respons om tillgängligheten',
  'accessibility.feedbackIntro':
    'Märkte du en brist? Berätta för oss. Vi svarar inom {days, plural, one {# dag} other {# dagar}}.',
  'accessibility.form.message': 'Din respons',
  'accessibility.form.messageHint': 'Berätta vilken sida eller funktion som var svår och på vilket sätt.',
  'accessibility.form.page': 'Sidan som responsen gäller (frivilligt)',
  'accessibility.form.replyTo': 'E-postadress för svar (frivilligt)',
  'accessibility.form.replyToHint': 'Vi använder adressen endast för att svara på den här responsen.',
  'accessibility.form.submit': 'Skicka respons',
  'accessibility.thanks.title': 'Tack för din respons',
  'accessibility.thanks.body':
    'Vi har tagit emot din respons. Vi svarar senast {date}, om du lämnade en e-postadress.',
  'accessibility.supervisionHeading': 'Tillsynsmyndighet',
  'accessibility.supervisionBody':
    'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten.',
  'accessibility.supervisionLink': 'Mer om tillsynen: tillgänglighetskrav.fi',

  'privacy.title': 'Dataskyddsbeskrivningar',
  'privacy.intro':
    '{organisation} är personuppgiftsansvarig. Varje beskrivning berättar vilka personuppgifter som samlas in, vad de används till, hur länge de sparas och vilka rättigheter du har.',
  'privacy.contact': 'Frågor om dataskydd: {email}',
  'privacy.noNotices': 'Inga dataskyddsbeskrivningar har publicerats ännu.',

  'form.errorSummary': '{count, plural, one {Formuläret har # fel} other {Formuläret har # fel}}',
  'form.required': 'obligatoriskt',
  'validation.required': 'Fyll i det här fältet.',
  'validation.tooLong': 'Texten är för lång: högst {max, number} tecken.',
  'validation.email': 'Skriv e-postadressen i formen namn@exempel.fi.',

  'error.backHome': 'Tillbaka till startsidan',
  'error.400.title': 'Begäran kunde inte behandlas',
  'error.400.body':
    'Det fanns ett fel i uppgifterna som skickades. Ingenting sparades. Gå tillbaka och försök igen.',
  'error.403.title': 'Ingen behörighet',
  'error.403.body':
    'Den här åtgärden är inte tillåten. Om du skickade ett formulär, ladda om sidan och försök igen: formuläret kan ha gått ut.',
  'error.404.title': 'Sidan hittades inte',
  'error.404.body': 'Sidan du söker finns inte. Kontrollera adressen eller gå tillbaka till startsidan.',
  'error.413.title': 'För stor försändelse',
  'error.413.body': 'Uppgifterna du skickade är för stora. Korta texten och försök igen. Ingenting sparades.',
  'error.429.title': 'För många förfrågningar',
  'error.429.body': 'Du har skickat för många förfrågningar på kort tid. Vänta en stund och försök igen.',
  'error.500.title': 'Något gick fel',
  'error.500.body':
    'Ett fel inträffade i tjänsten. Försök igen senare. Om du skickade ett formulär, kontrollera om det sparades.',

  'console.title': 'Personalens arbetsyta',
  'console.signIn.title': 'Logga in på personalens arbetsyta',
  'console.signIn.email': 'E-postadress',
  'console.signIn.password': 'Lösenord',
  'console.signIn.submit': 'Logga in',
  'console.signOut': 'Logga ut',
  'console.signedInAs': 'Inloggad: {name}',
  'console.home.intro': 'Välkommen. Här ser du endast det som du har behörighet till.',
  'console.feedback.title': 'Respons om tillgänglighet',
  'console.feedback.none': 'Ingen respons.',
  'console.feedback.count': '{count, plural, =0 {Ingen respons} one {# respons} other {# responser}}',
  'console.feedback.received': 'Mottagen',
  'console.feedback.due': 'Ska besvaras senast',
  'console.feedback.message': 'Respons',
  'console.feedback.replyTo': 'Svarsadress',
  'console.feedback.overdue': 'försenad',
  'console.feedback.notification.subject': 'Ny respons om tillgänglighet ({organisation})',
  'console.feedback.notification.body':
    'Ny respons om tillgänglighet har kommit in till Kuule. Den ska besvaras senast {date}. Läs responsen på personalens arbetsyta: {url}',

  'mailbox.title': 'Utvecklingsversionens postlåda',
  'mailbox.intro': 'Endast i demoläge: här sparas meddelanden som i produktion skulle skickas per e-post.',
  'mailbox.empty': 'Inga meddelanden.',
  'mailbox.to': 'Mottagare',
  'mailbox.sent': 'Skickat',
  'organisation.joinCommunity': 'Gå med i kundgemenskapen',
  'organisation.joinCommunityDetail':
    'För att gå med behövs bara en e-postadress. I gemenskapen agerar du under en signatur.',
  'organisation.signIn': 'Logga in i kundgemenskapen',
  'member.join.title': 'Gå med i kundgemenskapen',
  'member.join.intro':
    'Som medlem i kundgemenskapen kan du delta i enkäter, diskussioner och undersökningstillfällen som {organisation} använder för att utveckla sina tjänster. För att gå med behövs bara din e-postadress.',
  'member.join.email': 'E-postadress',
  'member.join.emailHint':
    'Vi skickar en bekräftelselänk till den här adressen. Adressen visas inte för andra och kopplas inte till dina svar.',
  'member.join.specialCategories':
    'Vi frågar inte om hälsa, religion, etniskt ursprung eller andra särskilda kategorier av personuppgifter. Berätta inte om dem i dina svar.',
  'member.join.consentLegend': 'Samtycke',
  'member.join.consentAgree': 'Jag ger mitt samtycke',
  'member.join.privacyLink': 'Läs dataskyddsbeskrivningen',
  'member.join.submit': 'Gå med',
  'member.checkEmail.title': 'Kontrollera din e-post',
  'member.checkEmail.body':
    'Om adressen är rätt har vi skickat en länk till den. Länken gäller i {hours, plural, one {# timme} other {# timmar}}. Om meddelandet inte syns, kontrollera skräpposten.',
  'member.checkEmail.signInBody':
    'Om adressen har ett medlemskap har vi skickat en inloggningslänk till den. Länken gäller i {minutes, plural, one {# minut} other {# minuter}} och fungerar en gång.',
  'member.confirm.title': 'Bekräfta ditt medlemskap',
  'member.confirm.body': 'Bekräfta att du går med i kundgemenskapen genom att trycka på knappen nedan.',
  'member.confirm.submit': 'Bekräfta',
  'member.linkInvalid.title': 'Länken gäller inte längre',
  'member.linkInvalid.body': 'Länken har redan använts eller gått ut. Du kan be om en ny länk.',
  'member.linkInvalid.again': 'Be om en ny länk',
  'member.signIn.title': 'Logga in i kundgemenskapen',
  'member.signIn.intro':
    'Skriv din e-postadress så skickar vi en inloggningslänk. Du behöver inget lösenord.',
  'member.signIn.submit': 'Skicka inloggningslänk',
  'member.signIn.confirm.title': 'Logga in',
  'member.signIn.confirm.body': 'Logga in i kundgemenskapen genom att trycka på knappen nedan.',
  'member.signIn.confirm.submit': 'Logga in',
  'member.signIn.notMember': 'Är du inte medlem ännu?',
  'pseudonym.title': 'Välj en signatur',
  'pseudonym.intro':
    'Andra medlemmar och stadens anställda ser bara din signatur. Använd inte ditt namn eller dina kontaktuppgifter.',
  'pseudonym.label': 'Signatur',
  'pseudonym.hint': '{min}–{max} tecken: bokstäver, siffror, mellanslag, punkter, streck.',
  'pseudonym.suggestion': 'Förslag: {suggestion}. Du kan använda det eller hitta på en egen.',
  'pseudonym.submit': 'Spara signaturen',
  'pseudonym.error.length': 'Signaturen ska ha {min}–{max} tecken.',
  'pseudonym.error.characters':
    'Signaturen får bara innehålla bokstäver, siffror, mellanslag, punkter, understreck och bindestreck, och den ska börja med en bokstav eller siffra.',
  'pseudonym.error.identifying':
    'Signaturen får inte innehålla en e-postadress, ett telefonnummer eller en personbeteckning.',
  'pseudonym.error.taken': 'Signaturen används redan. Välj en annan.',
  'me.title': 'Mina uppgifter',
  'me.pseudonym': 'Din signatur: {pseudonym}',
  'me.changePseudonym': 'Byt signatur',
  'me.sessionsHeading': 'Inloggningar',
  'me.sessionsIntro':
    'De här enheterna och webbläsarna är inloggade. Du kan avsluta vilken inloggning som helst.',
  'me.sessionStarted': 'Inloggad',
  'me.sessionLastSeen': 'Senast använd',
  'me.thisSession': 'den här enheten',
  'me.endSession': 'Avsluta inloggningen',
  'me.signOut': 'Logga ut',
  'me.signOutEverywhere': 'Logga ut från alla enheter',
  'me.consentsHeading': 'Samtycken',
  'me.consentGiven': 'Givet {date}',
  'me.consentWithdrawn': 'Återkallat {date}',
  'me.consentReceipt': 'Ladda ner kvitto (JSON)',
  'consent.purpose.community_membership': 'Medlemskap i kundgemenskapen',
  'email.confirm.subject': 'Bekräfta ditt medlemskap: {organisation}',
  'email.confirm.body':
    'Hej,\n\nbekräfta att du går med i kundgemenskapen ({organisation}) genom att öppna länken:\n{url}\n\nLänken gäller i {hours} timmar. Om du inte bad om detta kan du bortse från meddelandet: inga uppgifter sparas.',
  'email.signIn.subject': 'Inloggningslänk: {organisation}',
  'email.signIn.body':
    'Hej,\n\nlogga in i kundgemenskapen ({organisation}) genom att öppna länken:\n{url}\n\nLänken gäller i {minutes} minuter och fungerar en gång. Om du inte bad om detta kan du bortse från meddelandet.',
  'validation.consentRequired': 'Det här förutsätter ditt samtycke. Du kan återkalla det när som helst.',
  'console.commitment.title': 'Tystnadsförbindelse',
  'console.commitment.intro':
    'Innan du får tillgång till personalens arbetsyta ska du godkänna organisationens tystnadsförbindelse (version {version}).',
  'console.commitment.accept': 'Jag godkänner förbindelsen',
  'console.training.title': 'Dataskyddsutbildningen har gått ut',
  'console.training.body':
    'Tillgången är spärrad eftersom det har gått mer än {months, plural, one {# månad} other {# månader}} sedan din senaste dataskyddsutbildning, eller så har ingen utbildning registrerats. Delta i utbildningen och be organisationens huvudanvändare registrera datumet.',
  'me.withdraw.membership': 'Återkalla samtycket och lämna kundgemenskapen',
  'me.withdraw.membershipHint':
    'Din e-postadress och signatur raderas genast och alla dina inloggningar avslutas. Du kan gå med igen senare.',
  'me.left.title': 'Du har lämnat kundgemenskapen',
  'me.left.body':
    'Ditt samtycke har återkallats. Din e-postadress och signatur har raderats. Du kan gå med igen när som helst.',
  'console.audit.title': 'Loggdata',
  'console.audit.intro':
    'Varje läsning och ändring av personuppgifter, ändring av samtycken och nekad åtkomst registreras här. Raderna kan inte ändras eller raderas.',
  'console.audit.action': 'Åtgärd',
  'console.audit.member': 'Medlemmens nyckel',
  'console.audit.from': 'Från (ÅÅÅÅ-MM-DD)',
  'console.audit.to': 'Till (ÅÅÅÅ-MM-DD)',
  'console.audit.search': 'Sök',
  'console.audit.when': 'Tid',
  'console.audit.who': 'Vem',
  'console.audit.right': 'Behörighet',
  'console.audit.outcome': 'Resultat',
  'console.audit.none': 'Inga rader.',
  'console.abuse.title': 'Missbrukslogg',
  'console.abuse.intro':
    'IP-adresser sparas endast för att utreda missbruk och raderas efter {days, plural, one {# dag} other {# dagar}}. Varje läsning registreras i loggdata.',
  'console.abuse.address': 'Adress',
  'console.abuse.event': 'Händelse',
  'profile.title': 'Bakgrundsuppgifter',
  'profile.intro':
    'Med hjälp av bakgrundsuppgifterna kan vi bjuda in dig till uppgifter som gäller just dig. Alla frågor är frivilliga: du kan låta bli att svara på vilken som helst och ändra dina svar när som helst.',
  'profile.noAnswer': 'Jag vill inte svara',
  'profile.save': 'Spara bakgrundsuppgifterna',
  'profile.skip': 'Hoppa över nu',
  'profile.invalid': 'Svaret på frågan ”{question}” kunde inte sparas. Välj ett av de givna alternativen.',
  'profile.none': 'Du har inte svarat på bakgrundsfrågorna.',
  'me.profileHeading': 'Bakgrundsuppgifter',
  'me.editProfile': 'Redigera bakgrundsuppgifterna',
  'console.secondFactor.title': 'Tvåstegsverifiering',
  'console.secondFactor.enrolIntro':
    'Ta i bruk en autentiseringsapp (till exempel en app i telefonen). Läs QR-koden med appen eller skriv in nyckeln, och ange sedan den sexsiffriga kod som appen visar.',
  'console.secondFactor.qrAlt': 'QR-kod för autentiseringsappen',
  'console.secondFactor.key': 'Nyckel att skriva in för hand',
  'console.secondFactor.intro': 'Ange den sexsiffriga kod som din autentiseringsapp visar.',
  'console.secondFactor.code': 'Sexsiffrig kod',
  'console.secondFactor.submit': 'Bekräfta',
  'console.secondFactor.failed': 'Koden duger inte. Skriv den kod som appen visar just nu.',
  'console.signIn.failedOrLocked':
    'E-postadressen eller lösenordet är fel, eller kontot är låst en stund efter för många misslyckade försök.',
  'console.staff.title': 'Personal',
  'console.staff.intro':
    'Varje anställd har ett eget namngivet konto. Behörigheter ges per uppgift som roller.',
  'console.staff.name': 'Namn',
  'console.staff.email': 'E-postadress',
  'console.staff.roles': 'Roller',
  'console.staff.training': 'Senaste dataskyddsutbildning (ÅÅÅÅ-MM-DD)',
  'console.staff.secondFactor': 'Tvåstegsverifiering',
  'console.staff.enrolled': 'i bruk',
  'console.staff.notEnrolled': 'inte ännu',
  'console.staff.create': 'Lägg till en anställd',
  'console.staff.createSubmit': 'Skapa konto',
  'console.staff.recordTraining': 'Registrera utbildning',
  'console.staff.created':
    'Kontot har skapats: {email}. Ge engångslösenordet till den anställda via en säker kanal; det visas inte igen.',
  'console.staff.password': 'Engångslösenord',
  'console.staff.invalid':
    'Kontrollera uppgifterna: e-postadress, namn, minst en roll och datum i formen ÅÅÅÅ-MM-DD.',
  'console.staff.duplicate': 'Det finns redan ett konto med den här e-postadressen.',
  'role.researcher': 'Forskare',
  'role.feedback_manager': 'Responsansvarig',
  'role.event_coordinator': 'Koordinator för tillfällen',
  'role.analyst': 'Analytiker',
  'role.register_owner': 'Den personuppgiftsansvariges företrädare / dataskyddsombud',
  'role.organisation_admin': 'Organisationens huvudanvändare',
  'validation.phone': 'Skriv ett telefonnummer, till exempel 040 123 4567 eller +358 40 123 4567.',
  'contact.title.event_contact': 'Kontaktuppgifter för ett undersökningstillfälle',
  'contact.title.reward_delivery': 'Kontaktuppgifter för leverans av belöningen',
  'contact.intro':
    'De här uppgifterna frågas endast för det här ändamålet. De förvaras åtskilda från dina svar, och du kan radera dem när som helst.',
  'contact.name': 'Namn',
  'contact.phone': 'Telefonnummer',
  'contact.postalAddress': 'Postadress',
  'contact.submit': 'Spara kontaktuppgifterna',
  'contact.erase': 'Återkalla samtycket och radera kontaktuppgifterna',
  'me.contactHeading': 'Kontaktuppgifter',
  'me.contactReadBy': 'Dina kontaktuppgifter har lästs av',
  'me.contactNotRead': 'Ingen har läst dina kontaktuppgifter.',
  'consent.purpose.event_contact': 'Kontaktuppgifter för undersökningstillfällen',
  'consent.purpose.reward_delivery': 'Kontaktuppgifter för leverans av belöningen',
  'console.contacts.title': 'Kontaktuppgifter',
  'console.contacts.intro':
    'Kontaktuppgifter som medlemmarna har gett med separat samtycke. Varje läsning registreras och medlemmen ser vem som har läst uppgifterna.',
  'console.contacts.pseudonym': 'Signatur',
  'console.contacts.purpose': 'Ändamål',
  'console.contacts.details': 'Kontaktuppgifter',
  'console.signIn.oidc': 'Logga in med din organisations konto',
  'console.signIn.or': 'eller',
  'console.signIn.oidcFailed':
    'Inloggningen med organisationens konto lyckades inte, eller så har kontot inget personalkonto i den här tjänsten. Försök igen eller be huvudanvändaren skapa ett konto åt dig.',
  'notice.published': 'Publicerad {date}',
  'notice.controller': 'Personuppgiftsansvarig',
  'notice.personInCharge': 'Ansvarsperson för registret',
  'notice.contactPerson': 'Kontaktperson för registret',
  'notice.dpo': 'Dataskyddsombud',
  'notice.purposes': 'Ändamålen med behandlingen av personuppgifter',
  'notice.legalBases': 'Rättslig grund för behandlingen',
  'notice.legislation': 'Central lagstiftning',
  'notice.dataContent': 'Registrets datainnehåll',
  'notice.optional': 'frivillig',
  'notice.separateConsent': 'frågas med ett separat samtycke',
  'notice.regularDisclosures': 'Regelmässiga utlämnanden',
  'notice.noRegularDisclosures': 'Uppgifter lämnas inte ut regelmässigt.',
  'notice.conditionalDisclosures': 'Andra utlämnanden',
  'notice.transfers': 'Överföring av uppgifter utanför EU eller EES',
  'notice.retention': 'Lagringstider',
  'notice.sources': 'Uppgiftskällor',
  'notice.security': 'Principer för informationssäkerheten',
  'notice.rights': 'Den registrerades rättigheter och hur de utövas',
  'notice.complaint': 'Rätt att lämna klagomål till tillsynsmyndigheten',
  'notice.otherFormats': 'Samma beskrivning i maskinläsbar form: {json} · {markdown}',
  'legalBasis.art6_1_a_consent': 'EU:s allmänna dataskyddsförordning, artikel 6.1 a: samtycke',
  'legalBasis.art6_1_b_contract': 'EU:s allmänna dataskyddsförordning, artikel 6.1 b: avtal',
  'legalBasis.art6_1_c_legal_obligation':
    'EU:s allmänna dataskyddsförordning, artikel 6.1 c: rättslig förpliktelse',
  'legalBasis.art6_1_d_vital_interests':
    'EU:s allmänna dataskyddsförordning, artikel 6.1 d: grundläggande intressen',
  'legalBasis.art6_1_e_public_task':
    'EU:s allmänna dataskyddsförordning, artikel 6.1 e: allmänt intresse eller myndighetsutövning',
  'legalBasis.art6_1_f_legitimate_interests':
    'EU:s allmänna dataskyddsförordning, artikel 6.1 f: berättigat intresse',
  'legalBasis.art9_2_a_explicit_consent':
    'EU:s allmänna dataskyddsförordning, artikel 9.2 a: uttryckligt samtycke',
  'legalBasis.art9_2_e_made_public_by_data_subject':
    'EU:s allmänna dataskyddsförordning, artikel 9.2 e: uppgifter som den registrerade själv offentliggjort',
  // Capabilities with many texts keep them beside their code.
  ...feedbackMessagesSv,
  ...builderMessagesSv,
  ...analyticsMessagesSv,
  ...retentionMessagesSv,
  ...registerConsoleMessagesSv,
  ...researchExportMessagesSv,
  ...myDataMessagesSv,
  ...emailChangeMessagesSv,
  ...requestMessagesSv,
  ...discussionMessagesSv,
  ...tasksMessagesSv,
  ...inviteMessagesSv,
};
