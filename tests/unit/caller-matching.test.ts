import {
  callerLookupKeys,
  findTaxpayerCode,
  withoutTaxpayerCodes,
  hasLookupKeys,
  matchCaller,
  prospectFromRequest,
  readPhoneQuery,
  readTaxpayerCode,
} from '../../src/domain/caller-id';
import { makeEdrpou, makeRnokpp, normalizeEmail, normalizePhone } from '../../src/domain/identifiers';
import { messageText } from '../../src/domain/messages';

const EDRPOU = makeEdrpou('3012345');
const RNOKPP = makeRnokpp('312456789');
/** The same 7 digits with a wrong check digit. */
const BAD_EDRPOU = `3012345${(Number(EDRPOU[7]) + 1) % 10}`;

describe('phone normalisation for matching', () => {
  test.each([
    ['0671234567', '+380671234567'],
    ['+380 (67) 123-45-67', '+380671234567'],
    ['380671234567', '+380671234567'],
    ['8 067 123 45 67', '+380671234567'],
    ['00380671234567', '+380671234567'],
    ['67 123 45 67', '+380671234567'],
    ['+48 22 123 45 67', '+48221234567'],
  ])('%s → %s', (input, e164) => {
    expect(normalizePhone(input).value).toBe(e164);
    expect(readPhoneQuery(input).value?.e164).toBe(e164);
  });

  test.each(['12345', '067123456', '+380 067 123 45 67', 'дзвоніть увечері'])('%s is not a phone', (input) => {
    expect(normalizePhone(input).ok).toBe(false);
  });
});

describe('normalizeEmail', () => {
  test.each([
    ['Ivan.Petrenko@Firma.UA', 'ivan.petrenko@firma.ua'],
    ['  mailto:office@firma.com.ua ', 'office@firma.com.ua'],
    ['<sales@firma.ua>', 'sales@firma.ua'],
  ])('%s → %s', (input, email) => {
    expect(normalizeEmail(input)).toEqual({ ok: true, value: email });
  });

  test.each(['', 'ivan@', 'ivan@firma', 'ivan petrenko@firma.ua', 'іван@фірма.укр', `${'a'.repeat(250)}@b.ua`, 42])('%j is refused', (input) => {
    expect(normalizeEmail(input)).toMatchObject({ ok: false, code: 'email.invalid' });
  });
});

describe('taxpayer codes', () => {
  test('a valid ЄДРПОУ or РНОКПП, separators dropped; a wrong check digit matches nothing', () => {
    expect(readTaxpayerCode(EDRPOU)).toEqual({ kind: 'edrpou', code: EDRPOU });
    expect(readTaxpayerCode(`${EDRPOU.slice(0, 4)} ${EDRPOU.slice(4)}`)).toEqual({ kind: 'edrpou', code: EDRPOU });
    expect(readTaxpayerCode(RNOKPP)).toEqual({ kind: 'rnokpp', code: RNOKPP });
    expect(readTaxpayerCode(BAD_EDRPOU)).toBeNull();
    expect(readTaxpayerCode('123')).toBeNull();
    expect(readTaxpayerCode({ $ne: '' })).toBeNull();
  });

  test('found in text only with its label', () => {
    expect(findTaxpayerCode(`ТОВ «Ромашка», ЄДРПОУ ${EDRPOU}`)).toEqual({ kind: 'edrpou', code: EDRPOU });
    expect(findTaxpayerCode(`код ЄДРПОУ: ${EDRPOU.slice(0, 2)} ${EDRPOU.slice(2)}`)).toEqual({ kind: 'edrpou', code: EDRPOU });
    expect(findTaxpayerCode(`ФОП Коваль, ІПН ${RNOKPP}`)).toEqual({ kind: 'rnokpp', code: RNOKPP });
    expect(findTaxpayerCode(`edrpou ${BAD_EDRPOU}, а справжній ЄДРПОУ ${EDRPOU}`)).toEqual({ kind: 'edrpou', code: EDRPOU });
    expect(findTaxpayerCode(`Замовлення № ${EDRPOU}`)).toBeNull();
    expect(findTaxpayerCode(`ЄДРПОУ ${EDRPOU}1`)).toBeNull(); // nine digits: not a code
    expect(findTaxpayerCode(null)).toBeNull();
  });
});

