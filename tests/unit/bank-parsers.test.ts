import fs from 'fs';
import path from 'path';
import iconv from 'iconv-lite';
import {
  decodeStatement,
  detectSeparator,
  normalizeLabel,
  parseBankDate,
  parseStatement,
  ParsedStatement,
  readCsv,
  StatementRefusal,
  StatementTransaction,
} from '../../src/domain/bank';
import { isMessageCode, messageText, MessageCode } from '../../src/domain/messages';
import { sumMoney } from '../../src/domain/money';
import {
  CLIENT_IBAN,
  dos1C,
  encode,
  LANDLORD_IBAN,
  OWN_IBAN,
  OWN_USD_IBAN,
  privatbankCsv,
  ukrainian1C,
  ukrainian1CLines,
} from '../helpers/bank-fixtures';
import { findBankSamplesDir, readSample, SAMPLE_FILES } from '../helpers/bank-samples';

function refusalOf(run: () => unknown): StatementRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof StatementRefusal) return error;
    throw error;
  }
  throw new Error('expected a StatementRefusal, the file was accepted');
}

function expectRefusal(run: () => unknown, line: number, code: MessageCode): StatementRefusal {
  const refusal = refusalOf(run);
  expect({ line: refusal.line, code: refusal.code }).toEqual({ line, code });
  expect(refusal.message).toBe(line > 0 ? `line ${line}: ${messageText(code, refusal.params, 'en')}` : messageText(code, refusal.params, 'en'));
  return refusal;
}

const parseText = (text: string, encoding: Parameters<typeof encode>[1] = 'utf-8') => parseStatement(encode(text, encoding));
const at = (statement: ParsedStatement, line: number) => statement.transactions.find((t) => t.line === line) as StatementTransaction;
const total = (transactions: StatementTransaction[]) => sumMoney(transactions.map((t) => t.amount));
/** The Ukrainian 1C fixture with line `line` (1-based) replaced, or removed when `text` is null. */
function ukrainianWith(changes: Record<number, string | null>, lineEnd = '\r\n'): string {
  const lines = ukrainian1CLines().map((text, i) => (i + 1 in changes ? changes[i + 1] : text)).filter((text): text is string => text !== null);
  return `${lines.join(lineEnd)}${lineEnd}`;
}

const samplesDir = findBankSamplesDir();
const describeSamples = samplesDir ? describe : describe.skip;
if (!samplesDir) {
  console.warn('bank-parsers: the real statements in shared/bank-samples were not found (set BANK_SAMPLES_DIR); their tests are skipped');
}

