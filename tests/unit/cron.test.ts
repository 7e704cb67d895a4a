import { advisoryLockKey, checkTaskName, errorMessage } from '../../src/domain/cron';
import { isInvoiceOverdue } from '../../src/domain/invoices';

describe('advisory lock keys', () => {
  test('are signed 64-bit and stable across releases (instances of different versions must agree)', () => {
    expect(advisoryLockKey('mark-overdue-invoices')).toBe(BigInt('4621147307844958851'));
    const min = -(BigInt(2) ** BigInt(63));
    const max = BigInt(2) ** BigInt(63) - BigInt(1);
    for (const name of ['a', 'mark-overdue-invoices', 'send-reminders', 'завдання']) {
      const key = advisoryLockKey(name);
      expect(key >= min && key <= max).toBe(true);
    }
  });

  test('differ between tasks', () => {
    const names = ['mark-overdue-invoices', 'mark-overdue-invoice', 'send-reminders', 'purge-audit-trail', 'a', 'b'];
    expect(new Set(names.map((name) => advisoryLockKey(name).toString())).size).toBe(names.length);
  });
});

describe('task names', () => {
  test.each(['mark-overdue-invoices', 'a', 'sync-1c'])('accepts %s', (name) => {
    expect(checkTaskName(name)).toEqual({ ok: true, value: name });
  });
  test.each(['', 'Mark-Overdue', 'mark_overdue', '-x', 'x-', 'a--b', 'нагадування', 'x'.repeat(81), 42])('refuses %p', (name) => {
    expect(checkTaskName(name).ok).toBe(false);
  });
});

describe('error messages of runs', () => {
  test('take the message, or the thrown value as text, cut to 1000 characters', () => {
    expect(errorMessage(new Error('bank API timeout'))).toBe('bank API timeout');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(new TypeError(''))).toBe('TypeError');
    const long = errorMessage(new Error('x'.repeat(5000)));
    expect(long).toHaveLength(1000);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('isInvoiceOverdue', () => {
  const today = '2026-11-29';
  test.each<[string, string | null, boolean]>([
    ['issued', '2026-11-28', true],
    ['partially-paid', '2026-11-01', true],
    ['issued', '2026-11-29', false], // due today: still payable today
    ['issued', '2026-12-01', false],
    ['issued', null, false],
    ['draft', '2026-11-01', false],
    ['paid', '2026-11-01', false],
    ['cancelled', '2026-11-01', false],
    ['overdue', '2026-11-01', false],
  ])('%s, due %s → %s', (state, dueDate, expected) => {
    expect(isInvoiceOverdue({ state, dueDate }, today)).toBe(expected);
  });

  test('a new year and month boundaries compare as dates', () => {
    expect(isInvoiceOverdue({ state: 'issued', dueDate: '2026-12-31' }, '2027-01-01')).toBe(true);
    expect(isInvoiceOverdue({ state: 'issued', dueDate: '2026-09-30' }, '2026-10-01')).toBe(true);
  });
});
