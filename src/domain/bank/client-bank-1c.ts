import type { LocalDate } from '../time/local-date';
import { kopecksText } from './amounts';
import { BalanceToCheck, checkBalance } from './balance-check';
import { SectionFields } from './client-bank-1c-fields';
import { documentTransactions, OwnAccounts } from './client-bank-1c-document';
import { Entry, FIRST_LINE, readClientBankSections, Section } from './client-bank-1c-sections';
import { earliest, latest, parseBankDate } from './dates';
import { linesOfText, StatementLines } from './lines';
import { quotedValue, refusal } from './refusal';
import { StatementBalance, StatementRefusal, StatementTransaction } from './statement';
import { SharedStrings } from './string-copies';
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

/**
 * Each document becomes its transactions as soon as its section ends, so the file is read once and only the
 * transactions are kept. What a document means depends on the statement's own accounts, which the header and
 * the balance sections declare — normally above the documents. A file declaring one below a document is read
 * a second time, with all its accounts known. Refusals keep the order of a whole-file reading: a broken
 * layout anywhere first, then the header, the balance sections, the first bad document, the totals.
 */
export function parseClientBank1C(source: string | StatementLines): StatementBody {
  const lines = typeof source === 'string' ? linesOfText(source) : source;
  const early = new DocumentsReader();
  const balanceSections: Section[] = [];
  const { header } = readClientBankSections(lines, {
    headerEntry(key, entry) {
      if (key === 'РасчСчет') early.declare(accountOrNull(entry.value));
    },
    balance(section) {
      balanceSections.push(section);
      early.declare(accountOrNull(section.entries.get('РасчСчет')?.value));
    },
    document(section) {
      early.read(section);
    },
  });

  const headerFrom = headerDate(header, 'ДатаНачала');
  const headerTo = headerDate(header, 'ДатаКонца');
  const headerAccounts = header.get('РасчСчет') ?? [];
  const declared = distinctAccounts(headerAccounts.map((entry) => accountOrNull(entry.value)));
  const balances = balanceSections.map((section) => readBalance(new SectionFields(section), declared));
  const own: OwnAccounts = new Set(distinctAccounts([...declared, ...balances.map((b) => b.account)]));

  let transactions: StatementTransaction[];
  if (early.readWith(own)) {
    transactions = early.transactions();
  } else {
    const again = new DocumentsReader(own);
    readClientBankSections(lines, { document: (section) => again.read(section) });
    transactions = again.transactions();
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

/**
 * The documents' transactions, made one document at a time with the own accounts known so far. The first
 * refusal is kept, not thrown, and nothing more is made after it: the file's layout and its header are judged
 * first, as if the whole file had been read before any document.
 */
class DocumentsReader {
  private readonly made: StatementTransaction[] = [];
  private readonly strings = new SharedStrings();
  private readonly own: Set<string>;
  /** How many own accounts were known when the first document was read; null before it. */
  private ownWhenFirstRead: number | null = null;
  private refused: StatementRefusal | null = null;

  constructor(own: ReadonlySet<string> = new Set()) {
    this.own = new Set(own);
  }

  declare(account: string | null): void {
    if (account !== null) this.own.add(account);
  }

  read(section: Section): void {
    if (this.refused) return;
    if (this.ownWhenFirstRead === null) this.ownWhenFirstRead = this.own.size;
    try {
      this.made.push(...documentTransactions(new SectionFields(section), section.title, this.own, this.strings));
    } catch (error) {
      if (!(error instanceof StatementRefusal)) throw error;
      this.refused = error;
    }
  }

  /** Whether the documents were read with all of `own` known (a document read earlier saw the same accounts). */
  readWith(own: ReadonlySet<string>): boolean {
    return this.ownWhenFirstRead === null || this.ownWhenFirstRead === own.size;
  }

  /** The transactions in file order; throws the first document's refusal. */
  transactions(): StatementTransaction[] {
    if (this.refused) throw this.refused;
    return this.made;
  }
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

function headerDate(header: ReadonlyMap<string, readonly Entry[]>, key: string): LocalDate | null {
  const entry = header.get(key)?.[0];
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
