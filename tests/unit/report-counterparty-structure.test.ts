import { CounterpartyRecord, counterpartyStructureSheets } from '../../src/domain/reports/catalog/counterparty-structure';

describe('counterparty structure sheets', () => {
  const record = (over: Partial<CounterpartyRecord>): CounterpartyRecord => ({ kind: 'client', industry: 'Торгівля', segment: 'Малий бізнес', region: 'Київ', manager: 'Коваль', ...over });

  test('counts by kind × industry × segment, by region (with clients) and by manager per kind, with shares', () => {
    const [byKind, byRegion, byManager] = counterpartyStructureSheets([
      record({}),
      record({}),
      record({ kind: 'prospect', region: 'Львів' }),
      record({ kind: 'supplier', industry: null, segment: null, region: null, manager: null }),
    ]);
    expect(byKind).toEqual([
      { kind: 'Клієнт', industry: 'Торгівля', segment: 'Малий бізнес', counterparties: 2, share: 0.5 },
      { kind: 'Потенційний клієнт', industry: 'Торгівля', segment: 'Малий бізнес', counterparties: 1, share: 0.25 },
      { kind: 'Постачальник', industry: null, segment: null, counterparties: 1, share: 0.25 },
    ]);
    expect(byRegion).toEqual([
      { region: 'Київ', counterparties: 2, clients: 2, share: 0.5 },
      { region: 'Львів', counterparties: 1, clients: 0, share: 0.25 },
      { region: null, counterparties: 1, clients: 0, share: 0.25 },
    ]);
    expect(byManager).toEqual([
      { manager: 'Коваль', kindClient: 2, kindProspect: 1, kindPartner: 0, kindCompetitor: 0, kindSupplier: 0, kindOther: 0, counterparties: 3 },
      { manager: null, kindClient: 0, kindProspect: 0, kindPartner: 0, kindCompetitor: 0, kindSupplier: 1, kindOther: 0, counterparties: 1 },
    ]);
  });

  test('an empty base gives empty sheets', () => {
    expect(counterpartyStructureSheets([])).toEqual([[], [], []]);
  });
});
