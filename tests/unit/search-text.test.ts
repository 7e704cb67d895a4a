import { normalizeSearchQuery, searchTextOf } from '../../src/domain/search';

describe('search text', () => {
  const text = searchTextOf(['ТОВ «Ромашка-Україна»', null, '+380671234567', 'Info@Romashka.UA', 'UA213223130000026007233566001', '14360570', '']);

  test('holds every value lower-cased, a phone as digits, nothing empty', () => {
    expect(text).toBe('тов «ромашка-україна» ¦ 380671234567 ¦ info@romashka.ua ¦ ua213223130000026007233566001 ¦ 14360570');
  });

  test.each([
    ['РОМАШКА', 'ромашка'],
    ['  тов   «Ромашка', 'тов «ромашка'],
    ['067 123-45-67', '0671234567'],
    ['(067) 123 45 67', '0671234567'],
    ['+38 067 123 45 67', '380671234567'],
    ['UA21 3223 1300', 'ua2132231300'],
    ['ІНФО@', 'інфо@'],
    ['   ', ''],
  ])('a query %j is looked for as %j', (query, normalized) => {
    expect(normalizeSearchQuery(query)).toBe(normalized);
  });

  test('what people type finds the record', () => {
    for (const query of ['ромашка-укр', 'РОМАШКА', '067 123-45-67', '0671234567', 'romashka.ua', 'ua21 3223 1300', '1436057']) {
      expect(text.includes(normalizeSearchQuery(query))).toBe(true);
    }
    expect(text.includes(normalizeSearchQuery('лілія'))).toBe(false);
  });

  test('Cyrillic case folding covers Ukrainian letters', () => {
    expect(normalizeSearchQuery('ЇЖАК ҐАНОК Є')).toBe('їжак ґанок є');
  });
});
