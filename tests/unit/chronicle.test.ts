import {
  chronicleDocumentQuery,
  completePlanned,
  dailyReminders,
  followUpSubject,
  INTERACTION_DIRECTIONS,
  INTERACTION_KINDS,
  INTERACTION_STATES,
  planNextContact,
  PlannedContactRow,
  readChronicleQuery,
  reminderCronRule,
  reminderKey,
  SavedInteraction,
  validateNextContact,
} from '../../src/domain/chronicle';
import { messageText } from '../../src/domain/messages';
import { instantOf } from '../../src/domain/time';
import interactionSchema from '../../src/api/interaction/content-types/interaction/schema.json';

const KYIV = 'Europe/Kyiv';
const at = (date: string, hour = 0, minute = 0) => instantOf(date, KYIV, hour, minute);
const iso = (date: Date) => date.toISOString();

describe('interaction enumerations', () => {
  test('are the schema’s', () => {
    expect([...INTERACTION_KINDS]).toEqual(interactionSchema.attributes.kind.enum);
    expect([...INTERACTION_STATES]).toEqual(interactionSchema.attributes.state.enum);
    expect([...INTERACTION_DIRECTIONS]).toEqual(interactionSchema.attributes.direction.enum);
  });
});

describe('planNextContact', () => {
  const saved: SavedInteraction = {
    id: 'i1',
    state: 'done',
    occurredAt: iso(at('2026-12-01', 10)),
    employeeId: 'm1',
    counterpartyId: 'c1',
    contactPersonId: 'p1',
    businessLineId: 'bl1',
    stageId: 'st1',
    subject: 'Обговорили знижку',
    nextContactAt: iso(at('2026-12-04', 11)),
    nextContactNote: 'Надіслати КП',
  };

  test('creates the planned contact when none is linked', () => {
    expect(planNextContact(saved, null)).toEqual({
      action: 'create',
      data: {
        state: 'planned',
        occurredAt: '2026-12-04T09:00:00.000Z',
        kind: 'call-out',
        direction: 'outbound',
        employeeId: 'm1',
        counterpartyId: 'c1',
        contactPersonId: 'p1',
        businessLineId: 'bl1',
        stageId: 'st1',
        subject: 'Надіслати КП',
        followUpOfId: 'i1',
      },
    });
    expect(planNextContact({ ...saved, counterpartyId: undefined }, null, 'meeting')).toMatchObject({ action: 'create', data: { kind: 'meeting', counterpartyId: null } });
  });

  const linked = { id: 'i2', state: 'planned', occurredAt: '2026-12-04T09:00:00.000Z', employeeId: 'm1', subject: 'Надіслати КП' };

  test('saving again changes nothing: exactly one planned contact', () => {
    expect(planNextContact(saved, linked)).toEqual({ action: 'nothing', why: 'unchanged' });
    expect(planNextContact({ ...saved, nextContactAt: at('2026-12-04', 11) }, { ...linked, occurredAt: new Date(linked.occurredAt) })).toEqual({
      action: 'nothing',
      why: 'unchanged',
    });
  });

  test('a new date, employee or note moves the linked one', () => {
    expect(planNextContact({ ...saved, nextContactAt: iso(at('2026-12-08', 9)) }, linked)).toEqual({
      action: 'move',
      id: 'i2',
      changes: { occurredAt: '2026-12-08T07:00:00.000Z' },
    });
    expect(planNextContact({ ...saved, employeeId: 'm2', nextContactNote: 'Зателефонувати' }, linked)).toEqual({
      action: 'move',
      id: 'i2',
      changes: { employeeId: 'm2', subject: 'Зателефонувати' },
    });
  });

  test('nothing without a next contact, for a contact not done, without an employee, or when the follow-up is closed', () => {
    expect(planNextContact({ ...saved, nextContactAt: null }, linked)).toEqual({ action: 'nothing', why: 'no-next-contact' });
    expect(planNextContact({ ...saved, nextContactAt: 'не дата' }, null)).toEqual({ action: 'nothing', why: 'no-next-contact' });
    expect(planNextContact({ ...saved, state: 'planned' }, null)).toEqual({ action: 'nothing', why: 'not-done' });
    expect(planNextContact({ ...saved, state: 'cancelled' }, null)).toEqual({ action: 'nothing', why: 'not-done' });
    expect(planNextContact({ ...saved, employeeId: null }, null)).toEqual({ action: 'nothing', why: 'no-employee' });
    expect(planNextContact({ ...saved, nextContactAt: iso(at('2026-12-09')) }, { ...linked, state: 'done' })).toEqual({ action: 'nothing', why: 'follow-up-closed' });
    expect(planNextContact(saved, { ...linked, state: 'cancelled' })).toEqual({ action: 'nothing', why: 'follow-up-closed' });
  });

  test('the subject: the note, else a follow-up of this subject, cut to a column', () => {
    expect(followUpSubject({ subject: 'Ціни', nextContactNote: '  ' })).toBe('Наступний контакт: Ціни');
    expect(followUpSubject({})).toBe('Наступний контакт');
    expect(followUpSubject({ nextContactNote: 'я'.repeat(300) })).toHaveLength(255);
  });

  test('the next contact must be a date after the contact', () => {
    expect(validateNextContact(saved)).toEqual([]);
    expect(validateNextContact({ ...saved, nextContactAt: null })).toEqual([]);
    expect(validateNextContact({ ...saved, nextContactAt: 'завтра' })).toMatchObject([{ field: 'nextContactAt', code: 'type.dateTime' }]);
    const [problem] = validateNextContact({ ...saved, nextContactAt: saved.occurredAt });
    expect(messageText(problem.code as any, problem.params, 'uk')).toBe('має бути пізніше за дату і час контакту');
  });
});

