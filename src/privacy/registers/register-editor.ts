import type { LocalisedText } from '../../platform/db/schema.ts';
import type { FieldError } from '../../platform/http/form.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { eventRules, retentionRules } from '../retention/retention-rules.ts';
import { exportKinds, type RegisterContent } from './register.ts';
import { keyPattern, legalBases, MAX_TEXT } from './register-schema.ts';

/**
 * The register owner's editor, as data: each section of the notice is a form of fields (a list of items,
 * or one item), read from and written back to the register's content. The console renders every section
 * from this one description and parses every post with it, so a new section is a new entry, not new code.
 * Works without JavaScript: adding, removing and moving items are submit buttons (`action`).
 */
export type FieldSpec =
  | { kind: 'localised'; name: string; label: MessageKey; multiline?: boolean; optional?: boolean }
  | { kind: 'key'; name: string; label: MessageKey }
  | { kind: 'number'; name: string; label: MessageKey; hint: MessageKey }
  | { kind: 'checkbox'; name: string; label: MessageKey }
  | { kind: 'select'; name: string; label: MessageKey; options: readonly string[]; optional?: boolean }
  | { kind: 'list'; name: string; label: MessageKey; item: MessageKey; fields: FieldSpec[] };

export type Item = Record<string, unknown>;

export interface SectionSpec {
  key: string;
  title: MessageKey;
  /** The label of one item (a list section), or null for a section that is one item. */
  item: MessageKey | null;
  fields: FieldSpec[];
  read(content: RegisterContent): Item[];
  write(content: RegisterContent, items: Item[]): RegisterContent;
}

const emptyText = (): LocalisedText => ({ fi: '', sv: '', en: '' });
const isBlankText = (text: unknown) =>
  !text || (typeof text === 'object' && Object.values(text as LocalisedText).every((v) => !v.trim()));
/** An optional text left empty in every language is absent. */
const optionalText = (text: unknown) => (isBlankText(text) ? undefined : (text as LocalisedText));
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** A list of plain texts (purposes, legislation, sources, security principles). */
function textList(
  key: string,
  title: MessageKey,
  item: MessageKey,
  field: 'purposes' | 'keyLegislation' | 'sources' | 'securityPrinciples',
): SectionSpec {
  return {
    key,
    title,
    item,
    fields: [{ kind: 'localised', name: 'text', label: item, multiline: true }],
    read: (content) => (content[field] ?? []).map((text) => ({ text })),
    write: (content, items) => ({ ...content, [field]: items.map((i) => i.text as LocalisedText) }),
  };
}

const disclosureFields: FieldSpec[] = [
  { kind: 'localised', name: 'recipient', label: 'registers.field.recipient' },
  { kind: 'localised', name: 'what', label: 'registers.field.what', multiline: true },
  { kind: 'localised', name: 'condition', label: 'registers.field.condition', optional: true },
  { kind: 'select', name: 'covers', label: 'registers.field.covers', options: exportKinds, optional: true },
];

function disclosures(
  key: string,
  title: MessageKey,
  field: 'regularDisclosures' | 'conditionalDisclosures',
): SectionSpec {
  return {
    key,
    title,
    item: 'registers.item.disclosure',
    fields: disclosureFields,
    read: (content) => (content[field] ?? []).map((d) => ({ ...d })),
    write: (content, items) => ({
      ...content,
      [field]: items.map((i) =>
        withoutUndefined({
          recipient: i.recipient as LocalisedText,
          what: i.what as LocalisedText,
          condition: optionalText(i.condition),
          covers: (i.covers as (typeof exportKinds)[number] | undefined) || undefined,
        }),
      ),
    }),
  };
}

export const retentionRuleKeys = [...Object.keys(retentionRules), ...eventRules].sort();

