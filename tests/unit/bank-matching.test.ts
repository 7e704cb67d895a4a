import { assignDedupeKeys, DedupeKeys } from '../../src/domain/bank/dedupe-key';
import {
  buildCounterpartyLookup,
  counterpartiesOfStatement,
  counterpartyNameKey,
  documentNumberKey,
  extractReferences,
  findCounterparty,
  InvoiceForMatching,
  InvoiceLedger,
  matchPayment,
  MatchingContext,
  matchStatement,
  mentionsNumber,
  numberTokens,
  sameNumber,
  trailingNumber,
} from '../../src/domain/bank/matching';
import type { StatementParty, StatementTransaction } from '../../src/domain/bank/statement';
import { makeEdrpou, makeRnokpp, makeUaIban } from '../../src/domain/identifiers';

// ---------------------------------------------------------------------------------------------------------
// A small world: our account, five counterparties, their invoices and contracts.

const OWN = makeUaIban('322313', '26007233566001');
const ROMASHKA_CODE = makeEdrpou('3285596');
const ROMASHKA_IBAN = makeUaIban('305299', '26004149123456789');
const KRAVETS_CODE = makeRnokpp('301234567');
const GRANIT_CODE = makeEdrpou('4123456');
const AGRO_IBAN = makeUaIban('300528', '26001000012345');
const SUPPLIER_CODE = makeEdrpou('2190012');

const counterparties = [
  { id: 'romashka', name: 'ТОВ «Ромашка»', fullName: 'Товариство з обмеженою відповідальністю «Ромашка»', edrpou: ROMASHKA_CODE, ibans: [ROMASHKA_IBAN] },
  { id: 'kravets', name: 'ФОП Кравець Ольга Петрівна', rnokpp: KRAVETS_CODE, ibans: [] },
  { id: 'granit', name: 'ПрАТ "Граніт"', edrpou: GRANIT_CODE, ibans: [] },
  { id: 'agro', name: 'ТОВ «Агросвіт»', ibans: [AGRO_IBAN] },
  { id: 'svitanok-kyiv', name: 'ТОВ «Світанок»', ibans: [] },
  { id: 'svitanok-lviv', name: 'ПП "Світанок"', ibans: [] },
  { id: 'supplier', name: 'ТОВ «Папірус»', edrpou: SUPPLIER_CODE, ibans: [] },
];
const lookup = buildCounterpartyLookup(counterparties);

function invoice(id: string, number: string, over: Partial<InvoiceForMatching> = {}): InvoiceForMatching {
  return { id, number, date: '2026-03-10', dueDate: '2026-03-20', currency: 'UAH', total: '6000.00', paidAmount: '0.00', state: 'issued', contractId: null, contractNumber: null, ...over };
}

const romashkaInvoices = [
  invoice('inv-123', 'СФ-0000123', { contractId: 'c-12', contractNumber: 'Д-2026/0012' }),
  invoice('inv-124', 'СФ-0000124', { date: '2026-03-11', total: '2500.00' }),
  invoice('inv-130', 'СФ-0000130', { currency: 'USD', total: '150.00' }),
  invoice('inv-100', 'СФ-0000100', { date: '2026-02-01', total: '1000.00', paidAmount: '1000.00', state: 'paid' }),
  invoice('inv-101', 'СФ-0000101', { total: '3300.00', state: 'cancelled' }),
  invoice('inv-140', 'СФ-0000140', { total: '700.00', state: 'draft' }),
];
const granitInvoices = [invoice('inv-999', 'СФ-0000999', { total: '2500.00' })];

function context(over: Partial<MatchingContext> = {}): MatchingContext {
  return {
    counterparties: lookup,
    invoicesByCounterparty: new Map([
      ['romashka', romashkaInvoices],
      ['granit', granitInvoices],
    ]),
    contractsByCounterparty: new Map([['romashka', [{ id: 'c-13', number: 'Д-2026/0013' }]]]),
    ...over,
  };
}

const party = (over: Partial<StatementParty> = {}): StatementParty => ({ name: null, code: null, account: null, mfo: null, bankName: null, ...over });
const ROMASHKA = party({ name: 'ТОВ "РОМАШКА"', code: ROMASHKA_CODE, account: ROMASHKA_IBAN });

let nextLine = 1;
function payment(purpose: string, over: Partial<StatementTransaction> = {}): StatementTransaction {
  nextLine += 1;
  return {
    line: nextLine,
    documentType: null,
    number: String(nextLine),
    date: '2026-03-15',
    valueDate: null,
    ownAccount: OWN,
    direction: 'incoming',
    amount: '6000.00',
    currency: 'UAH',
    payer: ROMASHKA,
    payee: party({ name: 'ТОВ «Вітрило»', code: '41234568', account: OWN }),
    purpose,
    ...over,
  };
}

// ---------------------------------------------------------------------------------------------------------

