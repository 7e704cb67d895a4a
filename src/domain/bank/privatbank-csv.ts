import type { CsvRow } from './csv';
import { checkedRows, ColumnSpec, CsvCells, findColumns, hasColumns } from './csv-columns';
import { refusal } from './refusal';
import type { PaymentDirection, StatementTransaction } from './statement';
import { bodyFromRows, StatementBody } from './statement-body';
import { csvTransaction } from './csv-transaction';
import { accountOrNull, taxCodeOrNull, textOrNull } from './text';

/**
 * PrivatBank's business statement (Приват24 для бізнесу): 13 columns, the own account's details first,
 * then the correspondent's, and one signed amount: negative is money that went out ('-70 000.00').
 * Dates may carry a time ('05.02.2024 14:20').
 */
const COLUMNS = {
  ownCode: { names: ['ЄДРПОУ'] },
  ownMfo: { names: ['МФО'] },
  ownAccount: { names: ['Рахунок'], required: true },
  currency: { names: ['Валюта'] },
  number: { names: ['Номер документу', 'Номер документа'] },
  date: { names: ['Дата операції'], required: true },
  theirMfo: { names: ['МФО банку', 'МФО банка'] },
  theirBank: { names: ['Назва банку', 'Назва банка'] },
  theirAccount: { names: ['Рахунок кореспондента'] },
  theirCode: { names: ['ЄДРПОУ кореспондента'] },
  theirName: { names: ['Кореспондент'] },
  amount: { names: ['Сума'], required: true },
  purpose: { names: ['Призначення платежу'] },
} satisfies Record<string, ColumnSpec>;
type Column = keyof typeof COLUMNS;

export function matches(headers: readonly string[]): boolean {
  // A signed Сума and no debit/credit split is what tells it from iBank2 and Alfa exports.
  return hasColumns(headers, [['Рахунок'], ['Дата операції'], ['Сума'], ['Рахунок кореспондента']]) && !hasColumns(headers, [['Дебет']]) && !hasColumns(headers, [['Операція']]);
}

function transaction(cells: CsvCells<Column>): StatementTransaction {
  const ownAccount = accountOrNull(cells.text('ownAccount'));
  if (ownAccount === null) throw refusal(cells.line, 'statement.missingField', { field: cells.field('ownAccount') });
  const date = cells.date('date');
  const signed = cells.kopecks('amount', { signed: true });
  if (signed === null) throw refusal(cells.line, 'statement.missingField', { field: cells.field('amount') });
  if (signed === BigInt(0)) throw refusal(cells.line, 'statement.zeroAmount', { field: cells.field('amount') });
  const direction: PaymentDirection = signed < BigInt(0) ? 'outgoing' : 'incoming';
  const ours = { name: null, code: taxCodeOrNull(cells.text('ownCode')), account: ownAccount, mfo: textOrNull(cells.text('ownMfo')), bankName: null };
  const theirs = {
    name: cells.words('theirName'),
    code: taxCodeOrNull(cells.text('theirCode')),
    account: accountOrNull(cells.text('theirAccount')),
    mfo: textOrNull(cells.text('theirMfo')),
    bankName: cells.words('theirBank'),
  };
  return csvTransaction(cells, { ownAccount, date, direction, kopecks: signed < BigInt(0) ? -signed : signed }, ours, theirs);
}

export function parse(header: CsvRow, rows: readonly CsvRow[]): StatementBody {
  const columns = findColumns(header, COLUMNS);
  return bodyFromRows('privatbank-csv', checkedRows(header, rows).map((row) => transaction(new CsvCells(columns, row))));
}
