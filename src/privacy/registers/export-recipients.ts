import type { LanguageCode, LocalisedText } from '../../platform/db/schema.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import type { Disclosure, ExportKind, Register } from './register.ts';

/**
 * Who an export may be made for (H9, E8). Every export of what Kuule holds names its recipient: the
 * organisation's own use, or a disclosure that a register in force declares and marks as delivered by
 * that export (`Disclosure.covers`). A recipient no register declares is not an option, so publishing a
 * register version is the only way to open (or close) a disclosure, and the notice states it first.
 */
export const INTERNAL_USE = 'internal';

export interface DisclosureRecipient {
  /** `<register slug>/<regular|conditional>/<position>`: what the export form posts and the audit records. */
  id: string;
  register: { slug: string; title: LocalisedText };
  recipient: LocalisedText;
  what: LocalisedText;
  condition?: LocalisedText | undefined;
}

export type ExportRecipient =
  | { internal: true; id: typeof INTERNAL_USE }
  | ({ internal: false } & DisclosureRecipient);

/** The disclosures of the registers in force that an export of this kind delivers. */
export function disclosureRecipients(
  registers: readonly Register[],
  kind: ExportKind,
): DisclosureRecipient[] {
  const found: DisclosureRecipient[] = [];
  for (const register of registers) {
    const sections: [string, Disclosure[]][] = [
      ['regular', register.regularDisclosures],
      ['conditional', register.conditionalDisclosures],
    ];
    for (const [section, disclosures] of sections) {
      disclosures.forEach((disclosure, position) => {
        if (disclosure.covers !== kind) return;
        found.push({
          id: `${register.slug}/${section}/${position + 1}`,
          register: { slug: register.slug, title: register.title },
          recipient: disclosure.recipient,
          what: disclosure.what,
          condition: disclosure.condition,
        });
      });
    }
  }
  return found;
}

/** The recipient an export request names, or undefined when it names none or one no register declares. */
export function resolveExportRecipient(
  registers: readonly Register[],
  kind: ExportKind,
  id: unknown,
): ExportRecipient | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  if (id === INTERNAL_USE) return { internal: true, id: INTERNAL_USE };
  const disclosure = disclosureRecipients(registers, kind).find((d) => d.id === id);
  return disclosure && { internal: false, ...disclosure };
}

/**
 * An export request's `for` answered: the recipient and what its audit entry records (the id, and the
 * recipient's name in the organisation's language), or the message key telling the person what to fix.
 */
export function chooseExportRecipient(
  registers: readonly Register[],
  kind: ExportKind,
  chosen: unknown,
  language: LanguageCode,
):
  | { ok: true; recipient: ExportRecipient; audited: { recipient: string; recipientName: string | null } }
  | { ok: false; message: MessageKey } {
  const recipient = resolveExportRecipient(registers, kind, chosen);
  if (!recipient)
    return { ok: false, message: chosen ? 'results.export.forUnknown' : 'results.export.forRequired' };
  return {
    ok: true,
    recipient,
    audited: {
      recipient: recipient.id,
      recipientName: recipient.internal ? null : recipient.recipient[language],
    },
  };
}