describe('completePlanned', () => {
  const now = at('2026-12-04', 11, 20);

  test('done with the result, at the moment it happened; offers the next one', () => {
    expect(completePlanned({ id: 'i2', state: 'planned' }, { result: '  Домовились про зустріч ', at: now })).toEqual({
      ok: true,
      value: { state: 'done', result: 'Домовились про зустріч', occurredAt: '2026-12-04T09:20:00.000Z', nextContactAt: null, nextContactNote: null },
      offerNext: true,
    });
  });

  test('with the next contact planned in the same step', () => {
    const result = completePlanned({ id: 'i2', state: 'planned' }, { result: 'Так', at: now, nextContactAt: at('2026-12-10', 10), nextContactNote: 'Зустріч' });
    expect(result).toMatchObject({ ok: true, offerNext: false, value: { nextContactAt: '2026-12-10T08:00:00.000Z', nextContactNote: 'Зустріч' } });
  });

  test('refuses a contact not planned, a blank or long result, a next contact before it', () => {
    const codes = (r: ReturnType<typeof completePlanned>) => r.issues?.map((i) => `${i.field}:${i.code}`);
    expect(codes(completePlanned({ id: 'i2', state: 'done' }, { result: ' ', at: now }))).toEqual(['state:interaction.notPlanned', 'result:required']);
    expect(codes(completePlanned({ id: 'i2', state: 'planned' }, { result: 'x'.repeat(5001), at: now }))).toEqual(['result:text.tooLong']);
    expect(codes(completePlanned({ id: 'i2', state: 'planned' }, { result: 'Так', at: now, nextContactAt: at('2026-12-01') }))).toEqual([
      'nextContactAt:interaction.nextAfterOccurred',
    ]);
  });
});

