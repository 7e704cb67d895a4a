import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * The little language document numbers are written in: literal text with tokens in braces.
 * - `{seq}`   the sequence number as it is ('123');
 * - `{seq:N}` the sequence number zero-padded to at least N digits (`{seq:7}` → '0000123'; a number that
 *   outgrows the width is written in full, never cut);
 * - `{year}`  the document's year, four digits; `{yy}` its last two digits.
 * Examples: 'СФ-{seq:7}' → 'СФ-0000123', 'Д-{year}/{seq:4}' → 'Д-2026/0012', 'Р{yy}-{seq:7}' → 'Р26-0000123'.
 * A pattern has exactly one seq token: a number without one would repeat, two would say the same thing twice.
 */
export type NumberPatternPart =
  | { kind: 'text'; text: string }
  | { kind: 'seq'; width: number }
  | { kind: 'year' }
  | { kind: 'yy' };

export interface NumberPattern {
  /** The pattern as written: what settings show and store. */
  source: string;
  parts: readonly NumberPatternPart[];
  /** Whether the number carries its year: a sequence may then restart every year without repeating a number. */
  hasYear: boolean;
}

/** Wider than any sequence a company reaches; a bigger width is a typo ('{seq:70}'). */
export const MAX_SEQ_WIDTH = 12;

const TOKEN = /\{([^{}]*)\}/g;

function readToken(body: string): Result<NumberPatternPart> {
  const name = body.trim();
  if (name === 'year') return ok({ kind: 'year' });
  if (name === 'yy') return ok({ kind: 'yy' });
  if (name === 'seq') return ok({ kind: 'seq', width: 0 });
  const padded = /^seq:(\d+)$/.exec(name.replace(/\s+/g, ''));
  if (padded) {
    const width = Number(padded[1]);
    if (width < 1 || width > MAX_SEQ_WIDTH) return failWith('numbering.seqWidth', { max: MAX_SEQ_WIDTH });
    return ok({ kind: 'seq', width });
  }
  return failWith('numbering.unknownToken', { value: `{${body}}` });
}

/** Reads a pattern; refuses one without a seq token, with two, with an unknown token or a stray brace. */
export function parseNumberPattern(source: unknown): Result<NumberPattern> {
  if (typeof source !== 'string') return failWith('type.string');
  if (source.trim() === '') return failWith('required');
  const parts: NumberPatternPart[] = [];
  let seqCount = 0;
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const before = source.slice(last, match.index);
    if (/[{}]/.test(before)) return failWith('numbering.braces');
    if (before) parts.push({ kind: 'text', text: before });
    const token = readToken(match[1]);
    if (!token.ok) return token as Result<never>;
    if (token.value.kind === 'seq') seqCount += 1;
    parts.push(token.value);
    last = (match.index ?? 0) + match[0].length;
  }
  const rest = source.slice(last);
  if (/[{}]/.test(rest)) return failWith('numbering.braces');
  if (rest) parts.push({ kind: 'text', text: rest });
  if (seqCount === 0) return failWith('numbering.noSeq');
  if (seqCount > 1) return failWith('numbering.manySeq');
  return ok({ source, parts, hasYear: parts.some((p) => p.kind === 'year' || p.kind === 'yy') });
}

/** Like parseNumberPattern for patterns written in code (defaults, tests): a bad one is a programming error. */
export function numberPattern(source: string): NumberPattern {
  const parsed = parseNumberPattern(source);
  if (!parsed.ok) throw new RangeError(`number pattern "${source}": ${parsed.reason}`);
  return parsed.value;
}

const yearText = (year: number) => String(year).padStart(4, '0');

export interface NumberValues {
  /** The sequence number, a positive whole number. */
  seq: number;
  /** The document's calendar year. */
  year: number;
}

export function formatDocumentNumber(pattern: NumberPattern, { seq, year }: NumberValues): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`formatDocumentNumber: seq ${seq} is not a positive whole number`);
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`formatDocumentNumber: year ${year} is not a calendar year`);
  return pattern.parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'year') return yearText(year);
      if (part.kind === 'yy') return yearText(year).slice(2);
      return String(seq).padStart(part.width, '0');
    })
    .join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sequence number a number of this pattern and year was made with: 'СФ-0000123' → 123. null when the
 * number is not one this pattern makes for that year (another year, another style, typed by hand). Used to
 * find the last seq in use when a sequence row is missing, so a new number never repeats an old one.
 */
export function seqFromNumber(pattern: NumberPattern, number: string, year: number): number | null {
  const source = pattern.parts
    .map((part) => {
      if (part.kind === 'text') return escapeRegExp(part.text);
      if (part.kind === 'year') return yearText(year);
      if (part.kind === 'yy') return yearText(year).slice(2);
      return part.width > 0 ? `(\\d{${part.width},})` : '(\\d+)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(number.trim());
  if (!match) return null;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

/** The highest seq among existing numbers of this pattern and year; 0 when none was made by it. */
export function lastSeqAmong(pattern: NumberPattern, numbers: Iterable<string>, year: number): number {
  let last = 0;
  for (const number of numbers) {
    const seq = seqFromNumber(pattern, number, year);
    if (seq !== null && seq > last) last = seq;
  }
  return last;
}

/**
 * What every number of a year starts with, up to the sequence ('Д-2026/' for 'Д-{year}/{seq:4}'): the
 * stored numbers a lost sequence is recovered from are found by it, not by reading every number.
 */
export function numberPrefix(pattern: NumberPattern, year: number): string {
  let prefix = '';
  for (const part of pattern.parts) {
    if (part.kind === 'seq') break;
    prefix += part.kind === 'text' ? part.text : part.kind === 'year' ? String(year).padStart(4, '0') : String(year % 100).padStart(2, '0');
  }
  return prefix;
}
