import {
  activeClients,
  businessDayAt,
  businessDaysFrom,
  businessMonthAt,
  clockTime,
  contactDue,
  contactsPlannedOn,
  contactsPlannedFor,
  counterpartiesManagedBy,
  eventsAhead,
  filtersOf,
  incomingPaymentsIn,
  invoicedIn,
  invoiceItem,
  listLink,
  listSearch,
  marketingEventItem,
  newRequestsFor,
  openRequests,
  outstandingKopecks,
  overdueAmong,
  overdueContactsOf,
  overdueInvoices,
  paymentItem,
  personIs,
  plannedContactItem,
  presenceOfKind,
  requestItem,
  requestsReceivedOn,
  scheduleEntriesOn,
  sumByCurrency,
  unmatchedPayments,
  unpaidInvoicesBy,
  whereaboutsOn,
} from '../../src/domain/workspace';

const KYIV = 'Europe/Kyiv';
const me = { id: 7, fullName: 'Бондаренко Олена' };
const iso = (d: Date) => d.toISOString();

describe('the business day and month are Kyiv’s, whatever the server’s zone', () => {
  test('late evening UTC is already tomorrow in Kyiv (winter, UTC+2)', () => {
    const day = businessDayAt(new Date('2026-11-29T22:05:00Z'), KYIV);
    expect(day.date).toBe('2026-11-30');
    expect(iso(day.start)).toBe('2026-11-29T22:00:00.000Z');
    expect(iso(day.end)).toBe('2026-11-30T22:00:00.000Z');
  });

  test('summer time: the day starts at 21:00 UTC; the DST change day has 23 hours', () => {
    const summer = businessDayAt(new Date('2026-07-01T12:00:00Z'), KYIV);
    expect(iso(summer.start)).toBe('2026-06-30T21:00:00.000Z');
    const change = businessDayAt(new Date('2026-03-29T12:00:00Z'), KYIV);
    expect((change.end.getTime() - change.start.getTime()) / 3_600_000).toBe(23);
  });

  test('this month in Kyiv: the 1st 00:00 to the next 1st, as dates and instants', () => {
    const month = businessMonthAt(new Date('2026-11-30T22:30:00Z'), KYIV); // 1 December 00:30 in Kyiv
    expect([month.from, month.to]).toEqual(['2026-12-01', '2026-12-31']);
    expect(iso(month.start)).toBe('2026-11-30T22:00:00.000Z');
    expect(iso(month.end)).toBe('2026-12-31T22:00:00.000Z');
  });

  test('a run of days from today', () => {
    const day = businessDayAt(new Date('2026-11-30T10:00:00Z'), KYIV);
    const ahead = businessDaysFrom(day, 14, KYIV);
    expect([ahead.from, ahead.to]).toEqual(['2026-11-30', '2026-12-13']);
  });

  test('clock time on the Kyiv wall clock', () => {
    expect(clockTime('2026-11-30T07:05:00Z', KYIV)).toBe('09:05');
  });
});

describe('a figure’s list query', () => {
  test('the person is matched by id, and carries the name for the content manager’s chip', () => {
    expect(personIs('manager', me)).toEqual({ manager: { fullName: { $eq: 'Бондаренко Олена' }, id: { $eq: 7 } } });
  });

  test('as filters: the entries ANDed; none → everything', () => {
    expect(filtersOf(counterpartiesManagedBy(me))).toEqual({ $and: [personIs('manager', me)] });
    expect(filtersOf({ uid: 'x', entries: [], sort: 'id:ASC' })).toEqual({});
  });

  test('as a link: the content manager’s list address with the same conditions, values encoded', () => {
    const link = listLink(counterpartiesManagedBy(me, 'client'));
    expect(link).toBe(
      '/content-manager/collection-types/api::counterparty.counterparty?page=1&pageSize=20&sort=name%3AASC' +
        '&filters[$and][0][manager][fullName][$eq]=%D0%91%D0%BE%D0%BD%D0%B4%D0%B0%D1%80%D0%B5%D0%BD%D0%BA%D0%BE%20%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0' +
        '&filters[$and][0][manager][id][$eq]=7&filters[$and][1][kind][$eq]=client',
    );
    expect(listSearch(newRequestsFor(me))).toContain('filters[$and][1][state][$in][0]=new&filters[$and][1][state][$in][1]=assigned');
  });
});

