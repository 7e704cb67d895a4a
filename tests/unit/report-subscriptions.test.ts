import {
  checkSchedule,
  isRunDue,
  parseRecipients,
  resolveRelativePeriod,
  resolveSubscriptionParameters,
  subscriptionSubject,
} from '../../src/domain/reports/subscriptions';

const KYIV = 'Europe/Kyiv';

describe('relative periods', () => {
  test.each([
    ['previous-month', '2026-11-30', { from: '2026-10-01', to: '2026-10-31' }],
    ['previous-month', '2026-01-01', { from: '2025-12-01', to: '2025-12-31' }],
    ['previous-month', '2026-03-31', { from: '2026-02-01', to: '2026-02-28' }],
    ['current-month', '2026-11-30', { from: '2026-11-01', to: '2026-11-30' }],
    ['current-month', '2026-11-01', { from: '2026-11-01', to: '2026-11-01' }],
    // 2026-11-30 is a Monday: the previous week is Monday 23 to Sunday 29
    ['previous-week', '2026-11-30', { from: '2026-11-23', to: '2026-11-29' }],
    ['previous-week', '2026-11-29', { from: '2026-11-16', to: '2026-11-22' }],
    ['previous-week', '2027-01-03', { from: '2026-12-21', to: '2026-12-27' }],
    ['previous-day', '2026-03-01', { from: '2026-02-28', to: '2026-02-28' }],
    ['previous-day', '2028-03-01', { from: '2028-02-29', to: '2028-02-29' }],
    ['current-year', '2026-11-30', { from: '2026-01-01', to: '2026-11-30' }],
  ] as const)('%s on %s', (word, today, span) => {
    expect(resolveRelativePeriod(word, today)).toEqual(span);
  });

  test('only period words are replaced; dates and other parameters stay as stored', () => {
    expect(resolveSubscriptionParameters({ period: 'previous-month', manager: ['abc'], currency: 'UAH' }, '2026-11-30')).toEqual({
      period: { from: '2026-10-01', to: '2026-10-31' },
      manager: ['abc'],
      currency: 'UAH',
    });
    expect(resolveSubscriptionParameters({ period: { from: '2026-01-01', to: '2026-01-31' } }, '2026-11-30')).toEqual({ period: { from: '2026-01-01', to: '2026-01-31' } });
    expect(resolveSubscriptionParameters(null, '2026-11-30')).toEqual({});
    expect(resolveSubscriptionParameters({ period: 'last-decade' }, '2026-11-30')).toEqual({ period: 'last-decade' });
  });
});

