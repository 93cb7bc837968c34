import type { ColumnType, Generated } from 'kysely';

/** Text in each of Kuule's three languages. */
export interface LocalisedText {
  fi: string;
  sv: string;
  en: string;
}

/** Set by the database on insert, never updated. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: Json<LocalisedText>;
  default_language: 'fi' | 'sv' | 'en';
  theme_colour: string;
  /** The organisation's logo as SVG, shown in the header; served sandboxed (see home-routes.tsx). */
  logo_svg: string | null;
  contact_email: string;
  accessibility_conformance: 'full' | 'partial' | 'none';
  accessibility_known_gaps: Json<LocalisedText[]>;
  accessibility_statement_date: string;
  anonymity_threshold: Generated<number>;
  community_enabled: Generated<boolean>;
  training_interval_months: Generated<number>;
  abuse_log_retention_days: Generated<number>;
  /** E7: individual feedback answers are deleted after this many months (at most 12). */
  feedback_retention_months: Generated<number>;
  /** E6: the time stored with an answer: the day, or the hour where the organisation asks for it. */
  answer_time_precision: Generated<'day' | 'hour'>;
  created_at: CreatedAt;
}

export interface StaffUsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  created_at: CreatedAt;
  disabled_at: Date | null;
  /** E9: the day of the user's last data-protection training; null means none recorded. */
  last_training_on: string | null;
  /** The TOTP secret, sealed like the vault's fields (AES-256-GCM). */
  totp_secret_encrypted: string | null;
  totp_enrolled_at: Date | null;
  /** The last TOTP time step used, so a code works once. */
  totp_last_counter: Generated<number>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  /** The language the staff user last used the requests console in (reminders are written in it). */
  language: ColumnType<LanguageCode | null, LanguageCode | null | undefined, LanguageCode | null>;
}

export interface ConfidentialityCommitmentsTable {
  id: Generated<string>;
  organisation_id: string;
  version: number;
  text: Json<LocalisedText>;
  published_at: CreatedAt;
}

export interface CommitmentAcceptancesTable {
  id: Generated<string>;
  organisation_id: string;
  staff_user_id: string;
  commitment_id: string;
  accepted_at: CreatedAt;
}

export interface StaffSessionsTable {
  id: Generated<string>;
  organisation_id: string;
  staff_user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}

export interface AccessibilityFeedbackTable {
  id: Generated<string>;
  organisation_id: string;
  page: string | null;
  message: string;
  reply_to: string | null;
  received_on: string;
  reply_due_on: string;
  replied_on: string | null;
}

export interface DevMailboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  text_body: string;
  sent_at: CreatedAt;
}

export type LanguageCode = 'fi' | 'sv' | 'en';

export interface MembersTable {
  /** The pseudonymous member key: random, not derivable from the email address. */
  id: Generated<string>;
  organisation_id: string;
  pseudonym: string | null;
  language: LanguageCode;
  joined_at: CreatedAt;
  last_active_at: ColumnType<Date, Date | undefined, Date>;
  /** H12: when the one reminder before deletion for inactivity was sent. */
  inactivity_reminded_at: Date | null;
  /** When the member's data was erased (on request or for inactivity); the key then leads to no one. */
  erased_at: Date | null;
  /** E10: while set, the member has restricted processing: no invitations, draws or analysis (members/my-data.ts). */
  processing_restricted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** How often the member is emailed about research tasks (issue 6); an unsubscribe link sets 'never'. */
  task_email_frequency: Generated<TaskEmailFrequency>;
}

export type TaskEmailFrequency = 'each_task' | 'weekly' | 'never';

export interface MemberSessionsTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  token_hash: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}

export interface MemberSignInTokensTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface ConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  purpose: string;
  text_version: string;
  language: LanguageCode;
  method: string;
  given_at: CreatedAt;
  withdrawn_at: Date | null;
}