export const sections: SectionSpec[] = [
  {
    key: 'basics',
    title: 'registers.section.basics',
    item: null,
    fields: [
      { kind: 'localised', name: 'title', label: 'registers.field.title' },
      { kind: 'localised', name: 'controller', label: 'registers.field.controller', multiline: true },
      { kind: 'localised', name: 'personInCharge', label: 'registers.field.personInCharge' },
      {
        kind: 'localised',
        name: 'personInChargeDetails',
        label: 'registers.field.personInChargeDetails',
        multiline: true,
        optional: true,
      },
      { kind: 'localised', name: 'contactPerson', label: 'registers.field.contactPerson' },
      { kind: 'localised', name: 'contact', label: 'registers.field.contact', multiline: true },
      { kind: 'localised', name: 'dpo', label: 'registers.field.dpo', multiline: true, optional: true },
      { kind: 'checkbox', name: 'noTransfers', label: 'registers.field.noTransfers' },
      { kind: 'localised', name: 'transfers', label: 'registers.field.transfers', multiline: true },
      { kind: 'localised', name: 'complaint', label: 'registers.field.complaint', multiline: true },
    ],
    read: (c) => [
      {
        title: c.title,
        controller: c.controller,
        personInCharge: c.personInCharge?.title,
        personInChargeDetails: c.personInCharge?.details,
        contactPerson: c.contactPerson?.title,
        contact: c.contactPerson?.contact,
        dpo: c.dataProtectionOfficer,
        noTransfers: c.transfersOutsideEuEea?.none ?? true,
        transfers: c.transfersOutsideEuEea?.statement,
        complaint: c.complaint,
      },
    ],
    write: (c, [item = {}]) =>
      withoutUndefined({
        ...c,
        title: item.title as LocalisedText,
        controller: item.controller as LocalisedText,
        personInCharge: withoutUndefined({
          title: item.personInCharge as LocalisedText,
          details: optionalText(item.personInChargeDetails),
        }),
        contactPerson: { title: item.contactPerson as LocalisedText, contact: item.contact as LocalisedText },
        dataProtectionOfficer: optionalText(item.dpo),
        transfersOutsideEuEea: {
          none: item.noTransfers === true,
          statement: item.transfers as LocalisedText,
        },
        complaint: item.complaint as LocalisedText,
      }),
  },
  textList('purposes', 'registers.section.purposes', 'registers.item.purpose', 'purposes'),
  {
    key: 'legal-bases',
    title: 'registers.section.legalBases',
    item: 'registers.item.legalBasis',
    fields: [
      { kind: 'select', name: 'basis', label: 'registers.field.basis', options: legalBases },
      { kind: 'localised', name: 'explanation', label: 'registers.field.explanation', multiline: true },
    ],
    read: (c) => (c.legalBases ?? []).map((b) => ({ ...b })),
    write: (c, items) => ({
      ...c,
      legalBases: items.map((i) => ({
        basis: i.basis as (typeof legalBases)[number],
        explanation: i.explanation as LocalisedText,
      })),
    }),
  },
  textList('legislation', 'registers.section.legislation', 'registers.item.law', 'keyLegislation'),
  {
    key: 'data-content',
    title: 'registers.section.dataContent',
    item: 'registers.item.category',
    fields: [
      { kind: 'key', name: 'key', label: 'registers.field.key' },
      { kind: 'localised', name: 'title', label: 'registers.field.categoryTitle' },
      {
        kind: 'localised',
        name: 'description',
        label: 'registers.field.description',
        multiline: true,
        optional: true,
      },
      {
        kind: 'list',
        name: 'fields',
        label: 'registers.field.fields',
        item: 'registers.item.field',
        fields: [
          { kind: 'key', name: 'key', label: 'registers.field.key' },
          { kind: 'localised', name: 'label', label: 'registers.field.label' },
          { kind: 'checkbox', name: 'optional', label: 'registers.field.optional' },
          { kind: 'checkbox', name: 'separateConsent', label: 'registers.field.separateConsent' },
        ],
      },
    ],
    read: (c) =>
      (c.dataContent ?? []).map((category) => ({
        ...category,
        fields: category.fields.map((f) => ({ ...f })),
      })),
    write: (c, items) => ({
      ...c,
      dataContent: items.map((i) =>
        withoutUndefined({
          key: i.key as string,
          title: i.title as LocalisedText,
          description: optionalText(i.description),
          fields: (i.fields as Item[]).map((f) => ({
            key: f.key as string,
            label: f.label as LocalisedText,
            optional: f.optional === true,
            separateConsent: f.separateConsent === true,
          })),
        }),
      ),
    }),
  },
  disclosures('regular-disclosures', 'registers.section.regularDisclosures', 'regularDisclosures'),
  disclosures(
    'conditional-disclosures',
    'registers.section.conditionalDisclosures',
    'conditionalDisclosures',
  ),
  {
    key: 'retention',
    title: 'registers.section.retention',
    item: 'registers.item.rule',
    fields: [
      { kind: 'select', name: 'key', label: 'registers.field.rule', options: retentionRuleKeys },
      {
        kind: 'number',
        name: 'periodDays',
        label: 'registers.field.periodDays',
        hint: 'registers.hint.periodDays',
      },
      { kind: 'localised', name: 'description', label: 'registers.field.ruleDescription', multiline: true },
    ],
    read: (c) => (c.retention ?? []).map((r) => ({ ...r })),
    write: (c, items) => ({
      ...c,
      retention: items.map((i) =>
        withoutUndefined({
          key: i.key as string,
          description: i.description as LocalisedText,
          periodDays: i.periodDays as number | undefined,
        }),
      ),
    }),
  },
  textList('sources', 'registers.section.sources', 'registers.item.source', 'sources'),
  textList('security', 'registers.section.security', 'registers.item.principle', 'securityPrinciples'),
  {
    key: 'rights',
    title: 'registers.section.rights',
    item: 'registers.item.right',
    fields: [
      { kind: 'localised', name: 'title', label: 'registers.field.rightTitle' },
      { kind: 'localised', name: 'description', label: 'registers.field.description', multiline: true },
    ],
    read: (c) => (c.rights ?? []).map((r) => ({ ...r })),
    write: (c, items) => ({
      ...c,
      rights: items.map((i) => ({
        title: i.title as LocalisedText,
        description: i.description as LocalisedText,
      })),
    }),
  },
];

