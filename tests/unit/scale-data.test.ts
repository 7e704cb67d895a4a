import {
  batches,
  CounterpartyGenerator,
  CounterpartyTable,
  DOCUMENT_ID_PATTERN,
  DocumentIds,
  HISTORY_DAYS,
  InteractionGenerator,
  parseScaleArguments,
  planRun,
  scaleEdrpou,
  SCHEDULE_ENTRIES_PER_EMPLOYEE,
  ScaleProgress,
  withDefaults,
  scaleIban,
  scaleRnokpp,
} from '../../src/seed/scale';
import { DEMO_EMPLOYEES } from '../../src/seed/demo-company';
import { Rng } from '../../src/seed/random';
import { NOW, schemaEnum, world } from '../helpers/scale-world';
import {
  contactPersonRules,
  counterpartyRules,
  isValidEdrpou,
  isValidIban,
  isValidRnokpp,
  normalizePhone,
  validateRecord,
} from '../../src/domain/identifiers';

describe('documentIds', () => {
  const ids = new DocumentIds('test', 'counterparty');

  test('look like the cuid2 ids Strapi makes: 24 characters, a letter first', () => {
    for (const i of [0, 1, 2, 999_999, 2 ** 31 - 1]) expect(ids.of(i)).toMatch(DOCUMENT_ID_PATTERN);
  });

  test('are the same for the same seed and index, and differ otherwise', () => {
    expect(new DocumentIds('test', 'counterparty').of(42)).toBe(ids.of(42));
    expect(new DocumentIds('other', 'counterparty').of(42)).not.toBe(ids.of(42));
    expect(new DocumentIds('test', 'interaction').of(42)).not.toBe(ids.of(42));
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i += 1) seen.add(ids.of(i));
    expect(seen.size).toBe(50_000);
  });

  test('decode back to their index, and refuse ids that are not theirs', () => {
    for (const i of [0, 7, 123_456, 1_999_999]) expect(ids.indexOf(ids.of(i))).toBe(i);
    expect(ids.indexOf(new DocumentIds('test', 'interaction').of(7))).toBeNull();
    expect(ids.indexOf('q1b5gcsvrzl0ok22cipppkqe')).toBeNull();
    const tampered = ids.of(7).slice(0, 23) + (ids.of(7).endsWith('a') ? 'b' : 'a');
    expect(ids.indexOf(tampered)).toBeNull();
  });
});

describe('identifiers of generated counterparties', () => {
  test('ЄДРПОУ: valid, unique, apart from the demo range 30000000–59999999', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const code = scaleEdrpou(i);
      seen.add(code);
      if (!isValidEdrpou(code) || (Number(code) >= 30_000_000 && Number(code) <= 59_999_999)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(200_000);
    expect(() => scaleEdrpou(2_000_000)).toThrow(RangeError);
  });

  test('РНОКПП: valid, unique, with the birth date it encodes (born after the demo people)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i += 1) seen.add(scaleRnokpp(i).code);
    expect(seen.size).toBe(100_000);
    const { code, birthday } = scaleRnokpp(12_345);
    expect(isValidRnokpp(code)).toBe(true);
    expect(birthday >= '1993-01-01' && birthday <= '2002-01-01').toBe(true);
    expect(Number(code.slice(0, 5))).toBeGreaterThanOrEqual(34_000);
  });

  test('IBAN: valid', () => {
    expect(isValidIban(scaleIban('305299', 1_999_999, 1, false, new Rng(1)))).toBe(true);
  });
});

