export { STATEMENT_FORMATS, STATEMENT_ENCODINGS, StatementRefusal } from './statement';
export type {
  StatementFormat,
  StatementEncoding,
  PaymentDirection,
  StatementParty,
  StatementTransaction,
  StatementBalance,
  ParsedStatement,
} from './statement';
export { parseStatement, openStatement } from './parse-statement';
export type { OpenedStatement } from './parse-statement';
export { decodeStatement } from './encoding';
export type { DecodedStatement } from './encoding';
export { parseClientBank1C, isClientBank1C } from './client-bank-1c';
export { readCsv, detectSeparator, CSV_SEPARATORS } from './csv';
export type { CsvRow, CsvSeparator } from './csv';
export { normalizeLabel } from './csv-columns';
export type { CsvStatementFormat } from './csv-format';
export * as privatbankCsv from './privatbank-csv';
export * as ibank2Csv from './ibank2-csv';
export * as alfaCsv from './alfa-csv';
export type { StatementBody } from './statement-body';
export type { StatementRefusalCode } from './refusal';
export { parseBankDate } from './dates';
export { currencyCode, KNOWN_CURRENCIES } from './currencies';
export { refuseUnsupportedCurrencies, refuseUnsupportedCurrencyLines } from './supported-currencies';
export { StatementTally } from './statement-tally';
