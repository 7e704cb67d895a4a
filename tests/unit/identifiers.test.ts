import {
  bankAccountRules,
  contactPersonRules,
  counterpartyRules,
  edrpouCheckDigit,
  formatIban,
  ibanCheckDigits,
  ibanMfo,
  isValidEdrpou,
  isValidIban,
  isValidRnokpp,
  makeEdrpou,
  makeRnokpp,
  makeUaIban,
  normalizePhone,
  normalizeRecord,
  assertValidRecord,
  rnokppCheckDigit,
  taxpayerCodeKind,
  validateEdrpou,
  validateIban,
  validateMfo,
  validateRecord,
  validateRnokpp,
  validateTaxpayerCode,
  validateVatNumber,
} from '../../src/domain/identifiers';
import { DomainValidationError } from '../../src/domain/errors';

describe('ЄДРПОУ', () => {
  // Codes of well-known Ukrainian companies and banks.
  const real: Array<[string, string]> = [
    ['АТ КБ "ПриватБанк"', '14360570'],
    ['АТ "Ощадбанк"', '00032129'],
    ['АТ "Укрексімбанк"', '00032112'],
    ['АТ "Райффайзен Банк"', '14305909'],
    ['АТ "ПУМБ"', '14282829'],
    ['АТ "Універсал Банк" (monobank)', '21133352'],
    ['АТ "Укргазбанк"', '23697280'],
    ['АТ "Кредобанк"', '09807862'],
    ['НАК "Нафтогаз України"', '20077720'],
    ['АТ "Укрпошта"', '21560045'],
    ['ПрАТ "Київстар"', '21673832'],
    ['ПрАТ "ВФ Україна"', '14333937'],
    ['НЕК "Укренерго"', '00100227'],
    ['ПАТ "Укрнафта"', '00135390'],
    ['НАЕК "Енергоатом"', '24584661'],
    // 30 000 000 – 60 000 000: weights 7,1,2,3,4,5,6
    ['АТ "Укрзалізниця"', '40075815'],
    ['ТОВ "Нова Пошта"', '31316718'],
    ['ТОВ "Розетка.УА"', '37193071'],
    ['ТОВ "Оператор ГТС України"', '42795490'],
    ['АТ "Укртрансгаз"', '30019801'],
    ['ПрАТ "Метінвест Холдинг"', '34093721'],
    ['', '32855961'],
  ];
  it.each(real)('%s %s is valid', (_name, code) => {
    expect(validateEdrpou(code)).toEqual({ ok: true, value: code });
  });

  it('rejects a wrong check digit', () => {
    expect(validateEdrpou('14360571')).toMatchObject({ ok: false, reason: 'check digit does not match' });
    expect(isValidEdrpou('00032128')).toBe(false);
  });

  it('uses the 7,1,2,3,4,5,6 weights between 30 and 60 million', () => {
    // 3,1,3,1,6,7,1 × 1..7 = 97 → 9, but × 7,1,2,3,4,5,6 = 85 → 8
    expect(edrpouCheckDigit('3131671')).toBe(8);
    expect(isValidEdrpou('31316718')).toBe(true);
    expect(isValidEdrpou('31316719')).toBe(false);
    // Just outside the range the ordinary weights apply again.
    expect(edrpouCheckDigit('6000000')).toBe(6);
    expect(isValidEdrpou('60000006')).toBe(true);
    expect(edrpouCheckDigit('2999999')).toBe((2 + 9 * (2 + 3 + 4 + 5 + 6 + 7)) % 11);
  });

  it('recomputes with weights + 2 when the remainder is 10', () => {
    // 0000003: 3×7 = 21 → 10; 3×9 = 27 → 5
    expect(edrpouCheckDigit('0000003')).toBe(5);
    expect(isValidEdrpou('00000035')).toBe(true);
    // 0000281: 2×5+8×6+1×7 = 65 → 10; 2×7+8×8+1×9 = 87 → 10 again → 0
    expect(edrpouCheckDigit('0000281')).toBe(0);
    expect(isValidEdrpou('00002810')).toBe(true);
    // In range: 3000000: 3×7 = 21 → 10; 3×9 = 27 → 5
    expect(edrpouCheckDigit('3000000')).toBe(5);
    // 3000044: 21+4×5+4×6 = 65 → 10; 27+4×7+4×8 = 87 → 10 → 0
    expect(edrpouCheckDigit('3000044')).toBe(0);
    expect(isValidEdrpou('30000440')).toBe(true);
  });

  it('normalizes whitespace and refuses wrong shapes', () => {
    expect(validateEdrpou(' 1436 0570 ')).toEqual({ ok: true, value: '14360570' });
    expect(validateEdrpou('1436057')).toMatchObject({ ok: false, reason: 'must be 8 digits' });
    expect(validateEdrpou('143605700')).toMatchObject({ ok: false, reason: 'must be 8 digits' });
    expect(validateEdrpou('1436057O')).toMatchObject({ ok: false, reason: 'must be 8 digits' });
    expect(validateEdrpou({})).toMatchObject({ ok: false, reason: 'must be a string of digits' });
    expect(validateEdrpou(14360570)).toEqual({ ok: true, value: '14360570' });
  });

  it('makeEdrpou builds valid codes', () => {
    expect(makeEdrpou('1436057')).toBe('14360570');
    for (const head of ['0000000', '1234567', '3999999', '4123456', '5999999', '9999999']) {
      expect(isValidEdrpou(makeEdrpou(head))).toBe(true);
    }
    expect(() => makeEdrpou('123')).toThrow(RangeError);
  });
});

