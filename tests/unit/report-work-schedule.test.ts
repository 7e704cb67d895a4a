import { entryWithin, workScheduleSheets } from '../../src/domain/reports/catalog/work-schedule';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const KYIV = 'Europe/Kyiv';

describe('a schedule entry within a period', () => {
  test('the local days it touches and its minutes, cut at the period’s ends', () => {
    expect(entryWithin({ start: '2026-03-03T07:00:00Z', end: '2026-03-03T15:30:00Z' }, MARCH, KYIV)).toEqual({ dates: ['2026-03-03'], minutes: 510 });
    // a vacation from Monday 00:00 to Saturday 00:00 in Kyiv: five days, not six
    expect(entryWithin({ start: '2026-03-08T22:00:00Z', end: '2026-03-13T22:00:00Z' }, MARCH, KYIV).dates).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    // a trip from 30 March to 2 April: two days and the hours up to the end of 31 March (Kyiv, summer time from 29 March)
    expect(entryWithin({ start: '2026-03-30T06:00:00Z', end: '2026-04-02T15:00:00Z' }, MARCH, KYIV)).toEqual({ dates: ['2026-03-30', '2026-03-31'], minutes: (24 + 15) * 60 });
    expect(entryWithin({ start: '2026-04-01T06:00:00Z', end: '2026-04-01T08:00:00Z' }, MARCH, KYIV)).toEqual({ dates: [], minutes: 0 });
  });
});

describe('the timesheet', () => {
  test('days per kind per employee, hours to a tenth, and every entry', () => {
    const [timesheet, hours, list] = workScheduleSheets(
      [
        { employee: 'Коваль', kind: 'office', start: '2026-03-03T07:00:00Z', end: '2026-03-03T15:20:00Z', place: null, purpose: null },
        { employee: 'Коваль', kind: 'client-visit', start: '2026-03-03T15:30:00Z', end: '2026-03-03T16:30:00Z', place: 'ТОВ «Альфа»', purpose: 'Презентація' },
        { employee: 'Коваль', kind: 'office', start: '2026-03-04T07:00:00Z', end: '2026-03-04T15:00:00Z', place: null, purpose: null },
        { employee: 'Петренко', kind: 'vacation', start: '2026-03-08T22:00:00Z', end: '2026-03-13T22:00:00Z', place: null, purpose: null },
        { employee: 'Петренко', kind: 'unknown', start: '2026-03-20T08:00:00Z', end: '2026-03-20T09:00:00Z', place: null, purpose: null },
      ],
      MARCH,
      KYIV,
    );
    expect(timesheet).toEqual([
      expect.objectContaining({ employee: 'Коваль', daysOffice: 2, daysClientVisit: 1, daysVacation: 0 }),
      expect.objectContaining({ employee: 'Петренко', daysOffice: 0, daysVacation: 5, daysOther: 1 }),
    ]);
    expect(hours).toEqual([
      { employee: 'Коваль', kind: 'В офісі', days: 2, hours: 16.3 },
      { employee: 'Коваль', kind: 'Візити до клієнтів', days: 1, hours: 1 },
      { employee: 'Петренко', kind: 'Відпустка', days: 5, hours: 120 },
      { employee: 'Петренко', kind: 'Інше', days: 1, hours: 1 },
    ]);
    expect(list[1]).toMatchObject({ employee: 'Коваль', kind: 'Візити до клієнтів', place: 'ТОВ «Альфа»' });
  });
});
