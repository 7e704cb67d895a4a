import { actorCaption, changeCaption, changeText, countsCaption, fieldCaption, valueCaption } from '../../src/admin/audit/audit-format';

const COUNTERPARTY = 'api::counterparty.counterparty';

describe('history panel captions', () => {
  test('field names and enumeration values are Ukrainian', () => {
    expect(fieldCaption(COUNTERPARTY, 'manager')).toBe('Відповідальний менеджер');
    expect(fieldCaption(COUNTERPARTY, 'unknownField')).toBe('unknownField');
    expect(changeCaption(COUNTERPARTY, { field: 'kind', old: 'prospect', new: 'client' })).toEqual({
      label: 'Тип контрагента',
      text: 'Потенційний клієнт → Клієнт',
    });
  });

  test('values: empty, booleans, dates, relations, components, large sets', () => {
    expect(valueCaption(null)).toBe('—');
    expect(valueCaption([])).toBe('—');
    expect(valueCaption(true)).toBe('так');
    expect(valueCaption('2025-03-01')).toBe('01.03.2025');
    expect(valueCaption({ documentId: 'e1', label: 'Олена Коваль' })).toBe('Олена Коваль');
    expect(valueCaption({ documentId: 'e1' })).toBe('e1');
    expect(valueCaption([{ description: 'Скло', quantity: '2', product: null }])).toBe('[Скло · 2]');
    expect(valueCaption({ count: 150 })).toBe('150\u00a0записів');
    expect(valueCaption({ count: 102 })).toBe('102\u00a0записи');
    expect(valueCaption({ count: 101 })).toBe('101\u00a0запис');
    expect(valueCaption('x'.repeat(500))).toHaveLength(160);
  });

  test('to-many relation changes show what was added and removed', () => {
    const change = { field: 'segments', old: [], new: [], added: [{ documentId: 's1', label: 'VIP' }], removed: [{ documentId: 's2', label: 'Опт' }] };
    expect(changeCaption(COUNTERPARTY, change)).toEqual({ label: 'Сегменти та групи', text: '+ VIP; − Опт' });
  });

  test('actors and job counts', () => {
    expect(actorCaption({ actorType: 'admin', actorName: 'Ірина Коваль (iryna@vitrylo.ua)', apiTokenName: null })).toBe('Ірина Коваль (iryna@vitrylo.ua)');
    expect(actorCaption({ actorType: 'api-token', actorName: 'ERP', apiTokenName: 'ERP' })).toBe('API-токен «ERP»');
    expect(actorCaption({ actorType: 'system', actorName: null, apiTokenName: null })).toBe('Система');
    expect(
      countsCaption({ created: { 'api::invoice.invoice': 2, 'api::payment.payment': 1 }, updated: {}, deleted: { 'api::invoice.invoice': 1 }, duplicates: 4, durationMs: 12 }),
    ).toBe('Створено: Рахунки — 2, Оплати — 1; Змінено: нічого; Видалено: Рахунки — 1; Дублікати: 4; Тривалість: 12 мс');
  });

  test('an entry view shows a creation and a deletion by their values, an update as old → new', () => {
    expect(changeText(COUNTERPARTY, { field: 'kind', old: null, new: 'client' }, 'create')).toBe('Клієнт');
    expect(changeText(COUNTERPARTY, { field: 'kind', old: 'client', new: null }, 'delete')).toBe('Клієнт');
    expect(changeText(COUNTERPARTY, { field: 'kind', old: 'prospect', new: 'client' }, 'update')).toBe('Потенційний клієнт → Клієнт');
  });
});