describe('counterparties', () => {
  const generator = new CounterpartyGenerator(world());
  const drafts = Array.from({ length: 3000 }, (_, i) => generator.generate(i));

  test('the same index gives the same counterparty', () => {
    expect(new CounterpartyGenerator(world()).generate(1234)).toEqual(drafts[1234]);
  });

  test('pass the app\'s own identifier rules, with phones in E.164 as the app stores them', () => {
    for (const d of drafts.slice(0, 500)) {
      const record = { ...d.fields, bankAccounts: d.bankAccounts };
      expect(validateRecord(counterpartyRules, record)).toEqual([]);
      expect(normalizePhone(d.fields.phone)).toEqual({ ok: true, value: d.fields.phone });
      expect(d.fields.edrpou || d.fields.rnokpp).toBeTruthy();
      for (const c of d.contacts) {
        expect(validateRecord(contactPersonRules, c.fields)).toEqual([]);
        expect(c.fields.phone).toMatch(/^\+380\d{9}$/);
      }
    }
  });

  test('are mostly clients and prospects, each with one to three contacts, the first one primary', () => {
    const byKind = new Map<string, number>();
    for (const d of drafts) byKind.set(d.fields.kind as string, (byKind.get(d.fields.kind as string) ?? 0) + 1);
    expect((byKind.get('client')! + byKind.get('prospect')!) / drafts.length).toBeGreaterThan(0.7);
    for (const kind of ['partner', 'competitor', 'supplier', 'other']) expect(byKind.get(kind)).toBeGreaterThan(0);
    const wrong = drafts.filter((d) =>
      d.contacts.length < 1 || d.contacts.length > 3
      || d.contacts.some((c, i) => c.fields.isPrimary !== (i === 0))
      || new Set(d.contacts.map((c) => c.documentId)).size !== d.contacts.length);
    expect(wrong).toEqual([]);
  });

  test('belong to a sales manager of the department that serves their region', () => {
    const teamOf = new Map([[1, 11], [2, 11], [3, 11], [4, 12], [5, 12]]);
    const managers = new Set<number>();
    const wrong = drafts.filter((d) => {
      managers.add(d.links.manager);
      return teamOf.get(d.links.manager) !== d.links.department
        || (d.links.region === 301 && d.links.department !== 11)
        || (d.links.region === 302 && d.links.department !== 12);
    });
    expect(wrong).toEqual([]);
    expect(managers.size).toBe(5);
  });

  test('a private entrepreneur is identified by РНОКПП and its owner is the first contact', () => {
    const fop = drafts.find((d) => d.fields.legalForm === 'ФОП')!;
    expect(fop.fields.edrpou).toBeNull();
    expect(isValidRnokpp(fop.fields.rnokpp)).toBe(true);
    expect(fop.fields.name).toBe(`ФОП ${fop.contacts[0].fields.fullName}`);
  });
});

