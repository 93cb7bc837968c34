import { describe, expect, it } from 'vitest';
import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import type { Register, RegisterContent } from './register.ts';
import {
  applyAction,
  type FieldSpec,
  type FormBody,
  type Item,
  parseSection,
  sections,
} from './register-editor.ts';

/** What a browser posts for the items the page shows (the same names the page renders). */
function encode(fields: FieldSpec[], items: Item[], prefix: string, body: FormBody, single: boolean) {
  if (!single) body[`${prefix}count`] = String(items.length);
  items.forEach((item, index) => {
    const p = `${prefix}${index}.`;
    for (const field of fields) {
      const value = item[field.name];
      const name = `${p}${field.name}`;
      if (field.kind === 'localised')
        for (const language of ['fi', 'sv', 'en'] as const)
          body[`${name}.${language}`] = (value as Record<string, string> | undefined)?.[language] ?? '';
      else if (field.kind === 'checkbox') {
        if (value === true) body[name] = 'yes';
      } else if (field.kind === 'list') encode(field.fields, value as Item[], `${name}.`, body, false);
      else body[name] = value === undefined ? '' : String(value);
    }
  });
  return body;
}

const contentOf = ({ slug: _slug, publishedOn: _on, ...content }: Register): RegisterContent => content;

describe('the register editor', () => {
  it.each([
    ['Helsinki', helsinkiCommunityRegister],
    ['Espoo', espooFeedbackRegister],
  ])(
    'every field of the %s seed register survives a round trip through every section form',
    (_, register) => {
      let content = contentOf(register);
      for (const section of sections) {
        const body = encode(section.fields, section.read(content), 's.', {}, section.item === null);
        const { items, errors } = parseSection(section, body);
        expect(errors).toEqual([]);
        content = section.write(content, applyAction(section, items, 'save'));
      }
      expect(content).toEqual(contentOf(register));
    },
  );

  it('adds, moves and removes items, also in a nested list, and drops items left empty on save', () => {
    const section = sections.find((s) => s.key === 'data-content')!;
    const items = section.read(contentOf(helsinkiCommunityRegister));
    const added = applyAction(section, items, 'add');
    expect(added).toHaveLength(items.length + 1);
    expect(applyAction(section, added, 'save')).toHaveLength(items.length);
    const moved = applyAction(section, items, 'up:1');
    expect(moved[0]!.key).toBe(items[1]!.key);
    expect(applyAction(section, items, 'remove:0').map((i) => i.key)).toEqual(
      items.slice(1).map((i) => i.key),
    );
    const withField = applyAction(section, items, 'add:0:fields');
    expect((withField[0]!.fields as Item[]).length).toBe((items[0]!.fields as Item[]).length + 1);
    expect((applyAction(section, withField, 'remove:0:fields:0')[0]!.fields as Item[]).length).toBe(
      (items[0]!.fields as Item[]).length,
    );
    expect(applyAction(section, items, 'explode:0')).toBe(items);
  });

  it('E2: a legal basis must be one of GDPR Art. 6(1)(a)–(f) or Art. 9(2)', () => {
    const bases = sections.find((s) => s.key === 'legal-bases')!;
    const explanation = { 's.0.explanation.fi': 'x', 's.0.explanation.sv': 'x', 's.0.explanation.en': 'x' };
    expect(parseSection(bases, { 's.count': '1', 's.0.basis': 'legitimate', ...explanation }).errors).toEqual(
      [{ field: 's.0.basis', message: 'registers.error.choice' }],
    );
    expect(
      parseSection(bases, { 's.count': '1', 's.0.basis': 'art6_1_c_legal_obligation', ...explanation })
        .errors,
    ).toEqual([]);
  });

  it('refuses a malformed key, a period that is not a number of days and an option not offered', () => {
    const retention = sections.find((s) => s.key === 'retention')!;
    const { errors } = parseSection(retention, {
      's.count': '1',
      's.0.key': 'forever',
      's.0.periodDays': 'ten',
      's.0.description.fi': 'x',
    });
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['s.0.key', 'registers.error.choice'],
      ['s.0.periodDays', 'registers.error.days'],
    ]);
    const content = sections.find((s) => s.key === 'data-content')!;
    expect(
      parseSection(content, { 's.count': '1', 's.0.key': 'Bad Key', 's.0.fields.count': '0' }).errors,
    ).toEqual([{ field: 's.0.key', message: 'registers.error.key' }]);
  });
});
