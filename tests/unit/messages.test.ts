import {
  failWith,
  fieldCaption,
  formatIssue,
  formatIssuesIn,
  issue,
  issueFrom,
  messageText,
  MESSAGES,
  MessageCode,
  pickLocale,
  pluralEn,
  pluralUk,
} from '../../src/domain/messages';
import { DomainValidationError, prefixIssues } from '../../src/domain/errors';

const codes = Object.keys(MESSAGES) as MessageCode[];
/** Parameters that make every parameterised text render. */
const SAMPLE = { count: 8, max: 200, length: 29, country: 'UA', scale: 2, rates: '0, 7, 14, 20', noun: 'invoice', label: 'ТОВ "Ромашка"', year: '2025', values: 'xlsx, json', limit: '999 999.99', min: 3, value: '1 000 000.00', kind: 'client-visit', field: 'Сумма', section: 'СекцияДокумент', end: 'КонецДокумента', marker: 'КонецРасчСчет', expected: 17, account: 'UA213223130000026007233566001', declared: '40000.00', computed: '39000.00', line: 12, reason: 'сума «1,2,3» неправильна', megabytes: 100, placeholder: '{{row.amount}}', cell: 'C7', rows: '5, 9', sheets: 'Звіт, Аркуш2', range: 'A5:B6', name: 'Таблиця1' };
const componentOf = (model: string, field: string) =>
  ({ 'api::invoice.invoice': { lines: 'crm.document-line' }, 'api::counterparty.counterparty': { bankAccounts: 'crm.bank-account' } } as Record<string, Record<string, string>>)[model]?.[field];

describe('message catalog', () => {
  it.each(codes)('%s has a Ukrainian and an English text', (code) => {
    for (const locale of ['uk', 'en'] as const) {
      const text = messageText(code, SAMPLE, locale);
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
    // Ukrainian texts are Ukrainian, not an English copy.
    expect(messageText(code, SAMPLE, 'uk')).not.toBe(messageText(code, SAMPLE, 'en'));
    expect(messageText(code, SAMPLE, 'uk')).toMatch(/[а-яіїєґ]/i);
  });

  it('keeps the English texts the API answered before (they are the derived `reason`)', () => {
    expect(messageText('identifier.checkDigit', {}, 'en')).toBe('check digit does not match');
    expect(messageText('identifier.digits', { count: 8 }, 'en')).toBe('must be 8 digits');
    expect(messageText('unique.takenInYear', { noun: 'invoice', year: '2025' }, 'en')).toBe('is already used by another invoice in 2025');
    expect(messageText('relation.notVisible', {}, 'en')).toBe('you may not link or unlink records you cannot see');
  });
});

describe('plural forms', () => {
  it('Ukrainian: one, few, many', () => {
    const forms = ['цифри', 'цифр', 'цифр'] as const;
    const symbols = ['символ', 'символи', 'символів'] as const;
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => pluralUk(n, symbols))).toEqual([
      'символ', 'символи', 'символи', 'символів', 'символів', 'символів', 'символів', 'символ', 'символи', 'символів', 'символ', 'символів',
    ]);
    expect(pluralUk(1, forms)).toBe('цифри');
    expect(pluralUk(0, symbols)).toBe('символів');
    expect(pluralEn(1, 'digit', 'digits')).toBe('digit');
    expect(pluralEn(0, 'digit', 'digits')).toBe('digits');
  });

  it('is used where counts appear', () => {
    expect(messageText('identifier.digits', { count: 8 }, 'uk')).toBe('має складатися з 8 цифр');
    expect(messageText('identifier.digits', { count: 1 }, 'uk')).toBe('має складатися з 1 цифри');
    expect(messageText('identifier.digits', { count: 1 }, 'en')).toBe('must be 1 digit');
    expect(messageText('iban.lengthForCountry', { length: 29, country: 'UA' }, 'uk')).toBe('для країни UA має містити 29 символів');
    expect(messageText('iban.lengthForCountry', { length: 22, country: 'DE' }, 'uk')).toBe('для країни DE має містити 22 символи');
    expect(messageText('iban.lengthForCountry', { length: 21, country: 'CH' }, 'uk')).toBe('для країни CH має містити 21 символ');
    expect(messageText('text.tooLong', { max: 200 }, 'uk')).toBe('має бути не довше 200 символів');
    expect(messageText('text.tooLong', { max: 1 }, 'uk')).toBe('має бути не довше 1 символу');
    expect(messageText('number.decimals', { scale: 3 }, 'uk')).toBe('може мати не більше 3 знаків після коми');
    expect(messageText('number.decimals', { scale: 1 }, 'en')).toBe('must have at most 1 decimal place');
  });

  it('unique-code messages put the record in the right case', () => {
    expect(messageText('unique.taken', { noun: 'counterparty' }, 'uk')).toBe('уже використовується іншим контрагентом');
    expect(messageText('unique.taken', { noun: 'complaint' }, 'uk')).toBe('уже використовується іншою скаргою');
    expect(messageText('unique.belongsTo', { noun: 'counterparty', label: 'ТОВ "Ромашка"' }, 'uk')).toBe('уже належить контрагенту «ТОВ "Ромашка"»');
    expect(messageText('unique.takenInYear', { noun: 'invoice', year: '2025' }, 'uk')).toBe('у 2025 році вже використовується іншим рахунком');
  });
});