describe('recipients', () => {
  test('commas, semicolons, spaces and new lines separate addresses; normalized, repeats dropped', () => {
    expect(parseRecipients('Director@Firma.ua, sales@firma.ua;\n buh@firma.ua\r\ndirector@firma.ua')).toEqual({
      addresses: ['director@firma.ua', 'sales@firma.ua', 'buh@firma.ua'],
      issues: [],
    });
  });

  test('each bad address is named by its position; none at all is required', () => {
    const parsed = parseRecipients('ok@firma.ua, not-an-address\nalso@bad');
    expect(parsed.issues.map((i) => [i.field, i.code])).toEqual([
      ['recipients[1]', 'subscription.recipient'],
      ['recipients[2]', 'subscription.recipient'],
    ]);
    expect(parsed.issues[0].reason).toContain('not-an-address');
    expect(parseRecipients('  \n ').issues.map((i) => [i.field, i.code])).toEqual([['recipients', 'required']]);
    expect(parseRecipients(undefined).issues.map((i) => i.field)).toEqual(['recipients']);
  });

  test('at most 50', () => {
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@firma.ua`).join(',');
    expect(parseRecipients(many).issues.map((i) => i.code)).toEqual(['subscription.tooManyRecipients']);
  });
});

describe('schedule', () => {
  test.each(['0 8 * * 1', '*/15 9-18 * * 1-5', '0 8 1 * *', '30 7 1,15 * *', ' 0  8 * * * '])('accepts %p', (expression) => {
    expect(checkSchedule(expression)).toEqual([]);
  });
  test.each(['', 'x', '0 0 0 * * *', '61 * * * *', '0 25 * * *', '0 8 * *', '0 8 32 * *', 42, null])('refuses %p naming the field', (expression) => {
    const issues = checkSchedule(expression);
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe('schedule');
  });
});

describe('is a run due', () => {
  const due = (schedule: string, lastRunAt: string | null, since: string, now: string) => isRunDue({ schedule, timeZone: KYIV, lastRunAt, since, now: new Date(now) });

  test('a scheduled moment after the last run and not after now', () => {
    // every Monday 08:00 Kyiv (06:00 UTC in winter)
    expect(due('0 8 * * 1', '2026-11-23T06:00:00Z', '2026-11-01T00:00:00Z', '2026-11-30T05:59:00Z')).toBe(false);
    expect(due('0 8 * * 1', '2026-11-23T06:00:00Z', '2026-11-01T00:00:00Z', '2026-11-30T06:00:00Z')).toBe(true);
    expect(due('0 8 * * 1', '2026-11-23T06:00:00Z', '2026-11-01T00:00:00Z', '2026-11-30T06:04:59Z')).toBe(true);
  });

  test('once run at a moment, the same moment is not due again', () => {
    expect(due('0 8 * * 1', '2026-11-30T06:00:00Z', '2026-11-01T00:00:00Z', '2026-11-30T06:00:00Z')).toBe(false);
    expect(due('0 8 * * 1', '2026-11-30T06:05:00Z', '2026-11-01T00:00:00Z', '2026-11-30T06:05:30Z')).toBe(false);
  });

  test('moments missed while nothing ran make it due (once: the next run moves lastRunAt to now)', () => {
    expect(due('0 8 * * *', '2026-11-20T06:00:00Z', '2026-11-01T00:00:00Z', '2026-11-30T12:00:00Z')).toBe(true);
  });

  test('never run: only when a scheduled moment passed since it was saved', () => {
    expect(due('0 8 * * *', null, '2026-11-30T06:30:00Z', '2026-11-30T12:00:00Z')).toBe(false);
    expect(due('0 8 * * *', null, '2026-11-30T05:30:00Z', '2026-11-30T06:00:00Z')).toBe(true);
    expect(due('0 8 1 * *', null, '2026-11-02T00:00:00Z', '2026-11-30T12:00:00Z')).toBe(false);
    expect(due('0 8 1 * *', null, '2026-11-02T00:00:00Z', '2026-12-01T06:00:00Z')).toBe(true);
  });

  test('the schedule is read on the Kyiv wall clock, summer and winter', () => {
    // 08:00 Kyiv is 05:00 UTC in summer (EEST, +3), 06:00 UTC in winter (EET, +2)
    expect(due('0 8 * * *', '2026-07-14T06:00:00Z', '2026-01-01T00:00:00Z', '2026-07-15T04:59:00Z')).toBe(false);
    expect(due('0 8 * * *', '2026-07-14T06:00:00Z', '2026-01-01T00:00:00Z', '2026-07-15T05:00:00Z')).toBe(true);
  });

  test('DST starts (29 March 2026, 03:00 → 04:00): a moment in the missing hour still runs once that day', () => {
    const lastRun = '2026-03-28T01:30:00Z'; // 03:30 EET on the 28th
    expect(due('30 3 * * *', lastRun, '2026-01-01T00:00:00Z', '2026-03-29T00:59:00Z')).toBe(false); // 02:59 EET
    // 03:30 does not exist on the 29th; croner runs it at 04:30 EEST (01:30 UTC)
    expect(due('30 3 * * *', lastRun, '2026-01-01T00:00:00Z', '2026-03-29T01:29:00Z')).toBe(false);
    expect(due('30 3 * * *', lastRun, '2026-01-01T00:00:00Z', '2026-03-29T01:30:00Z')).toBe(true);
    // the morning report on the changing day is at 08:00 summer time, 05:00 UTC
    expect(due('0 8 * * *', '2026-03-28T06:00:00Z', '2026-01-01T00:00:00Z', '2026-03-29T04:59:00Z')).toBe(false);
    expect(due('0 8 * * *', '2026-03-28T06:00:00Z', '2026-01-01T00:00:00Z', '2026-03-29T05:00:00Z')).toBe(true);
  });

  test('DST ends (25 October 2026, 04:00 → 03:00): a moment in the repeated hour runs once', () => {
    const first = '2026-10-25T00:30:00Z'; // 03:30 EEST, the first of the two 03:30s
    expect(due('30 3 * * *', '2026-10-24T00:30:00Z', '2026-01-01T00:00:00Z', first)).toBe(true);
    // run at the first 03:30: the second (01:30 UTC, EET) is not due again
    expect(due('30 3 * * *', first, '2026-01-01T00:00:00Z', '2026-10-25T01:30:00Z')).toBe(false);
    expect(due('30 3 * * *', first, '2026-01-01T00:00:00Z', '2026-10-25T23:59:00Z')).toBe(false);
    expect(due('30 3 * * *', first, '2026-01-01T00:00:00Z', '2026-10-26T01:30:00Z')).toBe(true);
  });

  test('an unreadable schedule or date is never due', () => {
    expect(due('not cron', null, '2026-01-01T00:00:00Z', '2026-11-30T12:00:00Z')).toBe(false);
    expect(due('0 8 * * *', null, 'yesterday', '2026-11-30T12:00:00Z')).toBe(false);
  });
});

test('the mail subject', () => {
  expect(subscriptionSubject('Обсяг і структура продажів', 'жовтень 2026')).toBe('Звіт «Обсяг і структура продажів» за жовтень 2026');
  expect(subscriptionSubject('Структура контрагентів', null)).toBe('Звіт «Структура контрагентів»');
});