describe('dailyReminders', () => {
  const now = at('2026-12-01', 8); // the cron at 08:00 Kyiv
  const rows: PlannedContactRow[] = [
    { id: 'a', employeeId: 'm1', occurredAt: at('2026-12-01', 14, 30), subject: 'Уточнити замовлення', counterpartyName: 'ТОВ «Ромашка»', contactPersonName: 'Іван' },
    { id: 'b', employeeId: 'm1', occurredAt: at('2026-12-01', 10), subject: null, counterpartyName: 'ФОП Коваль' },
    { id: 'c', employeeId: 'm1', occurredAt: at('2026-11-28', 16), subject: 'Рахунок', counterpartyName: null },
    { id: 'd', employeeId: 'm2', occurredAt: at('2026-11-30', 23, 59), subject: 'Вчора' },
    { id: 'e', employeeId: 'm2', occurredAt: at('2026-12-02', 0), subject: 'Завтра' },
    { id: 'f', employeeId: 'm3', occurredAt: at('2026-12-01', 9), state: 'done', subject: 'Зроблено' },
    { id: 'g', employeeId: null, occurredAt: at('2026-12-01', 9), subject: 'Нічий' },
    { id: 'h', employeeId: 'm4', occurredAt: at('2026-12-03', 9), subject: 'Пізніше' },
  ];

  test('one notification per employee with today’s and overdue contacts, keyed per employee and day', () => {
    const reminders = dailyReminders(rows, now, KYIV, { link: '/admin/crm/inbox' });
    expect(reminders.map((r) => [r.recipientId, r.dedupeKey, r.today.map((i) => i.id), r.overdue.map((i) => i.id)])).toEqual([
      ['m1', 'next-contact:m1:2026-12-01', ['b', 'a'], ['c']],
      ['m2', 'next-contact:m2:2026-12-01', [], ['d']],
    ]);
    const [m1, m2] = reminders;
    expect(m1).toMatchObject({ kind: 'next-contact', date: '2026-12-01', link: '/admin/crm/inbox', title: 'Заплановані контакти на 01.12.2026: сьогодні — 2, прострочені — 1' });
    expect(m1.body).toBe(
      ['Сьогодні:', '10:00 — ФОП Коваль: без теми', '14:30 — ТОВ «Ромашка», Іван: Уточнити замовлення', '', 'Прострочені:', '28.11.2026 16:00 — Рахунок'].join('\n'),
    );
    expect(m2.title).toBe('Заплановані контакти на 01.12.2026: прострочені — 1');
    expect(m2.body).toBe('Прострочені:\n30.11.2026 23:59 — Вчора');
  });

  test('a second run builds the same notifications (the key makes it notify once)', () => {
    const first = dailyReminders(rows, now, KYIV);
    const again = dailyReminders([...rows].reverse(), at('2026-12-01', 8, 5), KYIV);
    expect(again).toEqual(first);
    expect(reminderKey('m1', '2026-12-01')).toBe(first[0].dedupeKey);
  });

  test('"today" is the Kyiv day, not the server’s: 23:30 UTC is already tomorrow in Kyiv', () => {
    const late = dailyReminders(rows, new Date('2026-12-01T22:30:00Z'), KYIV);
    expect(late.map((r) => [r.recipientId, r.date, r.today.map((i) => i.id)])).toEqual([
      ['m1', '2026-12-02', []],
      ['m2', '2026-12-02', ['e']],
    ]);
  });

  test('long lists are cut with a count of the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, employeeId: 'm1', occurredAt: at('2026-12-01', 9 + i), subject: `Дзвінок ${i}` }));
    const [reminder] = dailyReminders(many, now, KYIV, { maxLines: 2 });
    expect(reminder.body).toBe('Сьогодні:\n09:00 — Дзвінок 0\n10:00 — Дзвінок 1\n… і ще 3');
    expect(reminder.today).toHaveLength(5);
  });

  test('nobody with nothing to do is notified', () => {
    expect(dailyReminders([], now, KYIV)).toEqual([]);
  });
});

describe('reminderCronRule', () => {
  test('HH:MM on the business clock becomes a daily cron rule', () => {
    expect(reminderCronRule('08:00')).toEqual({ ok: true, value: '0 8 * * *' });
    expect(reminderCronRule(' 7:45 ')).toEqual({ ok: true, value: '45 7 * * *' });
  });

  test.each(['8', '24:00', '08:60', '', null, 800])('%j is refused', (text) => {
    expect(reminderCronRule(text).ok).toBe(false);
  });
});

