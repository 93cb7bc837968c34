import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/i18n.ts';
import { type Language, languages } from '../../platform/i18n/languages.ts';
import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import { noticeMarkdown, noticeSections } from './notice-sections.ts';
import type { Register } from './register.ts';

const seeds = join(import.meta.dirname, '../../../../shared/seeds');
const seed = (file: string) => readFileSync(join(seeds, file), 'utf8');

/** The facts a notice must repeat word for word: email addresses, statute numbers, postal codes. */
function verbatimFacts(text: string): string[] {
  const emails = text.match(/[\w.%+-]+@[\w.-]+\.[a-z]{2,}/g) ?? [];
  const statutes = (text.match(/\b\d{2,4}\/(19|20)\d{2}\b/g) ?? []).filter(
    (s) => !/^\d{2}\/20\d{2}$/.test(s),
  );
  const postalCodes = text.match(/\b\d{5}\b/g) ?? [];
  return [...new Set([...emails, ...statutes, ...postalCodes])];
}

const cases: { register: Register; seedsByLanguage: Partial<Record<Language, string[]>> }[] = [
  {
    register: helsinkiCommunityRegister,
    seedsByLanguage: {
      en: ['000_d888185046f0927a.txt'],
      fi: ['001_4e534886d370c9b3.txt', '003_daa8a1b61969b8ba.txt'],
      sv: ['002_a00b15b556b29786.txt'],
    },
  },
  { register: espooFeedbackRegister, seedsByLanguage: { fi: ['004_9fc5ccc1d0da3ee9.txt'] } },
];

describe('the demo registers say what the seed notices say', () => {
  for (const { register, seedsByLanguage } of cases) {
    for (const [language, files] of Object.entries(seedsByLanguage) as [Language, string[]][]) {
      it(`${register.slug} in ${language} repeats every address, statute and postal code of ${files.join(', ')}`, () => {
        const markdown = noticeMarkdown(register, translator(language));
        const facts = files.flatMap((file) => verbatimFacts(seed(file)));
        expect(facts.length).toBeGreaterThan(0);
        expect(facts.filter((fact) => !markdown.includes(fact))).toEqual([]);
      });
    }

    it.each(languages)(`${register.slug} has every section, none empty, in %s`, (language) => {
      const sections = noticeSections(register, translator(language));
      for (const key of [
        'controller',
        'purposes',
        'legal_bases',
        'legislation',
        'data_content',
        'transfers',
        'retention',
        'sources',
        'security',
        'rights',
        'complaint',
      ]) {
        const section = sections.find((s) => s.key === key);
        expect(section, key).toBeDefined();
        expect([...section!.paragraphs, ...section!.items].join('').trim(), key).not.toBe('');
      }
    });
  }

  it('H11, H16, H12, H14: the Helsinki register: consent as the basis, nothing outside the EU/EEA, six months and two years', () => {
    const r = helsinkiCommunityRegister;
    expect(r.legalBases.map((b) => b.basis)).toContain('art6_1_a_consent');
    expect(r.transfersOutsideEuEea.none).toBe(true);
    expect(r.retention.find((rule) => rule.key === 'inactive_member')?.periodDays).toBe(183);
    expect(r.retention.find((rule) => rule.key === 'anonymised_research_answers')?.periodDays).toBe(730);
    expect(r.dataContent.flatMap((c) => c.fields).find((f) => f.key === 'email')?.optional).toBe(false);
    expect(seed('000_d888185046f0927a.txt')).toContain('City of Helsinki');
    expect(noticeMarkdown(r, translator('en'))).toContain('City of Helsinki');
    expect(noticeMarkdown(r, translator('fi'))).toContain('Helsingin kaupunki');
    expect(noticeMarkdown(r, translator('sv'))).toContain('Helsingfors stad');
  });

  it('E2, E6, E7, E8: the Espoo register: three legal bases, nothing outside the EU/EEA, a year, and draw contacts at once', () => {
    const r = espooFeedbackRegister;
    expect(r.legalBases.map((b) => b.basis)).toEqual(
      expect.arrayContaining(['art6_1_a_consent', 'art6_1_b_contract', 'art6_1_c_legal_obligation']),
    );
    expect(r.transfersOutsideEuEea.none).toBe(true);
    expect(r.retention.find((rule) => rule.key === 'feedback_answers')?.periodDays).toBe(365);
    expect(r.retention.find((rule) => rule.key === 'draw_contacts')?.periodDays).toBe(0);
    const fi = noticeMarkdown(r, translator('fi'));
    expect(fi).toContain('Espoon kaupunki');
    expect(fi).toContain('Kirsi Remes');
    expect(noticeMarkdown(r, translator('sv'))).toContain('Esbo stad');
    expect(noticeMarkdown(r, translator('en'))).toContain('City of Espoo');
  });
});
