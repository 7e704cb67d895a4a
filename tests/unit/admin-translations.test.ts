import { readStrapiCatalog } from '../../scripts/translations/strapi-catalog';
import { isNeverShown, reviewUkrainian } from '../../scripts/translations/review';
import { strapiUkrainian, ukrainianPanelMessages } from '../../src/admin/translations';

/**
 * The Ukrainian panel is complete: every string of Strapi's staff-facing packages has Ukrainian text
 * (Strapi's own or ours), with the arguments of the English original, Ukrainian plural forms, no English
 * words and no "Strapi" where the product is Vitrylo. `npm run translations:check` prints the same review.
 */

const catalog = readStrapiCatalog();
const panel = ukrainianPanelMessages({}, {});
const review = reviewUkrainian(panel, { catalog, ownIds: Object.keys(strapiUkrainian) });

describe('Ukrainian translation of Strapi’s panel', () => {
  test('the catalog is read from the installed Strapi, en.json and code alike', () => {
    expect(catalog.size).toBeGreaterThan(1500);
    expect(catalog.get('content-manager.containers.untitled')?.en).toBe('Untitled');
    expect(catalog.get('content-manager.relation.create')).toMatchObject({ en: 'Create a relation', source: 'en.json' });
    expect(isNeverShown('tours.overview.strapiCloud.label')).toBe(true);
  });

  test('every string staff can meet has Ukrainian text', () => {
    expect(review.missing.map((message) => `${message.id} = ${message.en}`)).toEqual([]);
  });

  test('every Ukrainian text parses, keeps the English arguments and has one/few/many/other plurals', () => {
    expect(review.broken.map((entry) => `${entry.id}: ${entry.problems.join('; ')}`)).toEqual([]);
  });

  test('no English words are left in the Ukrainian texts', () => {
    expect(review.leftovers.map((entry) => `${entry.id}: ${entry.words.join(', ')} — ${entry.text}`)).toEqual([]);
  });

  test('our files name only ids Strapi has, so a typo cannot hide a missing translation', () => {
    expect(review.unknownIds).toEqual([]);
  });

  test('the panel reads as Vitrylo, with Ukrainian plural forms', () => {
    expect(panel['Auth.form.welcome.title']).toBe('Вітаємо у Vitrylo!');
    expect(panel['content-manager.containers.untitled']).toBe('Без назви');
    expect(panel['content-manager.containers.EditView.add.new-entry']).toBe('Додати');
    expect(panel['content-manager.relation.create']).toBe('Створити й пов’язати');
    expect(panel['apiError.Forbidden']).toBe('Недостатньо прав для цієї дії');
    expect(panel.User).toBe('Користувачі API');
    expect(panel['content-manager.pages.ListView.header-subtitle']).toContain('few {# записи}');
  });
});
