import { attributeEntries, attributesObject, blankEntry, parseAttributeNumber } from '../../src/domain/counterparty';
import { contactOfCounterpartyIssue, newInteractionDefaults, timelineItem, timelinePagination } from '../../src/domain/chronicle';
import { fillLineFromProduct } from '../../src/domain/money';
import { isFieldShown, readableFields, withoutUnreadable } from '../../src/admin/card/readable-fields';
import { registerHideUnreadableFields } from '../../src/admin/card/hide-unreadable-fields';
import { applyViewPreset } from '../../src/content-manager-views/apply-view-preset';

describe('counterparty attributes as labelled fields', () => {
  const stored = { 'кількість працівників': 120, 'ключовий клієнт': true, ЕДО: 'Вчасно', бренди: ['HP', 'Canon'] };

  test('each attribute becomes a row of its kind, in the stored order', () => {
    expect(attributeEntries(stored)).toEqual([
      { label: 'кількість працівників', kind: 'number', value: '120' },
      { label: 'ключовий клієнт', kind: 'boolean', value: true },
      { label: 'ЕДО', kind: 'text', value: 'Вчасно' },
      { label: 'бренди', kind: 'other', value: ['HP', 'Canon'] },
    ]);
    expect(attributeEntries(JSON.stringify({ a: 1 }))).toEqual([{ label: 'a', kind: 'number', value: '1' }]);
    expect(attributeEntries(null)).toEqual([]);
    expect(attributeEntries([1, 2])).toEqual([]);
    expect(attributeEntries('not json')).toEqual([]);
  });

  test('rows go back into the same object; numbers are read with a comma or spaces', () => {
    expect(attributesObject(attributeEntries(stored))).toEqual({ value: stored, issues: [] });
    expect(parseAttributeNumber('1 200,5')).toBe(1200.5);
    expect(parseAttributeNumber('12 шт')).toBeNull();
    const edited = [...attributeEntries(stored), { label: ' відстрочка, днів ', kind: 'number' as const, value: '30' }, blankEntry('text')];
    expect(attributesObject(edited).value).toEqual({ ...stored, 'відстрочка, днів': 30 });
  });

  test('a blank or repeated caption and a number that is not one are issues of their rows', () => {
    const { issues } = attributesObject([
      { label: 'ЕДО', kind: 'text', value: 'Вчасно' },
      { label: 'едо', kind: 'text', value: 'M.E.Doc' },
      { label: '', kind: 'text', value: 'без назви' },
      { label: 'працівників', kind: 'number', value: 'багато' },
    ]);
    expect(issues).toEqual([
      { index: 1, code: 'label.duplicate' },
      { index: 2, code: 'label.blank' },
      { index: 3, code: 'number.invalid' },
    ]);
  });
});

describe('a new interaction’s defaults and its contact person', () => {
  const now = new Date('2026-03-10T10:00:00.000Z');
  test('no moment: now, done; a future moment: planned; what the writer gave is kept', () => {
    expect(newInteractionDefaults({}, now)).toEqual({ occurredAt: now.toISOString(), state: 'done' });
    expect(newInteractionDefaults({ occurredAt: '2026-03-11T09:00:00.000Z' }, now)).toEqual({ state: 'planned' });
    expect(newInteractionDefaults({ occurredAt: '2026-03-09T09:00:00.000Z', state: null }, now)).toEqual({ state: 'done' });
    expect(newInteractionDefaults({ occurredAt: '2026-03-11T09:00:00.000Z', state: 'cancelled' }, now)).toEqual({});
  });

  test('a contact of another counterparty is an issue on contactPerson; an empty side is none', () => {
    expect(contactOfCounterpartyIssue(7, 7, true)).toBeNull();
    expect(contactOfCounterpartyIssue(7, 8, true)).toMatchObject({ field: 'contactPerson', code: 'relation.contactOfOtherCounterparty' });
    expect(contactOfCounterpartyIssue(7, null, true)).toMatchObject({ field: 'contactPerson' });
    expect(contactOfCounterpartyIssue(null, 8, true)).toBeNull();
    expect(contactOfCounterpartyIssue(7, undefined, false)).toBeNull();
  });
});