/** vault.member_identities: who a member is, encrypted, reachable only as kuule_vault. */
export interface MemberIdentitiesTable {
  member_id: string;
  organisation_id: string;
  email_lookup: string;
  email_encrypted: string;
  created_at: CreatedAt;
}

export interface PendingSignUpsTable {
  id: Generated<string>;
  organisation_id: string;
  email_lookup: string;
  email_encrypted: string;
  language: LanguageCode;
  consent_text_version: string;
  token_hash: string;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  organisation_id: string;
  occurred_at: CreatedAt;
  actor_type: 'staff' | 'member' | 'system';
  actor_id: string | null;
  permission: string | null;
  action: string;
  subject_member_id: string | null;
  outcome: 'allowed' | 'denied';
  details: Json<Record<string, string | number | boolean | null>>;
}

export interface AbuseLogTable {
  id: Generated<string>;
  organisation_id: string;
  occurred_at: CreatedAt;
  event: 'sign_up' | 'sign_in' | 'post';
  client_address: string;
}

export interface BackgroundOption {
  value: string;
  label: LocalisedText;
}

export interface BackgroundQuestionsTable {
  id: Generated<string>;
  organisation_id: string;
  key: string;
  kind: 'single_choice' | 'multiple_choice';
  text: Json<LocalisedText>;
  options: Json<BackgroundOption[]>;
  position: number;
}

export interface ProfileAnswersTable {
  organisation_id: string;
  member_id: string;
  question_id: string;
  answer: Json<string[]>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** vault.contact_details: H6, per purpose, sealed. */
export interface ContactDetailsTable {
  organisation_id: string;
  member_id: string;
  purpose: string;
  name_encrypted: string;
  postal_address_encrypted: string | null;
  phone_encrypted: string | null;
  created_at: CreatedAt;
}

export interface OrganisationOidcTable {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret_encrypted: string;
}

export interface ServicePointsTable {
  id: Generated<string>;
  organisation_id: string;
  slug: string;
  name: Json<LocalisedText>;
  created_at: CreatedAt;
}

export interface SurveysTable {
  id: Generated<string>;
  organisation_id: string;
  slug: string;
  kind: 'feedback' | 'research';
  status: Generated<'draft' | 'published' | 'closed'>;
  /** The editable draft (a SurveyDraft); publishing copies it into survey_versions. */
  draft: Json<unknown>;
  draw_enabled: Generated<boolean>;
  current_version_id: string | null;
  /** Every day up to this one has its tally in survey_day_tallies (see analytics/tally-repository.ts). */
  tallies_closed_through: string | null;
  closed_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface SurveyVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  number: number;
  /** A SurveyVersion, frozen. */
  definition: Json<unknown>;
  published_at: CreatedAt;
}

export interface SurveyServicePointsTable {
  organisation_id: string;
  survey_id: string;
  service_point_id: string;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  survey_version_id: string;
  service_point_id: string | null;
  answered_on: ColumnType<string, string, never>;
  answered_hour: number | null;
  answers: Json<Record<string, unknown>>;
}

export interface SurveyDayTalliesTable {
  organisation_id: string;
  survey_id: string;
  point_key: string;
  day: ColumnType<string, string, never>;
  tally: Json<unknown>;
}

export interface SurveySubmissionsUsedTable {
  organisation_id: string;
  survey_id: string;
  submission_hash: string;
  used_on: string;
}

export interface DrawEntriesTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  contact_kind: 'email' | 'phone';
  contact_encrypted: string;
  contact_lookup: string;
  consent_version: string;
  consent_language: string;
}

export interface DrawTicketsUsedTable {
  organisation_id: string;
  survey_id: string;
  ticket_hash: string;
}

export interface DrawsTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  drawn_at: CreatedAt;
  drawn_by: string;
  entry_count: number;
  winner_count: number;
  entries_digest: string;
  seed: string;
  winner_positions: Json<number[]>;
  commitment: string;
  contacts_deleted: number;
}

