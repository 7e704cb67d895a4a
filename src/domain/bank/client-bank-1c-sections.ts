import { refusal } from './refusal';

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

export interface ClientBankLayout {
  header: Map<string, Entry[]>;
  balances: Section[];
  documents: Section[];
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

export function readClientBankLayout(lines: readonly string[]): ClientBankLayout {
  const layout: ClientBankLayout = { header: new Map(), balances: [], documents: [] };
  let open: Open = null;
  let seenFirstLine = false;
  let ended = false;
  let lastFilledLine = 0;
  /** The entry a keyless line continues: only right after the purpose or one of its continuations. */
  let continuable: Entry | null = null;

  for (let i = 0; i < lines.length; i += 1) {
    const line = i + 1;
    const text = lines[i].trim();
    if (text === '') continue;
    if (ended) throw refusal(line, 'statement.textAfterEnd');
    lastFilledLine = line;
    if (!seenFirstLine) {
      if (text !== FIRST_LINE) throw refusal(line, 'statement.unknownFormat');
      seenFirstLine = true;
      continue;
    }
    const continues = continuable;
    continuable = null;

    if (text === BALANCE_START || isDocumentStart(text)) {
      if (open) throw unclosed(open);
      const kind = text === BALANCE_START ? 'balance' : 'document';
      const title = kind === 'document' ? (keyValue(text)?.value ?? '') : '';
      open = { kind, section: { line, title, entries: new Map() } };
      continue;
    }
    if (text === BALANCE_END || text === DOCUMENT_END) {
      const kind = text === BALANCE_END ? 'balance' : 'document';
      if (!open) throw refusal(line, 'statement.strayEnd', { marker: text });
      if (open.kind !== kind) throw unclosed(open);
      (kind === 'balance' ? layout.balances : layout.documents).push(open.section);
      open = null;
      continue;
    }
    if (text === FILE_END) {
      if (open) throw unclosed(open);
      ended = true;
      continue;
    }

    const pair = keyValue(text);
    if (!pair) {
      if (!continues) throw refusal(line, 'statement.badLine');
      continues.value = `${continues.value}\n${text}`;
      continuable = continues;
      continue;
    }
    const entry: Entry = { value: pair.value, line };
    if (open) {
      addSectionEntry(open.section, pair.key, entry);
      if (open.kind === 'document' && pair.key === PURPOSE_KEY) continuable = open.section.entries.get(PURPOSE_KEY);
    } else {
      addHeaderEntry(layout.header, pair.key, entry);
    }
  }

  if (open) throw unclosed(open);
  if (!seenFirstLine) throw refusal(0, 'statement.empty');
  if (!ended) throw refusal(lastFilledLine, 'statement.incomplete');
  return layout;
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