describe('the timeline entry', () => {
  const row = {
    documentId: 'i1',
    occurredAt: new Date('2026-03-10T10:00:00.000Z'),
    kind: 'meeting',
    state: 'done',
    subject: 'Переговори',
    result: 'КП',
    employee: { documentId: 'e1', fullName: 'Бондаренко Олена' },
    contactPerson: { id: 5, documentId: 'c5', fullName: 'Ткаченко Ігор' },
    stage: { documentId: 's1', name: 'Переговори' },
    businessLine: null,
  };
  const all = new Set(['occurredAt', 'kind', 'state', 'subject', 'result', 'employee', 'contactPerson', 'stage', 'businessLine']);

  test('shows when, what, who and with whom', () => {
    expect(timelineItem(row, { fields: all, contactIds: new Set([5]) })).toEqual({
      documentId: 'i1',
      occurredAt: '2026-03-10T10:00:00.000Z',
      kind: 'meeting',
      direction: null,
      state: 'done',
      subject: 'Переговори',
      result: 'КП',
      employee: { documentId: 'e1', fullName: 'Бондаренко Олена' },
      contactPerson: { documentId: 'c5', fullName: 'Ткаченко Ігор' },
      stage: { documentId: 's1', name: 'Переговори' },
      businessLine: null,
    });
  });

  test('leaves out fields the caller may not read and contacts they may not see', () => {
    const item = timelineItem(row, { fields: new Set(['occurredAt', 'kind', 'contactPerson']), contactIds: new Set() });
    expect(item).toMatchObject({ subject: null, result: null, employee: null, contactPerson: null, stage: null });
  });

  test('pages of a capped count', () => {
    expect(timelinePagination(2, 10, 25, 10000)).toEqual({ page: 2, pageSize: 10, total: 25, overCap: false, pageCount: 3 });
    expect(timelinePagination(1, 10, 0, 10000)).toMatchObject({ pageCount: 1 });
    expect(timelinePagination(1, 10, 10001, 10000)).toEqual({ page: 1, pageSize: 10, total: 10000, overCap: true, pageCount: 1000 });
  });
});

describe('a line picks up its product', () => {
  const product = { name: 'Ноутбук', unit: 'шт', price: '41250.50', vatRate: 20 };
  test('fills what is empty, keeps what was typed', () => {
    expect(fillLineFromProduct({ product: 'p1', quantity: 2 }, product)).toEqual({ product: 'p1', quantity: 2, price: '41250.50', unit: 'шт', description: 'Ноутбук', vatRate: 20 });
    expect(fillLineFromProduct({ quantity: 1, price: 40000, unit: 'комплект', description: ' ', vatRate: 0 }, product)).toEqual({
      quantity: 1,
      price: 40000,
      unit: 'комплект',
      description: 'Ноутбук',
      vatRate: 0,
    });
    expect(fillLineFromProduct({ quantity: 1 }, null)).toEqual({ quantity: 1 });
  });
});

