import { capText, isOverCap, LIST_COUNT_CAP, reportedTotal } from '../../src/domain/lists/capped-count';
import { OverCapMemo } from '../../src/domain/lists/over-cap-memo';
import { columnsNotRead, columnsShown, populateForColumns, requestedColumns } from '../../src/domain/lists/list-populate';

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

test('the columns a person switched on are named in a header: attribute names only, each once', () => {
  expect(requestedColumns('name, region,manager')).toEqual(['name', 'region', 'manager']);
  expect(requestedColumns('region,region')).toEqual(['region']);
  expect(requestedColumns(undefined)).toEqual([]);
  expect(requestedColumns('')).toEqual([]);
  expect(requestedColumns(['region'])).toEqual([]);
  expect(requestedColumns('manager.adminUser,__proto__x,1st,re gion,*,region')).toEqual(['__proto__x', 'region']);
  expect(requestedColumns(Array.from({ length: 300 }, (_, i) => `c${i}`).join(','))).toHaveLength(100);
});

test('a list reads its stored columns and those switched on, each relation by the field its cell shows', () => {
  const view = { columns: [{ name: 'name' }, { name: 'manager', mainField: 'fullName' }], mainFields: { manager: 'fullName', region: 'name', industry: 'name' } };
  expect(columnsShown(view, [])).toEqual(view.columns);
  expect(columnsShown(view, ['region', 'manager', 'kind'])).toEqual([...view.columns, { name: 'region', mainField: 'name' }, { name: 'kind' }]);
  const populate = { manager: true, region: true, industry: true, interactions: { count: true } };
  expect(populateForColumns(populate, columnsShown(view, ['region', 'interactions']))).toEqual({
    manager: { fields: ['fullName'] },
    region: { fields: ['name'] },
    interactions: { count: true },
  });
  // a name the content manager did not populate reads nothing more
  expect(populateForColumns(populate, columnsShown(view, ['adminUser', 'password']))).toEqual({ manager: { fields: ['fullName'] } });
});

test('the panel reads a list again only for a relation column switched on after the page was read', () => {
  const headers = [{ name: 'name', attribute: { type: 'string' } }, { name: 'manager', attribute: { type: 'relation' } }, { name: 'region', attribute: { type: 'relation' } }, { name: 'phone' }];
  // before the first request nothing was read yet: that request names them
  expect(columnsNotRead(headers, ['name', 'manager'], undefined)).toEqual([]);
  expect(columnsNotRead(headers, ['name', 'manager'], new Set())).toEqual(['region']);
  expect(columnsNotRead(headers, ['name', 'manager'], new Set(['region']))).toEqual([]);
  // a scalar column switched on is in every row already
  expect(columnsNotRead([{ name: 'phone', attribute: { type: 'string' } }], ['name'], new Set())).toEqual([]);
});

describe('a count over the cap, remembered', () => {
  test('until it expires, and only the count that came out over the cap', () => {
    let now = 1_000;
    const memo = new OverCapMemo(60_000, 10, () => now);
    expect(memo.isOverCap('a')).toBe(false);
    memo.rememberOverCap('a');
    expect(memo.isOverCap('a')).toBe(true);
    expect(memo.isOverCap('b')).toBe(false);
    now += 59_999;
    expect(memo.isOverCap('a')).toBe(true);
    now += 1;
    expect(memo.isOverCap('a')).toBe(false);
    expect(memo.size).toBe(0);
  });

  test('keeps at most its limit of counts, the oldest going first', () => {
    const memo = new OverCapMemo(60_000, 3, () => 0);
    for (const key of ['a', 'b', 'c', 'd']) memo.rememberOverCap(key);
    expect(memo.size).toBe(3);
    expect(['a', 'b', 'c', 'd'].map((key) => memo.isOverCap(key))).toEqual([false, true, true, true]);
    // remembered again, a count is the newest
    memo.rememberOverCap('b');
    memo.rememberOverCap('e');
    expect(['b', 'c', 'd', 'e'].map((key) => memo.isOverCap(key))).toEqual([true, false, true, true]);
  });
});
