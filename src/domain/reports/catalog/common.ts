import type { Caption, ColumnDefinition, ParameterDefinition } from '../definition';

/** Parameters and columns several reports share, captioned once. */

export const periodParameter = (maxDays = 366): ParameterDefinition => ({
  key: 'period',
  kind: 'period',
  caption: { uk: 'Період', en: 'Period' },
  required: true,
  maxDays,
});

export const managerParameter: ParameterDefinition = { key: 'manager', kind: 'employee', caption: { uk: 'Менеджер', en: 'Manager' }, multiple: true };
export const departmentParameter: ParameterDefinition = { key: 'department', kind: 'department', caption: { uk: 'Відділ', en: 'Department' }, multiple: true };
export const counterpartyParameter: ParameterDefinition = { key: 'counterparty', kind: 'counterparty', caption: { uk: 'Контрагент', en: 'Counterparty' } };
export const productGroupParameter: ParameterDefinition = { key: 'productGroup', kind: 'productGroup', caption: { uk: 'Група товарів', en: 'Product group' }, multiple: true };

export const CURRENCY_OPTIONS = ['UAH', 'USD', 'EUR', 'PLN', 'GBP'] as const;
export const currencyParameter: ParameterDefinition = {
  key: 'currency',
  kind: 'enum',
  caption: { uk: 'Валюта', en: 'Currency' },
  options: CURRENCY_OPTIONS.map((code) => ({ value: code, caption: { uk: code, en: code } })),
  default: 'UAH',
};

export function textColumn<F extends string>(field: F, caption: Caption, width?: number): ColumnDefinition<any> {
  return { field, caption, type: 'text', ...(width ? { width } : {}) };
}

export function moneyColumn<F extends string>(field: F, caption: Caption): ColumnDefinition<any> {
  return { field, caption, type: 'money', total: 'sum' };
}

export function countColumn<F extends string>(field: F, caption: Caption): ColumnDefinition<any> {
  return { field, caption, type: 'integer', total: 'sum' };
}

export function shareColumn<F extends string>(field: F, caption: Caption = { uk: 'Частка', en: 'Share' }): ColumnDefinition<any> {
  return { field, caption, type: 'percent', total: 'sum' };
}

/** '2026-11-29' → '2026-11': months sort as text and read plainly in both languages. */
export const monthOf = (date: string | null | undefined): string | null => (date ? date.slice(0, 7) : null);

/** Names for blanks the engine groups as «(не вказано)» stay null; a name is trimmed. */
export const nameOf = (value: { [field: string]: unknown } | null | undefined, field = 'name'): string | null => {
  const name = value?.[field];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
};
