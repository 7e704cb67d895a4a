import {
  findOverlap,
  overlapIssue,
  ScheduleEntry,
  SCHEDULE_KINDS,
  scheduleKindCaption,
  validateScheduleEntry,
  weekDays,
  weekGrid,
  whereaboutsAt,
  whereaboutsOfAll,
} from '../../src/domain/schedule';
import { messageText } from '../../src/domain/messages';
import { DEFAULT_WORKING_HOURS, instantOf, parseWorkingHours } from '../../src/domain/time';
import scheduleSchema from '../../src/api/schedule-entry/content-types/schedule-entry/schema.json';

const KYIV = 'Europe/Kyiv';
const TIME = { timeZone: KYIV, workingHours: DEFAULT_WORKING_HOURS };
const HOUR = 3_600_000;
/** An instant given as Kyiv wall time: at('2026-03-30', 9, 30). */
const at = (date: string, hour = 0, minute = 0) => instantOf(date, KYIV, hour, minute);

const entry = (over: Partial<ScheduleEntry> & Pick<ScheduleEntry, 'id' | 'kind' | 'start' | 'end'>): ScheduleEntry => ({ employeeId: 'e1', ...over });

describe('schedule kinds', () => {
  test('are the schema enumeration, with the meta captions', () => {
    expect([...SCHEDULE_KINDS]).toEqual(scheduleSchema.attributes.kind.enum);
    expect(scheduleKindCaption('vacation')).toBe('Відпустка');
    expect(scheduleKindCaption('client-visit')).toBe('Візит до клієнта');
  });
});

describe('validateScheduleEntry', () => {
  const base = { employee: 'e1', start: '2026-12-01T07:00:00.000Z', end: '2026-12-01T16:00:00.000Z', kind: 'office' };

  test('a complete office entry passes', () => {
    expect(validateScheduleEntry(base)).toEqual([]);
  });

  test('employee, start, end and kind are required', () => {
    expect(validateScheduleEntry({}).map((i) => [i.field, i.code])).toEqual([
      ['employee', 'required'],
      ['start', 'required'],
      ['end', 'required'],
      ['kind', 'required'],
    ]);
  });

  test('start and end must be instants, the end after the start', () => {
    expect(validateScheduleEntry({ ...base, start: 'вчора' }).map((i) => [i.field, i.code])).toEqual([['start', 'type.dateTime']]);
    expect(validateScheduleEntry({ ...base, end: base.start }).map((i) => [i.field, i.code])).toEqual([['end', 'schedule.endAfterStart']]);
    expect(validateScheduleEntry({ ...base, end: '2026-12-01T06:00:00.000Z' })[0].reason).toBe('must be after the start');
  });

  test('the kind must be one of the schema', () => {
    expect(validateScheduleEntry({ ...base, kind: 'holiday' })).toMatchObject([{ field: 'kind', code: 'request.oneOf' }]);
  });

  test('a client visit needs the counterparty and the purpose', () => {
    const issues = validateScheduleEntry({ ...base, kind: 'client-visit', purpose: '  ' });
    expect(issues.map((i) => i.field)).toEqual(['counterparty', 'purpose']);
    expect(messageText(issues[0].code as any, issues[0].params, 'uk')).toBe('обов’язкове для виду «Візит до клієнта»');
    expect(validateScheduleEntry({ ...base, kind: 'client-visit', counterparty: 'c1', purpose: 'Презентація' })).toEqual([]);
  });

  test('a business trip needs the city and the purpose, not the organisation', () => {
    expect(validateScheduleEntry({ ...base, kind: 'business-trip' }).map((i) => i.field)).toEqual(['city', 'purpose']);
    expect(validateScheduleEntry({ ...base, kind: 'business-trip', city: 'Львів', purpose: 'Виставка' })).toEqual([]);
  });

  test('"other" says what it is; leave needs nothing more', () => {
    expect(validateScheduleEntry({ ...base, kind: 'other' }).map((i) => i.field)).toEqual(['purpose']);
    for (const kind of ['vacation', 'sick-leave', 'day-off', 'remote']) expect(validateScheduleEntry({ ...base, kind })).toEqual([]);
  });
});

