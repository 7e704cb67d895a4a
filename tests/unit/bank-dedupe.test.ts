import iconv from 'iconv-lite';
import { assignDedupeKeys, dedupeIdentity, DedupeKeys, IdentityRepeats, paymentDedupeKey } from '../../src/domain/bank/dedupe-key';
import { accountKey, partyCodeKey } from '../../src/domain/bank/party-keys';
import type { StatementParty, StatementTransaction } from '../../src/domain/bank/statement';

const OWN = 'UA213223130000026007233566001';
const party = (over: Partial<StatementParty> = {}): StatementParty => ({ name: null, code: null, account: null, mfo: null, bankName: null, ...over });

function tx(over: Partial<StatementTransaction> = {}): StatementTransaction {
  return {
    line: 10,
    documentType: 'Платежное поручение',
    number: '451',
    date: '2026-03-12',
    valueDate: '2026-03-12',
    ownAccount: OWN,
    direction: 'incoming',
    amount: '6000.00',
    currency: 'UAH',
    payer: party({ name: 'ТОВ «Ромашка»', code: '32855961', account: 'UA903052992990004149123456789' }),
    payee: party({ name: 'ТОВ «Вітрило»', code: '41234568', account: OWN }),
    purpose: 'Оплата за рах. № СФ-0000123 від 10.03.2026, у т.ч. ПДВ 1000.00 грн',
    ...over,
  };
}

/** The same text after a trip through a cp1251 file (characters cp1251 lacks become '?'). */
const viaCp1251 = (text: string) => iconv.decode(iconv.encode(text, 'cp1251'), 'cp1251');

