import { createHash } from 'node:crypto';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';
import type { Language } from '../platform/i18n/languages.ts';
import type { Question, SurveyText } from './survey-definition.ts';
import { textIn } from './survey-text.ts';

/**
 * The questions of one survey page as a respondent sees them: native form controls only, every group a
 * fieldset with a legend, every hint and error tied to its control, so it works without JavaScript and
 * with a screen reader. Field names follow answer-validation.ts (`q_<id>`, `q_<id>__<row>`).
 */
export interface SurveyQuestionsProps {
  questions: Question[];
  language: Language;
  /** Submitted values by field name, to show a page again after an error or going back. */
  values: Record<string, string[]>;
  errors: FieldError[];
  /** Seeds the order of randomised options, so it stays the same for one respondent across pages. */
  shuffleSeed?: string;
}

type Option = { value: string; label: SurveyText };

/** A stable shuffle: the same seed and question give the same order. */
function shuffled(options: Option[], seed: string, questionId: string): Option[] {
  const rank = (o: Option) =>
    createHash('sha256').update(`${seed}\u0000${questionId}\u0000${o.value}`).digest('hex');
  return [...options].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
}

export function fieldName(question: Question, row?: string): string {
  return row === undefined ? `q_${question.id}` : `q_${question.id}__${row}`;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

export function SurveyQuestions(props: SurveyQuestionsProps) {
  return (
    <>
      {props.questions.map((question) => (
        <QuestionField key={question.id} question={question} {...props} />
      ))}
    </>
  );
}

function QuestionField(props: SurveyQuestionsProps & { question: Question }) {
  const { t } = usePage().i18n;
  const { question, language, values, errors } = props;
  const name = fieldName(question);
  const error = errors.find((e) => e.field === name);
  const errorId = error ? `${name}-error` : undefined;
  const label = textIn(question.text, language);
  const requiredMark = question.required ? <span class="required-mark"> ({t('form.required')})</span> : null;
  const given = values[name] ?? [];
  const errorText = error && (
    <span class="field-error" id={errorId}>
      {error.message}
    </span>
  );

  const choiceGroup = (
    type: 'radio' | 'checkbox',
    options: Option[],
    hint?: string,
    inputName = name,
    legendText: preact.ComponentChildren = (
      <>
        {label}
        {requiredMark}
      </>
    ),
    chosen = given,
  ) => {
    const hintId = hint ? `${inputName}-hint` : undefined;
    return (
      <fieldset
        class={error ? 'field field--error' : 'field'}
        aria-describedby={describedBy(hintId, errorId)}
      >
        <legend>{legendText}</legend>
        {hint && (
          <span class="hint" id={hintId}>
            {hint}
          </span>
        )}
        {inputName === name && errorText}
        <div
          class={
            type === 'radio' && options.length > 5 && options.every((o) => /^\d+$/.test(o.value))
              ? 'choices choices--scale'
              : 'choices'
          }
        >
          {options.map((option, index) => {
            const id = index === 0 ? inputName : `${inputName}-${index}`;
            return (
              <div class="choice" key={option.value}>
                <input
                  type={type}
                  id={id}
                  name={inputName}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                />
                <label for={id}>{textIn(option.label, language)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  };

  switch (question.type) {
    case 'single_choice':
    case 'background': {
      const options =
        question.type === 'single_choice' && question.randomise && props.shuffleSeed
          ? shuffled(question.options, props.shuffleSeed, question.id)
          : question.options;
      return choiceGroup('radio', options);
    }
    case 'multiple_choice': {
      const options =
        question.randomise && props.shuffleSeed
          ? shuffled(question.options, props.shuffleSeed, question.id)
          : question.options;
      const hint =
        question.max !== undefined
          ? t('survey.chooseBetween', { min: question.min, max: question.max })
          : t('survey.chooseAny');
      return choiceGroup('checkbox', options, hint);
    }
    case 'rating': {
      const steps: Option[] = [];
      for (let value = question.min; value <= question.max; value++) {
        const stepLabel = question.stepLabels?.[value - question.min];
        const label: SurveyText = stepLabel
          ? stepLabel
          : value === question.min
            ? {
                fi: `${value} – ${textIn(question.minLabel, 'fi')}`,
                sv: `${value} – ${textIn(question.minLabel, 'sv')}`,
                en: `${value} – ${textIn(question.minLabel, 'en')}`,
              }
            : value === question.max
              ? {
                  fi: `${value} – ${textIn(question.maxLabel, 'fi')}`,
                  sv: `${value} – ${textIn(question.maxLabel, 'sv')}`,
                  en: `${value} – ${textIn(question.maxLabel, 'en')}`,
                }
              : { fi: String(value), sv: String(value), en: String(value) };
        steps.push({ value: String(value), label });
      }
      const hint = t('survey.scaleHint', {
        min: question.min,
        minLabel: textIn(question.minLabel, language),
        max: question.max,
        maxLabel: textIn(question.maxLabel, language),
      });
      return choiceGroup('radio', steps, hint);
    }
    case 'nps': {
      const steps: Option[] = Array.from({ length: 11 }, (_, value) => ({
        value: String(value),
        label: { fi: String(value), sv: String(value), en: String(value) },
      }));
      return choiceGroup('radio', steps, t('survey.npsHint'));
    }
    case 'matrix': {
      return (
        <fieldset class={error ? 'field field--error' : 'field'} aria-describedby={errorId}>
          <legend>
            {label}
            {requiredMark}
          </legend>
          {errorText}
          {question.rows.map((row) =>
            choiceGroup(
              'radio',
              question.scale,
              undefined,
              fieldName(question, row.value),
              textIn(row.label, language),
              values[fieldName(question, row.value)] ?? [],
            ),
          )}
        </fieldset>
      );
    }
    default: {
      const hint =
        question.type === 'short_text' || question.type === 'long_text'
          ? t('survey.lengthHint', { max: question.maxLength })
          : question.type === 'number'
            ? t('survey.numberHint', { min: question.min, max: question.max })
            : t('survey.dateHint');
      const hintId = `${name}-hint`;
      const common = {
        id: name,
        name,
        'aria-required': question.required ? ('true' as const) : undefined,
        'aria-invalid': error ? ('true' as const) : undefined,
        'aria-describedby': describedBy(hintId, errorId),
      };
      return (
        <div class={error ? 'field field--error' : 'field'}>
          <label for={name}>
            {label}
            {requiredMark}
          </label>
          <span class="hint" id={hintId}>
            {hint}
          </span>
          {errorText}
          {question.type === 'long_text' ? (
            <textarea {...common} maxLength={question.maxLength}>
              {given[0] ?? ''}
            </textarea>
          ) : question.type === 'short_text' ? (
            <input {...common} type="text" maxLength={question.maxLength} value={given[0] ?? ''} />
          ) : question.type === 'number' ? (
            <input {...common} type="text" inputMode="decimal" value={given[0] ?? ''} />
          ) : (
            <input {...common} type="date" value={given[0] ?? ''} />
          )}
        </div>
      );
    }
  }
}
