import type { Translator } from '../../platform/i18n/i18n.ts';
import type { Register } from './register.ts';

/**
 * A register as the sections of its privacy notice, in one language: the one presenter every format
 * (HTML, Markdown, JSON) is rendered from, so the three can never say different things.
 */
export interface NoticeSection {
  key: string;
  heading: string;
  paragraphs: string[];
  /** Items shown as a list. */
  items: string[];
}

export function noticeSections(register: Register, i18n: Translator): NoticeSection[] {
  const { t, language: l } = i18n;
  const section = (key: string, heading: string, paragraphs: string[], items: string[] = []) => ({
    key,
    heading,
    paragraphs: paragraphs.filter(Boolean),
    items,
  });
  const disclosure = (d: Register['regularDisclosures'][number]) =>
    [d.recipient[l], d.what[l], d.condition?.[l]].filter(Boolean).join(' – ');
  return [
    section('controller', t('notice.controller'), [register.controller[l]]),
    section('person_in_charge', t('notice.personInCharge'), [
      register.personInCharge.title[l],
      register.personInCharge.details?.[l] ?? '',
    ]),
    section('contact_person', t('notice.contactPerson'), [
      register.contactPerson.title[l],
      register.contactPerson.contact[l],
    ]),
    ...(register.dataProtectionOfficer
      ? [section('dpo', t('notice.dpo'), [register.dataProtectionOfficer[l]])]
      : []),
    section(
      'purposes',
      t('notice.purposes'),
      [],
      register.purposes.map((p) => p[l]),
    ),
    section(
      'legal_bases',
      t('notice.legalBases'),
      [],
      register.legalBases.map((b) => `${t(`legalBasis.${b.basis}`)}. ${b.explanation[l]}`),
    ),
    section(
      'legislation',
      t('notice.legislation'),
      [],
      register.keyLegislation.map((x) => x[l]),
    ),
    section(
      'data_content',
      t('notice.dataContent'),
      [],
      register.dataContent.map((category) => {
        const fields = category.fields
          .map((f) => {
            const notes = [
              f.optional ? t('notice.optional') : '',
              f.separateConsent ? t('notice.separateConsent') : '',
            ]
              .filter(Boolean)
              .join(', ');
            return notes ? `${f.label[l]} (${notes})` : f.label[l];
          })
          .join('; ');
        return [category.title[l], category.description?.[l], fields].filter(Boolean).join(': ');
      }),
    ),
    section(
      'regular_disclosures',
      t('notice.regularDisclosures'),
      register.regularDisclosures.length ? [] : [t('notice.noRegularDisclosures')],
      register.regularDisclosures.map(disclosure),
    ),
    ...(register.conditionalDisclosures.length
      ? [
          section(
            'conditional_disclosures',
            t('notice.conditionalDisclosures'),
            [],
            register.conditionalDisclosures.map(disclosure),
          ),
        ]
      : []),
    section('transfers', t('notice.transfers'), [register.transfersOutsideEuEea.statement[l]]),
    section(
      'retention',
      t('notice.retention'),
      [],
      register.retention.map((r) => r.description[l]),
    ),
    section(
      'sources',
      t('notice.sources'),
      [],
      register.sources.map((s) => s[l]),
    ),
    section(
      'security',
      t('notice.security'),
      [],
      register.securityPrinciples.map((s) => s[l]),
    ),
    section(
      'rights',
      t('notice.rights'),
      [],
      register.rights.map((r) => `${r.title[l]}: ${r.description[l]}`),
    ),
    section('complaint', t('notice.complaint'), [register.complaint[l]]),
  ];
}

/** The notice as Markdown, for download and for the CLI. */
export function noticeMarkdown(register: Register, i18n: Translator): string {
  const lines = [
    `# ${register.title[i18n.language]}`,
    '',
    i18n.t('notice.published', { date: i18n.date(register.publishedOn) }),
    '',
  ];
  for (const section of noticeSections(register, i18n)) {
    lines.push(`## ${section.heading}`, '');
    for (const paragraph of section.paragraphs) lines.push(paragraph, '');
    for (const item of section.items) lines.push(`- ${item}`);
    if (section.items.length) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The notice as JSON: the same sections, plus the register's identity. */
export function noticeJson(register: Register, i18n: Translator) {
  return {
    register: register.slug,
    language: i18n.language,
    title: register.title[i18n.language],
    publishedOn: register.publishedOn,
    sections: noticeSections(register, i18n),
  };
}
