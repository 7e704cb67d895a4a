import {
  addDays,
  addMonths,
  checkBusinessTime,
  checkTimeZone,
  daysBetween,
  DEFAULT_WORKING_HOURS,
  firstInstantAtOrAfter,
  instantOf,
  isoWeekday,
  isWeekend,
  isWithinWorkingHours,
  localDateOf,
  nextWorkingMoment,
  offsetMinutesAt,
  parseLocalDate,
  parseWorkingHours,
  periodDates,
  periodRange,
  reportRange,
  wallClockOf,
  workingDayOnOrAfter,
} from '../../src/domain/time';
import { DomainValidationError } from '../../src/domain/errors';

const KYIV = 'Europe/Kyiv';
const HOUR = 3_600_000;
const iso = (date: Date) => date.toISOString();
const hours = (range: { start: Date; end: Date }) => (range.end.getTime() - range.start.getTime()) / HOUR;

describe('local dates', () => {
  test('parse only real calendar days', () => {
    expect(parseLocalDate('2026-11-29')).toEqual({ ok: true, value: '2026-11-29' });
    expect(parseLocalDate('2028-02-29').ok).toBe(true);
    expect(parseLocalDate('2026-02-29')).toEqual({ ok: false, reason: 'is not a calendar date' });
    expect(parseLocalDate('29.11.2026').ok).toBe(false);
    expect(parseLocalDate(20261129).ok).toBe(false);
  });

  test('calendar arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', -12)).toBe('2025-11-15');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  test('the week starts on Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
  });
});

describe('time zones', () => {
  test('zone names are checked', () => {
    expect(checkTimeZone('Europe/Kyiv')).toEqual({ ok: true, value: 'Europe/Kyiv' });
    expect(checkTimeZone('Europe/Warsaw').ok).toBe(true);
    expect(checkTimeZone('Europe/Kyyiv').ok).toBe(false);
    expect(checkTimeZone('').ok).toBe(false);
  });

  test('the local date of an instant', () => {
    expect(localDateOf(new Date('2026-11-28T21:59:59Z'), KYIV)).toBe('2026-11-28');
    expect(localDateOf(new Date('2026-11-28T22:00:00Z'), KYIV)).toBe('2026-11-29');
    expect(localDateOf(new Date('2026-07-14T21:00:00Z'), KYIV)).toBe('2026-07-15'); // summer: UTC+3
    expect(localDateOf(new Date('2026-11-28T22:00:00Z'), 'UTC')).toBe('2026-11-28');
  });

  test('offsets around the 2026 changes in Kyiv', () => {
    expect(offsetMinutesAt(new Date('2026-03-29T00:59:59Z'), KYIV)).toBe(120);
    expect(offsetMinutesAt(new Date('2026-03-29T01:00:00Z'), KYIV)).toBe(180);
    expect(offsetMinutesAt(new Date('2026-10-25T00:59:59Z'), KYIV)).toBe(180);
    expect(offsetMinutesAt(new Date('2026-10-25T01:00:00Z'), KYIV)).toBe(120);
  });

  test('wall clock to instant, including times that do not exist or happen twice', () => {
    expect(iso(instantOf('2026-11-29', KYIV, 14, 5))).toBe('2026-11-29T12:05:00.000Z');
    expect(iso(instantOf('2026-07-01', KYIV, 9))).toBe('2026-07-01T06:00:00.000Z');
    // 29 March: 03:00 becomes 04:00, so 03:30 does not exist and moves forward by the gap.
    expect(iso(instantOf('2026-03-29', KYIV, 3, 30))).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockOf(instantOf('2026-03-29', KYIV, 3, 30), KYIV)).toEqual({ date: '2026-03-29', hour: 4, minute: 30, second: 0 });
    expect(iso(firstInstantAtOrAfter('2026-03-29', KYIV, 3, 30))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(instantOf('2026-03-29', KYIV, 2, 59))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(instantOf('2026-03-29', KYIV, 4, 0))).toBe('2026-03-29T01:00:00.000Z');
    // 25 October: 04:00 becomes 03:00 again, so 03:30 happens twice; the earlier one is taken.
    expect(iso(instantOf('2026-10-25', KYIV, 3, 30))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(instantOf('2026-10-25', KYIV, 4, 0))).toBe('2026-10-25T02:00:00.000Z');
  });
});