export function findSection(key: string): SectionSpec | undefined {
  return sections.find((section) => section.key === key);
}

/** A new register's content: every section there, empty, waiting to be written. */
export function emptyRegisterContent(title: LocalisedText): RegisterContent {
  return {
    title,
    controller: emptyText(),
    personInCharge: { title: emptyText() },
    contactPerson: { title: emptyText(), contact: emptyText() },
    purposes: [],
    legalBases: [],
    keyLegislation: [],
    dataContent: [],
    regularDisclosures: [],
    conditionalDisclosures: [],
    transfersOutsideEuEea: { none: true, statement: emptyText() },
    retention: [],
    sources: [],
    securityPrinciples: [],
    rights: [],
    complaint: emptyText(),
  };
}

export function emptyItem(fields: FieldSpec[]): Item {
  return Object.fromEntries(
    fields.map((field) => {
      switch (field.kind) {
        case 'localised':
          return [field.name, emptyText()];
        case 'key':
          return [field.name, ''];
        case 'checkbox':
          return [field.name, false];
        case 'select':
          return [field.name, field.optional ? undefined : field.options[0]];
        case 'list':
          return [field.name, []];
        default:
          return [field.name, undefined];
      }
    }),
  );
}

// --- The form: names, parsing, actions ----------------------------------------------------------------

export type FormBody = Record<string, string | string[] | undefined>;

/** The form name of a field of item `index` (and of a nested item): `s.2.fields.0.label`. */
export const fieldName = (prefix: string, name: string) => `${prefix}${name}`;
export const itemPrefix = (index: number) => `s.${index}.`;

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

const count = (body: FormBody, name: string, max: number) => {
  const n = Number(first(body[name]));
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : 0;
};