describe('planned contacts', () => {
  const day = businessDayAt(new Date('2026-11-30T10:00:00Z'), KYIV);

  test('today: planned, mine, from today’s first instant up to (not including) tomorrow’s', () => {
    expect(contactsPlannedFor(me, day).entries).toEqual([
      personIs('employee', me),
      { state: { $eq: 'planned' } },
      { occurredAt: { $gte: '2026-11-29T22:00:00.000Z' } },
      { occurredAt: { $lt: '2026-11-30T22:00:00.000Z' } },
    ]);
    expect(contactsPlannedOn(day).entries).toEqual(contactsPlannedFor(me, day).entries.slice(1));
    expect(overdueContactsOf(me, day).entries).toEqual([personIs('employee', me), { state: { $eq: 'planned' } }, { occurredAt: { $lt: '2026-11-29T22:00:00.000Z' } }]);
  });

  test('a contact planned for this morning is still today’s; yesterday 23:59 Kyiv is overdue', () => {
    expect(contactDue('2026-11-29T22:00:00Z', day)).toBe('today');
    expect(contactDue('2026-11-29T21:59:59Z', day)).toBe('overdue');
    expect(contactDue('2026-11-30T21:59:59Z', day)).toBe('today');
    expect(contactDue('2026-11-30T22:00:00Z', day)).toBe('later');
  });

  test('items: today’s by time, overdue ones with their date', () => {
    expect(plannedContactItem({ documentId: 'a', occurredAt: '2026-11-30T12:30:00Z', subject: 'Дзвінок', kind: 'call-out', counterparty: { name: 'ТОВ «Альфа»' } }, day, KYIV)).toEqual({
      documentId: 'a',
      due: 'today',
      when: '14:30',
      kind: 'call-out',
      subject: 'Дзвінок',
      counterparty: 'ТОВ «Альфа»',
    });
    expect(plannedContactItem({ documentId: 'b', occurredAt: '2026-11-27T08:00:00Z' }, day, KYIV)).toMatchObject({ due: 'overdue', when: '27.11.2026 10:00', counterparty: null, subject: null });
  });
});

describe('inbound requests', () => {
  const day = businessDayAt(new Date('2026-11-30T10:00:00Z'), KYIV);

  test('new for me: assigned to me and not taken up (new or assigned); open: neither done nor rejected', () => {
    expect(newRequestsFor(me).entries).toEqual([personIs('assignee', me), { state: { $in: ['new', 'assigned'] } }]);
    expect(openRequests().entries).toEqual([{ state: { $notIn: ['done', 'rejected'] } }]);
    expect(requestsReceivedOn(day).entries).toEqual([{ receivedAt: { $gte: '2026-11-29T22:00:00.000Z' } }, { receivedAt: { $lt: '2026-11-30T22:00:00.000Z' } }]);
  });

  test('an item says who it came from: the counterparty, else the organisation, else the caller', () => {
    const base = { documentId: 'r', receivedAt: '2026-11-30T07:15:00Z', callerName: 'Іван Петренко' };
    expect(requestItem({ ...base, organizationName: 'ТОВ «Бета»', counterparty: { name: 'ТОВ «Альфа»' } }, day, KYIV).from).toBe('ТОВ «Альфа»');
    expect(requestItem({ ...base, organizationName: 'ТОВ «Бета»' }, day, KYIV).from).toBe('ТОВ «Бета»');
    expect(requestItem(base, day, KYIV)).toMatchObject({ from: 'Іван Петренко', when: '09:15', assignee: null });
    expect(requestItem({ ...base, receivedAt: '2026-11-28T14:40:00Z' }, day, KYIV).when).toBe('28.11.2026 16:40');
  });
});