describe('paymentDedupeKey', () => {
  it('is a 64-character sha256 hex, the same for the same payment', () => {
    const key = paymentDedupeKey(tx());
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(paymentDedupeKey(tx())).toBe(key);
  });

  it('keeps the documented composition', () => {
    expect(JSON.parse(dedupeIdentity(tx()))).toEqual(['payment/1', OWN, '2026-03-12', 'incoming', 'UAH', '600000', '451', '32855961', 'UA903052992990004149123456789', '']);
    expect(JSON.parse(dedupeIdentity(tx(), 2))).toHaveLength(11);
  });

  it('does not depend on spelling: spaces and case of accounts, amount digits, number zeros', () => {
    const key = paymentDedupeKey(tx());
    expect(paymentDedupeKey(tx({ ownAccount: 'ua21 3223 1300 0002 6007 2335 6600 1' }))).toBe(key);
    expect(paymentDedupeKey(tx({ amount: '6000' }))).toBe(key);
    expect(paymentDedupeKey(tx({ amount: '6 000,00' }))).toBe(key);
    expect(paymentDedupeKey(tx({ number: ' 00451 ' }))).toBe(key);
    expect(paymentDedupeKey(tx({ currency: 'uah' }))).toBe(key);
    expect(paymentDedupeKey(tx({ payer: party({ code: '32855961', account: 'UA90 3052 9929 9000 4149 1234 5678 9' }) }))).toBe(key);
  });

  it('ignores names, the value date, the line, the document type and (with a number) the purpose', () => {
    const key = paymentDedupeKey(tx());
    expect(paymentDedupeKey(tx({ line: 99, valueDate: '2026-03-13', documentType: null, purpose: 'Оплата за рах. № СФ-0000123' }))).toBe(key);
    expect(paymentDedupeKey(tx({ payer: party({ name: 'РОМАШКА ТОВ', code: '32855961', account: 'UA903052992990004149123456789' }) }))).toBe(key);
  });

  it('tells apart what makes another payment', () => {
    const key = paymentDedupeKey(tx());
    const others = [
      tx({ ownAccount: 'UA213223130000026007233566002' }),
      tx({ date: '2026-03-13' }),
      tx({ direction: 'outgoing', payee: tx().payer, payer: tx().payee }),
      tx({ amount: '6000.01' }),
      tx({ currency: 'USD' }),
      tx({ number: '452' }),
      tx({ payer: party({ code: '32855962', account: 'UA903052992990004149123456789' }) }),
      tx({ payer: party({ code: '32855961', account: 'UA903052992990004149123456780' }) }),
    ];
    for (const other of others) expect(paymentDedupeKey(other)).not.toBe(key);
  });

  it('looks at the payee for outgoing payments, the payer for incoming ones', () => {
    const outgoing = tx({ direction: 'outgoing', payer: party({ account: OWN }), payee: party({ code: '12345678', account: 'UA1' }) });
    expect(JSON.parse(dedupeIdentity(outgoing)).slice(7, 9)).toEqual(['12345678', 'UA1']);
  });

  it('two documents numbered alike are two payments (number alone is no identity)', () => {
    const first = tx({ number: '1', amount: '14000.00' });
    const second = tx({ number: '1', amount: '20000.00', payer: party({ code: '12312312', account: null }) });
    expect(paymentDedupeKey(first)).not.toBe(paymentDedupeKey(second));
  });

  it('the same document on two own accounts is two payments', () => {
    const a = tx({ number: '451336120', currency: 'GBP', amount: '18475.00', ownAccount: 'UA1' });
    const b = tx({ number: '451336120', currency: 'GBP', amount: '18475.00', ownAccount: 'UA2' });
    expect(paymentDedupeKey(a)).not.toBe(paymentDedupeKey(b));
  });

  it('uses the purpose only when number, code and account are all missing', () => {
    const bare = (purpose: string) => tx({ number: null, payer: party({ name: 'Готівка' }), purpose });
    expect(JSON.parse(dedupeIdentity(bare('Торговельна виручка, каса 1')))[9]).toBe('ТОРГОВЕЛЬНАВИРУЧКАКАСА1');
    expect(paymentDedupeKey(bare('Торговельна виручка, каса 1'))).not.toBe(paymentDedupeKey(bare('Торговельна виручка, каса 2')));
    expect(paymentDedupeKey(bare('Торговельна  виручка,\r\nкаса 1'))).toBe(paymentDedupeKey(bare('торговельна виручка, каса 1')));
    expect(JSON.parse(dedupeIdentity(tx({ number: null })))[9]).toBe('');
    expect(JSON.parse(dedupeIdentity(tx({ payer: party() })))[9]).toBe('');
  });

  it('refuses a negative or fractional occurrence', () => {
    expect(() => paymentDedupeKey(tx(), -1)).toThrow(RangeError);
    expect(() => paymentDedupeKey(tx(), 0.5)).toThrow(RangeError);
  });
});

describe('re-encoded files give the same keys', () => {
  it('a cp1251 copy of a utf-8 statement yields the same keys, names and purposes included', () => {
    const original = [
      tx(),
      tx({ number: null, payer: party({ name: 'Фізична особа' }), purpose: 'Повернення «передплати» за зверненням ʼ№ 12ʼ – дякуємо' }),
      tx({ number: '452', payer: party({ name: 'ФОП Кравець Ольга', code: '3012345678' }), purpose: 'Оплата згідно рахунку № 45, без ПДВ' }),
    ];
    const reencoded = original.map((t) => ({
      ...t,
      purpose: viaCp1251(t.purpose),
      payer: { ...t.payer, name: t.payer.name === null ? null : viaCp1251(t.payer.name) },
    }));
    expect(reencoded[1].purpose).not.toBe(original[1].purpose); // cp1251 has no ʼ: it came back as '?'
    expect(assignDedupeKeys(reencoded)).toEqual(assignDedupeKeys(original));
  });
});

