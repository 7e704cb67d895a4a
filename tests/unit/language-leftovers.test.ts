import { englishLeftovers, linesWithLeftovers } from '../../src/domain/language/leftovers';

describe('English leftovers on a Ukrainian screen', () => {
  test('English words and phrases are found', () => {
    expect(englishLeftovers('Add an entry')).toEqual(['Add', 'an', 'entry']);
    expect(englishLeftovers('Пошук Search')).toEqual(['Search']);
    expect(englishLeftovers('Too many requests, please try again later.')).toContain('requests');
  });

  test('a type uid is a leftover too, not an address', () => {
    expect(englishLeftovers('Тип запису: api::invoice.invoice')).toEqual(['invoice.invoice']);
  });

  test('names, addresses, codes and units are allowed', () => {
    const text = [
      'Vitrylo CRM',
      'olena.koval@vitrylo.ua',
      'https://docs.strapi.io/cms/features',
      'сайт vitrylo.ua',
      'UA213223130000026007233566001',
      'Рахунок Р-17 від 2025-03-01',
      'P-17 A1',
      'ID документа',
      'Node.js 20, SQLite',
      'Розмір 2 MB',
      'Гривня (UAH)',
      'logo.png, виписка-2025-03.csv',
      'Ключ: demo:1:154',
    ].join('\n');
    expect(englishLeftovers(text)).toEqual([]);
  });

  test('a page may allow its own words (a company’s Latin name)', () => {
    expect(englishLeftovers('ТОВ «Glass-Pro»')).toEqual(['Glass-Pro']);
    expect(englishLeftovers('ТОВ «Glass-Pro»', { allow: ['glass-pro'] })).toEqual([]);
  });

  test('a name shown as data is allowed as a whole, and its words nowhere else', () => {
    const names = ['Моноблок HP ProOne 240 G9 (i3/8 ГБ/256 ГБ)', 'ДБЖ APC Back-UPS 850VA'];
    expect(englishLeftovers('КП: Моноблок HP ProOne 240 G9 (i3/8 ГБ/256 ГБ)', { names })).toEqual([]);
    expect(englishLeftovers('ДБЖ APC Back-UPS 850VA — Back', { names })).toEqual(['Back']);
    expect(englishLeftovers('HP ProOne', { names })).toEqual(['HP', 'ProOne']);
  });

  test('each word is reported once, and the lines name where they are', () => {
    expect(englishLeftovers('Search Search')).toEqual(['Search']);
    expect(linesWithLeftovers('Знайдено 4 записи\nUntitled\nБез назви')).toEqual([{ line: 'Untitled', words: ['Untitled'] }]);
  });
});
