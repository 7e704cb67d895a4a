import type { CsvRow } from './csv';
import { checkedRows, ColumnSpec, CsvCells, findColumns, hasColumns } from './csv-columns';
import { refusal } from './refusal';
import type { PaymentDirection, StatementTransaction } from './statement';
import { bodyFromRows, StatementBody } from './statement-body';
import { csvTransaction } from './csv-transaction';
import { accountOrNull, taxCodeOrNull, textOrNull } from './text';

/**
 * The iBank2 export many Ukrainian banks give (ProCredit, Kredobank, …): one row per operation with the
 * amount in Дебет (went out) or Кредит (came in); one file may cover several own accounts and currencies.
 * «Гривневе покриття» (the hryvnia equivalent) and the bank's operation code are not needed and not read.
 * The date is the operation's (when the bank booked it); «Дата документа» stands in when it is blank.
 */
const COLUMNS = {
  ownCode: { names: ['ЄДРПОУ'] },
  ownAccount: { names: ['Рахунок'], required: true },
  currency: { names: ['Валюта'] },
  date: { names: ['Дата операції'], required: true },
  documentDate: { names: ['Дата документа', 'Дата документу'] },
  theirMfo: { names: ['МФО банка', 'МФО банку'] },
  theirBank: { names: ['Назва банка', 'Назва банку'] },
  theirAccount: { names: ['Рахунок кореспондента'] },
  theirCode: { names: ['ЄДРПОУ кореспондента'] },
  theirName: { names: ['Кореспондент'] },
  number: { names: ['Номер документа', 'Номер документу'] },
  debit: { names: ['Дебет'], required: true },
  credit: { names: ['Кредит'], required: true },
  purpose: { names: ['Призначення платежу'] },
} satisfies Record<string, ColumnSpec>;
type Column = keyof typeof COLUMNS;

export function matches(headers: readonly string[]): boolean {
  return hasColumns(headers, [['Рахунок'], ['Дата операції'], ['Дебет'], ['Кредит']]);
}

/** The one side of Дебет/Кредит that holds an amount; a zero on the other side counts as empty. */
function movement(cells: CsvCells<Column>): { direction: PaymentDirection; kopecks: bigint } {
  const debit = cells.kopecks('debit', { signed: false }) ?? BigInt(0);
  const credit = cells.kopecks('credit', { signed: false }) ?? BigInt(0);
  if (debit > BigInt(0) && credit > BigInt(0)) throw refusal(cells.line, 'statement.debitAndCredit');
  if (debit > BigInt(0)) return { direction: 'outgoing', kopecks: debit };
  if (credit > BigInt(0)) return { direction: 'incoming', kopecks: credit };
  throw refusal(cells.line, 'statement.zeroAmount', { field: `${cells.field('debit')}/${cells.field('credit')}` });
}

function transaction(cells: CsvCells<Column>): StatementTransaction {
  const ownAccount = accountOrNull(cells.text('ownAccount'));
  if (ownAccount === null) throw refusal(cells.line, 'statement.missingField', { field: cells.field('ownAccount') });
  const date = cells.date('date', 'documentDate');
  const { direction, kopecks } = movement(cells);
  const ours = { name: null, code: taxCodeOrNull(cells.text('ownCode')), account: ownAccount, mfo: null, bankName: null };
  const theirs = {
    name: cells.words('theirName'),
    code: taxCodeOrNull(cells.text('theirCode')),
    account: accountOrNull(cells.text('theirAccount')),
    mfo: textOrNull(cells.text('theirMfo')),
    bankName: cells.words('theirBank'),
  };
  return csvTransaction(cells, { ownAccount, date, direction, kopecks }, ours, theirs);
}

export function parse(header: CsvRow, rows: readonly CsvRow[]): StatementBody {
  const columns = findColumns(header, COLUMNS);
  return bodyFromRows('ibank2-csv', checkedRows(header, rows).map((row) => transaction(new CsvCells(columns, row))));
}
