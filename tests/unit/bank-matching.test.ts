import { buildCounterpartyLookup } from '../../src/domain/bank/matching/counterparty-lookup';
import { documentNumberKey, mentionsNumber, numberTokens, sameNumber, trailingNumber } from '../../src/domain/bank/matching/document-number';
import { counterpartiesOfStatement, findCounterparty } from '../../src/domain/bank/matching/find-counterparty';
import { extractReferences } from '../../src/domain/bank/matching/invoice-references';
import { counterpartyNameKey } from '../../src/domain/bank/matching/name-key';
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
