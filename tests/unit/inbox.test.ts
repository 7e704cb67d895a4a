import {
  addWorkingTime,
  decideEscalation,
  DEFAULT_SLA,
  DEFAULT_SLA_TEXT,
  dueAtFor,
  escalationNotification,
  inboxPageParts,
  isRequestOverdue,
  parseSla,
  readUrgency,
  URGENCIES,
  OPEN_REQUEST_STATES,
  CLOSED_REQUEST_STATES,
} from '../../src/domain/inbox';
import { makeOrg } from '../../src/domain/routing';
import { DEFAULT_WORKING_HOURS, instantOf, parseWorkingHours } from '../../src/domain/time';
import requestSchema from '../../src/api/inbound-request/content-types/inbound-request/schema.json';

const KYIV = 'Europe/Kyiv';
const TIME = { timeZone: KYIV, workingHours: DEFAULT_WORKING_HOURS };
const at = (date: string, hour = 0, minute = 0) => instantOf(date, KYIV, hour, minute);
const utc = (text: string) => new Date(text);
const iso = (date: Date) => date.toISOString();

test('every request state is either open or closed, as the schema lists them', () => {
  expect([...OPEN_REQUEST_STATES, ...CLOSED_REQUEST_STATES].sort()).toEqual([...requestSchema.attributes.state.enum].sort());
});

describe('urgency', () => {
  test('is the schema enumeration; missing or unknown counts as normal', () => {
    expect([...URGENCIES]).toEqual(requestSchema.attributes.urgency.enum);
    expect(readUrgency('critical')).toBe('critical');
    expect(readUrgency(undefined)).toBe('normal');
    expect(readUrgency('terrible')).toBe('normal');
  });
});

describe('parseSla', () => {
  test('the default text gives the defaults', () => {
    expect(parseSla(DEFAULT_SLA_TEXT)).toEqual({ ok: true, value: DEFAULT_SLA });
  });

  test('hours or minutes, working or calendar clock, left-out urgencies keep their defaults', () => {
    const sla = parseSla('critical=30m calendar, high = 1,5h; LOW=40h working');
    expect(sla.value).toEqual({
      critical: { minutes: 30, clock: 'calendar' },
      high: { minutes: 90, clock: 'working' },
      normal: DEFAULT_SLA.normal,
      low: { minutes: 2400, clock: 'working' },
    });
  });

  test.each([
    ['', 'must describe'],
    ['urgent=1h', 'is not an urgency'],
    ['high=2d', 'must be an urgency and a time'],
    ['high=0h', 'more than 0'],
    ['high=9000h', 'at most a year'],
    ['high=1h; high=2h', 'given twice'],
    ['high=1h sometimes', 'must be an urgency and a time'],
  ])('%j is refused', (text, reason) => {
    const result = parseSla(text);
    expect(result.ok).toBe(false);
    expect(result.reason).toContain(reason);
  });
});

