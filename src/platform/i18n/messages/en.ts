import { analyticsMessagesEn } from '../../../analytics/analytics-messages.ts';
import { feedbackMessagesEn } from '../../../feedback/feedback-messages.ts';
import { emailChangeMessagesEn } from '../../../members/email-change-messages.ts';
import { myDataMessagesEn } from '../../../members/my-data-messages.ts';
import { registerConsoleMessagesEn } from '../../../privacy/registers/register-console-messages.ts';
import { requestMessagesEn } from '../../../privacy/requests/request-messages.ts';
import { retentionMessagesEn } from '../../../privacy/retention/retention-messages.ts';
import { discussionMessagesEn } from '../../../research/discussion-messages.ts';
import { inviteMessagesEn } from '../../../research/invite-messages.ts';
import { researchExportMessagesEn } from '../../../research/research-export-messages.ts';
import { tasksMessagesEn } from '../../../research/tasks-messages.ts';
import { builderMessagesEn } from '../../../surveys/builder/builder-messages.ts';
import type { MessageKey } from './fi.ts';

export const en: Record<MessageKey, string> = {
  'site.name': 'Kuule',
  'layout.skipToContent': 'Skip to content',
  'layout.languageSwitch': 'Language',
  'layout.privacy': 'Privacy notices',
  'layout.accessibility': 'Accessibility statement',
  'layout.staffConsole': 'For staff',
  'layout.poweredBy': 'This service runs on Kuule, an open participation platform for cities.',

  'home.title': 'Kuule – developing services together',
  'home.intro':
    'On Kuule, cities develop their services together with residents. Choose the city whose services you want to shape.',
  'home.organisations': 'Cities',

  'organisation.intro':
    'On this site you can shape the services {organisation} offers. You are only asked for what is needed, and you can always see how your data is handled.',
  'organisation.whatYouCanDo': 'What you can do here',
  'organisation.readPrivacy': 'Read how your data is handled',
  'organisation.readPrivacyDetail':
    'The privacy notices tell what data is collected, why, and for how long it is kept.',
  'organisation.giveAccessibilityFeedback': 'Tell us if this site is hard for you to use',
  'organisation.giveAccessibilityFeedbackDetail':
    'The accessibility statement lists the known gaps, and you can send feedback. We reply within {days, plural, one {# day} other {# days}}.',

  'accessibility.title': 'Accessibility statement',
  'accessibility.intro':
    '{organisation} aims to make this site usable by everyone. This statement covers the Kuule service and is based on the Act on the Provision of Digital Services (306/2019).',
  'accessibility.statusHeading': 'Compliance status',
  'accessibility.status.full': 'This site fully meets the level AA accessibility requirements of WCAG 2.1.',
  'accessibility.status.partial':
    'This site partially meets the level AA accessibility requirements of WCAG 2.1.',
  'accessibility.status.none':
    'This site does not yet meet the level AA accessibility requirements of WCAG 2.1.',
  'accessibility.knownGapsHeading': 'Known gaps',
  'accessibility.noKnownGaps': 'There are no known gaps.',
  'accessibility.statementDate': 'This statement was prepared on {date}.',
  'accessibility.feedbackHeading': 'Feedback on accessibility',
  'accessibility.feedbackIntro':
    'Did you notice a gap? Tell us. We reply within {days, plural, one {# day} other {# days}}.',
  'accessibility.form.message': 'Your feedback',
  'accessibility.form.messageHint': 'Tell us which page or feature was hard to use, and how.',
  'accessibility.form.page': 'The page your feedback is about (optional)',
  'accessibility.form.replyTo': 'Email address for our reply (optional)',
  'accessibility.form.replyToHint': 'We use this address only to reply to this feedback.',
  'accessibility.form.submit': 'Send feedback',
  'accessibility.thanks.title': 'Thank you for your feedback',
  'accessibility.thanks.body':
    'We have received your feedback. We will reply by {date} if you left an email address.',
  'accessibility.supervisionHeading': 'Supervisory authority',
  'accessibility.supervisionBody':
    'If you are not satisfied with our reply, or you get no reply within two weeks, you can notify the supervisory authority.',
  'accessibility.supervisionLink': 'More about supervision: webaccessibility.fi',

  'privacy.title': 'Privacy notices',
  'privacy.intro':
    '{organisation} is the controller. Each notice tells what personal data is collected, what it is used for, how long it is kept and what rights you have.',
  'privacy.contact': 'Questions about data protection: {email}',
  'privacy.noNotices': 'No privacy notices have been published yet.',

  'form.errorSummary':
    '{count, plural, one {There is # problem with the form} other {There are # problems with the form}}',
  'form.required': 'required',
  'validation.required': 'Fill in this field.',
  'validation.tooLong': 'The text is too long: at most {max, number} characters.',
  'validation.email': 'Enter an email address in the form name@example.fi.',

  'error.backHome': 'Back to the front page',
  'error.400.title': 'The request could not be handled',
  'error.400.body': 'There was an error in the data sent. Nothing was saved. Go back and try again.',
  'error.403.title': 'Not allowed',
  'error.403.body':
    'This action is not allowed. If you sent a form, reload the page and try again: the form may have expired.',
  'error.404.title': 'Page not found',
  'error.404.body':
    'The page you are looking for does not exist. Check the address or go back to the front page.',
  'error.413.title': 'Too much data',
  'error.413.body': 'What you sent is too large. Shorten the text and try again. Nothing was saved.',
  'error.429.title': 'Too many requests',
  'error.429.body': 'You have sent too many requests in a short time. Wait a moment and try again.',
  'error.500.title': 'Something went wrong',
  'error.500.body':
    'An error occurred in the service. Try again later. If you sent a form, check whether it was saved.',

  'console.title': 'Staff console',
  'console.signIn.title': 'Sign in to the staff console',
  'console.signIn.email': 'Email address',
  'console.signIn.password': 'Password',
  'console.signIn.submit': 'Sign in',
  'console.signOut': 'Sign out',
  'console.signedInAs': 'Signed in: {name}',
  'console.home.intro': 'Welcome. You see here only what you have the right to.',
  'console.feedback.title': 'Accessibility feedback',
  'console.feedback.none': 'No feedback.',
  'console.feedback.count': '{count, plural, =0 {No feedback} one {# message} other {# messages}}',
  'console.feedback.received': 'Received',
  'console.feedback.due': 'Reply by',
  'console.feedback.message': 'Feedback',
  'console.feedback.replyTo': 'Reply address',
  'console.feedback.overdue': 'overdue',
  'console.feedback.notification.subject': 'New accessibility feedback ({organisation})',
  'console.feedback.notification.body':
    'New accessibility feedback has arrived in Kuule. It must be answered by {date}. Read it in the staff console: {url}',

  'mailbox.title': 'Development mailbox',
  'mailbox.intro': 'Demo mode only: messages that production would send by email are kept here.',
  'mailbox.empty': 'No messages.',
  'mailbox.to': 'To',
  'mailbox.sent': 'Sent',
  'organisation.joinCommunity': 'Join the customer community',
  'organisation.joinCommunityDetail':
    'All you need to join is an email address. In the community you act under a pseudonym.',
  'organisation.signIn': 'Sign in to the customer community',
  'member.join.title': 'Join the customer community',
  'member.join.intro':
    'As a member of the customer community you can take part in surveys, discussions and research events that {organisation} uses to develop its services. All you need to join is your email address.',
  'member.join.email': 'Email address',
  'member.join.emailHint':
    'We send a confirmation link to this address. It is not shown to others and is not linked to your answers.',
  'member.join.specialCategories':
    'We do not ask about health, religion, ethnic origin or other special categories of personal data. Please do not mention them in your answers.',
  'member.join.consentLegend': 'Consent',
  'member.join.consentAgree': 'I give my consent',
  'member.join.privacyLink': 'Read the privacy notice',
  'member.join.submit': 'Join',
  'member.checkEmail.title': 'Check your email',
  'member.checkEmail.body':
    'If the address is right, we have sent a link to it. The link is valid for {hours, plural, one {# hour} other {# hours}}. If you do not see the message, check your spam folder.',
  'member.checkEmail.signInBody':
    'If the address has a membership, we have sent a sign-in link to it. The link is valid for {minutes, plural, one {# minute} other {# minutes}} and works once.',
  'member.confirm.title': 'Confirm that you join',
  'member.confirm.body': 'Confirm that you join the customer community by pressing the button below.',
  'member.confirm.submit': 'Confirm',
  'member.linkInvalid.title': 'The link is no longer valid',
  'member.linkInvalid.body': 'The link has already been used or has expired. You can ask for a new link.',
  'member.linkInvalid.again': 'Ask for a new link',
  'member.signIn.title': 'Sign in to the customer community',
  'member.signIn.intro':
    'Enter your email address and we will send you a sign-in link. No password is needed.',
  'member.signIn.submit': 'Send sign-in link',
  'member.signIn.confirm.title': 'Sign in',
  'member.signIn.confirm.body': 'Sign in to the customer community by pressing the button below.',
  'member.signIn.confirm.submit': 'Sign in',
  'member.signIn.notMember': 'Not a member yet?',
  'pseudonym.title': 'Choose a pseudonym',
  'pseudonym.intro':
    'Other members and city staff see only your pseudonym. Do not use your name or contact details.',
  'pseudonym.label': 'Pseudonym',
  'pseudonym.hint': '{min}–{max} characters: letters, digits, spaces, dots, dashes.',
  'pseudonym.suggestion': 'Suggestion: {suggestion}. You can use it or make up your own.',
  'pseudonym.submit': 'Save pseudonym',
  'pseudonym.error.length': 'A pseudonym has {min}–{max} characters.',
  'pseudonym.error.characters':
    'A pseudonym may contain only letters, digits, spaces, dots, underscores and dashes, and starts with a letter or digit.',
  'pseudonym.error.identifying':
    'A pseudonym must not contain an email address, phone number or personal identity code.',
  'pseudonym.error.taken': 'This pseudonym is already taken. Choose another.',
  'me.title': 'My data',
  'me.pseudonym': 'Your pseudonym: {pseudonym}',
  'me.changePseudonym': 'Change pseudonym',
  'me.sessionsHeading': 'Sign-ins',
  'me.sessionsIntro': 'These devices and browsers are signed in. You can end any of them.',
  'me.sessionStarted': 'Signed in',
  'me.sessionLastSeen': 'Last used',
  'me.thisSession': 'this device',
  'me.endSession': 'End this sign-in',
  'me.signOut': 'Sign out',
  'me.signOutEverywhere': 'Sign out on all devices',
  'me.consentsHeading': 'Consents',
  'me.consentGiven': 'Given on {date}',
  'me.consentWithdrawn': 'Withdrawn on {date}',
  'me.consentReceipt': 'Download receipt (JSON)',
  'consent.purpose.community_membership': 'Membership of the customer community',
  'email.confirm.subject': 'Confirm that you join: {organisation}',
  'email.confirm.body':
    'Hello,\n\nconfirm that you join the customer community ({organisation}) by opening this link:\n{url}\n\nThe link is valid for {hours} hours. If you did not ask for this, you can ignore this message: nothing is stored.',
  'email.signIn.subject': 'Sign-in link: {organisation}',
  'email.signIn.body':
    'Hello,\n\nsign in to the customer community ({organisation}) by opening this link:\n{url}\n\nThe link is valid for {minutes} minutes and works once. If you did not ask for this, you can ignore this message.',
  'validation.consentRequired': 'This needs your consent. You can withdraw it at any time.',
  'console.commitment.title': 'Confidentiality commitment',
  'console.commitment.intro':
    'Before you can use the staff console, accept the organisation’s confidentiality commitment (version {version}).',
  'console.commitment.accept': 'I accept the commitment',
  'console.training.title': 'Your data-protection training has expired',
  'console.training.body':
    'Access is blocked because your last data-protection training was more than {months, plural, one {# month} other {# months}} ago, or none is recorded. Take the training and ask your organisation admin to record the date.',
  'me.withdraw.membership': 'Withdraw consent and leave the community',
  'me.withdraw.membershipHint':
    'Your email address and pseudonym are deleted at once, and all your sign-ins end. You can join again later.',
  'me.left.title': 'You have left the customer community',
  'me.left.body':
    'Your consent has been withdrawn. Your email address and pseudonym have been deleted. You can join again at any time.',
  'console.audit.title': 'Audit log',
  'console.audit.intro':
    'Every read and change of personal data, every consent change and every refused access is recorded here. Rows cannot be changed or deleted.',
  'console.audit.action': 'Action',
  'console.audit.member': 'Member key',
  'console.audit.from': 'From (YYYY-MM-DD)',
  'console.audit.to': 'To (YYYY-MM-DD)',
  'console.audit.search': 'Search',
  'console.audit.when': 'When',
  'console.audit.who': 'Who',
  'console.audit.right': 'Right',
  'console.audit.outcome': 'Outcome',
  'console.audit.none': 'No rows.',
  'console.abuse.title': 'Abuse log',
  'console.abuse.intro':
    'IP addresses are kept only to resolve abuse and are deleted after {days, plural, one {# day} other {# days}}. Every read is recorded in the audit log.',
  'console.abuse.address': 'Address',
  'console.abuse.event': 'Event',
  'profile.title': 'Background information',
  'profile.intro':
    'Background information helps us invite you to tasks that concern you. Every question is optional: you can leave any of them unanswered and change your answers at any time.',
  'profile.noAnswer': 'I prefer not to say',
  'profile.save': 'Save background information',
  'profile.skip': 'Skip for now',
  'profile.invalid': 'The answer to “{question}” could not be saved. Choose one of the options given.',
  'profile.none': 'You have not answered the background questions.',
  'me.profileHeading': 'Background information',
  'me.editProfile': 'Edit background information',
  'console.secondFactor.title': 'Two-step verification',
  'console.secondFactor.enrolIntro':
    'Set up an authenticator app (for example one on your phone). Scan the QR code with the app or type in the key, then enter the six-digit code the app shows.',
  'console.secondFactor.qrAlt': 'QR code for the authenticator app',
  'console.secondFactor.key': 'Key to type in by hand',
  'console.secondFactor.intro': 'Enter the six-digit code your authenticator app shows.',
  'console.secondFactor.code': 'Six-digit code',
  'console.secondFactor.submit': 'Verify',
  'console.secondFactor.failed': 'The code is not valid. Enter the code the app shows right now.',
  'console.signIn.failedOrLocked':
    'The email address or password is wrong, or the account is locked for a while after too many failed attempts.',
  'console.staff.title': 'Staff',
  'console.staff.intro':
    'Every staff member has their own named account. Rights are granted per task, as roles.',
  'console.staff.name': 'Name',
  'console.staff.email': 'Email address',
  'console.staff.roles': 'Roles',
  'console.staff.training': 'Last data-protection training (YYYY-MM-DD)',
  'console.staff.secondFactor': 'Two-step verification',
  'console.staff.enrolled': 'set up',
  'console.staff.notEnrolled': 'not yet',
  'console.staff.create': 'Add a staff member',
  'console.staff.createSubmit': 'Create account',
  'console.staff.recordTraining': 'Record training',
  'console.staff.created':
    'Account created: {email}. Give the one-time password to the staff member over a safe channel; it is not shown again.',
  'console.staff.password': 'One-time password',
  'console.staff.invalid':
    'Check the details: an email address, a name, at least one role, and a date as YYYY-MM-DD.',
  'console.staff.duplicate': 'An account with this email address already exists.',
  'role.researcher': 'Researcher',
  'role.feedback_manager': 'Feedback manager',
  'role.event_coordinator': 'Event coordinator',
  'role.analyst': 'Analyst',
  'role.register_owner': 'Register owner / data protection officer',
  'role.organisation_admin': 'Organisation admin',
  'validation.phone': 'Enter a phone number, e.g. 040 123 4567 or +358 40 123 4567.',
  'contact.title.event_contact': 'Contact details for a research event',
  'contact.title.reward_delivery': 'Contact details for delivering your reward',
  'contact.intro':
    'These details are asked for this purpose only. They are kept apart from your answers, and you can erase them at any time.',
  'contact.name': 'Name',
  'contact.phone': 'Phone number',
  'contact.postalAddress': 'Postal address',
  'contact.submit': 'Save contact details',
  'contact.erase': 'Withdraw consent and erase the contact details',
  'me.contactHeading': 'Contact details',
  'me.contactReadBy': 'Your contact details have been read by',
  'me.contactNotRead': 'No one has read your contact details.',
  'consent.purpose.event_contact': 'Contact details for research events',
  'consent.purpose.reward_delivery': 'Contact details for reward delivery',
  'console.contacts.title': 'Contact details',
  'console.contacts.intro':
    'Contact details members gave under a separate consent. Every read is recorded, and the member sees who has read their details.',
  'console.contacts.pseudonym': 'Pseudonym',
  'console.contacts.purpose': 'Purpose',
  'console.contacts.details': 'Contact details',
  'console.signIn.oidc': 'Sign in with your organisation’s account',
  'console.signIn.or': 'or',
  'console.signIn.oidcFailed':
    'Signing in with your organisation’s account did not succeed, or that account has no staff account in this service. Try again, or ask your admin to create an account for you.',
  'notice.published': 'Published on {date}',
  'notice.controller': 'Controller',
  'notice.personInCharge': 'Person in charge of the register',
  'notice.contactPerson': 'Contact person for the register',
  'notice.dpo': 'Data protection officer',
  'notice.purposes': 'Purposes of the processing of personal data',
  'notice.legalBases': 'Legal basis for the processing',
  'notice.legislation': 'Key legislation',
  'notice.dataContent': 'Data content of the register',
  'notice.optional': 'optional',
  'notice.separateConsent': 'asked under a separate consent',
  'notice.regularDisclosures': 'Regular disclosures',
  'notice.noRegularDisclosures': 'Data is not disclosed regularly.',
  'notice.conditionalDisclosures': 'Other disclosures',
  'notice.transfers': 'Transfers outside the EU or EEA',
  'notice.retention': 'Retention periods',
  'notice.sources': 'Sources of data',
  'notice.security': 'Principles of data security',
  'notice.rights': 'The rights of the data subject and how to use them',
  'notice.complaint': 'Right to lodge a complaint with the supervisory authority',
  'notice.otherFormats': 'The same notice, machine-readable: {json} · {markdown}',
  'legalBasis.art6_1_a_consent': 'EU General Data Protection Regulation, Article 6(1)(a): consent',
  'legalBasis.art6_1_b_contract': 'EU General Data Protection Regulation, Article 6(1)(b): contract',
  'legalBasis.art6_1_c_legal_obligation':
    'EU General Data Protection Regulation, Article 6(1)(c): legal obligation',
  'legalBasis.art6_1_d_vital_interests':
    'EU General Data Protection Regulation, Article 6(1)(d): vital interests',
  'legalBasis.art6_1_e_public_task':
    'EU General Data Protection Regulation, Article 6(1)(e): public interest or official authority',
  'legalBasis.art6_1_f_legitimate_interests':
    'EU General Data Protection Regulation, Article 6(1)(f): legitimate interests',
  'legalBasis.art9_2_a_explicit_consent':
    'EU General Data Protection Regulation, Article 9(2)(a): explicit consent',
  'legalBasis.art9_2_e_made_public_by_data_subject':
    'EU General Data Protection Regulation, Article 9(2)(e): data made public by the data subject',
  // Capabilities with many texts keep them beside their code.
  ...feedbackMessagesEn,
  ...builderMessagesEn,
  ...analyticsMessagesEn,
  ...retentionMessagesEn,
  ...registerConsoleMessagesEn,
  ...researchExportMessagesEn,
  ...myDataMessagesEn,
  ...emailChangeMessagesEn,
  ...requestMessagesEn,
  ...discussionMessagesEn,
  ...tasksMessagesEn,
  ...inviteMessagesEn,
};