describe('counterparty name key', () => {
  it.each([
    ['ТОВ «Ромашка»', 'РОМАШКА'],
    ['Товариство з обмеженою відповідальністю "Ромашка"', 'РОМАШКА'],
    ["ТзОВ 'Ромашка'", 'РОМАШКА'],
    ['Ромашка, ТОВ', 'РОМАШКА'],
    ['ООО  «Ромашка»', 'РОМАШКА'],
    ['ромашка llc', 'РОМАШКА'],
    ['ПрАТ “Граніт”', 'ГРАНІТ'],
    ['Приватне акціонерне товариство «Граніт»', 'ГРАНІТ'],
    ['ПРАТ ГРАНIТ', 'ГРАНІТ'], // a Latin I inside a Cyrillic word
    ['ФОП Кравець Ольга Петрівна', 'КРАВЕЦЬ ОЛЬГА ПЕТРІВНА'],
    ['Фізична особа-підприємець Кравець Ольга Петрівна', 'КРАВЕЦЬ ОЛЬГА ПЕТРІВНА'],
    ['ФО-П Кравець Ольга Петрівна', 'КРАВЕЦЬ ОЛЬГА ПЕТРІВНА'],
    ['ТОВ «Клініка Здоров’я»', 'КЛІНІКА ЗДОРОВЯ'],
    ["ТОВ Клініка Здоров'я", 'КЛІНІКА ЗДОРОВЯ'],
    ['ТОВ «Дах-Сервіс»', 'ДАХ СЕРВІС'],
    ['ДП «Міськсвітло»', 'МІСЬКСВІТЛО'],
    ['ЧП Иванов', 'ИВАНОВ'],
  ])('%s → %s', (name, key) => {
    expect(counterpartyNameKey(name)).toBe(counterpartyNameKey(key));
    expect(counterpartyNameKey(name)).toBe(counterpartyNameKey(key.toLowerCase()));
  });

  it('is null when only a legal form or nothing is left', () => {
    expect(counterpartyNameKey('ТОВ')).toBeNull();
    expect(counterpartyNameKey(' «» ')).toBeNull();
    expect(counterpartyNameKey(null)).toBeNull();
  });

  it('keeps different names apart', () => {
    expect(counterpartyNameKey('ТОВ «Ромашка»')).not.toBe(counterpartyNameKey('ТОВ «Ромашка-Плюс»'));
  });
});

describe('buildCounterpartyLookup', () => {
  it('indexes codes, IBANs and both names; a shared name lists every holder once', () => {
    expect(lookup.byCode.get(ROMASHKA_CODE)).toEqual(['romashka']);
    expect(lookup.byCode.get(KRAVETS_CODE)).toEqual(['kravets']);
    expect(lookup.byIban.get(ROMASHKA_IBAN)).toEqual(['romashka']);
    expect(lookup.byName.get(counterpartyNameKey('Ромашка')!)).toEqual(['romashka']);
    expect(lookup.byName.get(counterpartyNameKey('Світанок')!)).toEqual(['svitanok-kyiv', 'svitanok-lviv']);
  });
});

describe('findCounterparty', () => {
  it('by ЄДРПОУ first', () => {
    expect(findCounterparty(party({ code: ROMASHKA_CODE, name: 'зовсім інша назва' }), lookup)).toEqual({ counterpartyId: 'romashka', by: 'code', key: ROMASHKA_CODE });
  });

  it('by РНОКПП of a ФОП', () => {
    expect(findCounterparty(party({ code: KRAVETS_CODE }), lookup)).toMatchObject({ counterpartyId: 'kravets', by: 'code' });
  });

  it('by a code written with spaces or without its leading zeros', () => {
    const zeroLookup = buildCounterpartyLookup([{ id: 'oschad', name: 'АТ «Ощадбанк»', edrpou: '00032129' }]);
    expect(findCounterparty(party({ code: '32129' }), zeroLookup)).toMatchObject({ counterpartyId: 'oschad', by: 'code' });
    expect(findCounterparty(party({ code: ' 000 321 29 ' }), zeroLookup)).toMatchObject({ counterpartyId: 'oschad', by: 'code' });
  });

  it('by IBAN when the code is missing or unknown, in any spacing and case', () => {
    expect(findCounterparty(party({ account: AGRO_IBAN.toLowerCase().replace(/(.{4})/g, '$1 ') }), lookup)).toEqual({ counterpartyId: 'agro', by: 'iban', key: AGRO_IBAN });
    expect(findCounterparty(party({ code: '12345678', account: AGRO_IBAN }), lookup)).toMatchObject({ counterpartyId: 'agro', by: 'iban' });
  });

  it('by name when neither code nor IBAN is known', () => {
    expect(findCounterparty(party({ name: 'Товариство з обмеженою відповідальністю "АГРОСВIТ"' }), lookup)).toEqual({ counterpartyId: 'agro', by: 'name', key: 'АГРОСВІТ' });
    expect(findCounterparty(party({ name: 'ООО Агросвіт', code: '0000000000' }), lookup)).toMatchObject({ counterpartyId: 'agro', by: 'name' });
  });

  it('not by a name two counterparties share', () => {
    expect(findCounterparty(party({ name: 'ТОВ Світанок' }), lookup)).toBeNull();
  });

  it('passes over a code two counterparties share for the next key', () => {
    const shared = buildCounterpartyLookup([
      { id: 'a', name: 'Альфа', edrpou: '11111111', ibans: ['UA111'] },
      { id: 'b', name: 'Бета', edrpou: '11111111', ibans: ['UA222'] },
    ]);
    expect(findCounterparty(party({ code: '11111111', account: 'UA222' }), shared)).toMatchObject({ counterpartyId: 'b', by: 'iban' });
    expect(findCounterparty(party({ code: '11111111' }), shared)).toBeNull();
  });

  it('finds nobody for a blank party', () => {
    expect(findCounterparty(party(), lookup)).toBeNull();
  });

  it('lists the counterparties of a statement once each, by payer or payee', () => {
    const txs = [
      payment('a'),
      payment('b'),
      payment('c', { direction: 'outgoing', payer: party({ account: OWN }), payee: party({ code: SUPPLIER_CODE }) }),
      payment('d', { payer: party({ name: 'Невідомий' }) }),
    ];
    expect(counterpartiesOfStatement(txs, lookup)).toEqual(['romashka', 'supplier']);
  });
});