describe('addWorkingTime', () => {
  test('within one interval, across the night and the weekend, ending at a closing time', () => {
    expect(addWorkingTime(at('2026-12-01', 10), 60, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-01', 11));
    expect(addWorkingTime(at('2026-12-01', 17), 120, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-02', 10));
    expect(addWorkingTime(at('2026-12-04', 17), 120, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-07', 10)); // Friday → Monday
    expect(addWorkingTime(at('2026-12-05', 12), 30, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-07', 9, 30)); // received on Saturday
    expect(addWorkingTime(at('2026-12-01', 17), 60, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-01', 18));
    expect(addWorkingTime(at('2026-12-01', 19), 0, DEFAULT_WORKING_HOURS, KYIV)).toEqual(at('2026-12-01', 19));
  });

  test('several days and a lunch break', () => {
    const lunch = parseWorkingHours('Mon-Fri 09:00-13:00,14:00-18:00').value!;
    expect(addWorkingTime(at('2026-12-01', 12), 120, lunch, KYIV)).toEqual(at('2026-12-01', 15));
    expect(addWorkingTime(at('2026-12-01', 9), 3 * 8 * 60, lunch, KYIV)).toEqual(at('2026-12-03', 18));
  });

  test('refuses a negative time', () => {
    expect(() => addWorkingTime(at('2026-12-01', 9), -1, DEFAULT_WORKING_HOURS, KYIV)).toThrow(RangeError);
  });

  test('an interval spanning the change lasts what it really lasts', () => {
    const nights = parseWorkingHours('Mon-Sun 00:00-06:00').value!;
    // 29.03.2026: 00:00–06:00 in Kyiv is 5 real hours (03:00 does not happen); the 6th hour is on Monday.
    expect(iso(addWorkingTime(at('2026-03-29'), 6 * 60, nights, KYIV))).toBe('2026-03-29T22:00:00.000Z'); // Monday 01:00 summer time
    // 25.10.2026: 00:00–06:00 is 7 real hours (03:00–04:00 happens twice); 6 hours end at 05:00 winter time.
    expect(iso(addWorkingTime(at('2026-10-25'), 6 * 60, nights, KYIV))).toBe('2026-10-25T03:00:00.000Z');
  });
});

describe('dueAtFor across a DST change', () => {
  test('working clock, March: Friday 16:00 + 4 h is Monday 11:00 in Kyiv, now UTC+3', () => {
    const received = at('2026-03-27', 16);
    expect(iso(received)).toBe('2026-03-27T14:00:00.000Z');
    expect(iso(dueAtFor(received, 'high', DEFAULT_SLA, TIME))).toBe('2026-03-30T08:00:00.000Z');
  });

  test('working clock, October: Friday 16:00 + 4 h is Monday 11:00 in Kyiv, now UTC+2', () => {
    const received = at('2026-10-23', 16);
    expect(iso(received)).toBe('2026-10-23T13:00:00.000Z');
    expect(iso(dueAtFor(received, 'high', DEFAULT_SLA, TIME))).toBe('2026-10-26T09:00:00.000Z');
  });

  test('working clock: a low-urgency request spans whole working days (9 h each by default)', () => {
    // Thursday 26.03 10:00 + 24 working hours: 8 h Thu, 9 h Fri, 7 h Mon → Monday 16:00 summer time.
    expect(iso(dueAtFor(at('2026-03-26', 10), 'low', DEFAULT_SLA, TIME))).toBe('2026-03-30T13:00:00.000Z');
  });

  test('calendar clock counts real elapsed time through the change', () => {
    const sla = parseSla('critical=2h calendar; normal=24h calendar').value!;
    // Sunday 29.03 02:30 (UTC+2) + 2 h = 04:30 UTC+2 = 05:30 on the clocks, now UTC+3.
    expect(iso(dueAtFor(utc('2026-03-29T00:30:00Z'), 'critical', sla, TIME))).toBe('2026-03-29T02:30:00.000Z');
    // Sunday 25.10 02:30 (UTC+3) + 2 h: the clocks show 03:30 (UTC+2), one hour later on the wall.
    expect(iso(dueAtFor(utc('2026-10-24T23:30:00Z'), 'critical', sla, TIME))).toBe('2026-10-25T01:30:00.000Z');
    // Saturday 28.03 12:00 + 24 h is Sunday 13:00 on the wall: a day of 23 hours.
    expect(iso(dueAtFor(at('2026-03-28', 12), 'normal', sla, TIME))).toBe('2026-03-29T10:00:00.000Z');
  });

  test('an unknown urgency is normal', () => {
    expect(dueAtFor(at('2026-12-01', 9), null, DEFAULT_SLA, TIME)).toEqual(at('2026-12-01', 17));
  });
});

describe('escalation', () => {
  const org = makeOrg(
    [
      { id: 'm1', fullName: 'Петренко Ольга', departmentId: 'sales' },
      { id: 'head', fullName: 'Коваль Петро', departmentId: 'sales' },
      { id: 'dir', fullName: 'Гончаренко Віктор', departmentId: 'top' },
    ],
    [
      { id: 'sales', name: 'Продажі', headId: 'head', parentId: 'top' },
      { id: 'top', name: 'Дирекція', headId: 'dir' },
      { id: 'solo', name: 'Без керівника' },
    ],
  );
  // Received Friday 27.03.2026 16:00, high urgency: due Monday 30.03 11:00 Kyiv (08:00 UTC), after the March change.
  const dueAt = dueAtFor(at('2026-03-27', 16), 'high', DEFAULT_SLA, TIME);
  const request = { id: 'r1', state: 'assigned', dueAt, assigneeId: 'm1', targetDepartmentId: 'sales', subject: 'Ремонт' };

  test('not before the due time, which is Kyiv time on the new offset', () => {
    expect(decideEscalation(request, at('2026-03-30', 10, 59), org)).toEqual({ action: 'none', why: 'not-due' });
    expect(decideEscalation(request, utc('2026-03-30T07:59:59Z'), org)).toEqual({ action: 'none', why: 'not-due' });
    expect(isRequestOverdue(request, utc('2026-03-30T07:59:59Z'))).toBe(false);
  });

  test('at the due time: marked overdue and escalated to the department head, with a dedupe key', () => {
    const now = at('2026-03-30', 11);
    expect(isRequestOverdue(request, now)).toBe(true);
    expect(decideEscalation(request, now, org)).toEqual({
      action: 'escalate',
      toId: 'head',
      dedupeKey: 'inbound-request-overdue:r1',
      changes: { overdue: true, escalatedAt: '2026-03-30T08:00:00.000Z' },
    });
  });

  test('once: an escalated request is left alone', () => {
    const escalated = { ...request, escalatedAt: '2026-03-30T08:00:00.000Z' };
    expect(decideEscalation(escalated, at('2026-03-31', 9), org)).toEqual({ action: 'none', why: 'already-escalated' });
  });

  test('October: due Monday 26.10 11:00 Kyiv is 09:00 UTC', () => {
    const october = { ...request, dueAt: dueAtFor(at('2026-10-23', 16), 'high', DEFAULT_SLA, TIME) };
    expect(decideEscalation(october, utc('2026-10-26T08:59:00Z'), org).action).toBe('none');
    expect(decideEscalation(october, utc('2026-10-26T09:00:00Z'), org).action).toBe('escalate');
  });

  test('closed or undated requests never escalate', () => {
    const late = at('2026-04-30', 12);
    expect(decideEscalation({ ...request, state: 'done' }, late, org)).toEqual({ action: 'none', why: 'closed' });
    expect(decideEscalation({ ...request, state: 'rejected' }, late, org)).toEqual({ action: 'none', why: 'closed' });
    expect(decideEscalation({ ...request, dueAt: null }, late, org)).toEqual({ action: 'none', why: 'no-due-date' });
    expect(isRequestOverdue({ state: 'done', dueAt }, late)).toBe(false);
  });

  test('the head’s own request goes to the head above; no department: the assignee’s; no head at all: nobody, still overdue', () => {
    const late = at('2026-04-01', 12);
    expect(decideEscalation({ ...request, assigneeId: 'head' }, late, org)).toMatchObject({ action: 'escalate', toId: 'dir' });
    expect(decideEscalation({ ...request, targetDepartmentId: null }, late, org)).toMatchObject({ toId: 'head' });
    expect(decideEscalation({ ...request, targetDepartmentId: 'solo', assigneeId: null }, late, org)).toMatchObject({
      action: 'escalate',
      toId: null,
      changes: { overdue: true },
    });
  });

  test('the head is told in Ukrainian, with the due time in Kyiv', () => {
    expect(escalationNotification(request, { assignee: 'Петренко Ольга' }, KYIV)).toEqual({
      kind: 'inbound-request',
      title: 'Прострочене звернення: Ремонт',
      body: 'Термін виконання минув 30.03.2026 11:00. Виконавець: Петренко Ольга.',
    });
    expect(escalationNotification({ ...request, subject: ' ' }, {}, KYIV).title).toBe('Прострочене звернення: без теми');
    expect(escalationNotification(request, {}, KYIV).body).toContain('Виконавця не призначено.');
  });
});

describe('inboxPageParts', () => {
  const parts = (unread: number, start: number, size: number) => inboxPageParts(unread, start, size);
  test('a page inside the unread requests reads only them', () => {
    expect(parts(30, 0, 25)).toEqual({ unread: { offset: 0, limit: 25 }, read: null });
    expect(parts(50, 25, 25)).toEqual({ unread: { offset: 25, limit: 25 }, read: null });
  });
  test('the page at the seam reads the last unread ones and the newest read ones', () => {
    expect(parts(30, 25, 25)).toEqual({ unread: { offset: 25, limit: 5 }, read: { offset: 0, limit: 20 } });
  });
  test('a page past the unread ones starts in the read ones where the unread ones left off', () => {
    expect(parts(30, 50, 25)).toEqual({ unread: null, read: { offset: 20, limit: 25 } });
    expect(parts(0, 0, 25)).toEqual({ unread: null, read: { offset: 0, limit: 25 } });
  });
  test('every position of the whole list comes from exactly one part, in order', () => {
    for (const unread of [0, 1, 7, 24, 25, 26, 100]) {
      for (const size of [1, 3, 25]) {
        const seen: string[] = [];
        for (let start = 0; start < 130; start += size) {
          const { unread: u, read: r } = parts(unread, start, size);
          if (u) for (let i = 0; i < u.limit; i += 1) seen.push(`u${u.offset + i}`);
          if (r) for (let i = 0; i < r.limit; i += 1) seen.push(`r${r.offset + i}`);
        }
        const expected = [...Array.from({ length: unread }, (_, i) => `u${i}`), ...Array.from({ length: 130 + size - unread }, (_, i) => `r${i}`)];
        expect(seen).toEqual(expected.slice(0, seen.length));
        expect(seen.length).toBeGreaterThanOrEqual(130);
      }
    }
  });
});