describe('fields a person may not read leave the edit view', () => {
  const permissions = [
    { action: 'plugin::content-manager.explorer.read', subject: 'api::product.product', properties: { fields: ['name', 'code', 'unit'] } },
    { action: 'plugin::content-manager.explorer.read', subject: 'api::product.product', properties: { fields: ['vatRate'] } },
    { action: 'plugin::content-manager.explorer.read', subject: 'api::counterparty.counterparty', properties: { fields: ['name', 'bankAccounts.iban'] } },
    { action: 'plugin::content-manager.explorer.read', subject: 'api::region.region', properties: {} },
  ];
  test('readable fields are the union of the read permissions; none given means every field', () => {
    expect(readableFields(permissions, 'api::product.product', 'read')).toEqual(new Set(['name', 'code', 'unit', 'vatRate']));
    expect(readableFields(permissions, 'api::region.region', 'read')).toBe('all');
    expect(readableFields(permissions, 'api::product.product', 'create')).toBeNull();
  });

  test('a component shows when any field inside it is readable; empty rows go', () => {
    const readable = readableFields(permissions, 'api::counterparty.counterparty', 'read');
    expect(isFieldShown(readable, 'bankAccounts')).toBe(true);
    expect(isFieldShown(readable, 'address')).toBe(false);
    const layout = [[[{ name: 'name' }, { name: 'address' }], [{ name: 'note' }]], [[{ name: 'bankAccounts' }]]];
    expect(withoutUnreadable(layout, readable)).toEqual([[[{ name: 'name' }]], [[{ name: 'bankAccounts' }]]]);
    expect(withoutUnreadable(layout, 'all')).toBe(layout);
    // a new product for someone who may not create products (the form opened by its address): no field at all
    expect(withoutUnreadable(layout, readableFields(permissions, 'api::product.product', 'create'))).toEqual([]);
  });

  test('every edit view gets the permissions from the store Strapi hands its layout hook (the Director’s audit entry has no "Користувач")', () => {
    let hook: (value: any, store?: any) => any = () => undefined;
    registerHideUnreadableFields({ registerHook: (_name: string, fn: typeof hook) => (hook = fn) });
    const audit = 'api::audit-entry.audit-entry';
    const director = [{ action: 'plugin::content-manager.explorer.read', subject: audit, properties: { fields: ['occurredAt', 'action', 'actorType', 'actorName'] } }];
    const store = { getState: () => ({ adminApi: { queries: { 'getMyPermissions(undefined)': { data: director } } } }) };
    const layout = [[[{ name: 'occurredAt' }, { name: 'action' }, { name: 'actorType' }], [{ name: 'actorName' }, { name: 'actorAdminUser' }]]];
    const saved = (global as any).window;
    (global as any).window = { location: { pathname: `/admin/content-manager/collection-types/${audit}/abc123` } };
    try {
      expect(hook({ layout: { layout }, query: {} }, store).layout.layout).toEqual([[[{ name: 'occurredAt' }, { name: 'action' }, { name: 'actorType' }], [{ name: 'actorName' }]]]);
      // no store, no permissions known: nothing is hidden (the server still strips the field)
      expect(hook({ layout: { layout }, query: {} }).layout.layout).toBe(layout);
      // a new entry: the Director may not create any, so its form has no fields
      (global as any).window = { location: { pathname: `/admin/content-manager/collection-types/${audit}/create` } };
      expect(hook({ layout: { layout }, query: {} }, store).layout.layout).toEqual([]);
    } finally {
      (global as any).window = saved;
    }
  });
});

describe('the card’s relation lists leave its form', () => {
  test('on every start, not only the first, and they are marked invisible', () => {
    const edit = (name: string) => ({ edit: { label: name, visible: true }, list: { label: name } });
    const current = {
      settings: {},
      metadatas: { name: edit('name'), interactions: edit('interactions'), invoices: edit('invoices'), contactPersons: edit('contactPersons') },
      layouts: { list: ['name'], edit: [[{ name: 'name', size: 6 }], [{ name: 'interactions', size: 6 }, { name: 'invoices', size: 6 }], [{ name: 'contactPersons', size: 6 }]] },
    };
    const next = applyViewPreset('api::counterparty.counterparty', current, {}, false);
    expect(next.layouts.edit).toEqual([[{ name: 'name', size: 6 }], [{ name: 'contactPersons', size: 6 }]]);
    expect(next.metadatas.interactions.edit.visible).toBe(false);
    expect(next.metadatas.invoices.edit.visible).toBe(false);
    expect(next.metadatas.contactPersons.edit.visible).toBe(true);
  });
});