describe('РНОКПП', () => {
  it('accepts codes with a matching check digit', () => {
    // 3,1,8,4,7,1,0,6,9 × -1,5,7,9,4,6,10,5,7 = 188; 188 mod 11 = 1 → 1
    expect(rnokppCheckDigit('318471069')).toBe(1);
    expect(validateRnokpp('3184710691')).toEqual({ ok: true, value: '3184710691' });
    // 2,4,6,8,1,3,5,7,9 → 247 mod 11 = 5
    expect(isValidRnokpp('2468135795')).toBe(true);
    // a negative weighted sum: -1 → (mod 11) 10 → 0
    expect(rnokppCheckDigit('100000000')).toBe(0);
    expect(isValidRnokpp('1000000000')).toBe(true);
  });

  it('rejects a wrong check digit or length', () => {
    expect(validateRnokpp('3184710692')).toMatchObject({ ok: false, reason: 'check digit does not match' });
    expect(validateRnokpp('318471069')).toMatchObject({ ok: false, reason: 'must be 10 digits' });
    expect(validateRnokpp('31847106911')).toMatchObject({ ok: false, reason: 'must be 10 digits' });
  });

  it('makeRnokpp builds valid codes', () => {
    for (const head of ['318471069', '123456789', '999999999', '000000001']) {
      const code = makeRnokpp(head);
      expect(code).toHaveLength(10);
      expect(isValidRnokpp(code)).toBe(true);
    }
  });
});

describe('taxpayer code (ЄДРПОУ or РНОКПП)', () => {
  it('picks the rule by length', () => {
    expect(taxpayerCodeKind('14360570')).toBe('edrpou');
    expect(taxpayerCodeKind('3184710691')).toBe('rnokpp');
    expect(taxpayerCodeKind('123')).toBeNull();
    expect(validateTaxpayerCode('14360570').ok).toBe(true);
    expect(validateTaxpayerCode('3184710691').ok).toBe(true);
    expect(validateTaxpayerCode('3184710692')).toMatchObject({ ok: false, reason: 'check digit does not match' });
    expect(validateTaxpayerCode('123456789').ok).toBe(false);
  });
});

describe('МФО and VAT number', () => {
  it('МФО is 6 digits', () => {
    expect(validateMfo('305299')).toEqual({ ok: true, value: '305299' });
    expect(validateMfo('30529')).toMatchObject({ ok: false, reason: 'must be 6 digits' });
    expect(validateMfo('30529A')).toMatchObject({ ok: false, reason: 'must be 6 digits' });
  });
  it('ІПН платника ПДВ is 12 digits', () => {
    expect(validateVatNumber('143605726550')).toEqual({ ok: true, value: '143605726550' });
    expect(validateVatNumber('14360570')).toMatchObject({ ok: false, reason: 'must be 12 digits' });
  });
});