describe('chronicle queries', () => {
  const options = { timeZone: KYIV };
  const codes = (r: ReturnType<typeof readChronicleQuery>) => r.issues?.map((i) => `${i.field}:${i.code}`);

  test('a client timeline: newest first, 20 a page by default', () => {
    const result = readChronicleQuery('client', { counterparty: 'abc123' }, options);
    expect(result.value).toEqual({
      scope: 'client',
      counterpartyId: 'abc123',
      managerId: null,
      kinds: [],
      states: [],
      directions: [],
      stageIds: [],
      businessLineIds: [],
      employeeIds: [],
      period: null,
      page: 1,
      pageSize: 20,
      order: 'desc',
    });
    expect(chronicleDocumentQuery(result.value!)).toEqual({
      filters: { $and: [{ counterparty: { documentId: { $eq: 'abc123' } } }] },
      sort: [{ occurredAt: 'desc' }, { id: 'desc' }],
      start: 0,
      limit: 20,
    });
  });

  test('filters by kind, stage, business line, employee and period; lists as "a,b" or repeated', () => {
    const result = readChronicleQuery(
      'client',
      { counterparty: 'c1', kind: ['call-in,meeting', 'call-in'], stage: 's1', businessLine: 'b1,b2', employee: ['m1', 'm2'], state: 'done', from: '2026-03-29', to: '2026-03-29', page: '3', pageSize: '50', order: 'asc' },
      options,
    );
    expect(result.ok).toBe(true);
    const q = chronicleDocumentQuery(result.value!);
    expect(q).toEqual({
      filters: {
        $and: [
          { counterparty: { documentId: { $eq: 'c1' } } },
          { employee: { documentId: { $in: ['m1', 'm2'] } } },
          { kind: { $in: ['call-in', 'meeting'] } },
          { state: { $in: ['done'] } },
          { stage: { documentId: { $eq: 's1' } } },
          { businessLine: { documentId: { $in: ['b1', 'b2'] } } },
          // 29.03.2026 in Kyiv: from 00:00 (UTC+2) to the next midnight (UTC+3), a day of 23 hours
          { occurredAt: { $gte: '2026-03-28T22:00:00.000Z' } },
          { occurredAt: { $lt: '2026-03-29T21:00:00.000Z' } },
        ],
      },
      sort: [{ occurredAt: 'asc' }, { id: 'asc' }],
      start: 100,
      limit: 50,
    });
  });

  test('a manager’s chronicle: one employee', () => {
    const result = readChronicleQuery('manager', { employee: 'm1', from: '2026-10-25' }, options);
    expect(result.value).toMatchObject({ managerId: 'm1', employeeIds: [], period: { from: '2026-10-25', to: null, end: null } });
    expect(chronicleDocumentQuery(result.value!).filters.$and).toEqual([
      { employee: { documentId: { $eq: 'm1' } } },
      { occurredAt: { $gte: '2026-10-24T21:00:00.000Z' } },
    ]);
    expect(codes(readChronicleQuery('manager', {}, options))).toEqual(['employee:required']);
    expect(codes(readChronicleQuery('manager', { employee: 'm1,m2' }, options))).toEqual(['employee:request.invalid']);
  });

  test('a period: both ends required, the end not before the start', () => {
    expect(readChronicleQuery('period', { from: '2026-01-01', to: '2026-12-31' }, options).ok).toBe(true);
    expect(codes(readChronicleQuery('period', {}, options))).toEqual(['from:required', 'to:required']);
    expect(codes(readChronicleQuery('period', { from: '2026-02-30', to: '01.03.2026' }, options))).toEqual(['from:type.localDate', 'to:type.localDate']);
    const backwards = readChronicleQuery('period', { from: '2026-03-02', to: '2026-03-01' }, options);
    expect(codes(backwards)).toEqual(['to:period.toBeforeFrom']);
    expect(messageText(backwards.issues![0].code as any, {}, 'uk')).toBe('не може бути раніше за початок періоду');
  });

  test('refuses unknown parameters, unknown values, operator objects and odd ids', () => {
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', populate: '*' }, options))).toEqual(['populate:request.notAccepted']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', kind: 'call-in,fax' }, options))).toEqual(['kind:request.oneOf']);
    expect(codes(readChronicleQuery('client', { counterparty: { $ne: '' } }, options))).toEqual(['counterparty:request.format']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', stage: "x' OR 1=1" }, options))).toEqual(['stage:request.format']);
    expect(codes(readChronicleQuery('client', { counterparty: 'a,b' }, options))).toEqual(['counterparty:request.invalid']);
    expect(codes(readChronicleQuery('client', {}, options))).toEqual(['counterparty:required']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', order: 'random' }, options))).toEqual(['order:request.oneOf']);
  });

  test('paging: whole numbers, a maximum page size and a maximum depth', () => {
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', page: '0' }, options))).toEqual(['page:number.atLeast']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', page: '1.5' }, options))).toEqual(['page:number.whole']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', pageSize: '101' }, options))).toEqual(['pageSize:number.atMost']);
    expect(codes(readChronicleQuery('client', { counterparty: 'c1', pageSize: '0' }, options))).toEqual(['pageSize:number.atLeast']);
    const deep = readChronicleQuery('client', { counterparty: 'c1', page: '101', pageSize: '100' }, options);
    expect(deep.issues).toMatchObject([{ field: 'page', code: 'number.atMost', params: { limit: 100 } }]);
    expect(readChronicleQuery('client', { counterparty: 'c1', page: '100', pageSize: '100' }, options).ok).toBe(true);
    expect(readChronicleQuery('client', { counterparty: 'c1', pageSize: '200' }, { ...options, maxPageSize: 500 }).value?.pageSize).toBe(200);
  });
});
