import type { FieldError } from '../http/form.ts';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  errors: FieldError[];
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
}

function describedBy(props: FieldProps, error: FieldError | undefined) {
  const ids = [props.hint ? `${props.name}-hint` : null, error ? `${props.name}-error` : null].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled field with its hint and error, for any input given as the child. */
export function FieldShell(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  /** The error message, in the person's language. */
  error: string | undefined;
  children: preact.ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={props.name}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="field-error" id={`${props.name}-error`}>
          {props.error}
        </span>
      )}
      {props.children}
    </div>
  );
}

/** An input field: text and its kinds, or a date, a local date and time, or a number (`min` for numbers). */
export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'datetime-local' | 'number';
    min?: string;
  },
) {
  const error = props.errors.find((e) => e.field === props.name);
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error?.message}>
      <input
        {...({ type: props.type ?? 'text' } as { type: 'text' })}
        id={props.name}
        name={props.name}
        value={props.type === 'password' ? undefined : props.value}
        required={props.required}
        maxLength={props.maxLength}
        min={props.min}
        autoComplete={props.autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props, error)}
      />
    </FieldShell>
  );
}

/** A labelled select with its hint and error. */
export function SelectField(
  props: Omit<FieldProps, 'maxLength' | 'autocomplete'> & { options: { value: string; label: string }[] },
) {
  const error = props.errors.find((e) => e.field === props.name);
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error?.message}>
      <select
        id={props.name}
        name={props.name}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props, error)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextArea(props: FieldProps) {
  const error = props.errors.find((e) => e.field === props.name);
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error?.message}>
      <textarea
        id={props.name}
        name={props.name}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props, error)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldShell>
  );
}
