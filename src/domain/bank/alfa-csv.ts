import type { CsvRow } from './csv';
import { checkedRows, ColumnSpec, CsvCells, findColumns, hasColumns, normalizeLabel } from './csv-columns';
import { quotedValue, refusal } from './refusal';
import type { PaymentDirection, StatementTransaction } from './statement';
import { bodyFromRows, StatementBody } from './statement-body';
import { csvTransaction } from './csv-transaction';
import { accountOrNull, taxCodeOrNull, textOrNull } from './text';

/**
 * Alfa-Bank Ukraine's business export (Sense Bank since 2023): «Операція» says Дебет (went out) or
 * Кредит (came in) beside a positive Сума; the own account comes as «Наш IBAN» and the legacy «Наш
 * рахунок»; the own company's code, name and bank close the row. Its texts mix in a Latin i («коштiв»).
 * The date is the posting date («Дата проведення»); «Дата документа» stands in when it is blank.
 */
const COLUMNS = {
  ownIban: { names: ['Наш IBAN'] },
  ownLegacyAccount: { names: ['Наш рахунок'] },
  operation: { names: ['Операція'], required: true },
  theirLegacyAccount: { names: ['Рахунок'] },
  theirIban: { names: ['IBAN'] },
  theirMfo: { names: ['МФО банку контрагента'] },
  theirName: { names: ['Найменування контрагента'] },
  theirCode: { names: ['Код контрагента'] },
  purpose: { names: ['Призначення платежу'] },
  date: { names: ['Дата проведення'], required: true },
  documentDate: { names: ['Дата документа'] },
  number: { names: ['Номер документа'] },
  amount: { names: ['Сума'], required: true },
  currency: { names: ['Валюта'] },
  ownCode: { names: ['Ід.код', 'Ід. код'] },
  ownName: { names: ['Найменування'] },
  ownMfo: { names: ['МФО'] },
} satisfies Record<string, ColumnSpec>;
type Column = keyof typeof COLUMNS;

const OPERATIONS: Readonly<Record<string, PaymentDirection>> = {
  [normalizeLabel('Дебет')]: 'outgoing',
  [normalizeLabel('Кредит')]: 'incoming',
};

export function matches(headers: readonly string[]): boolean {
  return hasColumns(headers, [['Операція'], ['Сума'], ['Наш IBAN', 'Наш рахунок']]);
}

function direction(cells: CsvCells<Column>): PaymentDirection {
  const value = cells.text('operation');
  const found = OPERATIONS[normalizeLabel(value)];
  if (!found) throw refusal(cells.line, 'statement.badOperation', { field: cells.field('operation'), value: quotedValue(value) });
  return found;
}

function transaction(cells: CsvCells<Column>): StatementTransaction {
  const ownAccount = accountOrNull(cells.text('ownIban')) ?? accountOrNull(cells.text('ownLegacyAccount'));
  if (ownAccount === null) throw refusal(cells.line, 'statement.missingField', { field: cells.field('ownIban') });
  const way = direction(cells);
  const date = cells.date('date', 'documentDate');
  const kopecks = cells.kopecks('amount', { signed: false });
  if (kopecks === null) throw refusal(cells.line, 'statement.missingField', { field: cells.field('amount') });
  if (kopecks === BigInt(0)) throw refusal(cells.line, 'statement.zeroAmount', { field: cells.field('amount') });
  const ours = {
    name: cells.words('ownName'),
    code: taxCodeOrNull(cells.text('ownCode')),
    account: ownAccount,
    mfo: textOrNull(cells.text('ownMfo')),
    bankName: null,
  };
  const theirs = {
    name: cells.words('theirName'),
    code: taxCodeOrNull(cells.text('theirCode')),
    account: accountOrNull(cells.text('theirIban')) ?? accountOrNull(cells.text('theirLegacyAccount')),
    mfo: textOrNull(cells.text('theirMfo')),
    bankName: null,
  };
  return csvTransaction(cells, { ownAccount, date, direction: way, kopecks }, ours, theirs);
}

export function parse(header: CsvRow, rows: readonly CsvRow[]): StatementBody {
  const columns = findColumns(header, COLUMNS);
  if (columns.ownIban.index === -1 && columns.ownLegacyAccount.index === -1) {
    throw refusal(header.line, 'statement.missingColumn', { field: columns.ownIban.name });
  }
  return bodyFromRows('alfa-csv', checkedRows(header, rows).map((row) => transaction(new CsvCells(columns, row))));
}
