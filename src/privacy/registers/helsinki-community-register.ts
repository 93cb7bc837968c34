import type { Register } from './register.ts';

/**
 * The City of Helsinki's member register of the customer community and customer research platform,
 * from its privacy notice of 13 September 2023 (published in Finnish, Swedish and English).
 */
export const helsinkiCommunityRegister: Register = {
  slug: 'customer-community',
  title: {
    fi: 'Asiakasyhteisön ja asiakastutkimusalustan jäsenrekisteri',
    sv: 'Medlemsregister över kundgruppen och kundundersökningsplattformen',
    en: 'Member register of the customer community and customer research platform',
  },
  publishedOn: '2023-09-13',
  controller: {
    fi: 'Helsingin kaupunki / Kaupunginhallitus',
    sv: 'Helsingfors stad / Stadsstyrelsen',
    en: 'City of Helsinki / City Board',
  },
  personInCharge: {
    title: {
      fi: 'Kaupunginkanslia / Strategiaosasto / Digitalisaatioyksikkö / Digitaaliset palvelut / Kehityspäällikkö',
      sv: 'Stadskansliet / Strategiavdelningen / Digitaliseringsenheten / Digitala tjänster / Utvecklingschef',
      en: 'City Executive Office / Strategy Department / Digitalisation Unit / Digital Services / Development Manager',
    },
    details: {
      fi: 'Kaupunginhallituksen rekisterinpitoon liittyviä vastuita ja tehtäviä kaupunginkansliassa koskevan päätöksen 7.3.2022 § 182 mukaisesti rekisterin vastuuhenkilönä toimii strategiajohtajan nimittämänä Digitaalisten palvelujen Kehityspäällikkö.',
      sv: 'I enlighet med stadsstyrelsens beslut om ansvar och uppgifter vid stadskansliet i anslutning till registerföringen 7.3.2022 § 182 är utvecklingschefen för Digitala Tjänster som utsetts av strategichefen registeransvarig.',
      en: "According to Section 182 of the City Board's decision on the responsibilities and tasks related to the City Executive Office's keeping of the register, issued on 7 March 2022, the Development Manager of the Digital Services, appointed by the Strategy Director, is the person in charge of the register.",
    },
  },
  contactPerson: {
    title: {
      fi: 'Kaupunginkanslia / Strategiaosasto / Digitalisaatioyksikkö / Johtava palvelumuotoilija',
      sv: 'Stadskansliet / Strategiavdelningen / Digitaliseringsenheten / Ledande servicedesigner',
      en: 'City Executive Office / Strategy Department / Digitalisation Unit / Lead Service Designer',
    },
    contact: {
      fi: 'Helsingin kaupunki, Kirjaamo PL 10 (Pohjoisesplanadi 11-13), 00099 Helsingin kaupunki',
      sv: 'Helsingfors stad, Registratorskontoret, PB 10 (Norra esplanaden 11–13), 00099 Helsingfors stad',
      en: 'City of Helsinki, Registry, P.O. Box 10 (Pohjoisesplanadi 11–13), 00099 City of Helsinki',
    },
  },
  purposes: [
    {
      fi: 'Helsingin kaupungin asiakasyhteisössä ja asiakastutkimusalustalla kehitetään kaupungin palveluja ja toimintaa yhdessä kaupunkilaisten kanssa. Henkilötietoja kerätään ja käsitellään asiakasyhteisön toiminnan järjestämiseen verkkoalustalla toimivan asiakastutkimusalustan avulla.',
      sv: 'I Helsingfors stads kundgrupp och kundundersökningsplattform utvecklas stadens tjänster och verksamhet tillsammans med stadsborna. Personuppgifter samlas in och behandlas för att ordna kundgruppens verksamhet med hjälp av en kundundersökningsplattform på nätplattformen.',
      en: "The City of Helsinki's customer community and customer research platform are used to develop the city's services and operations with residents. Personal data is collected and processed for the purpose of organising the activities of the customer community with the aid of a customer research platform operating on an online platform.",
    },
    {
      fi: 'Verkkoalustalla toimivan asiakasyhteisön jäsen- ja käyttäjähallinta.',
      sv: 'Medlems- och användarhantering i kundgruppen som fungerar på nätplattformen.',
      en: 'Member and user management of the customer community operating on the online platform.',
    },
    {
      fi: 'Jäsenet osallistuvat alustalla verkkotehtäviin, joiden avulla kehitetään kaupungin palveluja asiakasymmärrykseen perustuen.',
      sv: 'På plattformen deltar medlemmarna i nätuppgifter som ska hjälpa utveckla stadens tjänster utgående från kundförståelse.',
      en: "On the platform, members participate in online tasks, which are used to develop the city's services based on customer understanding.",
    },
    {
      fi: 'Asiakastutkimuksen yksilö- ja ryhmätilaisuuksiin osallistumisen järjestäminen ja osallistumispalkkioiden lähettäminen.',
      sv: 'Anordnande av deltagande i kundundersökningens individ- och grupptillställningar och sändande av deltagararvoden.',
      en: "Organising participation in customer studies' individual and group events and sending participation rewards.",
    },
  ],
  legalBases: [
    {
      basis: 'art6_1_a_consent',
      explanation: {
        fi: 'Rekisteröity on antanut suostumuksensa henkilötietojensa käsittelyyn yhtä tai useampaa erityistä tarkoitusta varten.',
        sv: 'Den registrerade har gett sitt samtycke till behandling av hens personuppgifter för ett eller flera specifika ändamål.',
        en: 'The data subject has given consent to the processing of his or her personal data for one or more specific purposes.',
      },
    },
    {
      basis: 'art9_2_e_made_public_by_data_subject',
      explanation: {
        fi: 'Rekisteröityjä ei pyydetä toimittamaan erityisiä henkilötietoja, mutta jos rekisteröity niitä toimittaa, niitä käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan e alakohdan perusteella.',
        sv: 'De registrerade ombeds inte att lämna ut särskilda personuppgifter, men om den registrerade lämnar ut dem ska de behandlas enligt artikel 9.2 e i dataskyddsförordningen.',
        en: 'Data subjects are not asked to provide special categories of personal data, but if they are provided by the data subject, they will be processed on the basis of point (e) of Article 9(2) of the GDPR.',
      },
    },
  ],
  keyLegislation: [
    {
      fi: 'EU:n yleinen tietosuoja-asetus (679/2016)',
      sv: 'EU:s allmänna dataskyddsförordning (679/2016)',
      en: 'EU General Data Protection Regulation (2016/679)',
    },
    {
      fi: 'Tietosuojalaki (1050/2018)',
      sv: 'Dataskyddslagen (1050/2018)',
      en: 'Data Protection Act (1050/2018)',
    },
    {
      fi: 'Laki viranomaisten toiminnan julkisuudesta (621/1999)',
      sv: 'Lagen om offentlighet i myndigheternas verksamhet (621/1999)',
      en: 'Act on the Openness of Government Activities (621/1999)',
    },
  ],
  dataContent: [
    {
      key: 'registration',
      title: { fi: 'Rekisteröityminen', sv: 'Registrering', en: 'Registration' },
      description: {
        fi: 'Alustalla kerätään pääsääntöisesti rekisteröidyn itsensä ilmoittamia yksilöinti- ja yhteystietoja. Asiakasyhteisöön rekisteröityessään käyttäjän tulee antaa vain sähköpostiosoitteensa',
        sv: 'På plattformen samlas i regel identifierings- och kontaktuppgifter som den registrerade själv anmält. När användaren registrerar sig i kundgruppen ska hen endast ange sin e-postadress',
        en: 'As a rule, only identifying data and contact information provided by the data subject are collected on the platform. When registering in the customer community, the only information the user must provide is their email address',
      },
      fields: [
        {
          key: 'email',
          label: { fi: 'Sähköpostiosoite', sv: 'E-postadress', en: 'Email address' },
          optional: false,
          separateConsent: false,
        },
      ],
    },
    {
      key: 'background',
      title: {
        fi: 'Taustatiedot ja kokemukset',
        sv: 'Bakgrundsinformation och erfarenheter',
        en: 'Background information and experiences',
      },
      description: {
        fi: 'Lisäksi käyttäjää pyydetään antamaan taustatietoja itsestään, sekä elämäntilanteisiin ja palvelujen käyttämiseen ja kokemuksiin liittyviä henkilötietoja. Yhteisössä toimitaan nimimerkeillä. Annetut tiedot muutetaan nimettömiksi eli pseudonymisoidaan alustalla, jolloin tietoja ei voi yhdistää henkilöön ilman lisätietoja. Aineistoa tarkemmin käsiteltäessä ja analysoitaessa tiedot anonymisoidaan, eli muutetaan pysyvästi tunnistamattomaan muotoon',
        sv: 'Dessutom ombeds användaren att lämna bakgrundsinformation om sig själv samt personuppgifter om livssituationer, användning av tjänster och erfarenheter. I gruppen används pseudonymer. De uppgifter som lämnas förvandlas till namnlösa, dvs. pseudonymiseras på plattformen, varvid uppgifterna inte kan kopplas till en person utan ytterligare information. Vid närmare bearbetning och analys av materialet anonymiseras uppgifterna, dvs. ändras permanent till en oidentifierbar form',
        en: 'In addition, the user is asked to provide background information about themselves, as well as personal data related to their life situation, experiences and the use of services. The community operates under pseudonyms. The information provided is anonymised – that is, pseudonymised – on the platform. This means the information cannot be linked to a person without additional information. When the data is processed and analysed in more detail, the data is anonymised, that is, permanently changed to an unidentified form',
      },
      fields: [
        {
          key: 'background',
          label: {
            fi: 'Taustatiedot itsestä',
            sv: 'Bakgrundsinformation om sig själv',
            en: 'Background information about oneself',
          },
          optional: true,
          separateConsent: false,
        },
        {
          key: 'life_situation_and_service_experiences',
          label: {
            fi: 'Elämäntilanteisiin ja palvelujen käyttämiseen ja kokemuksiin liittyvät henkilötiedot',
            sv: 'Personuppgifter om livssituationer, användning av tjänster och erfarenheter',
            en: 'Personal data related to life situation, experiences and the use of services',
          },
          optional: true,
          separateConsent: false,
        },
      ],
    },
    {
      key: 'event_and_reward_contacts',
      title: {
        fi: 'Tarkemmat yksilöivät henkilötiedot',
        sv: 'Närmare identifierande personuppgifter',
        en: 'More specific personal data',
      },
      description: {
        fi: 'Tarkempia yksilöiviä henkilötietoja, kuten nimi, postiosoite, puhelinnumero pyydetään erikseen ja vain tarvittaessa tutkimus- ja yhteiskehittämistilaisuuksien järjestämiseen liittyvään yhteydenpitoon sekä osallistumispalkkioiden toimittamiseen. Näiden tietojen käsittelyyn pyydetään erikseen suostumus',
        sv: 'Närmare identifierande personuppgifter, såsom namnet, postadressen, telefonnumret begärs separat och endast vid behov för kontakter med anknytning till anordnandet av undersöknings- och samutvecklingsevenemang samt för leverans av deltagararvoden. Ett separat samtycke begärs för behandlingen av dessa uppgifter',
        en: 'More specific personal data, such as name, postal address and telephone number, will be requested separately and only if necessary for communications related to the organisation of research and joint development events as well as for the delivery of participation rewards. A separate consent is requested for the processing of this data',
      },
      fields: [
        {
          key: 'name',
          label: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
          optional: true,
          separateConsent: true,
        },
        {
          key: 'postal_address',
          label: { fi: 'Postiosoite', sv: 'Postadress', en: 'Postal address' },
          optional: true,
          separateConsent: true,
        },
        {
          key: 'phone',
          label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Telephone number' },
          optional: true,
          separateConsent: true,
        },
      ],
    },
    {
      key: 'special_categories',
      title: {
        fi: 'Erityiset henkilötiedot',
        sv: 'Särskilda personuppgifter',
        en: 'Special categories of personal data',
      },
      description: {
        fi: 'Rekisteröityjä ei pyydetä toimittamaan erityisiä henkilötietoja, mutta jos rekisteröity niitä toimittaa, niitä käsitellään tietosuoja-asetuksen 9 artiklan 2 kohdan e alakohdan perusteella',
        sv: 'De registrerade ombeds inte att lämna ut särskilda personuppgifter, men om den registrerade lämnar ut dem ska de behandlas enligt artikel 9.2 e i dataskyddsförordningen',
        en: 'Data subjects are not asked to provide special categories of personal data, but if they are provided by the data subject, they will be processed on the basis of point (e) of Article 9(2) of the GDPR',
      },
      fields: [
        {
          key: 'special_category_data',
          label: {
            fi: 'Erityiset henkilötiedot, vain jos rekisteröity itse toimittaa niitä',
            sv: 'Särskilda personuppgifter, endast om den registrerade själv lämnar ut dem',
            en: 'Special categories of personal data, only if the data subject provides them',
          },
          optional: true,
          separateConsent: false,
        },
      ],
    },
    {
      key: 'technical',
      title: { fi: 'IP-osoitteet', sv: 'IP-adresser', en: 'IP addresses' },
      description: {
        fi: 'Palvelimelle kerätään lisäksi käyttäjien IP-osoitteet väärinkäytöstilanteiden selvittelyä varten',
        sv: 'Dessutom samlas användarnas IP-adresser på servern för att kunna utreda missbrukssituationer',
        en: "In addition, users' IP addresses are collected on the server for the purpose of resolving abuse situations",
      },
      fields: [
        {
          key: 'ip_address',
          label: { fi: 'IP-osoite', sv: 'IP-adress', en: 'IP address' },
          optional: false,
          separateConsent: false,
        },
      ],
    },
  ],
  regularDisclosures: [],
  conditionalDisclosures: [
    {
      recipient: {
        fi: 'Kaupungin sisäisesti tai kaupungin palvelumuotoilun ja asiakastutkimuksen sopimuskumppaneille',
        sv: 'Internt i staden eller till avtalsparter i stadens servicedesign och kundundersökning',
        en: "Within the city or to the city's service design and customer research contract partners",
      },
      what: {
        fi: 'Alustalla kerätty nimetön eli pseudonymisoitu tutkimusaineisto',
        sv: 'Namnlöst, dvs. pseudonymiserat, undersökningsmaterial som samlats in på plattformen',
        en: 'Anonymous (i.e. pseudonymised) research data collected on the platform',
      },
      condition: {
        fi: 'Tarvittaessa, käsittelyä ja analysointia varten kaupungin palvelujen kehittämiseen liittyvissä projekteissa',
        sv: 'Vid behov, för behandling och analys i projekt för utveckling av stadens tjänster',
        en: "If necessary, for processing and analysis in projects related to the development of the city's services",
      },
      covers: 'pseudonymised_research_answers',
    },
    {
      recipient: {
        fi: 'Kaupungin sisäisesti tai kaupungin palvelumuotoilun ja asiakastutkimuksen sopimuskumppaneille',
        sv: 'Internt i staden eller till avtalsparter i stadens servicedesign och kundundersökning',
        en: "Within the city or to the city's service design and customer research contract partners",
      },
      what: {
        fi: 'Yhteystiedot osallistumis- ja viestintätarkoituksissa palvelujen kehittämiseen liittyvän projektin yhteydessä',
        sv: 'Kontaktuppgifter i deltagande- och kommunikationssyften i samband med projekt för utveckling av tjänster',
        en: 'Contact details for participation and communication purposes, in connection with a project related to the development of services',
      },
      condition: {
        fi: 'Tarvittaessa ja vain rekisteröidyn erillisellä suostumuksella',
        sv: 'Vid behov och endast med separat samtycke av den registrerade',
        en: "If necessary, and only with the data subject's separate consent",
      },
      covers: 'contact_details',
    },
    {
      recipient: { fi: 'Verohallinto', sv: 'Skatteförvaltningen', en: 'Tax Administration' },
      what: {
        fi: 'Tiedot palkitsemiseen liittyviin tulorekisteri-ilmoituksiin',
        sv: 'Uppgifter för inkomstregisteranmälningar i samband med belöning',
        en: 'Data for Incomes Register reports related to remunerations',
      },
      condition: {
        fi: 'Tarvittaessa ja vain rekisteröidyn erillisellä suostumuksella',
        sv: 'Vid behov och endast med separat samtycke av den registrerade',
        en: "If necessary, and only with the data subject's separate consent",
      },
    },
  ],
  transfersOutsideEuEea: {
    none: true,
    statement: {
      fi: 'Tietoja ei siirretä tai käsitellä Euroopan Unionin tai Euroopan talousalueen ulkopuolella.',
      sv: 'Uppgifterna överförs inte och behandlas inte utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.',
      en: 'Data is not transferred or processed outside the European Union or the European Economic Area.',
    },
  },
  retention: [
    {
      key: 'membership',
      description: {
        fi: 'Henkilötietoja säilytetään vain niin kauan, kuin yksittäinen jäsen on mukana yhteisön toiminnassa.',
        sv: 'Personuppgifter lagras endast så länge som den enskilda medlemmen deltar i gruppens verksamhet.',
        en: 'Personal data is stored only for as long as the individual member is involved in the activities of the community.',
      },
    },
    {
      key: 'inactive_member',
      description: {
        fi: 'Henkilötiedot voidaan poistaa 6 kuukauden jälkeen, mikäli rekisteröity ei ole ollut aktiivinen alustalla ja yhteisössä. Tietojen poistoa tehdään säännöllisesti.',
        sv: 'Personuppgifterna kan raderas efter 6 månader, om den registrerade inte har varit aktiv på plattformen och i gruppen. Radering av uppgifter sker regelbundet.',
        en: 'Personal data may be deleted after six months if the data subject has not been active on the platform and in the community. Data is deleted regularly.',
      },
      periodDays: 183,
    },
    {
      key: 'self_deletion',
      description: {
        fi: 'Rekisteröity voi itse poistaa tietonsa koska tahansa.',
        sv: 'Den registrerade kan själv radera sina uppgifter när som helst.',
        en: 'The data subject can delete their data at any time.',
      },
    },
    {
      key: 'anonymised_research_answers',
      description: {
        fi: 'Anonymisoidut tutkimustehtävien vastaustiedot säilytetään korkeintaan kahden vuoden ajan.',
        sv: 'Anonymiserad information om svar på undersökningsuppgifter lagras i högst två år.',
        en: 'Anonymised responses to research tasks will be retained for no longer than two years.',
      },
      periodDays: 730,
    },
    {
      // H8: the seed notice names the purpose (resolving abuse); the period is the platform's default.
      key: 'abuse_log_addresses',
      description: {
        fi: 'IP-osoitteet, joita käytetään vain väärinkäytösten selvittämiseen, poistetaan 90 päivän kuluttua.',
        sv: 'IP-adresser, som används endast för att utreda missbruk, raderas efter 90 dagar.',
        en: 'IP addresses, used only to investigate abuse, are deleted after 90 days.',
      },
      periodDays: 90,
    },
  ],
  sources: [
    {
      fi: 'Rekisteröidyn henkilön itsensä antama tieto.',
      sv: 'Information som ges av den registrerade personen själv.',
      en: 'Information provided by the registered person.',
    },
  ],
  securityPrinciples: [
    {
      fi: 'Yhteisössä toimitaan nimimerkeillä.',
      sv: 'I gruppen används pseudonymer.',
      en: 'The community operates under pseudonyms.',
    },
    {
      fi: 'Annetut tiedot muutetaan nimettömiksi eli pseudonymisoidaan alustalla, jolloin tietoja ei voi yhdistää henkilöön ilman lisätietoja.',
      sv: 'De uppgifter som lämnas förvandlas till namnlösa, dvs. pseudonymiseras på plattformen, varvid uppgifterna inte kan kopplas till en person utan ytterligare information.',
      en: 'The information provided is anonymised – that is, pseudonymised – on the platform. This means the information cannot be linked to a person without additional information.',
    },
    {
      fi: 'Aineistoa tarkemmin käsiteltäessä ja analysoitaessa tiedot anonymisoidaan, eli muutetaan pysyvästi tunnistamattomaan muotoon.',
      sv: 'Vid närmare bearbetning och analys av materialet anonymiseras uppgifterna, dvs. ändras permanent till en oidentifierbar form.',
      en: 'When the data is processed and analysed in more detail, the data is anonymised, that is, permanently changed to an unidentified form.',
    },
  ],
  rights: [
    {
      title: { fi: 'Tietojen poistaminen', sv: 'Radering av uppgifter', en: 'Deleting your data' },
      description: {
        fi: 'Rekisteröity voi itse poistaa tietonsa koska tahansa.',
        sv: 'Den registrerade kan själv radera sina uppgifter när som helst.',
        en: 'The data subject can delete their data at any time.',
      },
    },
    {
      title: {
        fi: 'Yhteydenotot rekisteriä koskevissa asioissa',
        sv: 'Kontakt i frågor som gäller registret',
        en: 'Contact in matters concerning the register',
      },
      description: {
        fi: 'Rekisterin yhteystiedot: Helsingin kaupunki, Kirjaamo PL 10 (Pohjoisesplanadi 11-13), 00099 Helsingin kaupunki.',
        sv: 'Registrets kontaktuppgifter: Helsingfors stad, Registratorskontoret, PB 10 (Norra esplanaden 11–13), 00099 Helsingfors stad.',
        en: 'Contact information for the register: City of Helsinki, Registry, P.O. Box 10 (Pohjoisesplanadi 11–13), 00099 City of Helsinki.',
      },
    },
  ],
  complaint: {
    fi: 'Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, tietosuojavaltuutetun toimistoon (www.tietosuoja.fi), jos hän katsoo, että häntä koskevien henkilötietojen käsittely on tietosuojalainsäädännön vastaista.',
    sv: 'Den registrerade har rätt att lämna in ett klagomål till tillsynsmyndigheten, Dataombudsmannens byrå (www.tietosuoja.fi), om hen anser att behandlingen av hens personuppgifter strider mot dataskyddslagstiftningen.',
    en: 'The data subject has the right to lodge a complaint with the supervisory authority, the Office of the Data Protection Ombudsman (www.tietosuoja.fi), if they consider that the processing of their personal data infringes data protection legislation.',
  },
};
