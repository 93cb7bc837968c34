import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  deadlineState,
  extendedDueOn,
  extensionRefusal,
  type RequestDates,
  requestDueOn,
} from './request-deadlines.ts';

const open = (received: string, extended: string | null = null): RequestDates => ({
  received_on: received,
  due_on: requestDueOn(received),
  extended_due_on: extended,
  status: 'open',
});

describe('E10: the deadline of a data subject request', () => {
  it('E10: one month from receipt, on the same day of the next month', () => {
    expect(requestDueOn('2026-03-15')).toBe('2026-04-15');
    expect(requestDueOn('2026-12-10')).toBe('2027-01-10');
  });

  it('E10: a month from the end of a month ends on the last day of the shorter month', () => {
    expect(requestDueOn('2027-01-31')).toBe('2027-02-28');
    expect(requestDueOn('2028-01-31')).toBe('2028-02-29');
    expect(requestDueOn('2026-03-31')).toBe('2026-04-30');
    expect(requestDueOn('2026-01-30')).toBe('2026-02-28');
  });

  it('E10: extended by two months: three months from receipt, month ends clamped', () => {
    expect(extendedDueOn('2026-03-15')).toBe('2026-06-15');
    expect(extendedDueOn('2026-11-30')).toBe('2027-02-28');
    expect(extendedDueOn('2027-11-30')).toBe('2028-02-29');
  });

  it('E10: the extended deadline replaces the first one', () => {
    expect(deadlineOf(open('2026-03-15'))).toBe('2026-04-15');
    expect(deadlineOf(open('2026-03-15', '2026-06-15'))).toBe('2026-06-15');
  });

  it('E10: overdue after the deadline, due soon within a week of it, closed requests have none', () => {
    const request = open('2026-03-15');
    expect(deadlineState(request, '2026-04-07')).toBe('on_time');
    expect(deadlineState(request, '2026-04-08')).toBe('due_soon');
    expect(deadlineState(request, '2026-04-15')).toBe('due_soon');
    expect(deadlineState(request, '2026-04-16')).toBe('overdue');
    expect(deadlineState({ ...request, status: 'fulfilled' }, '2026-05-01')).toBe('closed');
  });

  it('E10: an extension is allowed only within the first month, once, with reasons told to the requester in time', () => {
    const request = open('2026-01-31');
    const ok = { today: '2026-02-28', reasons: 'Many linked requests', notifiedOn: '2026-02-27' };
    expect(extensionRefusal(request, ok)).toBeNull();
    expect(extensionRefusal(request, { ...ok, today: '2026-03-01' })).toBe('first_month_over');
    expect(extensionRefusal(request, { ...ok, reasons: '   ' })).toBe('reasons_missing');
    expect(extensionRefusal(request, { ...ok, notifiedOn: '2026-03-01' })).toBe('notified_on');
    expect(extensionRefusal(request, { ...ok, notifiedOn: '2026-01-30' })).toBe('notified_on');
    expect(extensionRefusal(open('2026-01-31', '2026-04-30'), ok)).toBe('already_extended');
    expect(extensionRefusal({ ...request, status: 'refused' }, ok)).toBe('closed');
  });
});