describe('withoutTaxpayerCodes', () => {
  test.each([
    [`ТОВ «Ромашка» (ЄДРПОУ ${EDRPOU})`, 'ТОВ «Ромашка»'],
    [`ТОВ «Ромашка», код ЄДРПОУ: ${EDRPOU}, Київ`, 'ТОВ «Ромашка», Київ'],
    [`ФОП Коваль - ІПН ${RNOKPP}`, 'ФОП Коваль'],
    [`ТОВ «Ромашка» ЄДРПОУ ${BAD_EDRPOU}`, `ТОВ «Ромашка» ЄДРПОУ ${BAD_EDRPOU}`],
    ['ТОВ «Ромашка»', 'ТОВ «Ромашка»'],
  ])('%s → %s', (input, name) => {
    expect(withoutTaxpayerCodes(input)).toBe(name);
  });
});

describe('callerLookupKeys', () => {
  test('phone with its stored spellings, lower-case e-mail, the code from its field', () => {
    const keys = callerLookupKeys({ callerPhone: '(067) 123-45-67', callerEmail: 'Office@Firma.UA', taxpayerCode: EDRPOU });
    expect(keys).toEqual({
      phone: { e164: '+380671234567', variants: ['+380671234567', '380671234567', '0671234567'] },
      email: 'office@firma.ua',
      taxpayerCode: { kind: 'edrpou', code: EDRPOU, source: 'field' },
      invalid: [],
    });
    expect(hasLookupKeys(keys)).toBe(true);
  });

  test('the code from the organisation or the message when there is no field', () => {
    expect(callerLookupKeys({ organizationName: `ТОВ «Ромашка» (ЄДРПОУ ${EDRPOU})` }).taxpayerCode).toEqual({ kind: 'edrpou', code: EDRPOU, source: 'text' });
    expect(callerLookupKeys({ message: `Рахунок на ФОП, РНОКПП ${RNOKPP}` }).taxpayerCode).toMatchObject({ kind: 'rnokpp', source: 'text' });
  });

  test('invalid inputs give no key and are named; blanks are just absent', () => {
    const keys = callerLookupKeys({ callerPhone: '12', callerEmail: 'ivan@', taxpayerCode: BAD_EDRPOU });
    expect(keys).toEqual({ phone: null, email: null, taxpayerCode: null, invalid: ['phone', 'email', 'taxpayerCode'] });
    expect(hasLookupKeys(keys)).toBe(false);
    expect(callerLookupKeys({ callerPhone: ' ', callerEmail: null }).invalid).toEqual([]);
  });
});

describe('matchCaller', () => {
  const ivan = { id: 'p-ivan', counterpartyId: 'c-romashka', isPrimary: false, updatedAt: '2026-01-01' };
  const olha = { id: 'p-olha', counterpartyId: 'c-romashka', isPrimary: true, updatedAt: '2025-01-01' };
  const loose = { id: 'p-loose', counterpartyId: null, isPrimary: true, updatedAt: '2026-06-01' };
  const other = { id: 'p-other', counterpartyId: 'c-other', isPrimary: true };

  test('the code names the organisation; only its own contact person is kept', () => {
    expect(matchCaller({ byTaxpayerCode: { id: 'c-romashka' }, contactsByPhone: [other, ivan] })).toEqual({
      counterpartyId: 'c-romashka',
      contactPersonId: 'p-ivan',
      matchedBy: 'taxpayer-code',
      ambiguous: [],
    });
    expect(matchCaller({ byTaxpayerCode: { id: 'c-romashka' }, contactsByPhone: [other] })).toMatchObject({ counterpartyId: 'c-romashka', contactPersonId: null });
    expect(matchCaller({ byTaxpayerCode: { id: 'c-romashka' }, contactsByEmail: [olha] }).contactPersonId).toBe('p-olha');
  });

  test('a contact person by phone, then by e-mail, with their counterparty', () => {
    expect(matchCaller({ contactsByPhone: [ivan, olha] })).toEqual({ counterpartyId: 'c-romashka', contactPersonId: 'p-olha', matchedBy: 'phone', ambiguous: [] });
    expect(matchCaller({ contactsByPhone: [loose], contactsByEmail: [other] })).toMatchObject({ counterpartyId: 'c-other', contactPersonId: 'p-other', matchedBy: 'email' });
  });

  test('a counterparty by its own phone or e-mail when exactly one has it', () => {
    expect(matchCaller({ counterpartiesByPhone: [{ id: 'c1' }, { id: 'c1' }] })).toEqual({ counterpartyId: 'c1', contactPersonId: null, matchedBy: 'phone', ambiguous: [] });
    expect(matchCaller({ counterpartiesByEmail: [{ id: 'c2' }] })).toMatchObject({ counterpartyId: 'c2', matchedBy: 'email' });
    expect(matchCaller({ contactsByPhone: [loose], counterpartiesByPhone: [{ id: 'c1' }] })).toMatchObject({ counterpartyId: 'c1', contactPersonId: 'p-loose' });
  });

  test('several counterparties sharing a number match none and are listed', () => {
    expect(matchCaller({ counterpartiesByPhone: [{ id: 'c1' }, { id: 'c2' }] })).toEqual({ counterpartyId: null, contactPersonId: null, matchedBy: null, ambiguous: ['c1', 'c2'] });
    expect(matchCaller({ counterpartiesByPhone: [{ id: 'c1' }, { id: 'c2' }], counterpartiesByEmail: [{ id: 'c2' }] })).toMatchObject({ counterpartyId: 'c2', matchedBy: 'email', ambiguous: [] });
  });

  test('an unknown caller stays unmatched; a contact on their own is kept', () => {
    expect(matchCaller({})).toEqual({ counterpartyId: null, contactPersonId: null, matchedBy: null, ambiguous: [] });
    expect(matchCaller({ contactsByPhone: [loose] })).toEqual({ counterpartyId: null, contactPersonId: 'p-loose', matchedBy: 'phone', ambiguous: [] });
  });
});

