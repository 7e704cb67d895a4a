import type { LocalDate } from '../time/local-date';
import { kopecksText } from './amounts';
import { BalanceToCheck, checkBalance } from './balance-check';
import { SectionFields } from './client-bank-1c-fields';
import { documentTransactions, OwnAccounts } from './client-bank-1c-document';
import { ClientBankLayout, FIRST_LINE, readClientBankLayout } from './client-bank-1c-sections';
import { earliest, latest, parseBankDate } from './dates';
import { splitLines } from './lines';
import { quotedValue, refusal } from './refusal';
import type { StatementBalance, StatementTransaction } from './statement';
import { distinctAccounts, StatementBody } from './statement-body';
import { accountOrNull } from './text';

/**
 * The 1CClientBankExchange format (1.02/1.03), which Ukrainian and Russian client-bank systems export for
 * accounting software: `Key=Value` lines, balance sections and one section per payment document.
 * The file must be complete (КонецФайла, every section closed) and its balance sections must add up.
 */

/** True when the text starts, after blank lines, with the line that names the format. */
export function isClientBank1C(firstFilledLine: string): boolean {
  return firstFilledLine.trim() === FIRST_LINE;
}

export function parseClientBank1C(text: string): StatementBody {
  const layout = readClientBankLayout(splitLines(text));
  const headerFrom = headerDate(layout, 'ДатаНачала');
  const headerTo = headerDate(layout, 'ДатаКонца');
  const headerAccounts = layout.header.get('РасчСчет') ?? [];
  const declared = distinctAccounts(headerAccounts.map((entry) => accountOrNull(entry.value)));
  const balances = layout.balances.map((section) => readBalance(new SectionFields(section), declared));
  const own: OwnAccounts = new Set(distinctAccounts([...declared, ...balances.map((b) => b.account)]));

  const transactions: StatementTransaction[] = [];
  for (const document of layout.documents) {
    transactions.push(...documentTransactions(new SectionFields(document), document.title, own));
  }
  for (const balance of balances) {
    checkBalance(balance, transactions, { incoming: 'ВсегоПоступило', outgoing: 'ВсегоСписано', closing: 'КонечныйОстаток' });
  }

  const accounts = distinctAccounts([...own, ...transactions.map((t) => t.ownAccount)]);
  const [periodFrom, periodTo] = period([headerFrom, headerTo], balances, transactions);
  return {
    format: 'client-bank-1c',
    account: accounts[0] ?? null,
    accounts,
    periodFrom,
    periodTo,
    balances: balances.map(toStatementBalance),
    transactions,
  };
}

function readBalance(fields: SectionFields, declared: readonly string[]): BalanceToCheck {
  const account = accountOrNull(fields.text('РасчСчет')) ?? (declared.length === 1 ? declared[0] : null);
  if (account === null) throw refusal(fields.line, 'statement.missingField', { field: 'РасчСчет' });
  return {
    line: fields.line,
    account,
    periodFrom: fields.date('ДатаНачала'),
    periodTo: fields.date('ДатаКонца'),
    opening: fields.balanceKopecks('НачальныйОстаток', { signed: true }),
    incoming: fields.balanceKopecks('ВсегоПоступило', { signed: false }),
    outgoing: fields.balanceKopecks('ВсегоСписано', { signed: false }),
    closing: fields.balanceKopecks('КонечныйОстаток', { signed: true }),
  };
}

function toStatementBalance(balance: BalanceToCheck): StatementBalance {
  const text = (kopecks: bigint | null) => (kopecks === null ? null : kopecksText(kopecks));
  return {
    line: balance.line,
    account: balance.account,
    periodFrom: balance.periodFrom,
    periodTo: balance.periodTo,
    opening: text(balance.opening),
    incoming: text(balance.incoming),
    outgoing: text(balance.outgoing),
    closing: text(balance.closing),
  };
}

function headerDate(layout: ClientBankLayout, key: string): LocalDate | null {
  const entry = layout.header.get(key)?.[0];
  if (!entry || entry.value === '') return null;
  const date = parseBankDate(entry.value);
  if (date === null) throw refusal(entry.line, 'statement.badDate', { field: key, value: quotedValue(entry.value) });
  return date;
}

/** The header's period, else the one the balance sections cover, else the documents' dates. */
function period(
  [headerFrom, headerTo]: [LocalDate | null, LocalDate | null],
  balances: readonly BalanceToCheck[],
  transactions: readonly StatementTransaction[],
): [LocalDate | null, LocalDate | null] {
  const dates = transactions.map((t) => t.date);
  const from = headerFrom ?? earliest(balances.map((b) => b.periodFrom).filter(isDate)) ?? earliest(dates);
  const to = headerTo ?? latest(balances.map((b) => b.periodTo).filter(isDate)) ?? latest(dates);
  return [from, to];
}

function isDate(date: LocalDate | null): date is LocalDate {
  return date !== null;
}
