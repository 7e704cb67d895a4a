import { managerActivitySheets, plannedOutcome } from '../../src/domain/reports/catalog/manager-activity';

const koval = { id: 1, name: 'Коваль' };
const petrenko = { id: 2, name: 'Петренко' };
const idle = { id: 3, name: 'Сидоренко' };
const TODAY_START = new Date('2024-06-30T21:00:00.000Z'); // 01.07.2024 00:00 in Kyiv

describe('plannedOutcome', () => {
  test('done or cancelled by its follow-up; otherwise overdue once its day is over, else ahead', () => {
    expect(plannedOutcome({ nextContactAt: '2024-06-01T09:00:00.000Z', followUpState: 'done' }, TODAY_START)).toBe('done');
    expect(plannedOutcome({ nextContactAt: '2024-06-01T09:00:00.000Z', followUpState: 'cancelled' }, TODAY_START)).toBe('cancelled');
    expect(plannedOutcome({ nextContactAt: '2024-06-30T20:59:59.999Z', followUpState: 'planned' }, TODAY_START)).toBe('overdue');
    expect(plannedOutcome({ nextContactAt: '2024-06-30T21:00:00.000Z', followUpState: 'planned' }, TODAY_START)).toBe('ahead');
    // the follow-up was removed: still owed, so overdue when its day is over
    expect(plannedOutcome({ nextContactAt: '2024-06-01T09:00:00.000Z', followUpState: null }, TODAY_START)).toBe('overdue');
  });
});

describe('manager activity sheets', () => {
  test('counts contacts by kind, planned contacts, requests with mean hours, new counterparties and sales with shares', () => {
    const [activity, sales] = managerActivitySheets(
      {
        interactions: [
          { employee: koval, kind: 'call-out' },
          { employee: koval, kind: 'call-out' },
          { employee: koval, kind: 'meeting' },
          { employee: petrenko, kind: 'other' },
          { employee: petrenko, kind: 'letter' },
        ],
        plannedContacts: [
          { employee: koval, nextContactAt: '2024-06-10T09:00:00.000Z', followUpState: 'done' },
          { employee: koval, nextContactAt: '2024-06-11T09:00:00.000Z', followUpState: 'planned' },
          { employee: koval, nextContactAt: '2024-07-02T09:00:00.000Z', followUpState: 'planned' },
        ],
        requests: [
          // read after 1 h, done after 3 h
          { employee: koval, receivedAt: '2024-06-03T09:00:00.000Z', readAt: '2024-06-03T10:00:00.000Z', doneAt: '2024-06-03T12:00:00.000Z' },
          // never marked read: done after 2 h is its first response too
          { employee: koval, receivedAt: '2024-06-04T09:00:00.000Z', readAt: null, doneAt: '2024-06-04T11:00:00.000Z' },
        ],
        newCounterparties: [petrenko, petrenko],
        invoices: [
          { employee: koval, total: '100.10' },
          { employee: koval, total: '0.20' },
          { employee: petrenko, total: '300.30' },
        ],
        payments: [{ employee: koval, amount: '50.05' }],
        employees: [idle],
      },
      TODAY_START,
    );
    const row = (name: string) => activity.find((r) => r.employee === name);
    expect(row('Коваль')).toEqual({
      employee: 'Коваль',
      callIn: 0,
      callOut: 2,
      meeting: 1,
      visit: 0,
      email: 0,
      letter: 0,
      messenger: 0,
      otherKind: 0,
      interactions: 3,
      planned: 3,
      plannedDone: 1,
      plannedOverdue: 1,
      requestsDone: 2,
      responseHours: 1.5,
      completionHours: 2.5,
      newCounterparties: 0,
    });
    expect(row('Петренко')).toMatchObject({ letter: 1, otherKind: 1, interactions: 2, requestsDone: 0, responseHours: null, newCounterparties: 2 });
    expect(row('Сидоренко')).toMatchObject({ interactions: 0, planned: 0, newCounterparties: 0 });
    expect(sales).toEqual([
      { employee: 'Сидоренко', invoices: 0, invoiced: '0.00', received: '0.00', share: 0 },
      // 100.30 / 400.60 and 300.30 / 400.60
      { employee: 'Коваль', invoices: 2, invoiced: '100.30', received: '50.05', share: 0.250374 },
      { employee: 'Петренко', invoices: 1, invoiced: '300.30', received: '0.00', share: 0.749626 },
    ]);
  });
});