describe('prospectFromRequest', () => {
  const request = {
    callerName: '  Іван   Петренко ',
    callerPhone: '067 123 45 67',
    callerEmail: 'Ivan@Romashka.UA',
    organizationName: `ТОВ «Ромашка», ЄДРПОУ ${EDRPOU}`,
    leadSourceId: 'ls-web',
    assigneeId: 'm1',
    targetDepartmentId: 'sales',
  };

  test('a prospect named after the organisation, the caller its primary contact with their phone and e-mail', () => {
    expect(prospectFromRequest(request)).toEqual({
      ok: true,
      value: {
        counterparty: {
          kind: 'prospect',
          state: 'active',
          name: 'ТОВ «Ромашка»',
          edrpou: EDRPOU,
          rnokpp: null,
          phone: null,
          email: null,
          leadSourceId: 'ls-web',
          managerId: 'm1',
          departmentId: 'sales',
        },
        contactPerson: { fullName: 'Іван Петренко', phone: '+380671234567', email: 'ivan@romashka.ua', isPrimary: true },
      },
    });
  });

  test('a private person: named after the caller; the РНОКПП goes to its column', () => {
    const result = prospectFromRequest({ callerName: 'Коваль Петро', callerPhone: '+380501112233', taxpayerCode: RNOKPP });
    expect(result.value?.counterparty).toMatchObject({ name: 'Коваль Петро', rnokpp: RNOKPP, edrpou: null, managerId: null, departmentId: null, leadSourceId: null });
    expect(result.value?.contactPerson).toMatchObject({ fullName: 'Коваль Петро', phone: '+380501112233' });
  });

  test('no caller name: no contact person, the phone and e-mail stay on the counterparty', () => {
    const result = prospectFromRequest({ organizationName: 'ПП «Світанок»', callerPhone: '0441234567', callerEmail: 'info@svitanok.ua' });
    expect(result.value).toEqual({
      counterparty: expect.objectContaining({ name: 'ПП «Світанок»', phone: '+380441234567', email: 'info@svitanok.ua' }),
      contactPerson: null,
    });
  });

  test('a long organisation name is cut to the column', () => {
    expect(prospectFromRequest({ organizationName: 'Я'.repeat(300) }).value?.counterparty.name).toHaveLength(255);
  });

  test('refuses a request already matched, or one naming nobody', () => {
    expect(prospectFromRequest({ ...request, counterpartyId: 'c1' }).issues).toMatchObject([{ field: 'counterparty', code: 'request.alreadyMatched' }]);
    const [nameless] = prospectFromRequest({ callerName: ' ', organizationName: null, callerPhone: '0671234567' }).issues!;
    expect(nameless.field).toBe('organizationName');
    expect(messageText(nameless.code as any, {}, 'uk')).toBe('вкажіть організацію або ім’я заявника, щоб створити потенційного клієнта');
  });
});