describe('findOverlap', () => {
  const vacation = entry({ id: 'v1', kind: 'vacation', start: at('2026-12-01'), end: at('2026-12-05', 23, 59) });
  const visit = entry({ id: 'c1', kind: 'client-visit', start: at('2026-12-07', 10), end: at('2026-12-07', 12) });
  const colleague = entry({ id: 'x1', employeeId: 'e2', kind: 'vacation', start: at('2026-12-07'), end: at('2026-12-08') });
  const others = [visit, vacation, colleague];

  test('an entry inside another clashes, and the clash is named', () => {
    const candidate = { employeeId: 'e1', start: at('2026-12-03', 10), end: at('2026-12-03', 12) };
    const clash = findOverlap(candidate, others);
    expect(clash?.id).toBe('v1');
    const problem = overlapIssue(clash!, KYIV);
    expect(problem.field).toBe('start');
    expect(messageText(problem.code as any, problem.params, 'uk')).toBe(
      'перетинається з іншим записом графіка цього співробітника: Відпустка, 01.12.2026 00:00 – 05.12.2026 23:59',
    );
    expect(problem.reason).toBe('overlaps another schedule entry of this employee: Відпустка, 01.12.2026 00:00 – 05.12.2026 23:59');
  });

  test('partial overlaps on either side clash; the earliest clashing entry is named', () => {
    expect(findOverlap({ employeeId: 'e1', start: at('2026-11-30', 9), end: at('2026-12-01', 9) }, others)?.id).toBe('v1');
    expect(findOverlap({ employeeId: 'e1', start: at('2026-12-07', 11), end: at('2026-12-07', 13) }, others)?.id).toBe('c1');
    expect(findOverlap({ employeeId: 'e1', start: at('2026-12-04'), end: at('2026-12-08') }, others)?.id).toBe('v1');
  });

  test('touching entries, other employees and the entry itself do not clash', () => {
    expect(findOverlap({ employeeId: 'e1', start: at('2026-12-07', 12), end: at('2026-12-07', 18) }, others)).toBeNull();
    expect(findOverlap({ employeeId: 'e1', start: at('2026-12-07', 8), end: at('2026-12-07', 10) }, others)).toBeNull();
    expect(findOverlap({ employeeId: 'e2', start: at('2026-12-03'), end: at('2026-12-04') }, others)).toBeNull();
    expect(findOverlap({ id: 'c1', employeeId: 'e1', start: at('2026-12-07', 9), end: at('2026-12-07', 13) }, others)).toBeNull();
  });

  test('an invalid span is left to validateScheduleEntry', () => {
    expect(findOverlap({ employeeId: 'e1', start: at('2026-12-03', 12), end: at('2026-12-03', 10) }, others)).toBeNull();
    expect(findOverlap({ employeeId: 'e1', start: 'не дата', end: at('2026-12-03', 10) }, others)).toBeNull();
  });
});