describeSamples('real statements (shared/bank-samples)', () => {
  const sample = (file: string) => parseStatement(readSample(samplesDir as string, file));

  describe('01: a Russian 1CClientBankExchange statement of one day', () => {
    const statement = samplesDir ? sample(SAMPLE_FILES.oneDay1C) : (null as unknown as ParsedStatement);

    it('is detected as 1C in cp1251, for its one account and day', () => {
      expect(statement.format).toBe('client-bank-1c');
      expect(statement.encoding).toBe('cp1251');
      expect(statement.account).toBe('40702810200000000001');
      expect(statement.accounts).toEqual(['40702810200000000001']);
      expect([statement.periodFrom, statement.periodTo]).toEqual(['2016-01-11', '2016-01-11']);
    });

    it('has 13 documents: 6 bank orders and 7 payment orders', () => {
      expect(statement.transactions).toHaveLength(13);
      expect(statement.transactions.filter((t) => t.documentType === 'Банковский ордер')).toHaveLength(6);
      expect(statement.transactions.filter((t) => t.documentType === 'Платежное поручение')).toHaveLength(7);
      for (const t of statement.transactions) expect(t.ownAccount).toBe('40702810200000000001');
    });

    it('3 incoming documents make 40000.00 and 10 outgoing 41184.00, as the balance section says', () => {
      const incoming = statement.transactions.filter((t) => t.direction === 'incoming');
      const outgoing = statement.transactions.filter((t) => t.direction === 'outgoing');
      expect(incoming.map((t) => t.amount)).toEqual(['6000.00', '14000.00', '20000.00']);
      expect(total(incoming)).toBe('40000.00');
      expect(outgoing).toHaveLength(10);
      expect(total(outgoing)).toBe('41184.00');
      expect(statement.balances).toEqual([
        {
          line: 11,
          account: '40702810200000000001',
          periodFrom: '2016-01-11',
          periodTo: '2016-01-11',
          opening: '45329.91',
          incoming: '40000.00',
          outgoing: '41184.00',
          closing: '44145.91',
        },
      ]);
    });

    it('reads payment order №5 of 11.01.2016: 6000.00 in from "Some random payer", ИНН 123123123123', () => {
      const order5 = statement.transactions.filter((t) => t.number === '5');
      expect(order5).toHaveLength(1);
      expect(order5[0]).toMatchObject({
        line: 330,
        documentType: 'Платежное поручение',
        date: '2016-01-11',
        valueDate: '2016-01-11',
        direction: 'incoming',
        amount: '6000.00',
        currency: 'UAH',
        purpose: 'Some random string',
      });
      expect(order5[0].payer).toEqual({
        name: 'Some random payer',
        code: '123123123123',
        account: '12312312312312312',
        mfo: '044525176',
        bankName: 'ПАО АКБ "МЕТАЛЛИНВЕСТБАНК"',
      });
      expect(order5[0].payee.account).toBe('40702810200000000001');
    });

    it('keeps two different documents that are both numbered 1', () => {
      const numberOne = statement.transactions.filter((t) => t.number === '1');
      expect(numberOne.map((t) => [t.line, t.direction, t.amount])).toEqual([
        [206, 'outgoing', '2762.80'],
        [392, 'incoming', '20000.00'],
      ]);
    });

    it('dates outgoing documents by ДатаСписано, though their payer account is not the statement’s', () => {
      const first = at(statement, 20);
      expect(first).toMatchObject({ number: '697162', direction: 'outgoing', amount: '83.23', valueDate: '2016-01-11' });
      expect(first.payer.account).toBe('12312312312312312');
    });
  });

  describe('03: an iBank2 CSV of ProCredit Bank', () => {
    const statement = samplesDir ? sample(SAMPLE_FILES.procreditIbank2) : (null as unknown as ParsedStatement);

    it('is detected by its header, in cp1251, with 6 rows over two own accounts', () => {
      expect(statement.format).toBe('ibank2-csv');
      expect(statement.encoding).toBe('cp1251');
      expect(statement.transactions.map((t) => t.line)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(statement.accounts).toEqual(['UA00000001', 'UA00000007']);
      expect(statement.account).toBe('UA00000001');
      expect([statement.periodFrom, statement.periodTo]).toEqual(['2000-01-01', '2000-01-15']);
      expect(statement.balances).toEqual([]);
      expect([...new Set(statement.transactions.map((t) => t.currency))].sort()).toEqual(['GBP', 'UAH']);
    });

    it('row 1: a debit of 100.00 UAH on 15.01.2000 09:08:00 to Correspondent1', () => {
      const row = at(statement, 2);
      expect(row).toMatchObject({ direction: 'outgoing', amount: '100.00', currency: 'UAH', date: '2000-01-15', number: '452607519', ownAccount: 'UA00000001' });
      expect(row.payee).toEqual({ name: 'Correspondent1', code: '0000000002', account: 'UA00000002', mfo: '320984', bankName: 'АТ "ПроКредит банк"' });
      expect(row.payer).toMatchObject({ code: '0000000001', account: 'UA00000001' });
      expect(row.purpose).toBe("Сплата комісії за обслуговування рахунків та/чи інших зобов'язань");
    });

    it('row 3: a credit of 117042.75 UAH on 04.01.2000', () => {
      expect(at(statement, 4)).toMatchObject({ direction: 'incoming', amount: '117042.75', currency: 'UAH', date: '2000-01-04' });
      expect(at(statement, 4).payer.name).toBe('Correspondent1');
    });

    it('rows 4 and 6: the same document 451336120 for 18475.00 GBP on two different own accounts', () => {
      const [row4, row6] = [at(statement, 5), at(statement, 7)];
      for (const row of [row4, row6]) expect(row).toMatchObject({ number: '451336120', amount: '18475.00', currency: 'GBP', direction: 'incoming' });
      expect(row4.ownAccount).toBe('UA00000007');
      expect(row6.ownAccount).toBe('UA00000001');
      expect(at(statement, 6)).toMatchObject({ number: '451336120', direction: 'outgoing', ownAccount: 'UA00000007' });
    });
  });

  describe('05: an Alfa-Bank (Sense Bank) CSV', () => {
    const statement = samplesDir ? sample(SAMPLE_FILES.alfaSense) : (null as unknown as ParsedStatement);

    it('is detected by its header, in cp1251, with 7 rows over two own accounts', () => {
      expect(statement.format).toBe('alfa-csv');
      expect(statement.encoding).toBe('cp1251');
      expect(statement.transactions).toHaveLength(7);
      expect(statement.accounts).toEqual(['UA11111111111111111111111111', 'UA222222222222222222222']);
      expect([statement.periodFrom, statement.periodTo]).toEqual(['2021-03-02', '2021-04-02']);
    });

    it('row 2: a credit of 5018.23 GBP on 03.03.2021 from JOHN DOE (code 1111111111, document 102069016)', () => {
      const row = at(statement, 3);
      expect(row).toMatchObject({ direction: 'incoming', amount: '5018.23', currency: 'GBP', date: '2021-03-03', number: '102069016' });
      expect(row.payer).toMatchObject({ name: 'JOHN DOE', code: '1111111111' });
      expect(row.payee).toMatchObject({ account: 'UA11111111111111111111111111', code: '1111111111', mfo: '111111' });
    });

    it('row 3: a credit of 39447.47 UAH from XYZ BANK, its Latin i put back into Cyrillic', () => {
      const row = at(statement, 4);
      expect(row).toMatchObject({ direction: 'incoming', amount: '39447.47', currency: 'UAH' });
      expect(row.payer.name).toBe('XYZ BANK');
      expect(row.purpose).toBe('Зарахування коштів від вільного продажу 1018.23 GBP по курсу 38.78, (зг. заявки  від ). Комісія банку становить 39.49 грн.');
    });

    it('reads Дебет rows as outgoing, dated by «Дата проведення»', () => {
      expect(at(statement, 5)).toMatchObject({ direction: 'outgoing', amount: '50.00', date: '2021-04-02', currency: 'UAH' });
      expect(at(statement, 5).payee.name).toBe('XYZ BANK');
    });
  });
});

describe('1CClientBankExchange fixtures', () => {
  it('reads the Ukrainian key set: ОКПО, МФО, КодВалюты, IBANs', () => {
    const statement = parseText(ukrainian1C(), 'cp1251');
    expect(statement).toMatchObject({ format: 'client-bank-1c', encoding: 'cp1251', account: OWN_IBAN, accounts: [OWN_IBAN], periodFrom: '2024-02-01', periodTo: '2024-02-05' });
    expect(statement.balances[0]).toMatchObject({ line: 11, opening: '10000.00', incoming: '7250.50', outgoing: '1200.00', closing: '16050.50' });
    expect(statement.transactions.map((t) => [t.line, t.direction, t.amount, t.currency])).toEqual([
      [20, 'incoming', '6000.00', 'UAH'],
      [39, 'incoming', '1250.50', 'UAH'],
      [55, 'outgoing', '1200.00', 'UAH'],
    ]);
    expect(at(statement, 39).payer).toEqual({ name: 'ТОВ "Ромашка"', code: '14360570', account: CLIENT_IBAN, mfo: '305299', bankName: null });
    expect(at(statement, 55).payee).toEqual({ name: 'ФОП Коваль Ольга Петрівна', code: '2953011468', account: LANDLORD_IBAN, mfo: '300465', bankName: null });
    expect(at(statement, 55)).toMatchObject({ documentType: 'Платіжне доручення', number: '7', valueDate: '2024-02-05', ownAccount: OWN_IBAN });
  });

  it('an amount without kopecks is read as whole hryvnias', () => {
    expect(at(parseText(ukrainian1C()), 20).amount).toBe('6000.00');
  });

  it('a composite Плательщик «ИНН 3184710691 name» gives the code and the name without the prefix', () => {
    expect(at(parseText(ukrainian1C()), 20).payer).toEqual({
      name: 'ФОП Петренко Іван Іванович',
      code: '3184710691',
      account: CLIENT_IBAN,
      mfo: '305299',
      bankName: 'АТ КБ "ПРИВАТБАНК"',
    });
    const russian = parseText(dos1C(), 'cp866');
    expect(russian.transactions[0].payee).toMatchObject({ name: 'ООО "Лютик"', code: '7702345678', mfo: '044525225' });
  });

  it('joins НазначениеПлатежа1…6 with line breaks, skipping blanks', () => {
    expect(at(parseText(ukrainian1C()), 20).purpose).toBe('Оплата за рахунком № 15 від 01.02.2024\nу т.ч. ПДВ 20% - 1000.00 грн');
    const withWhole = ukrainianWith({ 36: 'НазначениеПлатежа=Оплата за рахунком № 15 від 01.02.2024 у т.ч. ПДВ 20% - 1000.00 грн' });
    expect(at(parseText(withWhole), 20).purpose).toBe('Оплата за рахунком № 15 від 01.02.2024\nу т.ч. ПДВ 20% - 1000.00 грн');
    const different = ukrainianWith({ 36: 'НазначениеПлатежа=Рахунок 15' });
    expect(at(parseText(different), 20).purpose).toBe('Рахунок 15\nОплата за рахунком № 15 від 01.02.2024\nу т.ч. ПДВ 20% - 1000.00 грн');
  });

  it('takes a keyless line after НазначениеПлатежа as its continuation', () => {
    const text = ukrainianWith({ 52: 'НазначениеПлатежа=Оплата за послуги\r\nзгідно з договором № 7 від 10.01.2024, без ПДВ' });
    const statement = parseText(text);
    expect(at(statement, 39).purpose).toBe('Оплата за послуги\nзгідно з договором № 7 від 10.01.2024, без ПДВ');
    expect(at(statement, 56)).toMatchObject({ number: '7', amount: '1200.00' });
  });

  it('ignores tabs and spaces at line ends, reads LF and CRLF alike', () => {
    const crlf = parseText(ukrainian1C('\r\n'));
    const lf = parseText(ukrainian1C('\n'));
    expect(lf).toEqual(crlf);
    expect(at(crlf, 39).amount).toBe('1250.50');
    expect(at(crlf, 39).payer.name).toBe('ТОВ "Ромашка"');
  });

  it('UTF-8 with a BOM is UTF-8', () => {
    const statement = parseText(ukrainian1C(), 'utf-8-bom');
    expect(statement.encoding).toBe('utf-8');
    expect(statement).toEqual({ ...parseText(ukrainian1C(), 'cp1251'), encoding: 'utf-8' });
  });

  it('UTF-8 without a BOM is UTF-8 though the file says Кодировка=Windows', () => {
    const statement = parseText(ukrainian1C(), 'utf-8');
    expect(statement.encoding).toBe('utf-8');
    expect(at(statement, 55).payee.name).toBe('ФОП Коваль Ольга Петрівна');
  });

  it('cp866 with Кодировка=DOS is cp866, read with the Russian key set (ИНН, БИК)', () => {
    const statement = parseText(dos1C(), 'cp866');
    expect(statement.encoding).toBe('cp866');
    expect(statement.transactions).toHaveLength(1);
    expect(statement.transactions[0]).toMatchObject({
      line: 14,
      documentType: 'Платежное поручение',
      number: '12',
      direction: 'outgoing',
      amount: '120.40',
      purpose: 'Оплата по счету № 3 от 10.03.2023',
    });
    expect(statement.transactions[0].payer).toMatchObject({ name: 'ООО "Ромашка"', code: '7701234567', account: '40702810900000012345' });
  });

  it('the encoding is detected, not trusted: a cp1251 file that says DOS is still cp1251', () => {
    const text = ukrainian1C().replace('Кодировка=Windows', 'Кодировка=DOS');
    expect(parseText(text, 'cp1251').encoding).toBe('cp1251');
    expect(parseText(dos1C().replace('Кодировка=DOS', ''), 'cp866').encoding).toBe('cp866');
  });

  it('a document whose accounts are both own makes a transaction on each account', () => {
    const second = 'UA133052990000026006000000001';
    const text = ukrainianWith({
      9: `РасчСчет=${OWN_IBAN}\r\nРасчСчет=${second}`,
      63: `ПолучательСчет=${second}`,
      67: null,
      17: 'ВсегоСписано=1200.00',
    });
    const statement = parseText(text);
    expect(statement.accounts).toEqual([OWN_IBAN, second]);
    expect(statement.transactions.filter((t) => t.line === 56).map((t) => [t.direction, t.ownAccount])).toEqual([
      ['outgoing', OWN_IBAN],
      ['incoming', second],
    ]);
  });

  describe('is refused, naming the line', () => {
    it('without КонецФайла: the last line', () => {
      expectRefusal(() => parseText(ukrainianWith({ 70: null })), 69, 'statement.incomplete');
    });

    it('with a document left open when the next one starts: the line it started on', () => {
      const refusal = expectRefusal(() => parseText(ukrainianWith({ 38: null })), 20, 'statement.unclosedSection');
      expect(refusal.params).toEqual({ section: 'СекцияДокумент', end: 'КонецДокумента' });
    });

    it('with a document left open at the end of the file', () => {
      expectRefusal(() => parseText(ukrainianWith({ 69: null, 70: null })), 55, 'statement.unclosedSection');
      expectRefusal(() => parseText(ukrainianWith({ 69: null })), 55, 'statement.unclosedSection');
    });

    it('with a balance section left open', () => {
      const refusal = expectRefusal(() => parseText(ukrainianWith({ 19: null })), 11, 'statement.unclosedSection');
      expect(refusal.params).toEqual({ section: 'СекцияРасчСчет', end: 'КонецРасчСчет' });
    });

    it('when the totals do not match the documents: the balance section', () => {
      let refusal = expectRefusal(() => parseText(ukrainianWith({ 16: 'ВсегоПоступило=7250.51' })), 11, 'statement.balanceMismatch');
      expect(refusal.params).toEqual({ account: OWN_IBAN, field: 'ВсегоПоступило', declared: '7250.51', computed: '7250.50' });
      expect(messageText('statement.balanceMismatch', refusal.params, 'uk')).toBe(`рахунок ${OWN_IBAN}: у «ВсегоПоступило» 7250,51, а за документами виходить 7250,50`);
      refusal = expectRefusal(() => parseText(ukrainianWith({ 58: 'Сумма=1200.01' })), 11, 'statement.balanceMismatch');
      expect(refusal.params).toMatchObject({ field: 'ВсегоСписано', declared: '1200.00', computed: '1200.01' });
      refusal = expectRefusal(() => parseText(ukrainianWith({ 18: 'КонечныйОстаток=16050.00' })), 11, 'statement.balanceMismatch');
      expect(refusal.params).toMatchObject({ field: 'КонечныйОстаток', declared: '16050.00', computed: '16050.50' });
    });

    it('when a document is missing from the totals', () => {
      const lines = ukrainian1CLines();
      const withoutLast = [...lines.slice(0, 54), ...lines.slice(69)].join('\n');
      expectRefusal(() => parseText(withoutLast), 11, 'statement.balanceMismatch');
    });

    it('with a malformed amount: the Сумма line', () => {
      for (const amount of ['12,34.5', '1.234', 'abc', '-5.00', '1e3', '12.3.4', '9999999999999.00']) {
        const refusal = expectRefusal(() => parseText(ukrainianWith({ 23: `Сумма=${amount}` })), 23, 'statement.badAmount');
        expect(refusal.params).toEqual({ field: 'Сумма', value: amount });
      }
      expectRefusal(() => parseText(ukrainianWith({ 23: 'Сумма=0.00' })), 23, 'statement.zeroAmount');
      expectRefusal(() => parseText(ukrainianWith({ 23: null })), 20, 'statement.missingField');
      expectRefusal(() => parseText(ukrainianWith({ 15: 'НачальныйОстаток=десять' })), 15, 'statement.badAmount');
    });

    it('with a date that is no calendar day: its line', () => {
      for (const date of ['30.02.2024', '2024-02-02', '02.13.2024', '2.2.24', '02.02.2024 25:00']) {
        const refusal = expectRefusal(() => parseText(ukrainianWith({ 22: `Дата=${date}` })), 22, 'statement.badDate');
        expect(refusal.params).toEqual({ field: 'Дата', value: date });
      }
      expectRefusal(() => parseText(ukrainianWith({ 7: 'ДатаНачала=00.02.2024' })), 7, 'statement.badDate');
    });

    it('with an unknown currency code', () => {
      expectRefusal(() => parseText(ukrainianWith({ 24: 'КодВалюты=999' })), 24, 'statement.badCurrency');
    });

    it('with stray, keyless or contradicting lines', () => {
      expectRefusal(() => parseText(ukrainianWith({ 54: 'КонецДокумента' })), 54, 'statement.strayEnd');
      expectRefusal(() => parseText(ukrainianWith({ 21: 'якийсь текст без ключа' })), 21, 'statement.badLine');
      expectRefusal(() => parseText(ukrainianWith({ 24: 'Сумма=6001' })), 24, 'statement.duplicateKey');
      expectRefusal(() => parseText(`${ukrainian1C()}СекцияДокумент=Платіжне доручення\r\n`), 71, 'statement.textAfterEnd');
    });

    it('when the direction or the own account cannot be told', () => {
      expectRefusal(() => parseText(ukrainianWith({ 60: `ПлательщикСчет=${CLIENT_IBAN}`, 67: null })), 55, 'statement.unknownDirection');
      const twoAccounts = ukrainianWith({ 9: `РасчСчет=${OWN_IBAN}\r\nРасчСчет=${OWN_USD_IBAN}`, 60: `ПлательщикСчет=${CLIENT_IBAN}` });
      expectRefusal(() => parseText(twoAccounts), 56, 'statement.unknownAccount');
    });

    it('with a duplicated document line that agrees with itself: accepted', () => {
      expect(parseText(ukrainianWith({ 23: 'Сумма=6000\r\nСумма=6000' })).transactions).toHaveLength(3);
    });
  });
});

describe('files that are not bank statements', () => {
  it('an empty file, or nothing but blank lines', () => {
    expectRefusal(() => parseStatement(new Uint8Array(0)), 0, 'statement.empty');
    expectRefusal(() => parseText(' \r\n\t\n\n'), 0, 'statement.empty');
    expectRefusal(() => parseText('\ufeff'), 0, 'statement.empty');
  });

  it('random text', () => {
    expectRefusal(() => parseText('Шановні колеги!\nНадсилаємо акт звірки за січень.\n'), 1, 'statement.unknownFormat');
    expectRefusal(() => parseText('a;b;c\n1;2;3\n'), 1, 'statement.unknownFormat');
    expectRefusal(() => parseText('\n\n"unclosed quote;x\n'), 3, 'statement.unknownFormat');
  });

  it('a PDF', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), Buffer.from('1 0 obj\n<< /Type /Catalog >>\nstream\n'), Buffer.from([0, 1, 2, 0xff, 0xfe])]);
    expectRefusal(() => parseStatement(new Uint8Array(pdf)), 1, 'statement.unknownFormat');
    expect(messageText('statement.unknownFormat', {}, 'uk')).toMatch(/^це не банківська виписка/);
  });

  it('every refusal code the parsers use is in the message catalog', () => {
    const bankDir = path.resolve(__dirname, '../../src/domain/bank');
    const sources = fs.readdirSync(bankDir, { recursive: true }).map(String).filter((file) => file.endsWith('.ts'));
    const used = sources.flatMap((file) => fs.readFileSync(path.join(bankDir, file), 'utf8').match(/'statement\.\w+'/g) ?? []);
    expect(used.length).toBeGreaterThan(20);
    for (const code of new Set(used.map((quoted) => quoted.slice(1, -1)))) expect([code, isMessageCode(code)]).toEqual([code, true]);
  });
});