describe('field captions', () => {
  it("reads the captions in the types' metas, positions from 1", () => {
    expect(fieldCaption('edrpou', 'uk', { uid: 'api::counterparty.counterparty' })).toBe('ЄДРПОУ');
    expect(fieldCaption('lines[0].price', 'uk', { uid: 'api::invoice.invoice', componentOf })).toBe('Товари та послуги › 1 › Ціна');
    expect(fieldCaption('bankAccounts[2].mfo', 'uk', { uid: 'api::counterparty.counterparty', componentOf })).toBe('Банківські рахунки › 3 › МФО');
  });

  it('keeps the machine path in English, without a type, and for unknown parts', () => {
    expect(fieldCaption('edrpou', 'en', { uid: 'api::counterparty.counterparty' })).toBe('edrpou');
    expect(fieldCaption('edrpou', 'uk')).toBe('edrpou');
    expect(fieldCaption('lines[0].price', 'uk', { uid: 'api::invoice.invoice' })).toBe('Товари та послуги › 1 › price');
    expect(fieldCaption('nosuch', 'uk', { uid: 'api::counterparty.counterparty' })).toBe('nosuch');
  });
});

describe('issues and formatting', () => {
  it('an issue keeps its code, params and the derived English reason', () => {
    expect(issue('edrpou', 'identifier.digits', { count: 8 })).toEqual({ field: 'edrpou', reason: 'must be 8 digits', code: 'identifier.digits', params: { count: 8 } });
    expect(issueFrom('edrpou', failWith('identifier.checkDigit'))).toEqual({ field: 'edrpou', reason: 'check digit does not match', code: 'identifier.checkDigit' });
    expect(issueFrom('x', { reason: 'legacy text' })).toEqual({ field: 'x', reason: 'legacy text' });
  });

  it('prefixIssues and DomainValidationError carry the code', () => {
    const [prefixed] = prefixIssues('lines[0]', [issue('price', 'number.notNegative')]);
    expect(prefixed).toMatchObject({ field: 'lines[0].price', code: 'number.notNegative' });
    expect(new DomainValidationError([prefixed]).details[0].code).toBe('number.notNegative');
  });

  it('formats in Ukrainian with captions and in English with the path', () => {
    const context = { uid: 'api::counterparty.counterparty', componentOf };
    const wrong = issue('edrpou', 'identifier.checkDigit');
    expect(formatIssue(wrong, 'uk', context)).toBe('ЄДРПОУ: контрольна цифра не збігається');
    expect(formatIssue(wrong, 'en', context)).toBe('edrpou: check digit does not match');
    expect(formatIssuesIn([wrong, issue('bankAccounts[0].mfo', 'mfo.ibanMismatch')], 'uk', context)).toBe(
      'ЄДРПОУ: контрольна цифра не збігається; Банківські рахунки › 1 › МФО: не збігається з кодом банку в IBAN',
    );
    expect(formatIssue({ field: 'x', reason: 'legacy text' }, 'uk')).toBe('x: legacy text');
    expect(formatIssue(issue('', 'type.jsonObject'), 'uk')).toBe('має бути об’єктом JSON');
  });
});

describe('locale from Accept-Language', () => {
  it.each([
    [undefined, 'uk'],
    ['', 'uk'],
    ['uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7', 'uk'],
    ['en-US,en;q=0.9', 'en'],
    ['en', 'en'],
    ['ru-RU,ru;q=0.9', 'uk'],
    ['*', 'uk'],
    ['de;q=1, en;q=0.5, uk;q=0.4', 'en'],
    ['en;q=0.3, uk;q=0.8', 'uk'],
    ['en;q=0', 'uk'],
    [['en-GB'], 'en'],
  ])('%j → %s', (header, locale) => {
    expect(pickLocale(header as any)).toBe(locale);
  });
});