describe('whereaboutsAt', () => {
  const entries: ScheduleEntry[] = [
    entry({ id: 'v1', kind: 'vacation', start: at('2026-12-01'), end: at('2026-12-05', 23, 59) }),
    entry({ id: 'c1', kind: 'client-visit', start: at('2026-12-07', 10), end: at('2026-12-07', 12), organization: 'ТОВ «Ромашка»', city: 'Львів', purpose: 'Презентація' }),
    entry({ id: 's1', kind: 'office', start: at('2026-12-12', 10), end: at('2026-12-12', 14) }),
    entry({ id: 'x1', employeeId: 'e2', kind: 'sick-leave', start: at('2026-12-07'), end: at('2026-12-08') }),
  ];

  test('an absence: not at work, until its last day', () => {
    const w = whereaboutsAt('e1', entries, at('2026-12-02', 11), TIME);
    expect(w).toMatchObject({ source: 'entry', kind: 'vacation', atWork: false, label: 'Відпустка до 05.12.2026' });
    expect(w.entry?.id).toBe('v1');
  });

  test('a client visit is work, with where and why, until its end today', () => {
    expect(whereaboutsAt('e1', entries, at('2026-12-07', 11), TIME)).toMatchObject({
      source: 'entry',
      kind: 'client-visit',
      atWork: true,
      label: 'Візит до клієнта: ТОВ «Ромашка», Львів — Презентація до 12:00',
    });
  });

  test('no entry: in the office within working hours, not at work outside them', () => {
    expect(whereaboutsAt('e1', entries, at('2026-12-07', 12), TIME)).toMatchObject({ source: 'working-hours', kind: 'office', atWork: true, label: 'В офісі' });
    expect(whereaboutsAt('e1', entries, at('2026-12-07', 18), TIME)).toMatchObject({ source: 'off-hours', kind: null, atWork: false, label: 'Не на роботі' });
    expect(whereaboutsAt('e1', entries, at('2026-12-13', 11), TIME).atWork).toBe(false); // Sunday
  });

  test('an office entry on a Saturday is work', () => {
    expect(whereaboutsAt('e1', entries, at('2026-12-12', 11), TIME)).toMatchObject({ source: 'entry', kind: 'office', atWork: true, label: 'В офісі до 14:00' });
  });

  test('only the employee’s own entries count', () => {
    expect(whereaboutsAt('e1', entries, at('2026-12-07', 9, 30), TIME).source).toBe('working-hours');
    expect(whereaboutsAt('e2', entries, at('2026-12-07', 9, 30), TIME)).toMatchObject({ kind: 'sick-leave', atWork: false, label: 'Лікарняний до 07.12.2026' });
  });

  test('when entries overlap anyway, an absence speaks', () => {
    const messy = [
      entry({ id: 'o1', kind: 'office', start: at('2026-12-14', 9), end: at('2026-12-14', 18) }),
      entry({ id: 'd1', kind: 'day-off', start: at('2026-12-14'), end: at('2026-12-15') }),
      entry({ id: 'r1', kind: 'remote', start: at('2026-12-15', 9), end: at('2026-12-15', 18) }),
      entry({ id: 'c2', kind: 'client-visit', start: at('2026-12-15', 11), end: at('2026-12-15', 12) }),
    ];
    expect(whereaboutsAt('e1', messy, at('2026-12-14', 10), TIME).kind).toBe('day-off');
    expect(whereaboutsAt('e1', messy, at('2026-12-15', 11, 30), TIME).kind).toBe('client-visit'); // the later start
  });

  test('working hours are Kyiv wall-clock hours on both sides of the March change', () => {
    // Friday 27.03.2026 06:30 UTC is 08:30 in Kyiv (UTC+2): before opening. Monday 30.03 06:30 UTC is 09:30 (UTC+3).
    expect(whereaboutsAt('e9', [], new Date('2026-03-27T06:30:00Z'), TIME).atWork).toBe(false);
    expect(whereaboutsAt('e9', [], new Date('2026-03-30T06:30:00Z'), TIME).atWork).toBe(true);
    // October: Friday 23.10 15:30 UTC is 18:30 (UTC+3), Monday 26.10 15:30 UTC is 17:30 (UTC+2).
    expect(whereaboutsAt('e9', [], new Date('2026-10-23T15:30:00Z'), TIME).atWork).toBe(false);
    expect(whereaboutsAt('e9', [], new Date('2026-10-26T15:30:00Z'), TIME).atWork).toBe(true);
  });

  test('configured working hours are used', () => {
    const saturdays = parseWorkingHours('Mon-Fri 09:00-18:00; Sat 10:00-14:00');
    expect(whereaboutsAt('e9', [], at('2026-12-12', 11), { timeZone: KYIV, workingHours: saturdays.value! }).atWork).toBe(true);
  });

  test('an invalid instant is refused', () => {
    expect(() => whereaboutsAt('e1', entries, new Date('nope'), TIME)).toThrow(RangeError);
  });
});

