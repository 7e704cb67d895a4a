import { capText, isOverCap, LIST_COUNT_CAP, reportedTotal } from '../../src/domain/lists/capped-count';
import { populateForColumns } from '../../src/domain/lists/list-populate';

test('a total is exact up to the cap and cap + 1 ("more than") beyond it', () => {
  expect(reportedTotal(0)).toBe(0);
  expect(reportedTotal(LIST_COUNT_CAP)).toBe(LIST_COUNT_CAP);
  expect(reportedTotal(LIST_COUNT_CAP + 1)).toBe(LIST_COUNT_CAP + 1);
  expect(reportedTotal(5, 3)).toBe(4);
  expect(isOverCap(LIST_COUNT_CAP)).toBe(false);
  expect(isOverCap(LIST_COUNT_CAP + 1)).toBe(true);
  expect(capText()).toBe('10 000');
  expect(capText(1234567)).toBe('1 234 567');
});

test('a list page populates only the relations among its columns, each as the content manager asked', () => {
  const populate = { manager: { populate: { adminUser: true } }, industry: true, interactions: { count: true }, address: { populate: '*' } };
  expect(populateForColumns(populate, [{ name: 'name' }, { name: 'manager' }, { name: 'interactions' }])).toEqual({
    manager: { populate: { adminUser: true } },
    interactions: { count: true },
  });
  expect(populateForColumns(populate, [{ name: 'name' }])).toEqual({});
});

test("a to-one relation's cell reads only the field it shows; counts and nested populates stay as asked", () => {
  const populate = { manager: true, industry: true, interactions: { count: true }, region: { populate: { parent: true } } };
  const columns = [
    { name: 'manager', mainField: 'fullName' },
    { name: 'industry' },
    { name: 'interactions', mainField: 'subject' },
    { name: 'region', mainField: 'name' },
  ];
  expect(populateForColumns(populate, columns)).toEqual({
    manager: { fields: ['fullName'] },
    industry: true,
    interactions: { count: true },
    region: { populate: { parent: true } },
  });
});
