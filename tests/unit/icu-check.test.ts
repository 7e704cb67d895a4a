import { messageShape, ukrainianMessageProblems } from '../../scripts/translations/icu-check';

describe('ICU checks of Ukrainian messages', () => {
  const EN = '{number, plural, =0 {# entries} one {# entry} other {# entries}} found';

  test('a plural with one, few, many and other passes', () => {
    expect(ukrainianMessageProblems('Знайдено {number, plural, one {# запис} few {# записи} many {# записів} other {# запису}}', EN)).toEqual([]);
  });

  test('one/other only reads "4 записів": few and many are asked for', () => {
    expect(ukrainianMessageProblems('Знайдено {number, plural, one {# запис} other {# записів}}', EN)).toEqual(['plural {number} lacks few, many']);
  });

  test('a number without a plural where English declines it is refused', () => {
    expect(ukrainianMessageProblems('Знайдено {number} записів', EN)).toEqual(['English changes its words with {number}, the Ukrainian text does not']);
  });

  test('arguments must match the English ones', () => {
    expect(ukrainianMessageProblems('Вітаємо!', 'Hello {name}')).toEqual(['misses {name}']);
    expect(ukrainianMessageProblems('Вітаємо, {імʼя}!', 'Hello {name}')).toEqual(['misses {name}', 'has {імʼя}, which English does not give']);
  });

  test('syntax errors are reported, not thrown', () => {
    expect(ukrainianMessageProblems('напр. <no-reply@vitrylo.ua>', 'ex')[0]).toMatch(/^does not parse/);
    expect(ukrainianMessageProblems("напр. '<'no-reply@vitrylo.ua'>'", 'ex')).toEqual([]);
  });

  test('the literal words of every branch are what the reader sees', () => {
    const shape = messageShape('{count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}} у <b>{folder}</b>');
    expect('error' in shape).toBe(false);
    if (!('error' in shape)) {
      expect(shape.literals.join('|')).toBe(' файл| файли| файлів| файлу| у ');
      expect([...shape.arguments].sort()).toEqual(['count', 'folder']);
    }
  });
});
