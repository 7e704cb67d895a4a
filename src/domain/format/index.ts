export { GROUP_SEPARATOR, formatAmount, formatDecimalAmount, formatMoney, formatDecimalMoney, formatInteger } from './amount';
export type { AmountFormat } from './amount';
export { formatLocalDate, formatDate, formatDateTime } from './dates';
export { MONTH_NAMES, formatDateSpan, formatMonth, formatQuarter, formatYear, formatPeriod, describeDateSpan } from './periods';
export { plural, formatCount } from './plural';
export type { PluralForms } from './plural';