describe('PrivatBank business CSV', () => {
  const statement = parseText(privatbankCsv(), 'cp1251');

  it('is detected by its 13 columns and read from cp1251 without a final line end', () => {
    expect(statement).toMatchObject({ format: 'privatbank-csv', encoding: 'cp1251', account: OWN_IBAN, accounts: [OWN_IBAN, OWN_USD_IBAN] });
    expect([statement.periodFrom, statement.periodTo]).toEqual(['2024-02-05', '2024-02-07']);
    expect(statement.transactions.map((t) => t.line)).toEqual([2, 3, 4]);
  });

  it('a negative amount with a space between thousands is money that went out', () => {
    const row = at(statement, 2);
    expect(row).toMatchObject({ direction: 'outgoing', amount: '70000.00', currency: 'UAH', date: '2024-02-05', valueDate: '2024-02-05', number: '1187', documentType: null });
    expect(row.payer).toEqual({ name: null, code: '32855961', account: OWN_IBAN, mfo: '305299', bankName: null });
    expect(row.payee).toEqual({ name: 'ФОП Коваль Ольга Петрівна', code: '2953011468', account: LANDLORD_IBAN, mfo: '300465', bankName: 'АТ "Ощадбанк"' });
  });

  it('a positive amount with a no-break space and a decimal comma came in; a quoted purpose keeps its ;', () => {
    const row = at(statement, 3);
    expect(row).toMatchObject({ direction: 'incoming', amount: '12345.60', purpose: 'Оплата за рахунком № 16; у т.ч. ПДВ 2057,60 грн' });
    expect(row.payer).toMatchObject({ name: 'ТОВ "Ромашка"', code: '14360570', account: CLIENT_IBAN });
    expect(at(statement, 4)).toMatchObject({ amount: '1500.00', currency: 'USD', ownAccount: OWN_USD_IBAN, date: '2024-02-07' });
    expect(at(statement, 4).payer).toMatchObject({ name: 'ACME LTD', code: null, mfo: null, bankName: 'CITIBANK N.A.' });
  });

  it('refuses a row with a bad date or amount, naming its line and the column', () => {
    const broken = (from: string, to: string) => parseText(privatbankCsv().replace(from, to), 'cp1251');
    let refusal = expectRefusal(() => broken('06.02.2024', '31.02.2024'), 3, 'statement.badDate');
    expect(refusal.params).toEqual({ field: 'Дата операції', value: '31.02.2024' });
    refusal = expectRefusal(() => broken('-70 000.00', '-70 000.001'), 2, 'statement.badAmount');
    expect(refusal.params).toEqual({ field: 'Сума', value: '-70 000.001' });
    expectRefusal(() => broken('-70 000.00', '0,00'), 2, 'statement.zeroAmount');
    expectRefusal(() => broken(';USD;', ';долар;'), 4, 'statement.badCurrency');
    expectRefusal(() => broken('Оренда офісу', 'Оренда; офісу'), 2, 'statement.columnCount');
  });

  it('finds columns by name, whatever their order, and ignores unknown ones', () => {
    const text = [
      'Сума;Дата операції;Рахунок;Нова колонка;Рахунок кореспондента;Кореспондент;Призначення платежу',
      `-1 000,5;01.03.2024;${OWN_IBAN};x;${CLIENT_IBAN};ТОВ "Ромашка";Повернення`,
    ].join('\n');
    const parsed = parseText(text);
    expect(parsed.format).toBe('privatbank-csv');
    expect(parsed.transactions[0]).toMatchObject({ amount: '1000.50', direction: 'outgoing', currency: 'UAH', purpose: 'Повернення' });
    expect(parsed.transactions[0].payee.name).toBe('ТОВ "Ромашка"');
  });
});

