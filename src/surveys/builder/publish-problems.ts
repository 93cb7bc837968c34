import type { MessageKey, MessageValues } from '../../platform/i18n/i18n.ts';
import { isLanguage } from '../../platform/i18n/languages.ts';

/**
 * The survey repository names what stops a draft from being published in English, for logs and tests.
 * Staff read them in their own language: this turns each known problem into a message key and the
 * place in the editor it concerns. An unknown problem is shown as it is.
 */
export interface LocalisedProblem {
  /** The element id the error summary links to. */
  anchor: string;
  key?: MessageKey;
  values?: MessageValues;
  raw: string;
}

const partKeys: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /^option "([^"]*)"$/, key: 'builder.problem.part.option' },
  { pattern: /^row "([^"]*)"$/, key: 'builder.problem.part.row' },
  { pattern: /^scale "([^"]*)"$/, key: 'builder.problem.part.scale' },
  { pattern: /^step (-?\d+)$/, key: 'builder.problem.part.step' },
  { pattern: /^lowest label$/, key: 'builder.problem.part.minLabel' },
  { pattern: /^highest label$/, key: 'builder.problem.part.maxLabel' },
];

/** Problems of one question (its id first; a condition's source second), by the repository's wording. */
const questionProblems: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /^The question id "([^"]+)" is used twice\.$/, key: 'builder.problem.duplicateId' },
  {
    pattern: /^"([^"]+)" depends on "([^"]+)", which must be on an earlier page\.$/,
    key: 'builder.problem.condition',
  },
  {
    pattern: /^"([^"]+)": a smiley scale needs a text label for every step\.$/,
    key: 'builder.problem.smiley',
  },
  {
    pattern:
      /^"([^"]+)": (?:the scale's maximum must exceed its minimum|max is smaller than min|the maximum must exceed the minimum)\.$/,
    key: 'builder.problem.range',
  },
];

export function questionAnchor(id: string): string {
  return `question-${id}`;
}

export function localiseProblem(raw: string): LocalisedProblem {
  const missing = /^Translation missing: (.*) \((fi|sv|en)\)$/.exec(raw);
  if (missing && isLanguage(missing[2])) {
    const [, where, language] = missing as unknown as [string, string, 'fi' | 'sv' | 'en'];
    if (where === 'title')
      return { anchor: `title_${language}`, key: 'builder.problem.title', values: { language }, raw };
    if (where === 'introduction')
      return { anchor: `intro_${language}`, key: 'builder.problem.intro', values: { language }, raw };
    const inQuestion = /^page (\d+), "([^"]+)"(?:, (.*))?$/.exec(where);
    if (inQuestion) {
      const [, page, question, part] = inQuestion as unknown as [string, string, string, string | undefined];
      const anchor = questionAnchor(question);
      if (!part)
        return { anchor, key: 'builder.problem.questionText', values: { page, question, language }, raw };
      const known = partKeys.find((p) => p.pattern.test(part));
      if (known) {
        const detail = known.pattern.exec(part)?.[1] ?? '';
        return {
          anchor,
          key: 'builder.problem.questionPart',
          values: { page, question, language, part: known.key, detail },
          raw,
        };
      }
    }
  }
  const emptyPage = /^Page (\d+) has no questions\.$/.exec(raw);
  if (emptyPage)
    return {
      anchor: `page-${emptyPage[1]}`,
      key: 'builder.problem.emptyPage',
      values: { page: emptyPage[1]! },
      raw,
    };
  for (const { pattern, key } of questionProblems) {
    const found = pattern.exec(raw);
    if (found) {
      const [, question, source] = found as unknown as [string, string, string | undefined];
      return { anchor: questionAnchor(question), key, values: { question, ...(source && { source }) }, raw };
    }
  }
  // What the register does not declare (privacy/registers/data-categories.ts): the register to update.
  if (/^No register of this organisation declares feedback data/.test(raw))
    return { anchor: 'publish', key: 'builder.problem.noRegister', raw };
  const undeclared =
    /^(?:question "([^"]+)"|the prize draw) collects "([^"]+)", which the register "([^"]+)"/.exec(raw);
  if (undeclared) {
    const [, question, field, register] = undeclared as unknown as [
      string,
      string | undefined,
      string,
      string,
    ];
    return question
      ? {
          anchor: questionAnchor(question),
          key: 'builder.problem.undeclaredQuestion',
          values: { question, field, register },
          raw,
        }
      : { anchor: 'drawEnabled', key: 'builder.problem.undeclaredDraw', values: { field, register }, raw };
  }
  const named = /"([a-z][a-z0-9_]*)"/.exec(raw);
  return { anchor: named ? questionAnchor(named[1]!) : 'publish', raw };
}

/** The problem as a sentence in the reader's language. */
export function problemText(
  problem: LocalisedProblem,
  t: (key: MessageKey, values?: MessageValues) => string,
) {
  if (!problem.key) return problem.raw;
  const values: MessageValues = { ...problem.values };
  if (typeof values.language === 'string')
    values.language = t(`builder.language.${values.language}` as MessageKey);
  if (typeof values.part === 'string')
    values.part = t(values.part as MessageKey, { detail: values.detail ?? '' });
  return t(problem.key, values);
}