function parseItem(fields: FieldSpec[], body: FormBody, prefix: string, errors: FieldError[]): Item {
  const item: Item = {};
  for (const field of fields) {
    const name = fieldName(prefix, field.name);
    switch (field.kind) {
      case 'localised': {
        const text = {
          fi: first(body[`${name}.fi`]).trim(),
          sv: first(body[`${name}.sv`]).trim(),
          en: first(body[`${name}.en`]).trim(),
        };
        for (const language of ['fi', 'sv', 'en'] as const)
          if (text[language].length > MAX_TEXT)
            errors.push({ field: `${name}.${language}`, message: 'registers.error.tooLong' });
        item[field.name] = text;
        break;
      }
      case 'key': {
        const value = first(body[name]).trim();
        if (value && !keyPattern.test(value)) errors.push({ field: name, message: 'registers.error.key' });
        item[field.name] = value;
        break;
      }
      case 'number': {
        const raw = first(body[name]).trim();
        const value = Number(raw);
        if (raw && (!Number.isInteger(value) || value < 0 || value > 36_500))
          errors.push({ field: name, message: 'registers.error.days' });
        item[field.name] = raw ? value : undefined;
        break;
      }
      case 'checkbox':
        item[field.name] = first(body[name]) === 'yes';
        break;
      case 'select': {
        const value = first(body[name]);
        if (value === '' && field.optional) item[field.name] = undefined;
        else if (field.options.includes(value)) item[field.name] = value;
        else {
          errors.push({ field: name, message: 'registers.error.choice' });
          item[field.name] = undefined;
        }
        break;
      }
      case 'list': {
        const n = count(body, `${name}.count`, 200);
        item[field.name] = Array.from({ length: n }, (_, j) =>
          parseItem(field.fields, body, `${name}.${j}.`, errors),
        );
        break;
      }
    }
  }
  return item;
}

/** The section's items as posted, with what is wrong in them (message keys). */
export function parseSection(section: SectionSpec, body: FormBody): { items: Item[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const n = section.item ? count(body, 's.count', 200) : 1;
  const items = Array.from({ length: n }, (_, i) => parseItem(section.fields, body, itemPrefix(i), errors));
  return { items, errors };
}

const isBlankItem = (fields: FieldSpec[], item: Item): boolean =>
  fields.every((field) => {
    const value = item[field.name];
    if (field.kind === 'localised') return isBlankText(value);
    if (field.kind === 'list') return (value as Item[]).every((v) => isBlankItem(field.fields, v));
    if (field.kind === 'select') return true;
    return value === undefined || value === '' || value === false;
  });

const move = <T>(list: T[], from: number, to: number): T[] => {
  if (from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
};

/**
 * Applies the pressed button: `save` drops items left entirely empty; `add`, `remove:i`, `up:i`, and for a
 * nested list `add:i:name`, `remove:i:name:j`, `up:i:name:j`. Unknown actions change nothing.
 */
export function applyAction(section: SectionSpec, items: Item[], action: string): Item[] {
  const [verb, a, name, b] = action.split(':');
  const i = Number(a);
  const j = Number(b);
  if (verb === 'save') {
    if (!section.item) return items;
    return items
      .filter((item) => !isBlankItem(section.fields, item))
      .map((item) => {
        const copy = { ...item };
        for (const field of section.fields)
          if (field.kind === 'list')
            copy[field.name] = (item[field.name] as Item[]).filter((v) => !isBlankItem(field.fields, v));
        return copy;
      });
  }
  if (!section.item) return items;
  if (name === undefined) {
    if (verb === 'add') return [...items, emptyItem(section.fields)];
    if (verb === 'remove') return items.filter((_, index) => index !== i);
    if (verb === 'up') return move(items, i, i - 1);
    return items;
  }
  const nested = section.fields.find((field) => field.kind === 'list' && field.name === name);
  const item = items[i];
  if (nested?.kind !== 'list' || !item) return items;
  const list = item[nested.name] as Item[];
  const changed =
    verb === 'add'
      ? [...list, emptyItem(nested.fields)]
      : verb === 'remove'
        ? list.filter((_, index) => index !== j)
        : verb === 'up'
          ? move(list, j, j - 1)
          : list;
  return items.map((it, index) => (index === i ? { ...it, [nested.name]: changed } : it));
}
