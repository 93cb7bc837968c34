import { analyticsMessagesFi } from '../../../analytics/analytics-messages.ts';
import { feedbackMessagesFi } from '../../../feedback/feedback-messages.ts';
import { emailChangeMessagesFi } from '../../../members/email-change-messages.ts';
import { myDataMessagesFi } from '../../../members/my-data-messages.ts';
import { registerConsoleMessagesFi } from '../../../privacy/registers/register-console-messages.ts';
import { requestMessagesFi } from '../../../privacy/requests/request-messages.ts';
import { retentionMessagesFi } from '../../../privacy/retention/retention-messages.ts';
import { discussionMessagesFi } from '../../../research/discussion-messages.ts';
import { inviteMessagesFi } from '../../../research/invite-messages.ts';
import { researchExportMessagesFi } from '../../../research/research-export-messages.ts';
import { tasksMessagesFi } from '../../../research/tasks-messages.ts';
import { builderMessagesFi } from '../../../surveys/builder/builder-messages.ts';
/** Finnish: the reference catalog. Every key here must exist in sv.ts and en.ts (the type system and a test check). */
export const fi = {
  'site.name': 'Kuule',
  'layout.skipToContent': 'Siirry sisältöön',
  'layout.languageSwitch': 'Kieli',
  'layout.privacy': 'Tietosuojaselosteet',
  'layout.accessibility': 'Saavutettavuusseloste',
  'layout.staffConsole': 'Henkilökunnalle',
  'layout.poweredBy': 'Palvelun tarjoaa Kuule, kaupunkien avoin osallistumisalusta.',

  'home.title': 'Kuule – kehitetään palveluja yhdessä',
  'home.intro':
    'Kuulessa kaupungit kehittävät palvelujaan yhdessä asukkaiden kanssa. Valitse kaupunki, jonka palveluihin haluat vaikuttaa.',
  'home.organisations': 'Kaupungit',

  'organisation.intro':
    'Tällä sivustolla voit vaikuttaa siihen, millaisia palveluja {organisation} tarjoaa. Sinulta kysytään vain se, mitä kulloinkin tarvitaan, ja voit aina nähdä, miten tietojasi käsitellään.',
  'organisation.whatYouCanDo': 'Mitä voit tehdä täällä',
  'organisation.readPrivacy': 'Lue, miten tietojasi käsitellään',
  'organisation.readPrivacyDetail':
    'Tietosuojaselosteet kertovat, mitä tietoja kerätään, miksi ja kuinka kauan niitä säilytetään.',
  'organisation.giveAccessibilityFeedback': 'Kerro, jos sivuston käyttö on sinulle hankalaa',
  'organisation.giveAccessibilityFeedbackDetail':
    'Saavutettavuusselosteessa kerrotaan sivuston tunnetut puutteet, ja voit lähettää palautetta. Vastaamme {days, plural, one {# päivän} other {# päivän}} kuluessa.',

  'accessibility.title': 'Saavutettavuusseloste',
  'accessibility.intro':
    '{organisation} pyrkii siihen, että tämä sivusto on kaikkien käytettävissä. Seloste koskee Kuule-palvelua ja perustuu lakiin digitaalisten palvelujen tarjoamisesta (306/2019).',
  'accessibility.statusHeading': 'Saavutettavuuden tila',
  'accessibility.status.full': 'Sivusto täyttää WCAG 2.1 -ohjeiden AA-tason saavutettavuusvaatimukset.',
  'accessibility.status.partial':
    'Sivusto täyttää osittain WCAG 2.1 -ohjeiden AA-tason saavutettavuusvaatimukset.',
  'accessibility.status.none':
    'Sivusto ei vielä täytä WCAG 2.1 -ohjeiden AA-tason saavutettavuusvaatimuksia.',
  'accessibility.knownGapsHeading': 'Tunnetut puutteet',
  'accessibility.noKnownGaps': 'Tunnettuja puutteita ei ole.',
  'accessibility.statementDate': 'Seloste on laadittu {date}.',
  'accessibility.feedbackHeading': 'Palaute saavutettavuudesta',
  'accessibility.feedbackIntro':
    'Huomasitko puutteen? Kerro siitä meille. Vastaamme {days, plural, one {# päivän} other {# päivän}} kuluessa.',
  'accessibility.form.message': 'Palautteesi',
  'accessibility.form.messageHint': 'Kerro, mikä sivu tai toiminto oli hankala ja miten.',
  'accessibility.form.page': 'Sivu, jota palaute koskee (vapaaehtoinen)',
  'accessibility.form.replyTo': 'Sähköpostiosoite vastausta varten (vapaaehtoinen)',
  'accessibility.form.replyToHint': 'Käytämme osoitetta vain tähän palautteeseen vastaamiseen.',
  'accessibility.form.submit': 'Lähetä palaute',
  'accessibility.thanks.title': 'Kiitos palautteestasi',
  'accessibility.thanks.body':
    'Palautteesi on vastaanotettu. Vastaamme viimeistään {date}, jos jätit sähköpostiosoitteen.',
  'accessibility.supervisionHeading': 'Valvontaviranomainen',
  'accessibility.supervisionBody':
    'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle.',
  'accessibility.supervisionLink': 'Lisätietoja valvonnasta: saavutettavuusvaatimukset.fi',

  'privacy.title': 'Tietosuojaselosteet',
  'privacy.intro':
    '{organisation} on rekisterinpitäjä. Jokainen seloste kertoo, mitä henkilötietoja kerätään, mihin niitä käytetään, kuinka kauan niitä säilytetään ja mitä oikeuksia sinulla on.',
  'privacy.contact': 'Tietosuojaan liittyvät kysymykset: {email}',
  'privacy.noNotices': 'Tietosuojaselosteita ei ole vielä julkaistu.',

  'form.errorSummary': '{count, plural, one {Lomakkeessa on # virhe} other {Lomakkeessa on # virhettä}}',
  'form.required': 'pakollinen',
  'validation.required': 'Täytä tämä kenttä.',
  'validation.tooLong': 'Teksti on liian pitkä: enintään {max, number} merkkiä.',
  'validation.email': 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',

  'error.backHome': 'Palaa etusivulle',
  'error.400.title': 'Pyyntöä ei voitu käsitellä',
  'error.400.body':
    'Lähetetyissä tiedoissa oli virhe. Mitään ei tallennettu. Palaa takaisin ja yritä uudelleen.',
  'error.403.title': 'Ei käyttöoikeutta',
  'error.403.body':
    'Tämä toiminto ei ole sallittu. Jos lähetit lomakkeen, lataa sivu uudelleen ja yritä uudestaan: lomake on voinut vanhentua.',
  'error.404.title': 'Sivua ei löytynyt',
  'error.404.body': 'Hakemaasi sivua ei ole olemassa. Tarkista osoite tai palaa etusivulle.',
  'error.413.title': 'Lähetys on liian suuri',
  'error.413.body':
    'Lähettämäsi tiedot ovat liian suuria. Lyhennä tekstiä ja yritä uudelleen. Mitään ei tallennettu.',
  'error.429.title': 'Liian monta pyyntöä',
  'error.429.body': 'Olet lähettänyt liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
  'error.500.title': 'Jotain meni vikaan',
  'error.500.body':
    'Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen. Jos lähetit lomakkeen, tarkista, tallentuiko se.',

  'console.title': 'Henkilökunnan työtila',
  'console.signIn.title': 'Kirjaudu henkilökunnan työtilaan',
  'console.signIn.email': 'Sähköpostiosoite',
  'console.signIn.password': 'Salasana',
  'console.signIn.submit': 'Kirjaudu',
  'console.signOut': 'Kirjaudu ulos',
  'console.signedInAs': 'Kirjautunut: {name}',
  'console.home.intro': 'Tervetuloa. Näet tässä vain ne asiat, joihin sinulla on oikeus.',
  'console.feedback.title': 'Saavutettavuuspalaute',
  'console.feedback.none': 'Ei palautteita.',
  'console.feedback.count': '{count, plural, =0 {Ei palautteita} one {# palaute} other {# palautetta}}',
  'console.feedback.received': 'Vastaanotettu',
  'console.feedback.due': 'Vastattava viimeistään',
  'console.feedback.message': 'Palaute',
  'console.feedback.replyTo': 'Vastausosoite',
  'console.feedback.overdue': 'myöhässä',
  'console.feedback.notification.subject': 'Uusi saavutettavuuspalaute ({organisation})',
  'console.feedback.notification.body':
    'Kuuleen on saapunut uusi saavutettavuuspalaute. Siihen on vastattava viimeistään {date}. Lue palaute henkilökunnan työtilassa: {url}',

  'mailbox.title': 'Kehitysversion postilaatikko',
  'mailbox.intro':
    'Vain demotilassa: tänne tallentuvat viestit, jotka tuotannossa lähetettäisiin sähköpostilla.',
  'mailbox.empty': 'Ei viestejä.',
  'mailbox.to': 'Vastaanottaja',
  'mailbox.sent': 'Lähetetty',
  'organisation.joinCommunity': 'Liity asiakasyhteisöön',
  'organisation.joinCommunityDetail':
    'Liittymiseen tarvitaan vain sähköpostiosoite. Toimit yhteisössä nimimerkillä.',
  'organisation.signIn': 'Kirjaudu asiakasyhteisöön',
  'member.join.title': 'Liity asiakasyhteisöön',
  'member.join.intro':
    'Asiakasyhteisön jäsenenä voit osallistua kyselyihin, keskusteluihin ja tutkimustilaisuuksiin, joiden avulla {organisation} kehittää palvelujaan. Liittymiseen tarvitaan vain sähköpostiosoitteesi.',
  'member.join.email': 'Sähköpostiosoite',
  'member.join.emailHint':
    'Lähetämme tähän osoitteeseen vahvistuslinkin. Osoitetta ei näytetä muille eikä liitetä vastauksiisi.',
  'member.join.specialCategories':
    'Emme kysy terveyteen, uskontoon, etniseen alkuperään tai muihin erityisiin henkilötietoryhmiin liittyviä tietoja. Älä kerro niitä vastauksissasi.',
  'member.join.consentLegend': 'Suostumus',
  'member.join.consentAgree': 'Annan suostumukseni',
  'member.join.privacyLink': 'Lue tietosuojaseloste',
  'member.join.submit': 'Liity',
  'member.checkEmail.title': 'Tarkista sähköpostisi',
  'member.checkEmail.body':
    'Jos osoite on oikein, lähetimme siihen linkin. Linkki on voimassa {hours, plural, one {# tunnin} other {# tuntia}}. Jos viestiä ei näy, tarkista roskapostikansio.',
  'member.checkEmail.signInBody':
    'Jos osoitteella on jäsenyys, lähetimme siihen kirjautumislinkin. Linkki on voimassa {minutes, plural, one {# minuutin} other {# minuuttia}} ja toimii kerran.',
  'member.confirm.title': 'Vahvista liittyminen',
  'member.confirm.body': 'Vahvista liittymisesi asiakasyhteisöön painamalla alla olevaa painiketta.',
  'member.confirm.submit': 'Vahvista liittyminen',
  'member.linkInvalid.title': 'Linkki ei ole enää voimassa',
  'member.linkInvalid.body': 'Linkki on jo käytetty tai vanhentunut. Voit pyytää uuden linkin.',
  'member.linkInvalid.again': 'Pyydä uusi linkki',
  'member.signIn.title': 'Kirjaudu asiakasyhteisöön',
  'member.signIn.intro':
    'Kirjoita sähköpostiosoitteesi, niin lähetämme kirjautumislinkin. Salasanaa ei tarvita.',
  'member.signIn.submit': 'Lähetä kirjautumislinkki',
  'member.signIn.confirm.title': 'Kirjaudu sisään',
  'member.signIn.confirm.body': 'Kirjaudu asiakasyhteisöön painamalla alla olevaa painiketta.',
  'member.signIn.confirm.submit': 'Kirjaudu sisään',
  'member.signIn.notMember': 'Etkö ole vielä jäsen?',
  'pseudonym.title': 'Valitse nimimerkki',
  'pseudonym.intro':
    'Muut jäsenet ja kaupungin työntekijät näkevät sinusta vain nimimerkkisi. Älä käytä nimeäsi tai yhteystietojasi.',
  'pseudonym.label': 'Nimimerkki',
  'pseudonym.hint': '{min}–{max} merkkiä: kirjaimia, numeroita, välilyöntejä, pisteitä, viivoja.',
  'pseudonym.suggestion': 'Ehdotus: {suggestion}. Voit käyttää sitä tai keksiä oman.',
  'pseudonym.submit': 'Tallenna nimimerkki',
  'pseudonym.error.length': 'Nimimerkissä on oltava {min}–{max} merkkiä.',
  'pseudonym.error.characters':
    'Nimimerkissä voi olla vain kirjaimia, numeroita, välilyöntejä, pisteitä, ala- ja yhdysviivoja, ja sen on alettava kirjaimella tai numerolla.',
  'pseudonym.error.identifying':
    'Nimimerkissä ei saa olla sähköpostiosoitetta, puhelinnumeroa tai henkilötunnusta.',
  'pseudonym.error.taken': 'Tämä nimimerkki on jo käytössä. Valitse toinen.',
  'me.title': 'Omat tietoni',
  'me.pseudonym': 'Nimimerkkisi: {pseudonym}',
  'me.changePseudonym': 'Vaihda nimimerkki',
  'me.sessionsHeading': 'Kirjautumiset',
  'me.sessionsIntro':
    'Nämä laitteet ja selaimet ovat kirjautuneina. Voit lopettaa minkä tahansa kirjautumisen.',
  'me.sessionStarted': 'Kirjautunut',
  'me.sessionLastSeen': 'Viimeksi käytetty',
  'me.thisSession': 'tämä laite',
  'me.endSession': 'Lopeta kirjautuminen',
  'me.signOut': 'Kirjaudu ulos',
  'me.signOutEverywhere': 'Kirjaudu ulos kaikilta laitteilta',
  'me.consentsHeading': 'Suostumukset',
  'me.consentGiven': 'Annettu {date}',
  'me.consentWithdrawn': 'Peruttu {date}',
  'me.consentReceipt': 'Lataa kuitti (JSON)',
  'consent.purpose.community_membership': 'Asiakasyhteisön jäsenyys',
  'email.confirm.subject': 'Vahvista liittymisesi: {organisation}',
  'email.confirm.body':
    'Hei,\n\nvahvista liittymisesi asiakasyhteisöön ({organisation}) avaamalla linkki:\n{url}\n\nLinkki on voimassa {hours} tuntia. Jos et pyytänyt tätä, voit jättää viestin huomiotta: tietoja ei tallenneta.',
  'email.signIn.subject': 'Kirjautumislinkki: {organisation}',
  'email.signIn.body':
    'Hei,\n\nkirjaudu asiakasyhteisöön ({organisation}) avaamalla linkki:\n{url}\n\nLinkki on voimassa {minutes} minuuttia ja toimii kerran. Jos et pyytänyt tätä, voit jättää viestin huomiotta.',
  'validation.consentRequired': 'Tämä edellyttää suostumustasi. Voit perua sen milloin tahansa.',
  'console.commitment.title': 'Salassapitositoumus',
  'console.commitment.intro':
    'Ennen kuin pääset henkilökunnan työtilaan, hyväksy organisaation salassapitositoumus (versio {version}).',
  'console.commitment.accept': 'Hyväksyn sitoumuksen',
  'console.training.title': 'Tietosuojakoulutus on vanhentunut',
  'console.training.body':
    'Pääsy on estetty, koska viimeisimmästä tietosuojakoulutuksestasi on yli {months, plural, one {# kuukausi} other {# kuukautta}} tai koulutusta ei ole kirjattu. Osallistu koulutukseen ja pyydä organisaation pääkäyttäjää kirjaamaan päivämäärä.',
  'me.withdraw.membership': 'Peru suostumus ja eroa asiakasyhteisöstä',
  'me.withdraw.membershipHint':
    'Sähköpostiosoitteesi ja nimimerkkisi poistetaan heti, ja kaikki kirjautumisesi päättyvät. Voit liittyä myöhemmin uudelleen.',
  'me.left.title': 'Olet eronnut asiakasyhteisöstä',
  'me.left.body':
    'Suostumuksesi on peruttu. Sähköpostiosoitteesi ja nimimerkkisi on poistettu. Voit liittyä uudelleen milloin tahansa.',
  'console.audit.title': 'Lokitiedot',
  'console.audit.intro':
    'Jokainen henkilötietojen luku ja muutos, suostumusten muutos ja estetty pääsy kirjautuu tähän. Rivejä ei voi muuttaa eikä poistaa.',
  'console.audit.action': 'Toiminto',
  'console.audit.member': 'Jäsenen avain',
  'console.audit.from': 'Alkaen (VVVV-KK-PP)',
  'console.audit.to': 'Päättyen (VVVV-KK-PP)',
  'console.audit.search': 'Hae',
  'console.audit.when': 'Aika',
  'console.audit.who': 'Kuka',
  'console.audit.right': 'Oikeus',
  'console.audit.outcome': 'Tulos',
  'console.audit.none': 'Ei rivejä.',
  'console.abuse.title': 'Väärinkäytösloki',
  'console.abuse.intro':
    'IP-osoitteet tallennetaan vain väärinkäytösten selvittämiseen ja poistetaan {days, plural, one {# päivän} other {# päivän}} kuluttua. Jokainen luku kirjataan lokitietoihin.',
  'console.abuse.address': 'Osoite',
  'console.abuse.event': 'Tapahtuma',
  'profile.title': 'Taustatiedot',
  'profile.intro':
    'Taustatietojen avulla voimme kutsua sinut juuri sinua koskeviin tehtäviin. Kaikki kysymykset ovat vapaaehtoisia: voit jättää minkä tahansa vastaamatta ja muuttaa vastauksiasi milloin tahansa.',
  'profile.noAnswer': 'En halua vastata',
  'profile.save': 'Tallenna taustatiedot',
  'profile.skip': 'Ohita nyt',
  'profile.invalid':
    'Vastausta kysymykseen ”{question}” ei voitu tallentaa. Valitse jokin annetuista vaihtoehdoista.',
  'profile.none': 'Et ole vastannut taustakysymyksiin.',
  'me.profileHeading': 'Taustatiedot',
  'me.editProfile': 'Muokkaa taustatietoja',
  'console.secondFactor.title': 'Kaksivaiheinen tunnistautuminen',
  'console.secondFactor.enrolIntro':
    'Ota käyttöön todennussovellus (esimerkiksi puhelimen todennussovellus). Lue QR-koodi sovelluksella tai kirjoita avain siihen, ja anna sitten sovelluksen näyttämä kuusinumeroinen koodi.',
  'console.secondFactor.qrAlt': 'QR-koodi todennussovellukseen',
  'console.secondFactor.key': 'Avain käsin syötettäväksi',
  'console.secondFactor.intro': 'Anna todennussovelluksesi näyttämä kuusinumeroinen koodi.',
  'console.secondFactor.code': 'Kuusinumeroinen koodi',
  'console.secondFactor.submit': 'Vahvista',
  'console.secondFactor.failed': 'Koodi ei kelpaa. Kirjoita sovelluksen juuri nyt näyttämä koodi.',
  'console.signIn.failedOrLocked':
    'Sähköpostiosoite tai salasana on väärin, tai tili on lukittu hetkeksi liian monen epäonnistuneen yrityksen vuoksi.',
  'console.staff.title': 'Henkilökunta',
  'console.staff.intro':
    'Jokaisella työntekijällä on oma nimetty tunnus. Oikeudet annetaan tehtävän mukaan rooleina.',
  'console.staff.name': 'Nimi',
  'console.staff.email': 'Sähköpostiosoite',
  'console.staff.roles': 'Roolit',
  'console.staff.training': 'Viimeisin tietosuojakoulutus (VVVV-KK-PP)',
  'console.staff.secondFactor': 'Kaksivaiheinen tunnistautuminen',
  'console.staff.enrolled': 'käytössä',
  'console.staff.notEnrolled': 'ei vielä',
  'console.staff.create': 'Lisää työntekijä',
  'console.staff.createSubmit': 'Luo tunnus',
  'console.staff.recordTraining': 'Kirjaa koulutus',
  'console.staff.created':
    'Tunnus luotu: {email}. Kerro kertakäyttöinen salasana työntekijälle turvallista kanavaa pitkin; sitä ei näytetä uudelleen.',
  'console.staff.password': 'Kertakäyttöinen salasana',
  'console.staff.invalid':
    'Tarkista tiedot: sähköpostiosoite, nimi, vähintään yksi rooli ja päivämäärä muodossa VVVV-KK-PP.',
  'console.staff.duplicate': 'Tällä sähköpostiosoitteella on jo tunnus.',
  'role.researcher': 'Tutkija',
  'role.feedback_manager': 'Palautteiden hallinnoija',
  'role.event_coordinator': 'Tilaisuuksien koordinaattori',
  'role.analyst': 'Analyytikko',
  'role.register_owner': 'Rekisterinpitäjän edustaja / tietosuojavastaava',
  'role.organisation_admin': 'Organisaation pääkäyttäjä',
  'validation.phone': 'Kirjoita puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.',
  'contact.title.event_contact': 'Yhteystiedot tutkimustilaisuutta varten',
  'contact.title.reward_delivery': 'Yhteystiedot palkkion toimittamista varten',
  'contact.intro':
    'Näitä tietoja kysytään vain tätä tarkoitusta varten. Ne säilytetään erillään vastauksistasi, ja voit poistaa ne milloin tahansa.',
  'contact.name': 'Nimi',
  'contact.phone': 'Puhelinnumero',
  'contact.postalAddress': 'Postiosoite',
  'contact.submit': 'Tallenna yhteystiedot',
  'contact.erase': 'Peru suostumus ja poista yhteystiedot',
  'me.contactHeading': 'Yhteystiedot',
  'me.contactReadBy': 'Yhteystietojasi ovat lukeneet',
  'me.contactNotRead': 'Kukaan ei ole lukenut yhteystietojasi.',
  'consent.purpose.event_contact': 'Yhteystiedot tutkimustilaisuuksia varten',
  'consent.purpose.reward_delivery': 'Yhteystiedot palkkion toimittamista varten',
  'console.contacts.title': 'Yhteystiedot',
  'console.contacts.intro':
    'Jäsenten erillisellä suostumuksella antamat yhteystiedot. Jokainen luku kirjataan, ja jäsen näkee, kuka on lukenut hänen tietonsa.',
  'console.contacts.pseudonym': 'Nimimerkki',
  'console.contacts.purpose': 'Tarkoitus',
  'console.contacts.details': 'Yhteystiedot',
  'console.signIn.oidc': 'Kirjaudu organisaatiosi tunnuksilla',
  'console.signIn.or': 'tai',
  'console.signIn.oidcFailed':
    'Kirjautuminen organisaation tunnuksilla ei onnistunut, tai tunnuksella ei ole henkilökunnan tiliä tässä palvelussa. Yritä uudelleen tai pyydä pääkäyttäjää luomaan sinulle tili.',
  'notice.published': 'Julkaistu {date}',
  'notice.controller': 'Rekisterinpitäjä',
  'notice.personInCharge': 'Rekisterin vastuuhenkilö',
  'notice.contactPerson': 'Rekisterin yhteyshenkilö',
  'notice.dpo': 'Tietosuojavastaava',
  'notice.purposes': 'Henkilötietojen käsittelyn tarkoitukset',
  'notice.legalBases': 'Käsittelyn oikeusperuste',
  'notice.legislation': 'Keskeinen lainsäädäntö',
  'notice.dataContent': 'Rekisterin tietosisältö',
  'notice.optional': 'vapaaehtoinen',
  'notice.separateConsent': 'kysytään erillisellä suostumuksella',
  'notice.regularDisclosures': 'Säännönmukaiset luovutukset',
  'notice.noRegularDisclosures': 'Tietoja ei luovuteta säännönmukaisesti.',
  'notice.conditionalDisclosures': 'Muut luovutukset',
  'notice.transfers': 'Tietojen siirto EU:n tai ETA:n ulkopuolelle',
  'notice.retention': 'Säilytysajat',
  'notice.sources': 'Tietolähteet',
  'notice.security': 'Tietoturvan periaatteet',
  'notice.rights': 'Rekisteröidyn oikeudet ja niiden käyttäminen',
  'notice.complaint': 'Valitusoikeus valvontaviranomaiselle',
  'notice.otherFormats': 'Sama seloste koneluettavana: {json} · {markdown}',
  'legalBasis.art6_1_a_consent': 'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan a alakohta: suostumus',
  'legalBasis.art6_1_b_contract': 'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan b alakohta: sopimus',
  'legalBasis.art6_1_c_legal_obligation':
    'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan c alakohta: lakisääteinen velvoite',
  'legalBasis.art6_1_d_vital_interests':
    'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan d alakohta: elintärkeät edut',
  'legalBasis.art6_1_e_public_task':
    'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan e alakohta: yleinen etu tai julkinen valta',
  'legalBasis.art6_1_f_legitimate_interests':
    'EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan f alakohta: oikeutettu etu',
  'legalBasis.art9_2_a_explicit_consent':
    'EU:n yleinen tietosuoja-asetus, 9 artiklan 2 kohdan a alakohta: nimenomainen suostumus',
  'legalBasis.art9_2_e_made_public_by_data_subject':
    'EU:n yleinen tietosuoja-asetus, 9 artiklan 2 kohdan e alakohta: rekisteröidyn itse julkistamat tiedot',
  // Capabilities with many texts keep them beside their code.
  ...feedbackMessagesFi,
  ...builderMessagesFi,
  ...analyticsMessagesFi,
  ...retentionMessagesFi,
  ...registerConsoleMessagesFi,
  ...researchExportMessagesFi,
  ...myDataMessagesFi,
  ...emailChangeMessagesFi,
  ...requestMessagesFi,
  ...discussionMessagesFi,
  ...tasksMessagesFi,
  ...inviteMessagesFi,
} as const;

export type MessageKey = keyof typeof fi;