describe('CSV formats: header names, not positions', () => {
  it('normalises header names: case, Latin i, apostrophes, spaces', () => {
    expect(normalizeLabel('  Операцiя ')).toBe(normalizeLabel('Операція'));
    expect(normalizeLabel('Дата  операції')).toBe(normalizeLabel('дата операцiї'));
    expect(normalizeLabel("Ім'я")).toBe(normalizeLabel('Ім’я'));
  });

  it('Alfa: a Latin i in the header and Кредит in capitals are understood; another operation is refused', () => {
    const header = 'Наш IBAN;Операцiя;Найменування контрагента;Дата проведення;Номер документа;Сума;Валюта';
    const parsed = parseText(`${header}\n${OWN_IBAN};КРЕДИТ;ТОВ "Ромашка";04.03.2024;9;100;UAH\n`);
    expect(parsed.format).toBe('alfa-csv');
    expect(parsed.transactions[0]).toMatchObject({ direction: 'incoming', amount: '100.00', number: '9' });
    const refusal = expectRefusal(() => parseText(`${header}\n${OWN_IBAN};Сторно;x;04.03.2024;9;100;UAH\n`), 2, 'statement.badOperation');
    expect(refusal.params).toEqual({ field: 'Операцiя', value: 'Сторно' });
  });

  it('iBank2: an amount both in Дебет and Кредит is refused; a zero on one side is no amount', () => {
    const header = 'Рахунок;Валюта;Дата операції;Дебет;Кредит;Кореспондент';
    expectRefusal(() => parseText(`${header}\n${OWN_IBAN};UAH;01.03.2024;10.00;5.00;X`), 2, 'statement.debitAndCredit');
    expect(parseText(`${header}\n${OWN_IBAN};UAH;01.03.2024;0.00;5.00;X`).transactions[0]).toMatchObject({ direction: 'incoming', amount: '5.00' });
    expectRefusal(() => parseText(`${header}\n${OWN_IBAN};UAH;01.03.2024;;;X`), 2, 'statement.zeroAmount');
  });

  it('finds the header under a title, and the separator from the header line', () => {
    const text = ['Виписка по рахунку за березень 2024', '', 'Рахунок,Валюта,Дата операції,Дебет,Кредит', `${OWN_IBAN},UAH,01.03.2024,"1 000,00",`].join('\r\n');
    const parsed = parseText(text);
    expect(parsed.format).toBe('ibank2-csv');
    expect(parsed.transactions[0]).toMatchObject({ line: 4, amount: '1000.00', direction: 'outgoing' });
  });
});