describe('assignDedupeKeys', () => {
  const a = tx({ number: '1', amount: '100.00' });
  const b = tx({ number: '2', amount: '200.00' });
  const twin = tx({ number: '3', amount: '300.00', line: 40 });
  const twinAgain = { ...twin, line: 52 };

  it('gives one key per transaction, in file order', () => {
    expect(assignDedupeKeys([a, b])).toEqual([paymentDedupeKey(a), paymentDedupeKey(b)]);
  });

  it('gives twins in one file distinct keys, deterministically', () => {
    const keys = assignDedupeKeys([a, twin, b, twinAgain]);
    expect(new Set(keys).size).toBe(4);
    expect(keys[1]).toBe(paymentDedupeKey(twin, 0));
    expect(keys[3]).toBe(paymentDedupeKey(twin, 1));
    expect(assignDedupeKeys([a, twin, b, twinAgain])).toEqual(keys);
  });

  it('an overlapping later statement with the twin once maps it to occurrence 0', () => {
    const first = assignDedupeKeys([a, twin, twinAgain]);
    const later = assignDedupeKeys([{ ...twin, line: 3 }, tx({ number: '9', date: '2026-03-13' })]);
    expect(later[0]).toBe(first[1]);
    expect(first).not.toContain(later[1]);
  });

  it('an overlapping statement listing both twins again gives both keys again', () => {
    const first = assignDedupeKeys([a, twin, twinAgain]);
    const later = assignDedupeKeys([b, twin, twinAgain]);
    expect(later.slice(1)).toEqual(first.slice(1));
  });
});

describe('DedupeKeys: a file a window at a time', () => {
  const file = Array.from({ length: 60 }, (_, n) => tx({ number: String(100 + (n % 10)), amount: `${1 + (n % 4)}.00`, line: 10 + n }));

  /** The keys of `file` taken `size` at a time, counting only what `repeats` says may repeat (all, when null). */
  function inWindows(size: number, repeats: IdentityRepeats | null) {
    const keys = new DedupeKeys(repeats ? repeats.repeated() : null);
    const all: string[] = [];
    for (let start = 0; start < file.length; start += size) all.push(...keys.of(file.slice(start, start + size)));
    return all;
  }

  it('gives the whole file\'s keys, twins in different windows included', () => {
    const whole = assignDedupeKeys(file);
    expect(new Set(whole).size).toBe(file.length);
    expect(whole.filter((key, n) => key !== paymentDedupeKey(file[n]))).not.toHaveLength(0);
    const repeats = new IdentityRepeats();
    file.forEach((t) => repeats.add(t));
    for (const size of [1, 4, 7, 60]) {
      expect(inWindows(size, null)).toEqual(whole);
      expect(inWindows(size, repeats)).toEqual(whole);
    }
  });

  it('counts only identities that occur more than once', () => {
    const repeats = new IdentityRepeats();
    const once = [tx({ number: '1' }), tx({ number: '2' })];
    [...once, file[0], { ...file[0], line: 99 }].forEach((t) => repeats.add(t));
    expect(repeats.repeated().size).toBe(1);
    expect(() => repeats.add(file[1])).toThrow();
    expect(new DedupeKeys(repeats.repeated()).of([...once, file[0], { ...file[0], line: 99 }])).toEqual(assignDedupeKeys([...once, file[0], { ...file[0], line: 99 }]));
  });
});

describe('party keys', () => {
  it('reads codes as digits, pads codes that lost leading zeros, drops zero codes', () => {
    expect(partyCodeKey(' 3285 5961 ')).toBe('32855961');
    expect(partyCodeKey('32129')).toBe('00032129');
    expect(partyCodeKey('1234567890')).toBe('1234567890');
    expect(partyCodeKey('0000000000')).toBeNull();
    expect(partyCodeKey('')).toBeNull();
    expect(partyCodeKey(null)).toBeNull();
  });

  it('reads accounts without spaces, upper case', () => {
    expect(accountKey('ua21 3223 1300')).toBe('UA2132231300');
    expect(accountKey('  ')).toBeNull();
  });
});
