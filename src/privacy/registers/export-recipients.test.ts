import { describe, expect, it } from 'vitest';
import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { disclosureRecipients, INTERNAL_USE, resolveExportRecipient } from './export-recipients.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import type { Register } from './register.ts';

describe('export recipients come from the registers’ disclosures (H9, E8)', () => {
  it('E8: Espoo’s feedback register discloses nothing, so its answers can be exported for internal use only', () => {
    expect(disclosureRecipients([espooFeedbackRegister], 'survey_answers')).toEqual([]);
    expect(resolveExportRecipient([espooFeedbackRegister], 'survey_answers', INTERNAL_USE)).toEqual({
      internal: true,
      id: INTERNAL_USE,
    });
    expect(
      resolveExportRecipient([espooFeedbackRegister], 'survey_answers', 'feedback/conditional/1'),
    ).toBeUndefined();
  });

  it('H9: Helsinki’s register offers its contract partners pseudonymised research data and, separately, contact details', () => {
    const research = disclosureRecipients([helsinkiCommunityRegister], 'pseudonymised_research_answers');
    expect(research.map((r) => r.id)).toEqual(['customer-community/conditional/1']);
    expect(research[0]!.recipient.en).toContain('contract partners');
    const contacts = disclosureRecipients([helsinkiCommunityRegister], 'contact_details');
    expect(contacts.map((r) => r.id)).toEqual(['customer-community/conditional/2']);
    expect(contacts[0]!.condition?.en).toContain('separate consent');
    // H9: no regular disclosures, and nothing delivers anonymous survey answers outside the city.
    expect(disclosureRecipients([helsinkiCommunityRegister], 'survey_answers')).toEqual([]);
  });

  it('H9, E8: a recipient is an option only while a register in force declares it for that export', () => {
    const partner: Register = {
      ...espooFeedbackRegister,
      regularDisclosures: [
        {
          recipient: { fi: 'Tutkimuskumppani Oy', sv: 'Forskningspartner Ab', en: 'Research Partner Ltd' },
          what: { fi: 'Vastaukset', sv: 'Svaren', en: 'The answers' },
          covers: 'survey_answers',
        },
        {
          recipient: { fi: 'Toinen', sv: 'Annan', en: 'Another' },
          what: { fi: 'Muuta', sv: 'Annat', en: 'Something else' },
        },
      ],
    };
    const found = resolveExportRecipient([partner], 'survey_answers', 'feedback/regular/1');
    expect(found).toMatchObject({ internal: false, recipient: { en: 'Research Partner Ltd' } });
    // The second disclosure names no export, and the first is not an export of contact details.
    expect(resolveExportRecipient([partner], 'survey_answers', 'feedback/regular/2')).toBeUndefined();
    expect(resolveExportRecipient([partner], 'contact_details', 'feedback/regular/1')).toBeUndefined();
    for (const missing of [undefined, '', 'nobody', ['internal']]) {
      expect(resolveExportRecipient([partner], 'survey_answers', missing)).toBeUndefined();
    }
  });
});
