import { inboundRequestsSheets, RequestRecord, requestWasLate, responseHours, routingOutcome } from '../../src/domain/reports/catalog/inbound-requests';

const NOW = new Date('2024-07-01T12:00:00.000Z');

const request = (over: Partial<RequestRecord>): RequestRecord => ({
  channel: 'Телефон',
  leadSource: null,
  department: 'Продажі',
  assignee: 'Коваль',
  state: 'done',
  receivedAt: '2024-06-03T09:00:00.000Z',
  readAt: '2024-06-03T10:00:00.000Z',
  doneAt: '2024-06-03T13:00:00.000Z',
  dueAt: '2024-06-03T17:00:00.000Z',
  overdue: false,
  routingRule: null,
  flagged: false,
  forwards: 0,
  hasCounterparty: false,
  invoiced: false,
  ...over,
});

describe('one request', () => {
  test('late: marked overdue, done after its due moment, or still open past it', () => {
    expect(requestWasLate(request({}), NOW)).toBe(false);
    expect(requestWasLate(request({ overdue: true }), NOW)).toBe(true);
    expect(requestWasLate(request({ doneAt: '2024-06-03T17:00:00.001Z' }), NOW)).toBe(true);
    expect(requestWasLate(request({ state: 'in-progress', doneAt: null }), NOW)).toBe(true);
    expect(requestWasLate(request({ state: 'in-progress', doneAt: null, dueAt: '2024-07-02T00:00:00.000Z' }), NOW)).toBe(false);
    expect(requestWasLate(request({ state: 'rejected', doneAt: null }), NOW)).toBe(false);
    expect(requestWasLate(request({ dueAt: null, state: 'new' }), NOW)).toBe(false);
  });

  test('response: to reading it, else to finishing it; none without either', () => {
    expect(responseHours(request({}))).toBe(1);
    expect(responseHours(request({ readAt: null }))).toBe(4);
    expect(responseHours(request({ readAt: null, doneAt: null }))).toBeNull();
  });

  test('routing: by the rule when one chose, else assigned or not; the rule unknown to the caller', () => {
    expect(routingOutcome({ routingRule: 'Веб-форма', assignee: null })).toBe('За правилом «Веб-форма»');
    expect(routingOutcome({ routingRule: null, assignee: 'Коваль' })).toBe('Без правила (менеджер клієнта, черговий або вручну)');
    expect(routingOutcome({ routingRule: null, assignee: null })).toBe('Не призначено');
    expect(routingOutcome({ assignee: 'Коваль' })).toBe('Призначено');
  });
});

describe('inbound requests sheets', () => {
  test('by channel and lead source, by department and assignee, by routing, with conversion', () => {
    const [byChannel, byDepartment, byRouting] = inboundRequestsSheets(
      [
        request({ hasCounterparty: true, invoiced: true }),
        request({ readAt: '2024-06-03T12:00:00.000Z', doneAt: '2024-06-03T20:00:00.000Z', hasCounterparty: true }),
        request({ channel: 'Форма на сайті', leadSource: 'Виставка', assignee: null, state: 'new', readAt: null, doneAt: null, routingRule: 'Сайт', flagged: true }),
        request({ state: 'rejected', doneAt: null, readAt: null, forwards: 2 }),
      ],
      NOW,
    );
    expect(byChannel).toEqual([
      { channel: 'Телефон', leadSource: null, requests: 3, done: 2, rejected: 1, open: 0, late: 1, responseHours: 2, invoiced: 1, conversion: 1 / 3 },
      { channel: 'Форма на сайті', leadSource: 'Виставка', requests: 1, done: 0, rejected: 0, open: 1, late: 1, responseHours: null, invoiced: 0, conversion: 0 },
    ]);
    expect(byDepartment).toEqual([
      // completion: 4 h and 11 h
      { department: 'Продажі', assignee: 'Коваль', requests: 3, done: 2, open: 0, late: 1, responseHours: 2, completionHours: 7.5 },
      { department: 'Продажі', assignee: null, requests: 1, done: 0, open: 1, late: 1, responseHours: null, completionHours: null },
    ]);
    expect(byRouting).toEqual([
      { routing: 'Без правила (менеджер клієнта, черговий або вручну)', requests: 3, flagged: 0, forwarded: 1, withCounterparty: 2, invoiced: 1, conversion: 1 / 3 },
      { routing: 'За правилом «Сайт»', requests: 1, flagged: 1, forwarded: 0, withCounterparty: 0, invoiced: 0, conversion: 0 },
    ]);
  });
});
