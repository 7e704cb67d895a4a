/** Captions several types share: one text, so the same thing reads the same everywhere. */

/** Under the contact person of an interaction, a request or a complaint: its picker follows the counterparty. */
export const CONTACT_OF_COUNTERPARTY_HINT = 'Спершу оберіть контрагента: тут будуть лише його контактні особи.';

export const REFERENCE_FIELDS = {
  name: 'Назва',
  code: 'Код',
  sortOrder: 'Порядок сортування',
  active: 'Активний',
  description: 'Опис',
} as const;

export const COUNTERPARTY_KINDS = {
  client: 'Клієнт',
  prospect: 'Потенційний клієнт',
  partner: 'Партнер',
  competitor: 'Конкурент',
  supplier: 'Постачальник',
  other: 'Інше',
} as const;

export const REQUEST_CHANNELS = {
  phone: 'Телефон',
  email: 'Електронна пошта',
  web: 'Форма на сайті',
  'walk-in': 'Особисте звернення',
  messenger: 'Месенджер',
} as const;

export const CURRENCIES = {
  UAH: 'Гривня (UAH)',
  USD: 'Долар США (USD)',
  EUR: 'Євро (EUR)',
  PLN: 'Польський злотий (PLN)',
  GBP: 'Фунт стерлінгів (GBP)',
} as const;
