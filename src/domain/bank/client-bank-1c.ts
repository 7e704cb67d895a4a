import type { LocalDate } from '../time/local-date';
import { kopecksText } from './amounts';
import { BalanceToCheck, checkBalanceMovement } from './balance-check';
import { SectionFields } from './client-bank-1c-fields';
import { documentTransactions, OwnAccounts } from './client-bank-1c-document';
import { Entry, FIRST_LINE, readClientBankSections, Section } from './client-bank-1c-sections';
import { clientBank1CWindows, PiecesOfText } from './client-bank-1c-windows';
import { earliest, latest, parseBankDate } from './dates';
import { linesOfText, StatementLines } from './lines';
import { quotedValue, refusal } from './refusal';
import { StatementBalance, StatementRefusal, StatementTransaction } from './statement';
import { KeptStrings, SharedStrings, UNKEPT_STRINGS } from './string-copies';
import { distinctAccounts, StatementBody, StatementOutline } from './statement-body';
import { StatementTally } from './statement-tally';
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
  const { outline, documents } = readClientBank1C(lines, true);
  return { ...outline, transactions: documents.transactions() };
}

/** A 1C statement checked whole in one reading, whose transactions are read again a window at a time. */
export interface ClientBank1CInWindows {
  outline: StatementOutline;
  tally: StatementTally;
  /** The transactions in file order, at most `size` at a time, each window read from the text as it is taken. */
  windows(size: number): Iterable<StatementTransaction[]>;
}

/**
 * parseClientBank1C without holding the transactions: the first reading refuses what parseClientBank1C
 * refuses and keeps only what they add up to (the balance check, the period, the summary need no more); the
 * windows read the file again, with every own account known, and give exactly parseClientBank1C's
 * transactions. Reading twice costs a second parse; holding a hundred thousand transactions cost the
 * import some 55 MB for as long as it ran.
 */
export function readClientBank1CInWindows(text: StatementLines & PiecesOfText): ClientBank1CInWindows {
  const { outline, documents, own } = readClientBank1C(text, false);
  return { outline, tally: documents.tally, windows: (size) => clientBank1CWindows(text, own, size) };
}

function readClientBank1C(lines: StatementLines, collect: boolean): { outline: StatementOutline; documents: DocumentsReader; own: OwnAccounts } {
  const early = new DocumentsReader(collect);
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

  let documents = early;
  if (!early.readWith(own)) {
    documents = new DocumentsReader(collect, own);
    readClientBankSections(lines, { document: (section) => documents.read(section) });
  }
  const { tally } = documents.confirmed();
  for (const balance of balances) {
    checkBalanceMovement(balance, tally.movedWithin(balance.account, balance.periodFrom, balance.periodTo), BALANCE_NAMES);
  }

  const accounts = distinctAccounts([...own, ...tally.accounts()]);
  const [periodFrom, periodTo] = period([headerFrom, headerTo], balances, tally);
  const outline: StatementOutline = {
    format: 'client-bank-1c',
    account: accounts[0] ?? null,
    accounts,
    periodFrom,
    periodTo,
    balances: balances.map(toStatementBalance),
  };
  return { outline, documents, own };
}

const BALANCE_NAMES = { incoming: 'ВсегоПоступило', outgoing: 'ВсегоСписано', closing: 'КонечныйОстаток' };

/**
 * The documents' transactions, made one document at a time with the own accounts known so far, tallied and,
 * when asked, collected. The first refusal is kept, not thrown, and nothing more is made after it: the file's
 * layout and its header are judged first, as if the whole file had been read before any document.
 */
class DocumentsReader {
  readonly tally: StatementTally;
  private readonly made: StatementTransaction[] | null;
  /** Transactions only tallied are dropped at once: their values need no lasting copies. */
  private readonly strings: KeptStrings;
  private readonly own: Set<string>;
  /** How many own accounts were known when the first document was read; null before it. */
  private ownWhenFirstRead: number | null = null;
  private refused: StatementRefusal | null = null;

  constructor(collect: boolean, own: ReadonlySet<string> = new Set()) {
    // only a file read twice (not collected) has its payments' identities counted for the second reading
    this.tally = new StatementTally({ identities: !collect });
    this.made = collect ? [] : null;
    this.strings = collect ? new SharedStrings() : UNKEPT_STRINGS;
    this.own = new Set(own);
  }

  declare(account: string | null): void {
    if (account !== null) this.own.add(account);
  }

  read(section: Section): void {
    if (this.refused) return;
    if (this.ownWhenFirstRead === null) this.ownWhenFirstRead = this.own.size;
    try {
      for (const t of documentTransactions(new SectionFields(section), section.title, this.own, this.strings)) {
        this.tally.add(t);
        this.made?.push(t);
      }
    } catch (error) {
      if (!(error instanceof StatementRefusal)) throw error;
      this.refused = error;
    }
  }

  /** Whether the documents were read with all of `own` known (a document read earlier saw the same accounts). */
  readWith(own: ReadonlySet<string>): boolean {
    return this.ownWhenFirstRead === null || this.ownWhenFirstRead === own.size;
  }

  /** Itself once every document was read; throws the first document's refusal. */
  confirmed(): this {
    if (this.refused) throw this.refused;
    return this;
  }

  /** The transactions in file order (when collected); throws the first document's refusal. */
  transactions(): StatementTransaction[] {
    this.confirmed();
    if (this.made === null) throw new Error('DocumentsReader: transactions were only tallied');
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
  tally: StatementTally,
): [LocalDate | null, LocalDate | null] {
  const from = headerFrom ?? earliest(balances.map((b) => b.periodFrom).filter(isDate)) ?? tally.earliestDate;
  const to = headerTo ?? latest(balances.map((b) => b.periodTo).filter(isDate)) ?? tally.latestDate;
  return [from, to];
}

function isDate(date: LocalDate | null): date is LocalDate {
  return date !== null;
}
