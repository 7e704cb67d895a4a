import type { StatementLines } from './lines';
import { refusal } from './refusal';
import { detached } from './string-copies';

/**
 * Reads the layout of a 1CClientBankExchange file, before any value is interpreted: the header keys, the
 * balance sections (СекцияРасчСчет … КонецРасчСчет) and the documents (СекцияДокумент=<type> …
 * КонецДокумента), each key with the line it stood on. A file that is cut short or has a section left open
 * is refused here, naming the line where the open section started, so nothing half-read reaches the totals.
 */

export const FIRST_LINE = '1CClientBankExchange';
const BALANCE_START = 'СекцияРасчСчет';
const BALANCE_END = 'КонецРасчСчет';
const DOCUMENT_START = 'СекцияДокумент';
const DOCUMENT_END = 'КонецДокумента';
const FILE_END = 'КонецФайла';
/** The one key whose value may go on over following lines that have no key of their own. */
const PURPOSE_KEY = 'НазначениеПлатежа';
/** Header keys that may repeat: a statement over several accounts lists each, and the document types. */
const REPEATABLE_HEADER_KEYS = new Set(['РасчСчет', 'Документ']);

const KEY = /^[0-9A-Za-z_\u0400-\u04ff]+$/;

export interface Entry {
  value: string;
  line: number;
}

export interface Section {
  /** The line of СекцияРасчСчет / СекцияДокумент. */
  line: number;
  /** The document type after `СекцияДокумент=`; '' for balance sections. */
  title: string;
  entries: Map<string, Entry>;
}

/** What the reader hands on, each section as soon as its end marker is read. */
export interface ClientBankSectionVisitor {
  /** A key of the header (outside the sections), once it is known not to contradict an earlier one. */
  headerEntry?(key: string, entry: Entry): void;
  balance?(section: Section): void;
  document(section: Section): void;
}

export interface ClientBankHeader {
  header: Map<string, Entry[]>;
}

type Open = { kind: 'balance' | 'document'; section: Section } | null;

function startMarker(kind: 'balance' | 'document'): string {
  return kind === 'balance' ? BALANCE_START : DOCUMENT_START;
}

function endMarker(kind: 'balance' | 'document'): string {
  return kind === 'balance' ? BALANCE_END : DOCUMENT_END;
}

function unclosed(open: NonNullable<Open>) {
  return refusal(open.section.line, 'statement.unclosedSection', { section: startMarker(open.kind), end: endMarker(open.kind) });
}

function keyValue(text: string): { key: string; value: string } | null {
  const equals = text.indexOf('=');
  if (equals <= 0) return null;
  const key = text.slice(0, equals).trim();
  return KEY.test(key) ? { key, value: text.slice(equals + 1).trim() } : null;
}

function isDocumentStart(text: string): boolean {
  return text === DOCUMENT_START || (text.startsWith(DOCUMENT_START) && text.slice(DOCUMENT_START.length).trimStart().startsWith('='));
}

/**
 * Reads the file's lines once, handing each closed section to `visitor` and keeping only the header: a
 * statement of a hundred thousand documents never has more than one of them in memory. The visitor sees a
 * section before a later line of the file may yet turn out broken: what it makes of the section must wait
 * for this function to return before it counts.
 */
export function readClientBankSections(lines: StatementLines, visitor: ClientBankSectionVisitor): ClientBankHeader {
  const reader = new ClientBankSectionReader(visitor);
  lines.forEachLine((raw, line) => {
    reader.line(raw, line);
  });
  return reader.end();
}

/**
 * readClientBankSections for lines handed over one at a time, at the caller's pace: `line` for each line in
 * order, then `end`, which refuses a file cut short and answers the header.
 */
export class ClientBankSectionReader {
  private readonly header = new Map<string, Entry[]>();
  private open: Open = null;
  private seenFirstLine = false;
  private ended = false;
  private lastFilledLine = 0;
  /** The entry a keyless line continues: only right after the purpose or one of its continuations. */
  private continuable: Entry | null = null;

  constructor(private readonly visitor: ClientBankSectionVisitor) {}

  line(raw: string, line: number): void {
    const text = raw.trim();
    if (text === '') return;
    if (this.ended) throw refusal(line, 'statement.textAfterEnd');
    this.lastFilledLine = line;
    if (!this.seenFirstLine) {
      if (text !== FIRST_LINE) throw refusal(line, 'statement.unknownFormat');
      this.seenFirstLine = true;
      return;
    }
    const continues = this.continuable;
    this.continuable = null;
    const open = this.open;

    if (text === BALANCE_START || isDocumentStart(text)) {
      if (open) throw unclosed(open);
      const kind = text === BALANCE_START ? 'balance' : 'document';
      const title = kind === 'document' ? (keyValue(text)?.value ?? '') : '';
      this.open = { kind, section: { line, title, entries: new Map() } };
      return;
    }
    if (text === BALANCE_END || text === DOCUMENT_END) {
      const kind = text === BALANCE_END ? 'balance' : 'document';
      if (!open) throw refusal(line, 'statement.strayEnd', { marker: text });
      if (open.kind !== kind) throw unclosed(open);
      this.open = null;
      if (kind === 'balance') this.visitor.balance?.(open.section);
      else this.visitor.document(open.section);
      return;
    }
    if (text === FILE_END) {
      if (open) throw unclosed(open);
      this.ended = true;
      return;
    }

    const pair = keyValue(text);
    if (!pair) {
      if (!continues) throw refusal(line, 'statement.badLine');
      continues.value = `${continues.value}\n${text}`;
      this.continuable = continues;
      return;
    }
    if (open) {
      // balance sections are few and outlive the reading (documents are read as they end): theirs are copied
      const entry: Entry = { value: open.kind === 'balance' ? detached(pair.value) : pair.value, line };
      addSectionEntry(open.section, pair.key, entry);
      if (open.kind === 'document' && pair.key === PURPOSE_KEY) this.continuable = open.section.entries.get(PURPOSE_KEY) ?? null;
    } else {
      // the header outlives the reading: its values are copied off the file's text
      const entry: Entry = { value: detached(pair.value), line };
      addHeaderEntry(this.header, pair.key, entry);
      this.visitor.headerEntry?.(pair.key, entry);
    }
  }

  end(): ClientBankHeader {
    if (this.open) throw unclosed(this.open);
    if (!this.seenFirstLine) throw refusal(0, 'statement.empty');
    if (!this.ended) throw refusal(this.lastFilledLine, 'statement.incomplete');
    return { header: this.header };
  }
}

/** A key given twice means two readings of one field: harmless when they agree, refused when they do not. */
function addSectionEntry(section: Section, key: string, entry: Entry): void {
  const earlier = section.entries.get(key);
  if (!earlier) section.entries.set(key, entry);
  else if (earlier.value !== entry.value) throw refusal(entry.line, 'statement.duplicateKey', { field: key });
}

function addHeaderEntry(header: Map<string, Entry[]>, key: string, entry: Entry): void {
  const earlier = header.get(key);
  if (!earlier) header.set(key, [entry]);
  else if (REPEATABLE_HEADER_KEYS.has(key)) earlier.push(entry);
  else if (earlier[0].value !== entry.value) throw refusal(entry.line, 'statement.duplicateKey', { field: key });
}
