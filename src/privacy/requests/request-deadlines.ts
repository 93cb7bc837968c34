import { addDays, addMonths } from '../../platform/calendar.ts';

/**
 * E10 (GDPR Art. 12(3)): a data subject request is answered within one month of its receipt. The period
 * may be extended by two further months where necessary, taking into account the complexity and number of
 * requests, if the requester is told of the extension, with the reasons, within the first month.
 * All days are Helsinki calendar days ('YYYY-MM-DD'); a month from the 31st ends on the month's last day.
 */
export const REQUEST_MONTHS = 1;
export const EXTENSION_MONTHS = 2;
/** Reminders name requests whose deadline is this many days away or less. */
export const REMINDER_DAYS_BEFORE = 7;

/** The day by which a request received on `receivedOn` is answered: one month later. */
export function requestDueOn(receivedOn: string): string {
  return addMonths(receivedOn, REQUEST_MONTHS);
}

/** The extended deadline: three months after receipt. */
export function extendedDueOn(receivedOn: string): string {
  return addMonths(receivedOn, REQUEST_MONTHS + EXTENSION_MONTHS);
}

export interface RequestDates {
  received_on: string;
  due_on: string;
  extended_due_on: string | null;
  status: 'open' | 'fulfilled' | 'refused';
}

/** The deadline in force: the extended one once extended. */
export function deadlineOf(request: RequestDates): string {
  return request.extended_due_on ?? request.due_on;
}

export type DeadlineState = 'overdue' | 'due_soon' | 'on_time' | 'closed';

export function deadlineState(request: RequestDates, today: string): DeadlineState {
  if (request.status !== 'open') return 'closed';
  const deadline = deadlineOf(request);
  if (today > deadline) return 'overdue';
  if (deadline <= addDays(today, REMINDER_DAYS_BEFORE)) return 'due_soon';
  return 'on_time';
}

export type ExtensionRefusal =
  | 'closed'
  | 'already_extended'
  | 'first_month_over'
  | 'reasons_missing'
  | 'notified_on';

/**
 * Whether the request may be extended today with these reasons, told to the requester on `notifiedOn`:
 * only an open request, once, while still within the first month (the extension and its reasons must reach
 * the requester within it), and only with reasons.
 */
export function extensionRefusal(
  request: RequestDates,
  input: { today: string; reasons: string; notifiedOn: string },
): ExtensionRefusal | null {
  if (request.status !== 'open') return 'closed';
  if (request.extended_due_on !== null) return 'already_extended';
  if (input.today > request.due_on) return 'first_month_over';
  if (input.reasons.trim().length === 0) return 'reasons_missing';
  if (
    input.notifiedOn < request.received_on ||
    input.notifiedOn > request.due_on ||
    input.notifiedOn > input.today
  )
    return 'notified_on';
  return null;
}
