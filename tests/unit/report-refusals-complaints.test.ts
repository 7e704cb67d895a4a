import { refusalsSheets } from '../../src/domain/reports/catalog/refusals';
import { complaintsSheets, resolutionDays } from '../../src/domain/reports/catalog/complaints';

describe('refusals sheets', () => {
  test('by reason and competitor with exact losses and shares, by manager per kind', () => {
    const [byReason, byCompetitor, byManager] = refusalsSheets([
      { kind: 'refused-purchase', lossReason: 'Ціна', competitor: 'Омега', manager: 'Коваль', lostAmount: '1000.10' },
      { kind: 'refused-purchase', lossReason: 'Ціна', competitor: null, manager: 'Коваль', lostAmount: 0.2 },
      { kind: 'ended-cooperation', lossReason: null, competitor: 'Омега', manager: 'Петренко', lostAmount: null },
      { kind: 'ended-cooperation', lossReason: 'Строки', competitor: 'Сигма', manager: null, lostAmount: '3000.00' },
    ]);
    expect(byReason).toEqual([
      // 1000.30 and 3000.00 of 4000.30
      { lossReason: 'Ціна', refusals: 2, lostAmount: '1000.30', share: 0.250056 },
      { lossReason: null, refusals: 1, lostAmount: '0.00', share: 0 },
      { lossReason: 'Строки', refusals: 1, lostAmount: '3000.00', share: 0.749944 },
    ]);
    expect(byCompetitor.map((row) => [row.competitor, row.refusals, row.lostAmount])).toEqual([
      ['Омега', 2, '1000.10'],
      [null, 1, '0.20'],
      ['Сигма', 1, '3000.00'],
    ]);
    expect(byManager).toEqual([
      { manager: 'Коваль', refusedPurchase: 2, endedCooperation: 0, refusals: 2, lostAmount: '1000.30' },
      { manager: 'Петренко', refusedPurchase: 0, endedCooperation: 1, refusals: 1, lostAmount: '0.00' },
      { manager: null, refusedPurchase: 0, endedCooperation: 1, refusals: 1, lostAmount: '3000.00' },
    ]);
  });
});

describe('complaints sheets', () => {
  test('resolution days count only resolved complaints with both moments', () => {
    expect(resolutionDays({ state: 'resolved', receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-03T21:00:00.000Z' })).toBe(2.5);
    expect(resolutionDays({ state: 'rejected', receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-03T21:00:00.000Z' })).toBeNull();
    expect(resolutionDays({ state: 'resolved', receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: null })).toBeNull();
  });

  test('by category and severity and by responsible: states, mean resolution days, exact cost', () => {
    const [byCategory, byResponsible] = complaintsSheets([
      { category: 'Якість', severity: 'Висока', responsible: 'Коваль', state: 'resolved', receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-02T09:00:00.000Z', cost: '100.10' },
      { category: 'Якість', severity: 'Висока', responsible: 'Коваль', state: 'resolved', receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-04T09:00:00.000Z', cost: 0.2 },
      { category: 'Якість', severity: 'Низька', responsible: null, state: 'new', receivedAt: '2024-06-05T09:00:00.000Z', resolvedAt: null, cost: null },
      { category: 'Доставка', severity: null, responsible: 'Коваль', state: 'rejected', receivedAt: '2024-06-06T09:00:00.000Z', resolvedAt: null, cost: '5.00' },
    ]);
    expect(byCategory).toEqual([
      { category: 'Якість', severity: 'Висока', complaints: 2, resolved: 2, rejected: 0, open: 0, resolutionDays: 2, cost: '100.30' },
      { category: 'Якість', severity: 'Низька', complaints: 1, resolved: 0, rejected: 0, open: 1, resolutionDays: null, cost: '0.00' },
      { category: 'Доставка', severity: null, complaints: 1, resolved: 0, rejected: 1, open: 0, resolutionDays: null, cost: '5.00' },
    ]);
    expect(byResponsible).toEqual([
      { responsible: 'Коваль', complaints: 3, resolved: 2, rejected: 1, open: 0, resolutionDays: 2, cost: '105.30' },
      { responsible: null, complaints: 1, resolved: 0, rejected: 0, open: 1, resolutionDays: null, cost: '0.00' },
    ]);
  });
});