/** Evidence of the retention engine's real runs: rule, time, counts. No personal data. */
export interface RegistersTable {
  id: Generated<string>;
  organisation_id: string;
  slug: string;
  created_at: CreatedAt;
}

export interface RegisterVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  register_id: string;
  version: number;
  /** The register as data without slug and date (`privacy/registers/register.ts`, RegisterContent). */
  content: Json<unknown>;
  /** YYYY-MM-DD */
  published_on: string;
  published_at: CreatedAt;
  published_by: string | null;
}

export interface RegisterDraftsTable {
  register_id: string;
  organisation_id: string;
  content: Json<unknown>;
  based_on_version: number | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
}

export interface RetentionRunsTable {
  id: Generated<string>;
  organisation_id: string;
  register_slug: string;
  rule_key: string;
  ran_at: CreatedAt;
  /** 'schedule', 'cli' or a staff user's id */
  ran_by: string;
  period_days: number | null;
  cutoff: string | null;
  deleted: number;
  anonymised: number;
  reminded: number;
}

/** A research task's audience (migration 0015): everyone, or members by background answers and participation. */
export type TaskAudience =
  | { kind: 'all' }
  | {
      kind: 'background';
      /** questionKey → accepted values; a member matches when they answered each key with one of them. */
      answers: Record<string, string[]>;
      participation?: { taskId: string; took: boolean };
    };

export interface ResearchProjectsTable {
  id: Generated<string>;
  organisation_id: string;
  slug: string;
  title: Json<LocalisedText>;
  purpose: Json<LocalisedText>;
  /** The register the project's processing falls under (its slug). */
  register_slug: string;
  status: Generated<'open' | 'closed'>;
  closed_on: string | null;
  /** H14: days after closing that answers stay linked to members for analysis, then anonymised. */
  analysis_period_days: Generated<number>;
  /** The per-project secret of export pseudonyms (keyed MAC of the member key). */
  export_key: string;
  /** "What we heard, what we changed", per language, once published. */
  summary: Json<{ heard: LocalisedText; changed: LocalisedText }> | null;
  summary_published_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ResearchTasksTable {
  id: Generated<string>;
  organisation_id: string;
  project_id: string;
  slug: string;
  kind: 'survey' | 'discussion';
  title: Json<LocalisedText>;
  description: Json<LocalisedText>;
  survey_id: string | null;
  languages: Json<LanguageCode[]>;
  opens_at: Date;
  closes_at: Date;
  status: Generated<'draft' | 'published' | 'closed'>;
  audience: ColumnType<TaskAudience, string | undefined, string>;
  target_participants: number | null;
  quota_question_key: string | null;
  quota_per_group: number | null;
  discussion_closed_at: Date | null;
  created_at: CreatedAt;
}

export interface TaskInvitationsTable {
  organisation_id: string;
  task_id: string;
  member_id: string;
  invited_at: CreatedAt;
  emailed_at: Date | null;
  reminded_at: Date | null;
}

export interface ResearchAnswersTable {
  id: Generated<string>;
  organisation_id: string;
  task_id: string;
  survey_version_id: string;
  /** The pseudonymous member key; null once anonymised (H14). */
  member_id: string | null;
  status: Generated<'in_progress' | 'submitted'>;
  page: Generated<number>;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  answered_on: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  anonymised_on: string | null;
}

export interface DiscussionPostsTable {
  id: Generated<string>;
  organisation_id: string;
  task_id: string;
  parent_id: string | null;
  member_id: string | null;
  body: string;
  posted_at: CreatedAt;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_by: string | null;
  anonymised_on: string | null;
}

export interface PostReportsTable {
  id: Generated<string>;
  organisation_id: string;
  post_id: string;
  reported_by: string | null;
  reason: string;
  reported_at: CreatedAt;
  resolved_at: Date | null;
  resolved_by: string | null;
}

/** E10: a data subject request that arrived by another channel, logged by the register owner. */
export interface DataSubjectRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection';
  channel: 'letter' | 'phone' | 'email' | 'in_person' | 'other';
  /** YYYY-MM-DD */
  received_on: string;
  /** The city's own record number; the requester's name and address are not stored in Kuule. */
  case_reference: string;
  identity_check: string;
  member_id: string | null;
  due_on: string;
  extended_due_on: string | null;
  extension_reasons: string | null;
  extension_notified_on: string | null;
  status: Generated<'open' | 'fulfilled' | 'refused'>;
  resolution: 'access_provided' | 'rectified' | 'erased' | 'restricted' | 'no_data_held' | 'refused' | null;
  closed_on: string | null;
  outcome: string | null;
  created_by: string | null;
  closed_by: string | null;
  created_at: CreatedAt;
}