describe('interactions', () => {
  const w = world();
  const counterparties = new CounterpartyGenerator(w);
  const table = new CounterpartyTable(counterparties.traits, 10_000);
  const generator = new InteractionGenerator(w, counterparties, table);
  const drafts = Array.from({ length: 100_000 }, (_, j) => generator.generate(j));

  test('are spread with a long tail: a few counterparties with thousands, most with a handful', () => {
    const perCounterparty = new Array<number>(table.size).fill(0);
    for (const d of drafts) perCounterparty[d.counterparty] += 1;
    const sorted = [...perCounterparty].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)];
    const topShare = sorted.slice(0, table.size / 100).reduce((s, n) => s + n, 0) / drafts.length;
    expect(sorted[0]).toBeGreaterThan(1000);
    expect(median).toBeLessThanOrEqual(6);
    expect(topShare).toBeGreaterThan(0.15);
  });

  test('happened over the last five years or are planned within a month', () => {
    const from = NOW.getTime() - (HISTORY_DAYS + 4) * 86_400_000;
    const to = NOW.getTime() + 34 * 86_400_000;
    const wrong = drafts.filter((d) => {
      const at = (d.fields.occurredAt as Date).getTime();
      const next = d.fields.nextContactAt as Date | null;
      return at < from || at > to
        || (at > NOW.getTime() && d.fields.state !== 'planned')
        || (d.fields.state === 'done' && !d.fields.result)
        || (next !== null && next.getTime() <= at);
    });
    expect(wrong).toEqual([]);
    const years = new Set(drafts.map((d) => (d.fields.occurredAt as Date).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  test('use only the values the schema allows, with every placeholder filled', () => {
    const kinds = new Set(schemaEnum('interaction', 'kind'));
    const states = new Set(schemaEnum('interaction', 'state'));
    const directions = new Set(schemaEnum('interaction', 'direction'));
    const wrong = drafts.filter((d) =>
      !kinds.has(d.fields.kind as string)
      || !states.has(d.fields.state as string)
      || (d.fields.direction !== null && !directions.has(d.fields.direction as string))
      || /[{}]/.test(d.fields.subject as string)
      || /[{}]|\(-ла\)|\(-лась\)/.test(d.fields.content as string));
    expect(wrong).toEqual([]);
    const counterpartyKinds = new Set(schemaEnum('counterparty', 'kind'));
    const strangeKinds = Array.from({ length: 200 }, (_, i) => counterparties.generate(i).fields.kind).filter((k) => !counterpartyKinds.has(k as string));
    expect(strangeKinds).toEqual([]);
  });

  test('are mostly done by the counterparty\'s manager, and name one of its contacts', () => {
    const sample = drafts.slice(0, 10_000);
    const own = sample.filter((d) => d.links.employee === counterparties.generate(d.counterparty).links.manager).length;
    expect(own / sample.length).toBeGreaterThan(0.8);
    expect(sample.filter((d) => d.contactSlot !== null && d.contactSlot >= table.traits(d.counterparty).contactCount)).toEqual([]);
  });

  test('the same index gives the same interaction', () => {
    expect(new InteractionGenerator(w, counterparties, table).generate(777)).toEqual(drafts[777]);
  });
});

describe('run plan', () => {
  const targets = (counterparties: number, interactions: number) => withDefaults({ counterparties, interactions });

  test('a first run starts at zero; a later one keeps its seed and clock and only raises the targets', () => {
    const first = planRun(null, targets(10, 100), 's', NOW);
    expect(first.done).toEqual({ counterparties: 0, interactions: 0, invoices: 0, requests: 0, scheduleEntries: 0, payments: 0 });
    const stored = { ...first, done: { ...first.done, counterparties: 10, interactions: 40, invoices: 20, payments: 17 } };
    const again = planRun(stored, { ...targets(5, 200), invoices: 30 }, 'other', new Date());
    expect(again.seed).toBe('s');
    expect(again.now).toBe(NOW.toISOString());
    expect(again.targets).toEqual({ counterparties: 10, interactions: 200, invoices: 30, requests: 5, scheduleEntries: 3400 });
    expect(again.done).toEqual({ counterparties: 10, interactions: 40, invoices: 20, requests: 0, scheduleEntries: 0, payments: 17 });
  });

  test('a marker of the version without documents has none of them done, and gets their targets now', () => {
    const old = {
      version: 1 as const,
      seed: 's',
      now: NOW.toISOString(),
      targets: { counterparties: 100, interactions: 1000 },
      done: { counterparties: 100, interactions: 1000 },
      updatedAt: NOW.toISOString(),
    } as unknown as ScaleProgress;
    const plan = planRun(old, targets(100, 1000), 's', new Date());
    expect(plan.targets).toEqual({ counterparties: 100, interactions: 1000, invoices: 200, requests: 50, scheduleEntries: 3400 });
    expect(plan.done).toEqual({ counterparties: 100, interactions: 1000, invoices: 0, requests: 0, scheduleEntries: 0, payments: 0 });
  });

  test('batches cover the range once', () => {
    expect([...batches(3, 10, 3)]).toEqual([[3, 6], [6, 9], [9, 10]]);
    expect([...batches(10, 10, 3)]).toEqual([]);
  });

  test('arguments: counts with digit groups; by default two invoices per counterparty, a request per two, 200 entries per employee', () => {
    const perEmployee = SCHEDULE_ENTRIES_PER_EMPLOYEE * DEMO_EMPLOYEES.length;
    expect(parseScaleArguments([]).targets).toEqual({
      counterparties: 1_000_000, interactions: 10_000_000, invoices: 2_000_000, requests: 500_000, scheduleEntries: perEmployee,
    });
    expect(parseScaleArguments(['--counterparties', '100_000', '--interactions', '1,000,000']).targets).toEqual({
      counterparties: 100_000, interactions: 1_000_000, invoices: 200_000, requests: 50_000, scheduleEntries: perEmployee,
    });
    expect(parseScaleArguments(['--counterparties', '10', '--invoices', '7', '--requests', '0', '--schedule-entries', '1_000']).targets).toEqual({
      counterparties: 10, interactions: 10_000_000, invoices: 7, requests: 0, scheduleEntries: 1000,
    });
    expect(() => parseScaleArguments(['--counterparties', 'many'])).toThrow(/whole number/);
  });
});
