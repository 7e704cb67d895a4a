import { counterpartiesToCreate } from '../../src/domain/bank/new-counterparties';
import type { StatementParty, StatementTransaction } from '../../src/domain/bank';
import { makeEdrpou, makeRnokpp, makeUaIban } from '../../src/domain/identifiers';

const OWN = { name: 'Ми', code: '32855961', account: 'UA1', mfo: null, bankName: null };
const party = (p: Partial<StatementParty>): StatementParty => ({ name: null, code: null, account: null, mfo: null, bankName: null, ...p });
const tx = (other: Partial<StatementParty>, direction: 'incoming' | 'outgoing' = 'incoming'): { transaction: StatementTransaction } => ({
  transaction: {
    line: 1, documentType: null, number: '1', date: '2026-11-02', valueDate: null, ownAccount: 'UA1', direction, amount: '1.00', currency: 'UAH',
    payer: direction === 'incoming' ? party(other) : OWN, payee: direction === 'incoming' ? OWN : party(other), purpose: '',
  },
});

describe('counterparties the import makes for unknown payers and payees', () => {
  const edrpou = makeEdrpou('4455667');
  const iban = makeUaIban('300465', '26002000098765');

  it('one per party, told apart by code, then account, then name', () => {
    const made = counterpartiesToCreate([
      tx({ name: 'ТОВ «Альфа»', code: edrpou }),
      tx({ name: 'Альфа, ТОВ', code: edrpou }),
      tx({ name: 'ФОП Бета', account: iban }),
      tx({ name: 'ФОП Бета (новий рахунок)', account: iban }),
      tx({ name: 'Гамма' }),
      tx({ name: '  Гамма ' }),
    ]);
    expect(made.map((c) => c.name)).toEqual(['ТОВ «Альфа»', 'ФОП Бета', 'Гамма']);
  });

  it('a payer of ours is a client, a payee a supplier', () => {
    expect(counterpartiesToCreate([tx({ name: 'Покупець' }), tx({ name: 'Постачальник' }, 'outgoing')]).map((c) => c.kind)).toEqual(['client', 'supplier']);
  });

  it('keeps a valid ЄДРПОУ, РНОКПП and IBAN (with the МФО read from it), drops invalid ones and placeholders', () => {
    const rnokpp = makeRnokpp('304050607');
    const valid = makeEdrpou('1234567');
    const wrongCheckDigit = valid.slice(0, 7) + String((Number(valid[7]) + 1) % 10);
    const [company, person, strange] = counterpartiesToCreate([
      tx({ name: 'Компанія', code: edrpou, account: iban, bankName: 'Банк' }),
      tx({ name: 'Особа', code: rnokpp }),
      tx({ name: 'Дивний', code: wrongCheckDigit, account: 'UA00000001' }),
    ]);
    expect(company).toMatchObject({ edrpou, rnokpp: null, bankAccount: { iban, mfo: '300465', bankName: 'Банк' } });
    expect(person).toMatchObject({ edrpou: null, rnokpp });
    expect(strange).toMatchObject({ edrpou: null, rnokpp: null, bankAccount: null });
  });

  it('leaves alone a party without a name', () => {
    expect(counterpartiesToCreate([tx({ code: edrpou })])).toEqual([]);
  });
});
