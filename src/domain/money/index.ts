export { parseScaled, formatScaled, divRound, pow10 } from './decimal';
export type { DecimalInput } from './decimal';
export { parseMoney, toKopecks, formatKopecks, roundToKopecks, sumMoney } from './kopecks';
export type { Kopecks } from './kopecks';
export { parseQuantity, toThousandths, formatQuantity } from './quantity';
export type { Thousandths } from './quantity';
export { VAT_RATES, DEFAULT_VAT_RATE, parseVatRate } from './vat';
export { evaluateLine, computeLineKopecks, computeLine } from './line';
export type { LineInput, LineAmounts, LineKopecks } from './line';
export { computeDocumentTotals } from './totals';
export type { DocumentTotals } from './totals';
export { DECIMAL_COLUMN_SIZES, EXACT_DOUBLE_DIGITS, columnArgs, widenedColumn } from './columns';
export type { DecimalKind, DecimalColumnSize } from './columns';
export {
  MAX_AMOUNT_KOPECKS,
  largestUnits,
  formatLimit,
  groupThousands,
  limitBreach,
  parseDecimalOfKind,
  formatDecimalOfKind,
  computedAmountIssue,
} from './limits';
export { checkDecimalFields } from './decimal-fields';
export type { DecimalFieldsModel, DecimalFieldsCatalog, CheckedDecimalFields } from './decimal-fields';
export { fillLineFromProduct } from './product-fill';
export type { ProductForLine } from './product-fill';