describe('document number keys', () => {
  it('one key for one number however it is typed', () => {
    const key = documentNumberKey('СФ-0000123');
    expect(key).toBe('СФ-123');
    expect(documentNumberKey('CФ-0000123')).toBe(key); // Latin C
    expect(documentNumberKey('сф 123')).toBe(key);
    expect(documentNumberKey('СФ/123')).toBe(key);
    expect(documentNumberKey('СФ0000123')).toBe(key);
    expect(documentNumberKey('INV-7')).toBe(documentNumberKey('inv 007'));
    expect(documentNumberKey('Д-2026/0012')).toBe('Д-2026-12');
    expect(documentNumberKey('000')).toBe('0');
  });

  it('keeps digit runs apart', () => {
    expect(documentNumberKey('1-23')).not.toBe(documentNumberKey('12-3'));
  });

  it('a bare number fits loosely a number ending in it', () => {
    expect(sameNumber('123', 'СФ-123')).toBe('loose');
    expect(sameNumber('СФ-123', '123')).toBe('loose');
    expect(sameNumber('СФ-123', 'СФ-123')).toBe('exact');
    expect(sameNumber('СФ-123', 'Р-123')).toBeNull();
    expect(sameNumber('23', 'СФ-123')).toBeNull();
    expect(sameNumber('', 'СФ-123')).toBeNull();
    expect(trailingNumber('Д-2026-12')).toBe('12');
    expect(trailingNumber('12-А')).toBeNull();
  });

  it('finds a number with letters and digits mentioned anywhere, never a bare one', () => {
    const tokens = numberTokens('Оплата Р-1-0001 за папір, 1 шт');
    expect(mentionsNumber(tokens, documentNumberKey('Р-1-0001'))).toBe(true);
    expect(mentionsNumber(tokens, documentNumberKey('Р-1-0002'))).toBe(false);
    expect(mentionsNumber(tokens, documentNumberKey('1'))).toBe(false);
    expect(mentionsNumber(tokens, documentNumberKey('ПАПІР'))).toBe(false);
  });
});

describe('extractReferences', () => {
  const invoicesIn = (purpose: string) => extractReferences(purpose).invoices.map((r) => r.text);
  const contractsIn = (purpose: string) => extractReferences(purpose).contracts.map((r) => r.text);

  it.each([
    ['Оплата за товар згідно з рах. № СФ-0000123 від 12.03.2026, у т.ч. ПДВ 1000.00 грн', ['СФ-0000123']],
    ['Оплата згідно рахунку №123 від 01.02.2026р. Без ПДВ', ['123']],
    ['Оплата за рах-ку 45/2026', ['45/2026']],
    ['Оплата згідно рахунку-фактури № 17 від 12.03.2026', ['17']],
    ['Оплата згідно рахунку фактури №17', ['17']],
    ['Оплата за рахунком № Р-1-0001 від 03.02.2026, у т.ч. ПДВ 1 000,00 грн', ['Р-1-0001']],
    ['Часткова оплата за рахунком № Р26-0000042 від 03.02.2026, без ПДВ', ['Р26-0000042']],
    ['Оплата по рах. 512 за папір', ['512']],
    ['Оплата згідно рахунку на оплату № 88', ['88']],
    ['Оплата рахунку постачальника № 77', ['77']],
    ['Оплата за рах.№45від 12.03.2026', ['45']],
    ['рахунок від 12.03.2026 № 45', ['45']],
    ['Оплата за р/ф № 9', ['9']],
    ['Оплата за рахунком № 12 та № 13', ['12', '13']],
    ['Оплата рахунків №№ 12, 13, 14', ['12', '13', '14']],
    ['Oплата зa рaхунком № CФ-0000123', ['CФ-0000123']], // Latin look-alikes in the words and the number
    ['ОПЛАТА ЗГІДНО РАХУНКУ № СФ-0000123', ['СФ-0000123']],
    ['Оплата по сч. № 12 от 11.01.2016', ['12']],
    ['Оплата счет 15 от 12.03.2016, в т.ч. НДС 18%', ['15']],
    ['Оплата по счету №88 за услуги', ['88']],
    ['Оплата по счёту-фактуре № 5', ['5']],
    ['Оплата за сч/ф №5', ['5']],
    ['Оплата по с/ф № 5 от 01.02.2016', ['5']],
    ['Payment for invoice #INV-7 dated 12.03.2026', ['INV-7']],
    ['invoice No. 12 of 01.02.2026', ['12']],
    ['inv 12', ['12']],
    ['Pay INV-0042', ['INV-0042']],
    ['СФ-0000123 оплата', ['СФ-0000123']],
    ['Оплата згідно СФ-0000123, ПДВ 20%', ['СФ-0000123']],
    ['СФ № 12', ['СФ № 12']],
  ])('%s → %j', (purpose, expected) => {
    expect(invoicesIn(purpose)).toEqual(expected);
  });

  it.each([
    ['Оплата згідно дог. № 12/24 від 01.01.2024', ['12/24']],
    ['Оплата згідно договору поставки № Д-2026/0012', ['Д-2026/0012']],
    ['Оплата згідно договору №15', ['15']],
    ['Оплата по договору № 7 от 01.01.2016', ['7']],
    ['Оплата згідно дог-ру 5/26', ['5/26']],
    ['Payment under contract No. 15', ['15']],
    ['Payment under agreement #A-15', ['A-15']],
    ['Оплата згідно угоди № 33', ['33']],
  ])('contract: %s → %j', (purpose, expected) => {
    expect(contractsIn(purpose)).toEqual(expected);
    expect(invoicesIn(purpose)).toEqual([]);
  });

  it('gives invoices and contracts apart, each in the order of the purpose', () => {
    const refs = extractReferences('Оплата за рах. № СФ-0000123 від 12.03.2026 та рах. № СФ-0000124 згідно договору № Д-2026/0012 від 01.01.2026');
    expect(refs.invoices.map((r) => [r.text, r.key, r.date])).toEqual([
      ['СФ-0000123', 'СФ-123', '2026-03-12'],
      ['СФ-0000124', 'СФ-124', null],
    ]);
    expect(refs.contracts.map((r) => [r.text, r.date])).toEqual([['Д-2026/0012', '2026-01-01']]);
  });

  it('never takes a date for a number', () => {
    expect(invoicesIn('Оплата згідно рахунку від 12.03.2026')).toEqual([]);
    expect(invoicesIn('Оплата згідно рахунку від 12.03.26 р.')).toEqual([]);
    expect(invoicesIn('Оплата за рахунком 12.03.2026')).toEqual([]);
    expect(contractsIn('згідно договору від 01.01.2026')).toEqual([]);
    expect(invoicesIn('Оплата рахунку 2026-03-12')).toEqual([]);
    expect(invoicesIn('Оплата рахунку 2026 року')).toEqual([]);
  });

  it('never takes an amount, an IBAN or an account number for a number', () => {
    expect(invoicesIn('Оплата рах. 1500.00 грн')).toEqual([]);
    expect(invoicesIn('Переказ власних коштів на рахунок 26001234567890')).toEqual([]);
    expect(invoicesIn(`Повернення на рахунок ${ROMASHKA_IBAN}`)).toEqual([]);
  });

  it('takes nothing where no document is named', () => {
    expect(extractReferences('Оплата за послуги згідно договору, без ПДВ')).toEqual({ invoices: [], contracts: [] });
    expect(extractReferences('Поповнення рахунку')).toEqual({ invoices: [], contracts: [] });
    expect(extractReferences('Some random string')).toEqual({ invoices: [], contracts: [] });
    expect(extractReferences('')).toEqual({ invoices: [], contracts: [] });
    expect(extractReferences(null)).toEqual({ invoices: [], contracts: [] });
  });

  it('stops at a word naming another document', () => {
    expect(invoicesIn('Оплата рахунку та акту № 5')).toEqual([]);
    expect(invoicesIn('Оплата згідно рахунку і видаткової накладної № 5')).toEqual([]);
    expect(invoicesIn('Оплата рахунку, ПДВ 20% 200.00')).toEqual([]);
  });

  it('does not take a supplementary agreement for the contract', () => {
    expect(contractsIn('Оплата згідно додаткової угоди № 3 до договору № 12')).toEqual(['12']);
    expect(contractsIn('Оплата по дополнительному соглашению № 3 к договору № 12')).toEqual(['12']);
  });

  it('does not find document words inside other words', () => {
    expect(extractReferences('Розрахунки за березень 12 шт')).toEqual({ invoices: [], contracts: [] });
    expect(extractReferences('Перерахування коштів 15')).toEqual({ invoices: [], contracts: [] });
  });

  it('lists each number once', () => {
    expect(invoicesIn('Оплата за рах. № СФ-0000123 (рахунок СФ-0000123)')).toEqual(['СФ-0000123']);
  });

  it('knows more prefixes when told', () => {
    expect(extractReferences('Оплата Р26-0000042 за папір', { invoicePrefixes: ['Р26'] }).invoices.map((r) => r.text)).toEqual(['Р26-0000042']);
  });
});

