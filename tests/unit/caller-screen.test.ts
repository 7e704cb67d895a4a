import { callerCards, readCallerInput, validateQuickRequest } from '../../src/domain/caller-id';
import { makeEdrpou } from '../../src/domain/identifiers';
import { looksLikeContactDetail, swapPickerCondition } from '../../src/domain/search';

describe('what was typed into "Хто дзвонить?"', () => {
  const edrpou = makeEdrpou('3161001');
  test.each([
    ['097 835 90 59', 'phone', '097 835 90 59'],
    ['+38 (097) 835-90-59', 'phone', '+38 (097) 835-90-59'],
    ['0978359059', 'phone', '0978359059'],
    [' Office@Klastech.UA ', 'email', 'Office@Klastech.UA'],
    [edrpou, 'taxpayerCode', edrpou],
    [`${edrpou.slice(0, 4)} ${edrpou.slice(4)}`, 'taxpayerCode', edrpou],
  ])('%j is a %s', (typed, kind, value) => {
    expect(readCallerInput(typed)).toEqual({ kind, value });
  });

  test('nothing typed asks nothing', () => {
    expect(readCallerInput('   ')).toBeNull();
  });
});

describe('the cards of a lookup', () => {
  const none = { counterpartyId: null, contactPersonId: null, matchedBy: null, ambiguous: [] };

  test('the caller-ID choice first, one card per counterparty, contacts before counterparties found by their own number', () => {
    const cards = callerCards(
      { counterpartyId: 'c2', contactPersonId: 'p2', matchedBy: 'phone', ambiguous: [] },
      { contacts: [{ id: 'p1', counterpartyId: 'c1' }, { id: 'p2', counterpartyId: 'c2' }, { id: 'p3', counterpartyId: null }], counterpartyIds: ['c1', 'c3'] },
    );
    expect(cards).toEqual([
      { counterpartyId: 'c2', contactPersonId: 'p2' },
      { counterpartyId: 'c1', contactPersonId: 'p1' },
      { counterpartyId: null, contactPersonId: 'p3' },
      { counterpartyId: 'c3', contactPersonId: null },
    ]);
  });

  test('a shared number with no choice lists every counterparty; nothing found, no card; a limit holds', () => {
    expect(callerCards({ ...none, ambiguous: ['a', 'b'] }, { contacts: [], counterpartyIds: ['a', 'b'] })).toHaveLength(2);
    expect(callerCards(none, { contacts: [], counterpartyIds: [] })).toEqual([]);
    expect(callerCards(none, { contacts: [], counterpartyIds: ['a', 'b', 'c'] }, 2)).toHaveLength(2);
  });
});

describe('the quick form "Нове звернення"', () => {
  test('trims, normalizes the phone and e-mail, defaults urgency and channel', () => {
    const result = validateQuickRequest({ callerName: '  Марія   Ткаченко ', callerPhone: '097 835 90 59', callerEmail: 'Maria@Klastech.UA', subject: ' Рахунок ', message: '' });
    expect(result).toEqual({
      ok: true,
      value: {
        channel: 'phone',
        callerName: 'Марія Ткаченко',
        callerPhone: '+380978359059',
        callerEmail: 'maria@klastech.ua',
        organizationName: null,
        subject: 'Рахунок',
        message: null,
        urgency: 'normal',
      },
    });
  });

  test('names each wrong field', () => {
    const fields = (input: Parameters<typeof validateQuickRequest>[0]) => (validateQuickRequest(input).issues ?? []).map((issue) => `${issue.field} ${issue.code}`);
    expect(fields({ callerPhone: '12', subject: 'x' })).toEqual(['callerPhone phone.uaFormat']);
    expect(fields({ callerName: 'x', callerEmail: 'ні', subject: 'x' })).toEqual(['callerEmail email.invalid']);
    expect(fields({ subject: 'x' })).toEqual(['callerName request.whoIsCalling']);
    expect(fields({ organizationName: 'ФОП', subject: '  ' })).toEqual(['subject required']);
    expect(fields({ callerName: 'x', subject: 'x', urgency: 'asap', channel: 'web' })).toEqual(['urgency request.oneOf', 'channel request.oneOf']);
  });
});

describe('search glue', () => {
  test('a phone or an e-mail fragment reaches contact persons; a name does not', () => {
    expect(looksLikeContactDetail('0978359059')).toBe(true);
    expect(looksLikeContactDetail('maria@')).toBe(true);
    expect(looksLikeContactDetail('1234')).toBe(false);
    expect(looksLikeContactDetail('марія')).toBe(false);
  });

  test('the picker\'s main-field condition is swapped for the search condition, nothing else', () => {
    const match = { $or: [{ searchText: { $contains: 'кластех' } }] };
    const where = { $and: [{ accessManagerUser: { $eq: 3 } }, { name: { $containsi: 'Кластех' } }, { id: { $notIn: [1] } }] };
    expect(swapPickerCondition(where, 'Кластех', match)).toEqual({ $and: [{ accessManagerUser: { $eq: 3 } }, match, { id: { $notIn: [1] } }] });
    expect(swapPickerCondition({ name: { $containsi: 'інше' } }, 'Кластех', match)).toEqual({ name: { $containsi: 'інше' } });
    expect(swapPickerCondition({ counterparty: { name: { $containsi: 'Кластех' } } }, 'Кластех', match)).toEqual({ counterparty: { name: { $containsi: 'Кластех' } } });
  });
});