describe('whereaboutsOfAll', () => {
  test('everyone given, in Ukrainian alphabetical order', () => {
    const people = [
      { id: 'e3', fullName: 'Яковенко Олег' },
      { id: 'e1', fullName: 'Іваненко Марія' },
      { id: 'e2', fullName: 'Бондар Ірина' },
    ];
    const entries = [entry({ id: 'v1', employeeId: 'e1', kind: 'vacation', start: at('2026-12-01'), end: at('2026-12-06') })];
    const all = whereaboutsOfAll(people, entries, at('2026-12-02', 10), TIME);
    expect(all.map((w) => [w.fullName, w.label])).toEqual([
      ['Бондар Ірина', 'В офісі'],
      ['Іваненко Марія', 'Відпустка до 05.12.2026'],
      ['Яковенко Олег', 'В офісі'],
    ]);
  });
});

describe('weekGrid', () => {
  test('the week runs Monday to Sunday; the March change Sunday has 23 hours, the October one 25', () => {
    const march = weekDays('2026-03-25', TIME);
    expect(march.map((d) => d.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(march.map((d) => d.working)).toEqual([true, true, true, true, true, false, false]);
    expect((march[6].end.getTime() - march[6].start.getTime()) / HOUR).toBe(23);
    const october = weekDays('2026-10-25', TIME);
    expect(october[0].date).toBe('2026-10-19');
    expect((october[6].end.getTime() - october[6].start.getTime()) / HOUR).toBe(25);
    expect(() => weekDays('2026-02-30', TIME)).toThrow(RangeError);
  });

  test('cells hold the entries touching each day, clipped to it', () => {
    const entries: ScheduleEntry[] = [
      entry({ id: 't1', kind: 'business-trip', start: at('2026-03-24', 7), end: at('2026-03-26', 20), city: 'Львів', purpose: 'Виставка' }),
      entry({ id: 'v1', employeeId: 'e2', kind: 'vacation', start: at('2026-03-27'), end: at('2026-03-27', 23, 59) }),
      entry({ id: 'o1', kind: 'office', start: at('2026-03-29', 10), end: at('2026-03-29', 14) }),
      entry({ id: 'old', kind: 'office', start: at('2026-03-20', 9), end: at('2026-03-20', 18) }),
    ];
    const grid = weekGrid('2026-03-23', [{ id: 'e2', fullName: 'Бондар Ірина' }, { id: 'e1', fullName: 'Андрієнко Олег' }], entries, TIME);
    expect(grid.from).toBe('2026-03-23');
    expect(grid.to).toBe('2026-03-29');
    const [oleh, iryna] = grid.rows;
    expect(oleh.fullName).toBe('Андрієнко Олег');
    expect(oleh.cells.map((c) => c.items.map((i) => `${i.id} ${i.from ?? '…'}-${i.to ?? '…'}`))).toEqual([
      [],
      ['t1 07:00-…'],
      ['t1 …-…'],
      ['t1 …-20:00'],
      [],
      [],
      ['o1 10:00-14:00'],
    ]);
    expect(oleh.cells[2].items[0]).toMatchObject({ caption: 'Відрядження', place: 'Львів — Виставка', allDay: true, away: true });
    expect(oleh.cells.map((c) => c.fallback)).toEqual(['office', 'office', 'office', 'office', 'office', 'not-at-work', 'not-at-work']);
    expect(iryna.cells[4].items).toEqual([
      { id: 'v1', kind: 'vacation', caption: 'Відпустка', place: '', from: null, to: '23:59', allDay: true, away: true },
    ]);
  });
});
