import type { LocalisedText } from '../../platform/db/schema.ts';

/**
 * A register (a processing activity) as data: what its privacy notice says, in Finnish, Swedish and
 * English. The notice page is rendered from this, and later the system's own rules (retention, data
 * categories, disclosures) are read from the same data, so the notice and the system cannot drift apart.
 */
export type LegalBasis =
  | 'art6_1_a_consent'
  | 'art6_1_b_contract'
  | 'art6_1_c_legal_obligation'
  | 'art6_1_d_vital_interests'
  | 'art6_1_e_public_task'
  | 'art6_1_f_legitimate_interests'
  | 'art9_2_a_explicit_consent'
  | 'art9_2_e_made_public_by_data_subject';

export interface DataField {
  /** A stable key, e.g. 'email'. */
  key: string;
  label: LocalisedText;
  optional: boolean;
  /** Collected only under a consent of its own (e.g. contact details for an event). */
  separateConsent: boolean;
}

export interface DataCategory {
  key: string;
  title: LocalisedText;
  description?: LocalisedText;
  fields: DataField[];
}

/**
 * The exports an organisation can make of what it holds. An export to anyone outside the organisation
 * exists only where a disclosure of a register in force covers it (H9, E8).
 */
export const exportKinds = ['survey_answers', 'pseudonymised_research_answers', 'contact_details'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface Disclosure {
  recipient: LocalisedText;
  what: LocalisedText;
  /** When it happens, e.g. "only with the member's separate consent". */
  condition?: LocalisedText;
  /** The export that delivers it, if Kuule makes one. */
  covers?: ExportKind;
}

export interface RetentionRule {
  /** A stable key the retention engine will execute, e.g. 'inactive_member'. */
  key: string;
  description: LocalisedText;
  /** The period in days, when the rule has one (e.g. 183 for six months); 0 = immediately. */
  periodDays?: number;
}

export interface Register {
  /** The URL slug: /<org>/privacy/<slug>. */
  slug: string;
  title: LocalisedText;
  /** YYYY-MM-DD */
  publishedOn: string;
  controller: LocalisedText;
  personInCharge: { title: LocalisedText; details?: LocalisedText };
  contactPerson: { title: LocalisedText; contact: LocalisedText };
  dataProtectionOfficer?: LocalisedText;
  purposes: LocalisedText[];
  legalBases: { basis: LegalBasis; explanation: LocalisedText }[];
  keyLegislation: LocalisedText[];
  dataContent: DataCategory[];
  regularDisclosures: Disclosure[];
  conditionalDisclosures: Disclosure[];
  transfersOutsideEuEea: { none: true; statement: LocalisedText } | { none: false; statement: LocalisedText };
  retention: RetentionRule[];
  sources: LocalisedText[];
  securityPrinciples: LocalisedText[];
  rights: { title: LocalisedText; description: LocalisedText }[];
  complaint: LocalisedText;
}

/** What a version stores: the register without its address (the slug) and its publication date. */
export type RegisterContent = Omit<Register, 'slug' | 'publishedOn'>;