describe('invoices and money', () => {
  const day = businessDayAt(new Date('2026-11-30T10:00:00Z'), KYIV);

  test('unpaid: issued, partly paid or overdue, by me; overdue: unpaid and due before today; invoiced: neither draft nor cancelled', () => {
    expect(unpaidInvoicesBy(me).entries).toEqual([personIs('author', me), { state: { $in: ['issued', 'partially-paid', 'overdue'] } }]);
    expect(overdueInvoices(day).entries).toEqual([{ state: { $in: ['issued', 'partially-paid', 'overdue'] } }, { dueDate: { $lt: '2026-11-30' } }]);
    expect(overdueAmong(unpaidInvoicesBy(me), day).entries).toEqual([...unpaidInvoicesBy(me).entries, { dueDate: { $lt: '2026-11-30' } }]);
    const month = businessMonthAt(new Date('2026-11-30T10:00:00Z'), KYIV);
    expect(invoicedIn(month).entries).toEqual([{ date: { $gte: '2026-11-01' } }, { date: { $lte: '2026-11-30' } }, { state: { $notIn: ['draft', 'cancelled'] } }]);
    expect(incomingPaymentsIn(month).entries).toEqual([{ direction: { $eq: 'incoming' } }, { date: { $gte: '2026-11-01' } }, { date: { $lte: '2026-11-30' } }]);
    expect(unmatchedPayments().entries).toEqual([{ matchStatus: { $eq: 'unmatched' } }]);
    expect(activeClients().entries).toEqual([{ kind: { $eq: 'client' } }, { state: { $eq: 'active' } }]);
  });

  test('outstanding = total − paid, exact, never below zero; blanks are zero', () => {
    expect(outstandingKopecks({ total: '1000.10', paidAmount: 300.05 })).toBe(BigInt(70005));
    expect(outstandingKopecks({ total: 0.3, paidAmount: 0.1 })).toBe(BigInt(20));
    expect(outstandingKopecks({ total: '100.00', paidAmount: '120.00' })).toBe(BigInt(0));
    expect(outstandingKopecks({ total: '99.99', paidAmount: null })).toBe(BigInt(9999));
    expect(outstandingKopecks({})).toBe(BigInt(0));
  });

  test('sums per currency are exact (no float drift), hryvnias first, zero sums left out', () => {
    const tenths = Array.from({ length: 10 }, () => ({ amount: 0.1 }));
    expect(sumByCurrency(tenths)).toEqual([{ currency: 'UAH', amount: '1.00' }]);
    expect(
      sumByCurrency([
        { currency: 'USD', amount: '100.50' },
        { currency: null, amount: '9007199254740.99' },
        { currency: 'UAH', amount: '0.01' },
        { currency: 'EUR', amount: '5.00' },
        { currency: 'EUR', amount: '-5.00' },
        { currency: 'PLN', amount: BigInt(1) },
        { currency: 'UAH', amount: null },
      ]),
    ).toEqual([
      { currency: 'UAH', amount: '9007199254741.00' },
      { currency: 'PLN', amount: '0.01' },
      { currency: 'USD', amount: '100.50' },
    ]);
    expect(sumByCurrency([])).toEqual([]);
  });

  test('an invoice item: what is still owed, the due date, days overdue; no amount for whoever may not see money', () => {
    const row = { documentId: 'i', number: 'Р-17', total: '1200.00', paidAmount: '200.00', dueDate: '2026-11-25', state: 'overdue', counterparty: { name: 'ТОВ «Альфа»' } };
    expect(invoiceItem(row, day, true)).toEqual({
      documentId: 'i',
      number: 'Р-17',
      counterparty: 'ТОВ «Альфа»',
      currency: 'UAH',
      outstanding: '1000.00',
      dueDate: '25.11.2026',
      daysOverdue: 5,
      state: 'overdue',
    });
    expect(invoiceItem({ ...row, dueDate: '2026-11-30' }, day, true).daysOverdue).toBe(0);
    expect(invoiceItem(row, day, false).outstanding).toBeNull();
  });

  test('a payment item names the other party', () => {
    const row = { documentId: 'p', date: '2026-11-27', amount: 1500.5, payerName: 'ТОВ «Альфа»', payeeName: 'Вітрило', purpose: 'Оплата' };
    expect(paymentItem({ ...row, direction: 'incoming' })).toMatchObject({ party: 'ТОВ «Альфа»', amount: '1500.50', date: '27.11.2026', currency: 'UAH' });
    expect(paymentItem({ ...row, direction: 'outgoing' }).party).toBe('Вітрило');
  });
});