describe('periods', () => {
  test('the DST days in Kyiv have 23 and 25 hours', () => {
    const march = periodRange('day', '2026-03-29', KYIV);
    expect(iso(march.start)).toBe('2026-03-28T22:00:00.000Z');
    expect(iso(march.end)).toBe('2026-03-29T21:00:00.000Z');
    expect(hours(march)).toBe(23);
    const october = periodRange('day', '2026-10-25', KYIV);
    expect(iso(october.start)).toBe('2026-10-24T21:00:00.000Z');
    expect(iso(october.end)).toBe('2026-10-25T22:00:00.000Z');
    expect(hours(october)).toBe(25);
    expect(hours(periodRange('day', '2026-10-26', KYIV))).toBe(24);
  });

  test('the period of an instant is read in the zone', () => {
    // 23:30 on Sunday 29 March in Kyiv is still in the week of 23 March, though UTC says Sunday 20:30.
    const week = periodRange('week', new Date('2026-03-29T20:30:00Z'), KYIV);
    expect(iso(week.start)).toBe('2026-03-22T22:00:00.000Z');
    expect(iso(week.end)).toBe('2026-03-29T21:00:00.000Z');
    expect(hours(week)).toBe(7 * 24 - 1);
    const day = periodRange('day', new Date('2026-11-28T22:30:00Z'), KYIV);
    expect(iso(day.start)).toBe('2026-11-28T22:00:00.000Z');
  });

  test('weeks from Monday, months, quarters and years as dates', () => {
    expect(periodDates('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodDates('week', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodDates('week', '2026-12-30')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodDates('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodDates('quarter', '2026-11-29')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDates('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodDates('year', '2026-06-15')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDates('day', '2026-06-15')).toEqual({ from: '2026-06-15', to: '2026-06-15' });
  });

  test('months, quarters and years as instants across the DST changes', () => {
    const march = periodRange('month', '2026-03-15', KYIV);
    expect(iso(march.start)).toBe('2026-02-28T22:00:00.000Z');
    expect(iso(march.end)).toBe('2026-03-31T21:00:00.000Z');
    const q4 = periodRange('quarter', '2026-11-29', KYIV);
    expect(iso(q4.start)).toBe('2026-09-30T21:00:00.000Z');
    expect(iso(q4.end)).toBe('2026-12-31T22:00:00.000Z');
    const year = periodRange('year', '2026-06-15', KYIV);
    expect(iso(year.start)).toBe('2025-12-31T22:00:00.000Z');
    expect(iso(year.end)).toBe('2026-12-31T22:00:00.000Z');
    expect(hours(year)).toBe(365 * 24);
  });

  test('report boundaries: inclusive local dates become a half-open UTC range', () => {
    expect(reportRange('2026-11-01', '2026-11-30', KYIV)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      start: new Date('2026-10-31T22:00:00Z'),
      end: new Date('2026-11-30T22:00:00Z'),
    });
    const octoberChange = reportRange('2026-10-25', '2026-10-25', KYIV);
    expect(hours(octoberChange)).toBe(25);
  });

  test('report boundaries refuse bad input, naming the field', () => {
    expect(() => reportRange('2026-11-30', '2026-11-01', KYIV)).toThrow('to: must not be before from');
    let error: unknown;
    try {
      reportRange('01.11.2026', undefined, KYIV);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).details.map((d) => d.field)).toEqual(['from', 'to']);
  });
});

describe('working hours', () => {
  test('the default is Monday to Friday, 09:00 to 18:00', () => {
    expect(DEFAULT_WORKING_HOURS[1]).toEqual([{ from: 540, to: 1080 }]);
    expect(DEFAULT_WORKING_HOURS[5]).toEqual([{ from: 540, to: 1080 }]);
    expect(DEFAULT_WORKING_HOURS[6]).toEqual([]);
    expect(DEFAULT_WORKING_HOURS[7]).toEqual([]);
  });

  test('parsing: ranges, lists, breaks, Ukrainian day names, 24:00', () => {
    const parsed = parseWorkingHours('Mon-Fri 09:00-13:00, 14:00-18:00; Sat 10:00-14:00');
    expect(parsed.ok).toBe(true);
    expect(parsed.value![3]).toEqual([{ from: 540, to: 780 }, { from: 840, to: 1080 }]);
    expect(parsed.value![6]).toEqual([{ from: 600, to: 840 }]);
    expect(parsed.value![7]).toEqual([]);
    expect(parseWorkingHours('пн,ср,пт 08:30-17:30').value![3]).toEqual([{ from: 510, to: 1050 }]);
    expect(parseWorkingHours('Sun 20:00-24:00').value![7]).toEqual([{ from: 1200, to: 1440 }]);
  });

  test.each([
    ['', 'must describe working hours'],
    ['Mon-Fri', 'must be days and intervals'],
    ['Fri-Mon 09:00-18:00', 'a range runs from Monday towards Sunday'],
    ['Mon-Fry 09:00-18:00', 'is not a day'],
    ['Mon 18:00-09:00', 'must end after it starts'],
    ['Mon 9-18', 'is not an interval'],
    ['Mon 09:00-25:00', 'is not an interval'],
    ['Mon 09:00-13:00,12:00-18:00', 'must not overlap'],
  ])('parsing refuses %j', (text, reason) => {
    const parsed = parseWorkingHours(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.reason).toContain(reason);
  });

  test('within working hours, read on the Kyiv wall clock in winter and in summer', () => {
    const h = DEFAULT_WORKING_HOURS;
    expect(isWithinWorkingHours(new Date('2026-11-27T07:00:00Z'), h, KYIV)).toBe(true); // Fri 09:00 winter
    expect(isWithinWorkingHours(new Date('2026-11-27T06:59:59Z'), h, KYIV)).toBe(false);
    expect(isWithinWorkingHours(new Date('2026-11-27T15:59:59Z'), h, KYIV)).toBe(true); // 17:59:59
    expect(isWithinWorkingHours(new Date('2026-11-27T16:00:00Z'), h, KYIV)).toBe(false); // 18:00
    expect(isWithinWorkingHours(new Date('2026-07-03T06:00:00Z'), h, KYIV)).toBe(true); // Fri 09:00 summer
    expect(isWithinWorkingHours(new Date('2026-07-03T15:30:00Z'), h, KYIV)).toBe(false); // 18:30 summer
    expect(isWithinWorkingHours(new Date('2026-11-28T10:00:00Z'), h, KYIV)).toBe(false); // Saturday
  });

  test('the next working moment', () => {
    const h = DEFAULT_WORKING_HOURS;
    const inside = new Date('2026-11-26T10:00:00Z');
    expect(nextWorkingMoment(inside, h, KYIV)).toEqual(inside);
    expect(iso(nextWorkingMoment(new Date('2026-11-26T05:00:00Z'), h, KYIV))).toBe('2026-11-26T07:00:00.000Z'); // Thu 07:00 → 09:00
    expect(iso(nextWorkingMoment(new Date('2026-11-27T16:30:00Z'), h, KYIV))).toBe('2026-11-30T07:00:00.000Z'); // Fri 18:30 → Mon 09:00
    // Over the spring change: Friday evening in winter time, Monday morning in summer time.
    expect(iso(nextWorkingMoment(new Date('2026-03-27T17:00:00Z'), h, KYIV))).toBe('2026-03-30T06:00:00.000Z');
    // Over the autumn change: the other way round.
    expect(iso(nextWorkingMoment(new Date('2026-10-23T17:00:00Z'), h, KYIV))).toBe('2026-10-26T07:00:00.000Z');
  });

  test('a shift starting inside the spring gap starts at the change', () => {
    const night = parseWorkingHours('Sun 03:30-06:00').value!;
    expect(iso(nextWorkingMoment(new Date('2026-03-29T00:30:00Z'), night, KYIV))).toBe('2026-03-29T01:00:00.000Z');
    expect(isWithinWorkingHours(new Date('2026-03-29T01:00:00Z'), night, KYIV)).toBe(true); // 04:00 summer time
    expect(isWithinWorkingHours(new Date('2026-03-29T00:59:00Z'), night, KYIV)).toBe(false); // 02:59 winter time
  });

  test('the working day on or after a date', () => {
    expect(workingDayOnOrAfter('2026-11-28', DEFAULT_WORKING_HOURS)).toBe('2026-11-30');
    expect(workingDayOnOrAfter('2026-11-27', DEFAULT_WORKING_HOURS)).toBe('2026-11-27');
  });
});

describe('business time settings', () => {
  test('checked values, or an error naming the variables', () => {
    const names = { timeZone: 'VITRYLO_TIME_ZONE', workingHours: 'VITRYLO_WORKING_HOURS' };
    expect(checkBusinessTime({ timeZone: 'Europe/Kyiv', workingHours: 'Mon-Fri 09:00-18:00' }, names)).toEqual({
      timeZone: 'Europe/Kyiv',
      workingHours: DEFAULT_WORKING_HOURS,
    });
    expect(() => checkBusinessTime({ timeZone: 'Kyiv', workingHours: 'always' }, names)).toThrow(
      /^VITRYLO_TIME_ZONE: .*; VITRYLO_WORKING_HOURS: /,
    );
  });
});