describe('IBAN', () => {
  // The sample IBAN from the National Bank of Ukraine's IBAN documentation.
  const nbuSample = 'UA213223130000026007233566001';

  it('accepts a valid UA IBAN, with spaces and lower case', () => {
    expect(validateIban(nbuSample)).toEqual({ ok: true, value: nbuSample });
    expect(validateIban('ua21 3223 1300 0002 6007 2335 6600 1')).toEqual({ ok: true, value: nbuSample });
    expect(ibanMfo(nbuSample)).toBe('322313');
  });

  it('generates UA IBANs with correct check digits', () => {
    const privat = makeUaIban('305299', '26001234567890');
    expect(privat).toBe('UA223052990000026001234567890');
    expect(privat).toHaveLength(29);
    expect(isValidIban(privat)).toBe(true);
    expect(ibanMfo(privat)).toBe('305299');
    expect(makeUaIban('322313', '26007233566001')).toBe(nbuSample);
    expect(ibanCheckDigits('UA', '3223130000026007233566001')).toBe('21');
    expect(formatIban(nbuSample)).toBe('UA21 3223 1300 0002 6007 2335 6600 1');
    expect(() => makeUaIban('3052', '1')).toThrow(RangeError);
    expect(() => makeUaIban('305299', '12345678901234567890')).toThrow(RangeError);
  });

  it('rejects wrong check digits', () => {
    expect(validateIban('UA223052990000026001234567891')).toMatchObject({ ok: false, reason: 'check digits do not match' });
    expect(validateIban('UA233052990000026001234567890')).toMatchObject({ ok: false, reason: 'check digits do not match' });
    // 99 ≡ 02 (mod 97) would pass a bare mod-97 test, but is never a valid pair of check digits
    expect(validateIban('UA99' + nbuSample.slice(4)).ok).toBe(false);
  });

  it('rejects a wrong length or shape', () => {
    expect(validateIban('UA21322313000002600723356600')).toMatchObject({ ok: false, reason: 'must be 29 characters for UA' });
    expect(validateIban('UA2132231300000260072335660011')).toMatchObject({ ok: false, reason: 'must be 29 characters for UA' });
    expect(validateIban('UA21322313000002600723356600-')).toMatchObject({ ok: false, reason: 'must contain only letters and digits' });
    expect(validateIban('2132231300000260072335660011')).toMatchObject({
      ok: false,
      reason: 'must start with a country code and 2 check digits',
    });
    expect(validateIban('UA21AB2313000002600723356600').ok).toBe(false);
    expect(validateIban('XX1234')).toMatchObject({ ok: false, reason: 'must be 15 to 34 characters' });
    expect(validateIban(42)).toMatchObject({ ok: false, reason: 'must be a string' });
    expect(ibanMfo('DE89370400440532013000')).toBeNull();
  });

  it.each([
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'PL61109010140000071219812874',
    'CH9300762011623852957',
    'IT60X0542811101000000123456',
    'NO9386011117947',
  ])('accepts the foreign IBAN %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });
});

describe('phones', () => {
  it.each([
    '0671234567',
    '+380 67 123 45 67',
    '380671234567',
    '(067) 123-45-67',
    '67 123 45 67',
    '+38 (067) 123-45-67',
    '8 067 123 45 67',
    '00380671234567',
    '067.123.45.67',
    '  +380671234567  ',
    380671234567,
  ])('%s → +380671234567', (input) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: '+380671234567' });
  });

  it('keeps foreign numbers written with +', () => {
    expect(normalizePhone('+48 22 123 45 67')).toEqual({ ok: true, value: '+48221234567' });
    expect(normalizePhone('+1 (212) 555-0100')).toEqual({ ok: true, value: '+12125550100' });
    expect(normalizePhone('+4930123456')).toEqual({ ok: true, value: '+4930123456' });
  });

  it('uses another default country for national numbers', () => {
    expect(normalizePhone('022 123 45 67', '48')).toEqual({ ok: true, value: '+48221234567' });
    expect(normalizePhone('48221234567', '48')).toEqual({ ok: true, value: '+48221234567' });
  });

  it('refuses garbage', () => {
    expect(normalizePhone('call me')).toMatchObject({ ok: false, reason: 'must be a phone number' });
    expect(normalizePhone('067-123-45-67 ext 5').ok).toBe(false);
    expect(normalizePhone('+')).toMatchObject({ ok: false, reason: 'must be a phone number' });
    expect(normalizePhone('067123456').ok).toBe(false);
    expect(normalizePhone('06712345678').ok).toBe(false);
    expect(normalizePhone('+38067123456')).toMatchObject({ ok: false, reason: 'must have 9 digits after +380' });
    expect(normalizePhone('+3800671234567')).toMatchObject({ ok: false, reason: 'must have 9 digits after +380' });
    expect(normalizePhone('+1234567')).toMatchObject({ ok: false, reason: 'must have 8 to 15 digits' });
    expect(normalizePhone('+1234567890123456')).toMatchObject({ ok: false, reason: 'must have 8 to 15 digits' });
    expect(normalizePhone('+067 123 45 67')).toMatchObject({ ok: false, reason: 'must start with a country code' });
    expect(normalizePhone('+38 067 12+3 45 67').ok).toBe(false);
    expect(normalizePhone(null)).toMatchObject({ ok: false, reason: 'must be a phone number' });
  });
});