describe('who is where today', () => {
  const now = new Date('2026-11-30T10:00:00Z'); // 12:00 in Kyiv
  const day = businessDayAt(now, KYIV);
  const olena = { id: 1, fullName: 'Бондаренко Олена' };
  const ivan = { id: 2, fullName: 'Андрієнко Іван' };
  const sofia = { id: 3, fullName: 'Стецюк Софія' };
  const taras = { id: 4, fullName: 'Гнатюк Тарас' };

  test('entries that overlap today: begun before its end, ending after its start', () => {
    expect(scheduleEntriesOn(day).entries).toEqual([{ start: { $lt: '2026-11-30T22:00:00.000Z' } }, { end: { $gt: '2026-11-29T22:00:00.000Z' } }]);
  });

  test('each person once, with the day’s entries in order; absent wins, then office, remote, away', () => {
    const result = whereaboutsOn(
      [
        { documentId: 'o2', employee: olena, kind: 'client-visit', start: '2026-11-30T10:00:00Z', end: '2026-11-30T12:00:00Z', organization: 'ТОВ «Альфа»', city: 'Київ', purpose: 'Переговори' },
        { documentId: 'o1', employee: olena, kind: 'office', start: '2026-11-30T07:00:00Z', end: '2026-11-30T09:30:00Z', city: 'Київ' },
        { documentId: 'i1', employee: ivan, kind: 'vacation', start: '2026-11-25T22:00:00Z', end: '2026-12-04T21:59:00Z' },
        { documentId: 's1', employee: sofia, kind: 'remote', start: '2026-11-30T07:00:00Z', end: '2026-11-30T16:00:00Z' },
        { documentId: 't1', employee: taras, kind: 'business-trip', start: '2026-11-29T05:00:00Z', end: '2026-12-01T18:00:00Z', counterparty: { name: 'ПП «Гамма»' }, city: 'Львів' },
        { documentId: 'x', employee: null, kind: 'office', start: '2026-11-30T07:00:00Z', end: '2026-11-30T16:00:00Z' },
      ],
      day,
      now,
      KYIV,
    );
    expect(result.people.map((p) => [p.employee, p.presence])).toEqual([
      ['Бондаренко Олена', 'office'],
      ['Гнатюк Тарас', 'away'],
      ['Стецюк Софія', 'remote'],
      ['Андрієнко Іван', 'absent'],
    ]);
    expect(result.counts).toEqual({ office: 1, away: 1, remote: 1, absent: 1 });
    expect(result.people[0].entries).toEqual([
      { documentId: 'o1', kind: 'office', from: '09:00', to: '11:30', allDay: false, until: null, place: 'Київ', purpose: null, now: false },
      { documentId: 'o2', kind: 'client-visit', from: '12:00', to: '14:00', allDay: false, until: null, place: 'ТОВ «Альфа», Київ', purpose: 'Переговори', now: true },
    ]);
    expect(result.people[3].entries[0]).toMatchObject({ from: null, to: null, allDay: true, until: '04.12.2026' });
    expect(result.people[1].entries[0]).toMatchObject({ from: null, to: null, until: '01.12.2026', place: 'ПП «Гамма», Львів', now: true });
  });

  test('a day off written 00:00–23:59 is the whole day', () => {
    const result = whereaboutsOn([{ documentId: 'd', employee: olena, kind: 'day-off', start: '2026-11-29T22:00:00Z', end: '2026-11-30T21:59:00Z' }], day, now, KYIV);
    expect(result.people[0]).toMatchObject({ presence: 'absent', entries: [{ from: null, to: '23:59', allDay: true, until: null }] });
  });

  test('unknown kinds read as away', () => {
    expect(presenceOfKind('office')).toBe('office');
    expect(presenceOfKind('sick-leave')).toBe('absent');
    expect(presenceOfKind(undefined)).toBe('away');
  });
});

describe('marketing events ahead', () => {
  const day = businessDayAt(new Date('2026-11-30T10:00:00Z'), KYIV);
  const period = businessDaysFrom(day, 14, KYIV);

  test('going on today or starting within the period', () => {
    expect(eventsAhead(period).entries).toEqual([
      { start: { $lt: '2026-12-13T22:00:00.000Z' } },
      { $or: [{ end: { $gte: '2026-11-29T22:00:00.000Z' } }, { start: { $gte: '2026-11-29T22:00:00.000Z' } }] },
    ]);
  });

  test('an item: start with time, last day when longer than a day, today’s flag', () => {
    expect(marketingEventItem({ documentId: 'e', name: 'Виставка', start: '2026-12-02T08:00:00Z', end: '2026-12-04T16:00:00Z', place: 'Київ' }, day, KYIV)).toEqual({
      documentId: 'e',
      name: 'Виставка',
      kind: null,
      starts: '02.12.2026 10:00',
      ends: '04.12.2026',
      place: 'Київ',
      today: false,
    });
    expect(marketingEventItem({ documentId: 'f', start: '2026-11-28T08:00:00Z', end: '2026-12-01T16:00:00Z' }, day, KYIV).today).toBe(true);
    expect(marketingEventItem({ documentId: 'g', start: '2026-11-30T08:00:00Z', end: '2026-11-30T10:00:00Z' }, day, KYIV)).toMatchObject({ today: true, ends: null });
  });
});