/** H13, H12: while active, the member's data is not erased (by the member, staff or the inactivity rule). */
export interface LegalHoldsTable {
  id: Generated<string>;
  organisation_id: string;
  member_id: string;
  reason_kind: 'legal_claim' | 'authority_request' | 'investigation' | 'other';
  reason: string;
  placed_on: string;
  /** The last day of the hold; null: until lifted. */
  until: string | null;
  lifted_on: string | null;
  placed_by: string | null;
  lifted_by: string | null;
  request_id: string | null;
  created_at: CreatedAt;
}

/** profile_answers one value a row, kept by a trigger (migration 0016): audiences search it by index. */
export interface ProfileAnswerValuesTable {
  organisation_id: string;
  member_id: string;
  question_id: string;
  value: string;
}

export interface DB {
  profile_answer_values: ProfileAnswerValuesTable;
  research_projects: ResearchProjectsTable;
  research_tasks: ResearchTasksTable;
  task_invitations: TaskInvitationsTable;
  research_answers: ResearchAnswersTable;
  discussion_posts: DiscussionPostsTable;
  post_reports: PostReportsTable;
  data_subject_requests: DataSubjectRequestsTable;
  legal_holds: LegalHoldsTable;
  retention_runs: RetentionRunsTable;
  registers: RegistersTable;
  register_versions: RegisterVersionsTable;
  register_drafts: RegisterDraftsTable;
  service_points: ServicePointsTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  survey_service_points: SurveyServicePointsTable;
  survey_responses: SurveyResponsesTable;
  survey_day_tallies: SurveyDayTalliesTable;
  survey_submissions_used: SurveySubmissionsUsedTable;
  draw_entries: DrawEntriesTable;
  draw_tickets_used: DrawTicketsUsedTable;
  draws: DrawsTable;
  organisations: OrganisationsTable;
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  accessibility_feedback: AccessibilityFeedbackTable;
  dev_mailbox: DevMailboxTable;
  members: MembersTable;
  audit_log: AuditLogTable;
  organisation_oidc: OrganisationOidcTable;
  background_questions: BackgroundQuestionsTable;
  profile_answers: ProfileAnswersTable;
  abuse_log: AbuseLogTable;
  confidentiality_commitments: ConfidentialityCommitmentsTable;
  commitment_acceptances: CommitmentAcceptancesTable;
  member_sessions: MemberSessionsTable;
  member_sign_in_tokens: MemberSignInTokensTable;
  consents: ConsentsTable;
  'vault.member_identities': MemberIdentitiesTable;
  'vault.pending_sign_ups': PendingSignUpsTable;
  'vault.contact_details': ContactDetailsTable;
  'vault.email_changes': EmailChangesTable;
}

/** vault.email_changes: H13, a new email address waiting for confirmation from that address, sealed. */
export interface EmailChangesTable {
  member_id: string;
  organisation_id: string;
  email_lookup: string;
  email_encrypted: string;
  token_hash: string;
  /** when the member asked (a new request replaces the old, so this is rewritten) */
  created_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}
