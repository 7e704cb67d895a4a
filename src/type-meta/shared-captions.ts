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

/**
 * Every currency a bank statement can name (src/domain/bank/currencies.ts): an account abroad or a
 * foreign-currency account pays and receives in them, so payments know them all (documents are issued in
 * the five above). The payment schema's enumeration lists the same codes (a unit test keeps them equal).
 */
export const PAYMENT_CURRENCIES = {
  ...CURRENCIES,
  CHF: 'Швейцарський франк (CHF)',
  CZK: 'Чеська крона (CZK)',
  HUF: 'Угорський форинт (HUF)',
  RON: 'Румунський лей (RON)',
  BGN: 'Болгарський лев (BGN)',
  SEK: 'Шведська крона (SEK)',
  NOK: 'Норвезька крона (NOK)',
  DKK: 'Данська крона (DKK)',
  TRY: 'Турецька ліра (TRY)',
  MDL: 'Молдовський лей (MDL)',
  GEL: 'Грузинський ларі (GEL)',
  BYN: 'Білоруський рубль (BYN)',
  KZT: 'Казахстанський теньге (KZT)',
  CNY: 'Китайський юань (CNY)',
  JPY: 'Японська єна (JPY)',
  CAD: 'Канадський долар (CAD)',
  AUD: 'Австралійський долар (AUD)',
  RUB: 'Російський рубль (RUB)',
} as const;