describe('the CSV reader', () => {
  it('reads quoted fields with "" and line breaks, keeping the line each row starts on', () => {
    const rows = readCsv('a;b;c\r\n1;"x ""y"";\r\nz";3;\r\n\r\n4;5;6', ';');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x "y";\nz', '3', ''] },
      { line: 5, cells: ['4', '5', '6'] },
    ]);
  });

  it('detects ; , and tab from the header line, ; on a tie', () => {
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a,b,"c;d"')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('abc')).toBe(';');
    expect(readCsv('a\tb\n1\t2', '\t')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('refuses a quote left open, naming the line it opened on', () => {
    expectRefusal(() => readCsv('a;b\n1;"2\n3;4\n', ';'), 2, 'statement.unclosedQuote');
  });
});

describe('decoding', () => {
  it('pure ASCII is UTF-8 (it reads the same in every encoding and cannot hold the Cyrillic Кодировка key)', () => {
    expect(decodeStatement(encode('1CClientBankExchange\r\n', 'cp1251'))).toEqual({ text: '1CClientBankExchange\r\n', encoding: 'utf-8' });
  });

  it('guesses cp1251 or cp866 for CSV by which gives ordinary Cyrillic text', () => {
    const text = 'Рахунок;Призначення платежу\nUA1;Оплата за товари згідно з рахунком\n';
    expect(decodeStatement(encode(text, 'cp1251'))).toEqual({ text, encoding: 'cp1251' });
    const russian = 'Счет;Назначение платежа\n1;Оплата по договору поставки\n';
    expect(decodeStatement(new Uint8Array(iconv.encode(russian, 'cp866')))).toEqual({ text: russian, encoding: 'cp866' });
  });

  it('reads dates as dd.mm.yyyy with an optional time', () => {
    expect(parseBankDate('11.01.2016')).toBe('2016-01-11');
    expect(parseBankDate('15.01.2000 09:08:00')).toBe('2000-01-15');
    expect(parseBankDate('29.02.2024 23:59')).toBe('2024-02-29');
    expect(parseBankDate('29.02.2023')).toBeNull();
    expect(parseBankDate('15.01.2000 24:00')).toBeNull();
  });
});