describe('matchPayment', () => {
  it('by code and the invoice number in the purpose', () => {
    expect(matchPayment(payment('Оплата за товар згідно з рах. № СФ-0000123 від 10.03.2026, у т.ч. ПДВ 1000.00 грн'), context())).toEqual({
      counterpartyId: 'romashka',
      counterpartyBy: 'code',
      invoiceId: 'inv-123',
      invoiceBy: 'number',
      contractId: 'c-12',
      matchStatus: 'auto',
      reason: `ЄДРПОУ ${ROMASHKA_CODE}; рахунок СФ-0000123 у призначенні`,
    });
  });

  it.each([
    'Оплата згідно рахунку №123',
    'Оплата за рах. № СФ-123',
    'Оплата по счету № 0000123 от 10.03.2026',
    'Оплата за рахунком CФ-0000123',
    'Payment for invoice #123',
    'СФ-0000123',
    'Оплата СФ 0000123 за товар',
  ])('finds СФ-0000123 from «%s»', (purpose) => {
    expect(matchPayment(payment(purpose), context())).toMatchObject({ invoiceId: 'inv-123', invoiceBy: 'number', matchStatus: 'auto' });
  });

  it('matches by IBAN and names it in the reason', () => {
    const match = matchPayment(payment('Оплата рах. 124', { amount: '2500.00', payer: party({ account: ROMASHKA_IBAN }) }), context());
    expect(match).toMatchObject({ counterpartyId: 'romashka', counterpartyBy: 'iban', invoiceId: 'inv-124' });
    expect(match.reason).toBe(`IBAN ${ROMASHKA_IBAN}; рахунок СФ-0000124 у призначенні`);
  });

  it('matches by name and names it in the reason', () => {
    const match = matchPayment(payment('Оплата рах. 124', { amount: '2500.00', payer: party({ name: 'РОМАШКА ТОВ' }) }), context());
    expect(match).toMatchObject({ counterpartyId: 'romashka', counterpartyBy: 'name', invoiceId: 'inv-124' });
    expect(match.reason).toBe('назва «РОМАШКА ТОВ»; рахунок СФ-0000124 у призначенні');
  });

  it('РНОКПП in the reason of a ФОП', () => {
    const match = matchPayment(payment('Оплата', { payer: party({ code: KRAVETS_CODE }) }), context());
    expect(match.reason.startsWith(`РНОКПП ${KRAVETS_CODE}`)).toBe(true);
  });

  it('leaves a payment from an unknown payer unmatched', () => {
    expect(matchPayment(payment('Оплата рах. № СФ-0000123', { payer: party({ name: 'ТОВ «Невідома»', code: '99999999' }) }), context())).toEqual({
      counterpartyId: null,
      counterpartyBy: null,
      invoiceId: null,
      invoiceBy: null,
      contractId: null,
      matchStatus: 'unmatched',
      reason: 'платника не знайдено',
    });
  });

  it('says so when the name is shared', () => {
    const match = matchPayment(payment('Оплата', { payer: party({ name: 'ТОВ "Світанок"' }) }), context());
    expect(match).toMatchObject({ counterpartyId: null, matchStatus: 'unmatched' });
    expect(match.reason).toBe('платника не знайдено; назва «ТОВ "Світанок"» у кількох контрагентів');
  });

  it('never matches another counterparty’s invoice named in the purpose — nor falls back to the amount', () => {
    // СФ-0000999 is Граніт's invoice for 2500.00; Ромашка has its own open invoice for 2500.00.
    const match = matchPayment(payment('Оплата за ПрАТ Граніт згідно рах. № СФ-0000999', { amount: '2500.00' }), context());
    expect(match).toMatchObject({ counterpartyId: 'romashka', invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; рахунку СФ-0000999 з призначення серед рахунків контрагента немає`);
  });

  it('by a contract in the purpose: its only open invoice', () => {
    const match = matchPayment(payment('Оплата згідно договору № Д-2026/0012 від 01.01.2026', { amount: '1000.00' }), context());
    expect(match).toMatchObject({ invoiceId: 'inv-123', invoiceBy: 'contract', contractId: 'c-12', matchStatus: 'auto' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; договір Д-2026/0012 у призначенні, рахунок СФ-0000123`);
  });

  it('by a contract: of several open invoices the oldest one the payment does not overpay', () => {
    const invoices = [
      invoice('a', 'СФ-1', { date: '2026-01-10', total: '500.00', contractId: 'c-12', contractNumber: 'Д-2026/0012' }),
      invoice('b', 'СФ-2', { date: '2026-02-10', total: '5000.00', contractId: 'c-12', contractNumber: 'Д-2026/0012' }),
      invoice('c', 'СФ-3', { date: '2026-01-20', total: '9000.00', contractId: 'c-12', contractNumber: 'Д-2026/0012' }),
      invoice('d', 'СФ-4', { date: '2026-01-01', total: '9000.00', state: 'paid', paidAmount: '9000.00', contractId: 'c-12', contractNumber: 'Д-2026/0012' }),
    ];
    const ctx = context({ invoicesByCounterparty: new Map([['romashka', invoices]]) });
    expect(matchPayment(payment('згідно дог. № Д-2026/0012', { amount: '4000.00' }), ctx)).toMatchObject({ invoiceId: 'c', invoiceBy: 'contract' });
    expect(matchPayment(payment('згідно дог. № Д-2026/0012', { amount: '400.00' }), ctx)).toMatchObject({ invoiceId: 'a' });
    const tooMuch = matchPayment(payment('згідно дог. № Д-2026/0012', { amount: '9500.00' }), ctx);
    expect(tooMuch).toMatchObject({ invoiceId: null, contractId: 'c-12', matchStatus: 'unmatched' });
    expect(tooMuch.reason).toContain('за договором Д-2026/0012 немає відкритого рахунку на 9 500,00 грн');
  });

  it('by a contract with a bare number, when unambiguous', () => {
    expect(matchPayment(payment('Оплата згідно договору № 12', { amount: '1000.00' }), context())).toMatchObject({ invoiceId: 'inv-123', contractId: 'c-12' });
  });

  it('a contract without open invoices: the contract is kept, the payment waits for a person', () => {
    const match = matchPayment(payment('Оплата згідно договору № Д-2026/0013', { amount: '2500.00' }), context());
    expect(match).toMatchObject({ invoiceId: null, contractId: 'c-13', matchStatus: 'unmatched' });
    expect(match.reason).toContain('за договором Д-2026/0013 немає відкритих рахунків у UAH');
  });

  it('an unknown contract says so, and the amount may still find the invoice', () => {
    const match = matchPayment(payment('Оплата згідно договору № 77', { amount: '2500.00' }), context());
    expect(match).toMatchObject({ invoiceId: 'inv-124', invoiceBy: 'amount' });
  });

  it('by the amount: the single open invoice waiting for exactly it', () => {
    const match = matchPayment(payment('Оплата за товар, у т.ч. ПДВ 416.67 грн', { amount: '2500.00' }), context());
    expect(match).toMatchObject({ invoiceId: 'inv-124', invoiceBy: 'amount', contractId: null, matchStatus: 'auto' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; єдиний відкритий рахунок СФ-0000124 на 2 500,00 грн`);
  });

  it('not by the amount when two open invoices wait for it', () => {
    const invoices = [...romashkaInvoices, invoice('inv-125', 'СФ-0000125', { total: '2500.00' })];
    const match = matchPayment(payment('Оплата за товар', { amount: '2500.00' }), context({ invoicesByCounterparty: new Map([['romashka', invoices]]) }));
    expect(match).toMatchObject({ counterpartyId: 'romashka', invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; кілька відкритих рахунків на 2 500,00 грн`);
  });

  it('not by the amount when nothing waits for it', () => {
    const match = matchPayment(payment('Оплата за товар', { amount: '1.00' }), context());
    expect(match).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; відкритого рахунку на 1,00 грн немає`);
  });

  it('currency must agree: a named invoice in another currency is not matched', () => {
    const match = matchPayment(payment('Оплата рах. № СФ-0000130', { amount: '150.00' }), context());
    expect(match).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; рахунок СФ-0000130 у USD, а платіж у UAH`);
    expect(matchPayment(payment('Оплата рах. № СФ-0000130', { amount: '150.00', currency: 'USD' }), context())).toMatchObject({ invoiceId: 'inv-130' });
  });

  it('currency must agree: the amount rule looks only at invoices in the payment’s currency', () => {
    expect(matchPayment(payment('Payment', { amount: '150.00', currency: 'USD' }), context())).toMatchObject({ invoiceId: 'inv-130', invoiceBy: 'amount' });
    expect(matchPayment(payment('Оплата', { amount: '150.00' }), context())).toMatchObject({ invoiceId: null });
  });

  it('a cancelled invoice named in the purpose is not matched', () => {
    const match = matchPayment(payment('Оплата рах. № СФ-0000101', { amount: '3300.00' }), context());
    expect(match).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toContain('рахунок СФ-0000101 скасовано');
  });

  it('a paid invoice or a draft named in the purpose is matched (the customer says so)', () => {
    expect(matchPayment(payment('Оплата рах. № СФ-0000100', { amount: '1000.00' }), context())).toMatchObject({ invoiceId: 'inv-100' });
    expect(matchPayment(payment('Оплата рах. № СФ-0000140', { amount: '700.00' }), context())).toMatchObject({ invoiceId: 'inv-140' });
  });

  it('a draft is never matched by the amount alone', () => {
    expect(matchPayment(payment('Оплата', { amount: '700.00' }), context())).toMatchObject({ invoiceId: null });
  });

  it('a bare number matches only when one invoice of the counterparty ends in it', () => {
    const invoices = [invoice('x', 'СФ-0000123'), invoice('y', 'Р26-0000123')];
    const ctx = context({ invoicesByCounterparty: new Map([['romashka', invoices]]) });
    const match = matchPayment(payment('Оплата рах. 123', { amount: '10.00' }), ctx);
    expect(match).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toContain('номер 123 з призначення підходить до кількох рахунків');
    expect(matchPayment(payment('Оплата рах. Р26-0000123', { amount: '10.00' }), ctx)).toMatchObject({ invoiceId: 'y' });
  });

  it('a bare number is not decided by which of two fitting invoices is still open', () => {
    const invoices = [invoice('x', 'СФ-0000123', { state: 'paid', paidAmount: '6000.00' }), invoice('y', 'Р26-0000123')];
    const ctx = context({ invoicesByCounterparty: new Map([['romashka', invoices]]) });
    expect(matchPayment(payment('Оплата рах. 123'), ctx)).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    // A cancelled one or one in another currency is no rival.
    const payable = [invoice('x', 'СФ-0000123', { state: 'cancelled' }), invoice('z', 'INV-123', { currency: 'EUR' }), invoice('y', 'Р26-0000123')];
    expect(matchPayment(payment('Оплата рах. 123'), context({ invoicesByCounterparty: new Map([['romashka', payable]]) }))).toMatchObject({ invoiceId: 'y' });
  });

  it('of same-numbered invoices of two years: the one of the date in the purpose, else the one still open', () => {
    const invoices = [
      invoice('old', 'СФ-0000007', { date: '2025-04-01', state: 'paid', paidAmount: '6000.00' }),
      invoice('new', 'СФ-0000007', { date: '2026-03-01' }),
    ];
    const ctx = context({ invoicesByCounterparty: new Map([['romashka', invoices]]) });
    expect(matchPayment(payment('Оплата рах. № СФ-0000007'), ctx)).toMatchObject({ invoiceId: 'new' });
    expect(matchPayment(payment('Доплата рах. № СФ-0000007 від 01.04.2025'), ctx)).toMatchObject({ invoiceId: 'old' });
  });

  it('finds an invoice number mentioned without a document word', () => {
    const invoices = [invoice('p', 'Р-1-0001', { total: '10.00' }), invoice('q', 'Р-1-0002', { total: '20.00' })];
    const ctx = context({ invoicesByCounterparty: new Map([['romashka', invoices]]) });
    expect(matchPayment(payment('Оплата Р-1-0001 за папір'), ctx)).toMatchObject({ invoiceId: 'p', invoiceBy: 'number' });
    const both = matchPayment(payment('Оплата Р-1-0001, Р-1-0002'), ctx);
    expect(both).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(both.reason).toContain('у призначенні кілька рахунків: Р-1-0001, Р-1-0002');
  });

  it('a purpose naming two invoices pays both: left for a person to split', () => {
    const match = matchPayment(payment('Оплата рах. № СФ-0000123 та № СФ-0000124', { amount: '8500.00' }), context());
    expect(match).toMatchObject({ invoiceId: null, matchStatus: 'unmatched' });
    expect(match.reason).toContain('у призначенні кілька рахунків: СФ-0000123, СФ-0000124');
  });

  it('outgoing: the payee is found, no invoice is matched, and that is all there is to do', () => {
    const out = payment('Оплата за папір згідно рах. № СФ-0000123', { direction: 'outgoing', payer: party({ account: OWN }), payee: party({ name: 'ТОВ Папірус', code: SUPPLIER_CODE }) });
    expect(matchPayment(out, context())).toEqual({
      counterpartyId: 'supplier',
      counterpartyBy: 'code',
      invoiceId: null,
      invoiceBy: null,
      contractId: null,
      matchStatus: 'auto',
      reason: `ЄДРПОУ ${SUPPLIER_CODE}; вихідний платіж: з рахунками продажу не зіставляється`,
    });
  });

  it('outgoing: an unknown payee is left for a person', () => {
    const out = payment('Оплата', { direction: 'outgoing', payer: ROMASHKA, payee: party({ name: 'Хтось' }) });
    expect(matchPayment(out, context())).toMatchObject({ counterpartyId: null, matchStatus: 'unmatched', reason: 'отримувача не знайдено' });
  });
});

describe('InvoiceLedger', () => {
  const inv = invoice('i', 'СФ-1', { total: '1000.00', paidAmount: '100.00', dueDate: '2026-03-31' });

  it('starts from the stored paid amount and adds each payment', () => {
    const ledger = new InvoiceLedger();
    expect(ledger.paidKopecks(inv)).toBe(BigInt(10000));
    expect(ledger.apply(inv, BigInt(40000), '2026-03-15')).toEqual({ invoiceId: 'i', amount: '400.00', paidBefore: '100.00', paidAfter: '500.00', state: 'partially-paid', overpaid: null });
    expect(ledger.outstandingKopecks(inv)).toBe(BigInt(50000));
    expect(ledger.apply(inv, BigInt(60000), '2026-03-15')).toEqual({ invoiceId: 'i', amount: '600.00', paidBefore: '500.00', paidAfter: '1100.00', state: 'paid', overpaid: '100.00' });
    expect(ledger.outstandingKopecks(inv)).toBe(BigInt(0));
    expect(ledger.apply(inv, BigInt(5000), '2026-03-15').overpaid).toBe('50.00');
    expect(ledger.updates('2026-03-15')).toEqual([{ invoiceId: 'i', paidAmount: '1150.00', state: 'paid', overpaid: '150.00' }]);
  });

  it('refuses a payment that is not positive', () => {
    expect(() => new InvoiceLedger().apply(inv, BigInt(0), '2026-03-15')).toThrow(RangeError);
  });
});

describe('matchStatement', () => {
  const TODAY = '2026-03-15';
  const run = (transactions: StatementTransaction[], existingKeys: ReadonlySet<string> = new Set(), ctx = context()) =>
    matchStatement({ transactions, context: ctx, existingKeys, today: TODAY });

  it('a partial payment leaves the invoice partly paid', () => {
    const plan = run([payment('Часткова оплата рах. № СФ-0000123', { amount: '2000.00' })]);
    expect(plan.payments[0].allocation).toEqual({ invoiceId: 'inv-123', amount: '2000.00', paidBefore: '0.00', paidAfter: '2000.00', state: 'partially-paid', overpaid: null });
    expect(plan.invoiceUpdates).toEqual([{ invoiceId: 'inv-123', paidAmount: '2000.00', state: 'partially-paid', overpaid: null }]);
  });

  it('two payments in one import on one invoice: partly paid, then paid', () => {
    const plan = run([payment('Оплата 1 рах. № СФ-0000123', { amount: '2000.00' }), payment('Оплата 2 рах. № СФ-0000123', { amount: '4000.00' })]);
    expect(plan.payments.map((p) => p.allocation?.state)).toEqual(['partially-paid', 'paid']);
    expect(plan.payments.map((p) => p.allocation?.paidAfter)).toEqual(['2000.00', '6000.00']);
    expect(plan.invoiceUpdates).toEqual([{ invoiceId: 'inv-123', paidAmount: '6000.00', state: 'paid', overpaid: null }]);
  });

  it('the second payment is matched against what the first left', () => {
    // Only СФ-0000124 waits for 2500.00: the first payment takes it, the second finds nothing open for 2500.00.
    const plan = run([payment('Оплата за товар', { amount: '2500.00' }), payment('Оплата за товар', { amount: '2500.00', number: '77' })]);
    expect(plan.payments.map((p) => p.match.invoiceId)).toEqual(['inv-124', null]);
    expect(plan.payments[1].match.matchStatus).toBe('unmatched');
    expect(plan.counts).toEqual({ documents: 2, created: 2, duplicates: 0, matched: 1, unmatched: 1 });
  });

  it('an overpayment is recorded, the invoice paid, the excess reported', () => {
    const plan = run([payment('Оплата рах. № СФ-0000123', { amount: '7000.00' })]);
    expect(plan.payments[0].allocation).toMatchObject({ state: 'paid', paidAfter: '7000.00', overpaid: '1000.00' });
    expect(plan.payments[0].match.reason).toBe(`ЄДРПОУ ${ROMASHKA_CODE}; рахунок СФ-0000123 у призначенні; переплата 1 000,00 грн`);
    expect(plan.invoiceUpdates).toEqual([{ invoiceId: 'inv-123', paidAmount: '7000.00', state: 'paid', overpaid: '1000.00' }]);
  });

  it('money for an already paid invoice named in the purpose is all overpayment', () => {
    const plan = run([payment('Оплата рах. № СФ-0000100', { amount: '1000.00' })]);
    expect(plan.payments[0].allocation).toMatchObject({ paidBefore: '1000.00', paidAfter: '2000.00', state: 'paid', overpaid: '1000.00' });
  });

  it('a partial payment after the due date leaves the invoice overdue', () => {
    const plan = matchStatement({ transactions: [payment('Оплата рах. № СФ-0000123', { amount: '100.00' })], context: context(), existingKeys: new Set(), today: '2026-03-25' });
    expect(plan.invoiceUpdates[0]).toMatchObject({ paidAmount: '100.00', state: 'overdue' });
  });

  it('leaves stored payments out entirely: counted as duplicates, never applied again', () => {
    const first = payment('Оплата рах. № СФ-0000123', { amount: '2000.00' });
    const second = payment('Оплата рах. № СФ-0000124', { amount: '2500.00' });
    const keys = assignDedupeKeys([first, second]);
    const plan = run([first, second], new Set([keys[0]]));
    expect(plan.duplicates).toEqual([{ line: first.line, dedupeKey: keys[0] }]);
    expect(plan.payments.map((p) => p.dedupeKey)).toEqual([keys[1]]);
    expect(plan.invoiceUpdates.map((u) => u.invoiceId)).toEqual(['inv-124']);
    expect(plan.counts).toEqual({ documents: 2, created: 1, duplicates: 1, matched: 1, unmatched: 0 });
  });

  it('takes the dedupe keys it is given (the import worked them out for the stored-key lookup)', () => {
    const txs = [payment('Оплата рах. № СФ-0000123', { amount: '2000.00' }), payment('Оплата рах. № СФ-0000124', { amount: '2500.00' })];
    const keys = assignDedupeKeys(txs);
    const given = matchStatement({ transactions: txs, context: context(), dedupeKeys: keys, existingKeys: new Set([keys[1]]), today: TODAY });
    expect(given).toEqual(run(txs, new Set([keys[1]])));
    expect(() => matchStatement({ transactions: txs, context: context(), dedupeKeys: keys.slice(1), existingKeys: new Set(), today: TODAY })).toThrow(RangeError);
  });

  it('importing the same statement twice stores nothing the second time', () => {
    const txs = [payment('Оплата рах. № СФ-0000123'), payment('Оплата')];
    const first = run(txs);
    const again = run(txs, new Set(first.payments.map((p) => p.dedupeKey)));
    expect(again.payments).toEqual([]);
    expect(again.invoiceUpdates).toEqual([]);
    expect(again.counts).toMatchObject({ documents: 2, created: 0, duplicates: 2 });
  });

  it('does not touch the invoices it was given', () => {
    const before = JSON.stringify(romashkaInvoices);
    run([payment('Оплата рах. № СФ-0000123', { amount: '2000.00' })]);
    expect(JSON.stringify(romashkaInvoices)).toBe(before);
  });
});

describe('matchStatement a window at a time (one ledger and one dedupe count across the windows)', () => {
  const TODAY = '2026-03-15';
  /** Each window gets a context of its own, as the import loads one per window: fresh copies of the invoices. */
  const freshContext = (): MatchingContext =>
    context({
      invoicesByCounterparty: new Map([
        ['romashka', romashkaInvoices.map((i) => ({ ...i }))],
        ['granit', granitInvoices.map((i) => ({ ...i }))],
      ]),
    });

  function inWindows(transactions: StatementTransaction[], size: number, existingKeys: ReadonlySet<string> = new Set()) {
    const keys = new DedupeKeys();
    const ledger = new InvoiceLedger();
    const plans = [];
    for (let start = 0; start < transactions.length; start += size) {
      const window = transactions.slice(start, start + size);
      plans.push(matchStatement({ transactions: window, context: freshContext(), dedupeKeys: keys.of(window), existingKeys, today: TODAY, ledger }));
    }
    return plans;
  }

  const statement = () => [
    payment('Оплата 1 рах. № СФ-0000123', { amount: '2000.00' }),
    payment('Оплата за товар', { amount: '2500.00' }),
    payment('Оплата 2 рах. № СФ-0000123', { amount: '4000.00' }),
    payment('Оплата за товар', { amount: '2500.00', number: '77' }),
    payment('Оплата 3 рах. № СФ-0000123', { amount: '500.00' }),
  ];

  it('two windows paying one invoice give the plan of one window', () => {
    const transactions = statement();
    const whole = matchStatement({ transactions, context: context(), existingKeys: new Set(), today: TODAY });
    for (const size of [1, 2, 3]) {
      const plans = inWindows(transactions, size);
      expect(plans.flatMap((p) => p.payments)).toEqual(whole.payments);
      // each window reports the invoices it paid; the last word on an invoice is the whole file's
      const updates = new Map(plans.flatMap((p) => p.invoiceUpdates).map((u) => [u.invoiceId, u]));
      expect([...updates.values()]).toEqual(whole.invoiceUpdates);
      for (const plan of plans) {
        expect(plan.invoiceUpdates.map((u) => u.invoiceId).sort()).toEqual([...new Set(plan.payments.flatMap((p) => (p.allocation ? [p.allocation.invoiceId] : [])))].sort());
      }
    }
    // the second payment on СФ-0000123 (another window at size 2) finds it partly paid and pays it in full
    expect(whole.payments.map((p) => p.allocation?.state)).toEqual(['partially-paid', 'paid', 'paid', undefined, 'paid']);
    expect(whole.payments[4].allocation).toMatchObject({ paidBefore: '6000.00', overpaid: '500.00' });
    // and the second 2500.00 without a number, in a later window, finds СФ-0000124 taken by the first
    expect(whole.payments[3].match.invoiceId).toBeNull();
  });

  it('the windows\' dedupe keys are the whole file\'s: twins in different windows keep their occurrences', () => {
    const twin = payment('Оплата рах. № СФ-0000123', { amount: '100.00', number: '5' });
    const transactions = [twin, payment('Оплата рах. № СФ-0000124', { amount: '10.00' }), { ...twin, line: 99 }];
    const keys = new DedupeKeys();
    expect([...keys.of(transactions.slice(0, 1)), ...keys.of(transactions.slice(1))]).toEqual(assignDedupeKeys(transactions));
    const stored = new Set([assignDedupeKeys(transactions)[2]]);
    const plans = inWindows(transactions, 2, stored);
    expect(plans.map((p) => p.counts)).toEqual([
      { documents: 2, created: 2, duplicates: 0, matched: 2, unmatched: 0 },
      { documents: 1, created: 0, duplicates: 1, matched: 0, unmatched: 0 },
    ]);
  });

  it('the ledger keeps nothing of the invoices but what their state needs', () => {
    const ledger = new InvoiceLedger();
    const paid = { ...romashkaInvoices[0] };
    ledger.apply(paid, BigInt(100), TODAY);
    paid.number = 'changed after';
    expect(ledger.updates(TODAY)).toEqual([{ invoiceId: 'inv-123', paidAmount: '1.00', state: 'partially-paid', overpaid: null }]);
  });
});
