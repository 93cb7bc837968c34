import { type ZodType, z } from 'zod';
import type { MessageKey, Translator } from '../i18n/i18n.ts';

export interface FieldError {
  field: string;
  message: string;
}

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldError[]; values: Record<string, string> };

/**
 * Validates a posted form at the edge. Schemas name an i18n key as each issue's message, so the person
 * sees, in their own language, what to fix next to the field it concerns.
 */
export function parseForm<T>(schema: ZodType<T>, body: unknown, i18n: Translator): FormResult<T> {
  const values = stringValues(body);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (errors.some((e) => e.field === field)) continue;
    const max = 'maximum' in issue ? Number(issue.maximum) : undefined;
    errors.push({ field, message: i18n.t(issue.message as MessageKey, max === undefined ? {} : { max }) });
  }
  return { ok: false, errors, values };
}

function stringValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string') values[key] = value;
    }
  }
  return values;
}

/** Reusable field rules with messages that are i18n keys. */
export const fields = {
  requiredText: (max: number) =>
    z
      .string({ error: 'validation.required' satisfies MessageKey })
      .trim()
      .min(1, 'validation.required' satisfies MessageKey)
      .max(max, 'validation.tooLong' satisfies MessageKey),
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, 'validation.tooLong' satisfies MessageKey)
      .optional()
      .transform((value) => (value ? value : null)),
  requiredEmail: () =>
    z
      .string({ error: 'validation.required' satisfies MessageKey })
      .trim()
      .min(1, 'validation.required' satisfies MessageKey)
      .max(254, 'validation.tooLong' satisfies MessageKey)
      .transform((value) => value.toLowerCase())
      .refine((value) => z.email().safeParse(value).success, {
        message: 'validation.email' satisfies MessageKey,
      }),
  optionalEmail: () =>
    z
      .string()
      .trim()
      .max(254, 'validation.tooLong' satisfies MessageKey)
      .optional()
      .transform((value) => (value ? value.toLowerCase() : null))
      .refine((value) => value === null || z.email().safeParse(value).success, {
        message: 'validation.email' satisfies MessageKey,
      }),
};
