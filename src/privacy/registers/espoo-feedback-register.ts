import type { Register } from './register.ts';

/**
 * The City of Espoo's feedback and customer satisfaction register of its customer services and service
 * centres, from its privacy notice of 10 September 2020. The notice was published in Finnish only; the
 * Swedish and English texts are translations of it.
 */
export const espooFeedbackRegister: Register = {
  slug: 'feedback',
  title: {
    fi: 'Asiointipalvelujen ja palvelutorien palaute- ja asiakastyytyväisyysrekisteri',
    sv: 'Kundservicens och servicetorgens register över respons och kundnöjdhet',
    en: 'Feedback and customer satisfaction register of Customer Services and service centres',
  },
  publishedOn: '2020-09-10',
  controller: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
  personInCharge: {
    title: {
      fi: 'Kirsi Remes, asiointijohtaja',
      sv: 'Kirsi Remes, kundservicedirektör',
      en: 'Kirsi Remes, Director of Customer Services',
    },
    details: {
      fi: 'kirsi.remes@espoo.fi',
      sv: 'kirsi.remes@espoo.fi',
      en: 'kirsi.remes@espoo.fi',
    },
  },
  contactPerson: {
    title: {
      fi: 'Espoon asiointipalvelut',
      sv: 'Esbo stads kundservice',
      en: 'City of Espoo Customer Services',
    },
    contact: { fi: 'info@espoo.fi', sv: 'info@espoo.fi', en: 'info@espoo.fi' },
  },
  dataProtectionOfficer: {
    fi: 'Espoon kaupungin tietosuojavastaava. Osoite: PL 12, 02070 Espoon kaupunki. Puh. 09 816 21 (vaihde). Sähköpostiosoite: tietosuoja@espoo.fi',
    sv: 'Esbo stads dataskyddsombud. Adress: PL 12, 02070 Espoon kaupunki. Tfn 09 816 21 (växel). E-postadress: tietosuoja@espoo.fi',
    en: 'Data Protection Officer of the City of Espoo. Address: PL 12, 02070 Espoon kaupunki. Tel. 09 816 21 (switchboard). Email: tietosuoja@espoo.fi',
  },
  purposes: [
    {
      fi: 'Rekisterin henkilötietojen käsittelyn tarkoituksena on palautteen keruu ja palvelujen kehittäminen.',
      sv: 'Syftet med behandlingen av personuppgifterna i registret är att samla in respons och utveckla tjänsterna.',
      en: 'The purpose of processing the personal data in the register is to collect feedback and develop services.',
    },
    {
      fi: 'Käsittelytapoja mm. kyselyt, kartoitukset, tilastointi ja analysointi.',
      sv: 'Behandlingssätten är bland annat enkäter, kartläggningar, statistikföring och analys.',
      en: 'Methods of processing include surveys, mappings, statistics and analysis.',
    },
  ],
  legalBases: [
    {
      basis: 'art6_1_a_consent',
      explanation: {
        fi: 'Rekisteröity on antanut suostumuksensa henkilötietojensa käsittelyyn yhtä tai useampaa erityistä tarkoitusta varten.',
        sv: 'Den registrerade har lämnat sitt samtycke till att dennes personuppgifter behandlas för ett eller flera specifika ändamål.',
        en: 'The data subject has given consent to the processing of his or her personal data for one or more specific purposes.',
      },
    },
    {
      basis: 'art6_1_b_contract',
      explanation: {
        fi: 'Käsittely on tarpeen sellaisen sopimuksen täytäntöön panemiseksi, jossa rekisteröity on osapuolena, tai sopimuksen tekemistä edeltävien toimenpiteiden toteuttamiseksi rekisteröidyn pyynnöstä.',
        sv: 'Behandlingen är nödvändig för att fullgöra ett avtal i vilket den registrerade är part eller för att vidta åtgärder på begäran av den registrerade innan ett sådant avtal ingås.',
        en: 'Processing is necessary for the performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract.',
      },
    },
    {
      basis: 'art6_1_c_legal_obligation',
      explanation: {
        fi: 'Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi.',
        sv: 'Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige.',
        en: 'Processing is necessary for compliance with a legal obligation to which the controller is subject.',
      },
    },
  ],
  keyLegislation: [
    {
      fi: 'EU:n yleinen tietosuoja-asetus (679/2016)',
      sv: 'EU:s allmänna dataskyddsförordning (679/2016)',
      en: 'EU General Data Protection Regulation (679/2016)',
    },
    {
      fi: 'Tietosuojalaki (1050/2018)',
      sv: 'Dataskyddslagen (1050/2018)',
      en: 'Data Protection Act (1050/2018)',
    },
    {
      fi: 'Kuntalaki (410/2015)',
      sv: 'Kommunallagen (410/2015)',
      en: 'Local Government Act (410/2015)',
    },
    {
      fi: 'Laki viranomaisten toiminnan julkisuudesta (621/1999)',
      sv: 'Lagen om offentlighet i myndigheternas verksamhet (621/1999)',
      en: 'Act on the Openness of Government Activities (621/1999)',
    },
  ],
  dataContent: [
    {
      key: 'feedback',
      title: { fi: 'Asiakaspalaute', sv: 'Kundrespons', en: 'Customer feedback' },
      description: {
        fi: 'Asiakaspalaute voi olla esim. vapaata tekstiä tai numeerista (arviointiasteikko tai monivalintakysymys). Asiakaspalaute sisältää tietoa palvelun toteuttamista koskien. Kyselyyn vastaaminen ja palautteen antaminen tapahtuvat anonyymisti',
        sv: 'Kundresponsen kan till exempel vara fri text eller numerisk (bedömningsskala eller flervalsfråga). Kundresponsen innehåller information om hur tjänsten har genomförts. Enkäten besvaras och responsen ges anonymt',
        en: 'Customer feedback may be, for example, free text or numerical (a rating scale or a multiple-choice question). Customer feedback contains information on how the service was delivered. Answering the survey and giving feedback are anonymous',
      },
      fields: [
        {
          key: 'feedback_text',
          label: { fi: 'Vapaa teksti', sv: 'Fri text', en: 'Free text' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'feedback_rating',
          label: {
            fi: 'Numeerinen palaute (arviointiasteikko tai monivalintakysymys)',
            sv: 'Numerisk respons (bedömningsskala eller flervalsfråga)',
            en: 'Numerical feedback (a rating scale or a multiple-choice question)',
          },
          optional: true,
          separateConsent: false,
        },
      ],
    },
    {
      key: 'background',
      title: { fi: 'Taustatiedot', sv: 'Bakgrundsuppgifter', en: 'Background information' },
      description: {
        fi: 'Tarvittavia taustatietoja vain kyseisen palvelun käytössä, esimerkiksi',
        sv: 'Nödvändiga bakgrundsuppgifter endast för användning inom tjänsten i fråga, till exempel',
        en: 'Necessary background information, only for use by the service in question, for example',
      },
      fields: [
        {
          key: 'age',
          label: { fi: 'ikä', sv: 'ålder', en: 'age' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'occupation',
          label: { fi: 'ammatti', sv: 'yrke', en: 'occupation' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'family_situation',
          label: { fi: 'perhetilanne', sv: 'familjesituation', en: 'family situation' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'gender',
          label: { fi: 'sukupuoli', sv: 'kön', en: 'gender' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'mother_tongue',
          label: { fi: 'äidinkieli', sv: 'modersmål', en: 'mother tongue' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'role',
          label: { fi: 'rooli', sv: 'roll', en: 'role' },
          optional: true,
          separateConsent: false,
        },
      ],
    },
    {
      key: 'draw_contacts',
      title: {
        fi: 'Arvontaan osallistuvan yhteystiedot',
        sv: 'Kontaktuppgifter för den som deltar i en utlottning',
        en: 'Contact details of a participant in a prize draw',
      },
      description: {
        fi: 'Yhteystietoja käsitellään vain arvontaan osallistuttaessa. Mikäli asiakas haluaa osallistua arvontaan, on hänen annettava sähköpostiosoitteensa tai puhelinnumeronsa. Yhteystietoa ei ole mahdollista yhdistää vastauksiin ja tieto poistetaan välittömästi arvonnan jälkeen',
        sv: 'Kontaktuppgifter behandlas endast när kunden deltar i en utlottning. Om kunden vill delta i utlottningen ska hen lämna sin e-postadress eller sitt telefonnummer. Kontaktuppgiften kan inte kopplas till svaren och den raderas omedelbart efter utlottningen',
        en: 'Contact details are processed only when the customer takes part in a prize draw. If the customer wishes to take part in the draw, they must give their email address or telephone number. The contact details cannot be linked to the answers, and they are deleted immediately after the draw',
      },
      fields: [
        {
          key: 'email',
          label: { fi: 'sähköpostiosoite', sv: 'e-postadress', en: 'email address' },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'phone',
          label: { fi: 'puhelinnumero', sv: 'telefonnummer', en: 'telephone number' },
          optional: true,
          separateConsent: false,
        },
      ],
    },
  ],
  regularDisclosures: [],
  conditionalDisclosures: [],
  transfersOutsideEuEea: {
    none: true,
    statement: {
      fi: 'Tietoja ei luovuteta Espoon kaupungin ulkopuolelle. Tietoja käsitellään ainoastaan Espoon kaupungin asiointipalveluissa. Tietoja ei siirretä EU:n tai ETA-alueen ulkopuolelle.',
      sv: 'Uppgifterna lämnas inte ut utanför Esbo stad. Uppgifterna behandlas endast inom Esbo stads kundservice. Uppgifterna överförs inte utanför EU eller EES-området.',
      en: 'The data is not disclosed outside the City of Espoo. The data is processed only in the City of Espoo Customer Services. The data is not transferred outside the EU or the EEA.',
    },
  },
  retention: [
    {
      key: 'draw_contacts',
      description: {
        fi: 'Mahdolliset yhteystiedot poistetaan välittömästi arvonnan jälkeen.',
        sv: 'Eventuella kontaktuppgifter raderas omedelbart efter utlottningen.',
        en: 'Any contact details are deleted immediately after the draw.',
      },
      periodDays: 0,
    },
    {
      key: 'feedback_answers',
      description: {
        fi: 'Yksittäiset vastaukset poistetaan vuoden sisällä.',
        sv: 'Enskilda svar raderas inom ett år.',
        en: 'Individual answers are deleted within a year.',
      },
      periodDays: 365,
    },
  ],
  sources: [
    {
      fi: 'Asiakas antaa itse tiedot vastatessaan kyselyyn tai antaessaan palautetta.',
      sv: 'Kunden lämnar själv uppgifterna när hen svarar på en enkät eller ger respons.',
      en: 'Customers provide the data themselves when they answer a survey or give feedback.',
    },
  ],
  securityPrinciples: [
    {
      fi: 'Ylläpitojärjestelmä: Espoon kaupungin sopimustoimittajan kyselytyökalu.',
      sv: 'System där uppgifterna förvaras: ett enkätverktyg från en avtalsleverantör till Esbo stad.',
      en: 'System in which the data is kept: a survey tool of a contract supplier of the City of Espoo.',
    },
    {
      fi: 'Pääsy tietoihin on rajoitettu nimetyille asiointipalvelujen työntekijöille.',
      sv: 'Åtkomsten till uppgifterna är begränsad till utsedda anställda inom kundservicen.',
      en: 'Access to the data is restricted to designated employees of Customer Services.',
    },
    {
      fi: 'Käyttöoikeudet myönnetään tehtäväkohtaisesti.',
      sv: 'Användarrättigheter beviljas utifrån arbetsuppgifterna.',
      en: "User rights are granted according to each user's tasks.",
    },
    {
      fi: 'Jokainen käyttäjä hyväksyy tietojen ja tietojärjestelmien käyttö- ja salassapitositoumuksen.',
      sv: 'Varje användare godkänner en förbindelse om användning och sekretess som gäller uppgifterna och informationssystemen.',
      en: 'Every user accepts an undertaking on the use and confidentiality of the data and information systems.',
    },
    {
      fi: 'Käyttäjät osallistuvat säännöllisesti tietosuoja- ja tietoturvakoulutuksiin.',
      sv: 'Användarna deltar regelbundet i utbildningar i dataskydd och informationssäkerhet.',
      en: 'Users regularly take part in data protection and information security training.',
    },
  ],
  rights: [
    {
      title: {
        fi: 'Tietopyyntöjen tekeminen',
        sv: 'Hur du gör en begäran',
        en: 'How to make a request',
      },
      description: {
        fi: 'Tarkempi ohjeistus tietosuoja-asetuksen mukaisten tietopyyntöjen osoittamisesta: https://www.espoo.fi/fi-FI/Asioi_verkossa/Tietosuoja/Asiakkaiden_oikeudet',
        sv: 'Närmare anvisningar om hur du riktar en begäran enligt dataskyddsförordningen (på finska): https://www.espoo.fi/fi-FI/Asioi_verkossa/Tietosuoja/Asiakkaiden_oikeudet',
        en: 'Detailed instructions on how to address requests under the General Data Protection Regulation (in Finnish): https://www.espoo.fi/fi-FI/Asioi_verkossa/Tietosuoja/Asiakkaiden_oikeudet',
      },
    },
    {
      title: {
        fi: 'Tietojen tarkastaminen',
        sv: 'Granskning av uppgifter',
        en: 'Checking your data',
      },
      description: {
        fi: 'Sinulla on oikeus saada rekisterinpitäjältä jäljennös käsiteltävistä henkilötiedoista. Rekisterinpitäjän on toimitettava tiedot ilman aiheetonta viivytystä ja joka tapauksessa kuukauden kuluessa pyynnön vastaanottamisesta. Määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella ottaen huomioon pyyntöjen monimutkaisuus ja määrä. Jos rekisterinpitäjä ei toteuta toimenpiteitä rekisteröidyn pyynnön perusteella, rekisterinpitäjän on ilmoitettava viipymättä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta rekisteröidylle syyt siihen ja kerrottava mahdollisuudesta tehdä valitus valvontaviranomaiselle ja käyttää muita oikeussuojakeinoja. Rekisteröidyn pyynnöt ja niihin liittyvät toimenpiteet ovat maksuttomia. Kuitenkin jos rekisteröidyn pyynnöt ovat ilmeisen perusteettomia tai kohtuuttomia, erityisesti jos niitä esitetään toistuvasti, rekisterinpitäjä voi joko periä kohtuullisen maksun ottaen huomioon tietojen tai viestien toimittamisesta tai pyydetyn toimenpiteen toteuttamisesta aiheutuvat hallinnolliset kustannukset; tai kieltäytyä suorittamasta pyydettyä toimea.',
        sv: 'Du har rätt att av den personuppgiftsansvarige få en kopia av de personuppgifter som behandlas. Den personuppgiftsansvarige ska lämna uppgifterna utan onödigt dröjsmål och under alla omständigheter senast en månad efter att ha tagit emot begäran. Tidsfristen kan vid behov förlängas med högst två månader med beaktande av hur komplicerade begärandena är och hur många de är. Om den personuppgiftsansvarige inte vidtar åtgärder på den registrerades begäran, ska den personuppgiftsansvarige utan dröjsmål och senast en månad efter att ha tagit emot begäran informera den registrerade om orsakerna till detta och om möjligheten att lämna in ett klagomål till tillsynsmyndigheten och att använda andra rättsmedel. Den registrerades begäranden och åtgärderna med anledning av dem är kostnadsfria. Om den registrerades begäranden är uppenbart ogrundade eller orimliga, särskilt om de upprepas, kan den personuppgiftsansvarige dock antingen ta ut en rimlig avgift med beaktande av de administrativa kostnaderna för att tillhandahålla informationen eller meddelandena eller för att vidta den begärda åtgärden, eller vägra att tillmötesgå begäran.',
        en: 'You have the right to obtain from the controller a copy of the personal data being processed. The controller must provide the data without undue delay and in any event within one month of receipt of the request. That period may be extended by at most two months where necessary, taking into account the complexity and number of the requests. If the controller does not take action on the request of the data subject, the controller must inform the data subject without delay and at the latest within one month of receipt of the request of the reasons for this and of the possibility of lodging a complaint with a supervisory authority and using other legal remedies. Requests of the data subject and the actions taken on them are free of charge. However, where requests from a data subject are manifestly unfounded or excessive, in particular because of their repetitive character, the controller may either charge a reasonable fee, taking into account the administrative costs of providing the information or communication or taking the action requested, or refuse to act on the request.',
      },
    },
    {
      title: {
        fi: 'Tietojen oikaiseminen',
        sv: 'Rättelse av uppgifter',
        en: 'Rectifying your data',
      },
      description: {
        fi: 'Sinulla on oikeus saada virheelliset, epätarkat, vaillinaiset, vanhentuneet tai tarpeettomat henkilötiedot, joita säilytämme, korjatuiksi tai täydennetyiksi toimestamme.',
        sv: 'Du har rätt att få felaktiga, inexakta, ofullständiga, föråldrade eller onödiga personuppgifter som vi lagrar rättade eller kompletterade av oss.',
        en: 'You have the right to have any incorrect, inaccurate, incomplete, outdated or unnecessary personal data that we store corrected or completed by us.',
      },
    },
    {
      title: {
        fi: 'Tietojen poistaminen',
        sv: 'Radering av uppgifter',
        en: 'Erasing your data',
      },
      description: {
        fi: 'Sinulla on oikeus saada rekisterinpitäjä poistamaan sinua koskevat henkilötiedot ilman aiheetonta viivytystä tietyin edellytyksin. Oikeutta tietojen poistamiseen ei ole, jos lakisääteisen velvoitteen noudattaminen edellyttää tietojen käsittelyä tai jos käsittely tapahtuu yleistä etua koskevan tehtävän suorittamista tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämistä varten. Näissä tapauksissa henkilötiedot hävitetään vasta laissa säädetyn määräajan jälkeen.',
        sv: 'Du har rätt att under vissa förutsättningar få den personuppgiftsansvarige att utan onödigt dröjsmål radera personuppgifter som gäller dig. Rätt till radering finns inte om behandlingen av uppgifterna krävs för att fullgöra en rättslig förpliktelse eller om behandlingen sker för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning. I dessa fall förstörs personuppgifterna först efter den tid som föreskrivs i lag.',
        en: 'You have the right, under certain conditions, to have the controller erase personal data concerning you without undue delay. There is no right to erasure if compliance with a legal obligation requires the processing of the data or if the processing is carried out for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller. In these cases, the personal data is destroyed only after the period laid down by law.',
      },
    },
    {
      title: {
        fi: 'Käsittelyn rajoittaminen',
        sv: 'Begränsning av behandlingen',
        en: 'Restricting the processing of your data',
      },
      description: {
        fi: 'Jos sinusta kerätyt tiedot eivät pidä paikkaansa, voit vaatia rajoittamaan asiakastietojesi käsittelyä, kunnes tietojen paikkansapitävyys on varmistettu.',
        sv: 'Om de uppgifter som samlats in om dig inte stämmer kan du kräva att behandlingen av dina kunduppgifter begränsas tills uppgifternas riktighet har kontrollerats.',
        en: 'If the data collected about you is not accurate, you can demand that the processing of your customer data be restricted until the accuracy of the data has been verified.',
      },
    },
  ],
  complaint: {
    fi: 'Sinulla on oikeus tehdä valitus valvontaviranomaiselle, jos koet henkilötietojen käsittelyn olevan tietosuojalainsäädännön vastaista. Voit tehdä valituksen tietosuojavaltuutetun toimistoon: www.tietosuoja.fi.',
    sv: 'Du har rätt att lämna in ett klagomål till tillsynsmyndigheten om du anser att behandlingen av personuppgifter strider mot dataskyddslagstiftningen. Du kan lämna in klagomålet till Dataombudsmannens byrå: www.tietosuoja.fi.',
    en: 'You have the right to lodge a complaint with the supervisory authority if you consider that the processing of personal data infringes data protection legislation. You can lodge the complaint with the Office of the Data Protection Ombudsman: www.tietosuoja.fi.',
  },
};