describe('validateRecord and rule sets', () => {
  const goodIban = makeUaIban('305299', '26001234567890');

  it('reports only given, non-blank fields', () => {
    expect(validateRecord(counterpartyRules, { name: 'ТОВ "Ромашка"', edrpou: '', rnokpp: null, phone: '   ' })).toEqual([]);
    expect(validateRecord(counterpartyRules, null)).toEqual([]);
  });

  it('names every bad field', () => {
    const issues = validateRecord(counterpartyRules, {
      edrpou: '14360571',
      rnokpp: '123',
      vatNumber: '1234567890',
      phone: 'nope',
      bankAccounts: [
        { iban: goodIban, mfo: '305299' },
        { iban: 'UA00', mfo: '3052' },
        { iban: goodIban, mfo: '300465' },
      ],
    });
    expect(issues).toMatchObject([
      { field: 'edrpou', reason: 'check digit does not match', code: 'identifier.checkDigit' },
      { field: 'rnokpp', reason: 'must be 10 digits', code: 'identifier.digits', params: { count: 10 } },
      { field: 'vatNumber', reason: 'must be 12 digits' },
      { field: 'phone', reason: 'must be a phone number' },
      { field: 'bankAccounts[1].iban', reason: 'must be 29 characters for UA', code: 'iban.lengthForCountry', params: { length: 29, country: 'UA' } },
      { field: 'bankAccounts[1].mfo', reason: 'must be 6 digits' },
      { field: 'bankAccounts[2].mfo', reason: 'does not match the IBAN bank code' },
    ]);
  });

  it('passes valid data and returns normalized values', () => {
    const data = {
      name: 'АТ КБ "ПриватБанк"',
      edrpou: '14360570',
      vatNumber: '143605726550',
      phone: '(056) 716-11-31',
      bankAccounts: [{ iban: formatIban(goodIban).toLowerCase(), mfo: '305299', bankName: 'ПриватБанк' }],
    };
    const result = normalizeRecord(counterpartyRules, data);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({
      ...data,
      phone: '+380567161131',
      bankAccounts: [{ iban: goodIban, mfo: '305299', bankName: 'ПриватБанк' }],
    });
    expect(data.phone).toBe('(056) 716-11-31'); // input untouched
  });

  it('checks МФО against the IBAN only when both are valid', () => {
    expect(validateRecord(bankAccountRules, { iban: goodIban })).toEqual([]);
    expect(validateRecord(bankAccountRules, { mfo: '300465' })).toEqual([]);
    expect(validateRecord(bankAccountRules, { iban: goodIban, mfo: '300465' })).toMatchObject([
      { field: 'mfo', reason: 'does not match the IBAN bank code' },
    ]);
    expect(validateRecord(bankAccountRules, { iban: 'DE89370400440532013000', mfo: '300465' })).toEqual([]);
  });

  it('reports a non-list repeatable and non-object items', () => {
    expect(validateRecord(counterpartyRules, { bankAccounts: 'x' })).toMatchObject([{ field: 'bankAccounts', reason: 'must be a list' }]);
    expect(validateRecord(counterpartyRules, { bankAccounts: [5] })).toMatchObject([{ field: 'bankAccounts[0]', reason: 'must be an object' }]);
  });

  it('contact person phone; assertValidRecord throws a DomainValidationError', () => {
    expect(validateRecord(contactPersonRules, { phone: '+380 50 000 00 00' })).toEqual([]);
    let error: unknown;
    try {
      assertValidRecord(counterpartyRules, { edrpou: '14360571', bankAccounts: [{ iban: goodIban, mfo: '300465' }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).message).toBe(
      'edrpou: check digit does not match; bankAccounts[0].mfo: does not match the IBAN bank code',
    );
    expect((error as DomainValidationError).details).toHaveLength(2);
    expect(assertValidRecord(contactPersonRules, { phone: '0501234567' })).toEqual({ phone: '+380501234567' });
  });
});
