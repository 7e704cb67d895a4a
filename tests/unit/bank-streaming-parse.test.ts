import { decodeStatement, openStatement, parseStatement, StatementRefusal, StatementTally } from '../../src/domain/bank';
import { detectEncoding, forEachTextPiece, textPieces } from '../../src/domain/bank/encoding';
import { toKopecks } from '../../src/domain/money';
import { firstFilledLine, linesOfPieces, linesOfText, splitLines } from '../../src/domain/bank/lines';
import { detached, SharedStrings } from '../../src/domain/bank/string-copies';
import { dos1C, encode, privatbankCsv, ukrainian1C, ukrainian1CLines } from '../helpers/bank-fixtures';
import { fuzzSeeds } from '../helpers/bank-fuzz-seeds';
import { mutate, seededRandom } from '../helpers/bank-mutations';
import { findBankSamplesDir, readSample, SAMPLE_FILES } from '../helpers/bank-samples';

/**
 * A statement is read piece by piece (bytes decoded a piece at a time, lines cut across the pieces, each 1C
 * document turned into its transactions when it ends): whatever the pieces, the result must be the one of
 * reading the whole file at once.
 */

/** The lines `linesOfPieces` gives for `text` cut into pieces of `size` characters. */
function linesInPieces(text: string, size: number): string[] {
  const lines: string[] = [];
  linesOfPieces((visit) => {
    for (let start = 0; start < text.length; start += size) visit(text.slice(start, start + size));
  }).forEachLine((line, number) => {
    expect(number).toBe(lines.length + 1);
    lines.push(line);
  });
  return lines;
}

function piecesJoined(bytes: Uint8Array, pieceBytes: number): string {
  let text = '';
  forEachTextPiece(bytes, detectEncoding(bytes), (piece) => {
    text += piece;
  }, pieceBytes);
  return text;
}

describe('lines of a text in pieces', () => {
  const texts = ['', 'a', '\r', '\n', '\r\n', '\r\r\n\n', 'a\r\nb', 'a\rb\nc\r\n', 'КонецФайла\r\n\r\n', 'x\n\r', ' \t\r\n\ry'];

  it.each(texts)('%j: the lines of the whole text, for any piece size', (text) => {
    for (let size = 1; size <= Math.max(1, text.length); size += 1) expect(linesInPieces(text, size)).toEqual(splitLines(text));
  });

  it('random texts cut at random sizes', () => {
    const random = seededRandom(11);
    const alphabet = ['a', 'я', ' ', '\r', '\n', '\r\n', '='];
    for (let n = 0; n < 2000; n += 1) {
      const text = Array.from({ length: Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(linesInPieces(text, 1 + Math.floor(random() * 5))).toEqual(splitLines(text));
    }
  });

  it('stops when the visitor says so, and the first filled line is found without reading further', () => {
    const seen: number[] = [];
    linesOfText('a\nb\nc\n').forEachLine((_, line) => {
      seen.push(line);
      return line < 2;
    });
    expect(seen).toEqual([1, 2]);
    expect(firstFilledLine(linesOfText('\r\n \t\r\n  1CClientBankExchange \r\nrest'))).toEqual({ line: 3, text: '1CClientBankExchange' });
    expect(firstFilledLine(linesOfText(' \n\t\n'))).toBeNull();
  });
});

describe('decoding in pieces', () => {
  const brokenAfterBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xd0, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98, 0x0d, 0x0a, 0xd0, 0x86, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xd0]);
  const files: Array<[string, Uint8Array]> = [
    ['utf-8', encode(ukrainian1C(), 'utf-8')],
    ['utf-8 with a BOM', encode(ukrainian1C(), 'utf-8-bom')],
    ['cp1251', encode(ukrainian1C(), 'cp1251')],
    ['cp866', encode(dos1C(), 'cp866')],
    ['broken UTF-8 after a BOM', brokenAfterBom],
  ];

  it.each(files)('%s: the pieces make the text decodeStatement gives', (_, bytes) => {
    const whole = decodeStatement(bytes).text;
    for (const size of [1, 2, 3, 5, 64, 1 << 15]) expect(piecesJoined(bytes, size)).toBe(whole);
  });

  it('UTF-8 is what a strict decoder accepts', () => {
    const random = seededRandom(5);
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const interesting = [0x41, 0xd0, 0x96, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0xed, 0xa0, 0xff, 0x80, 0xbf];
    for (let n = 0; n < 3000; n += 1) {
      const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 8) }, () => interesting[Math.floor(random() * interesting.length)]));
      if (bytes[0] === 0xef) continue;
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      expect({ bytes: [...bytes], utf8: detectEncoding(bytes).encoding === 'utf-8' }).toEqual({ bytes: [...bytes], utf8: valid });
    }
  });
});

describe('strings kept from a parse', () => {
  it('copies are equal to what they copy, and equal values are shared', () => {
    const text = 'Оплата згідно рахунку № СФ-0000123 від 01.02.2024';
    expect(detached(text.slice(7, 30))).toBe(text.slice(7, 30));
    expect(detached('')).toBe('');
    const strings = new SharedStrings();
    expect(strings.of(text.slice(0, 6))).toBe('Оплата');
    expect(strings.ofNullable(null)).toBeNull();
  });
});

describe('1C documents read as they end', () => {
  /** The Ukrainian fixture with lines (1-based) removed and the balance section (lines 11–19) put elsewhere. */
  function ukrainianFile({ remove = [] as number[], balanceBefore = 20 }): string {
    const lines = ukrainian1CLines();
    const balance = lines.slice(10, 19);
    const rest = lines.map((text, i) => (i >= 10 && i < 19 ? null : i + 1 === balanceBefore ? [...balance, text] : remove.includes(i + 1) ? [] : [text]));
    return `${rest.flatMap((item) => item ?? []).join('\r\n')}\r\n`;
  }
  const withoutLines = ({ line, ...rest }: { line: number }) => rest;

  it('an own account declared only below the documents still decides their direction (the file is read again)', () => {
    // no header РасчСчет (9) and no ДатаСписано on the outgoing payment (67): only the balance section's
    // account says the third payment went out
    const above = parseStatement(encode(ukrainianFile({ remove: [9, 67] }), 'utf-8'));
    const below = parseStatement(encode(ukrainianFile({ remove: [9, 67], balanceBefore: 70 }), 'utf-8'));
    expect(above.transactions.map((t) => t.direction)).toEqual(['incoming', 'incoming', 'outgoing']);
    expect(below.transactions.map(withoutLines)).toEqual(above.transactions.map(withoutLines));
    expect(below.balances.map(withoutLines)).toEqual(above.balances.map(withoutLines));
    expect({ ...below, transactions: [], balances: [] }).toEqual({ ...above, transactions: [], balances: [] });
  });

  function refusalOf(text: string): { line: number; code: string } {
    try {
      parseStatement(encode(text, 'utf-8'));
    } catch (error) {
      if (error instanceof StatementRefusal) return { line: error.line, code: error.code };
      throw error;
    }
    throw new Error('expected a refusal');
  }
  const withLines = (changes: Record<number, string | null>) =>
    `${ukrainian1CLines().flatMap((text, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1] as string]) : [text])).join('\r\n')}\r\n`;

  it('a broken layout further down is reported before a bad value in an earlier document', () => {
    expect(refusalOf(withLines({ 22: 'Дата=31.02.2024' }))).toEqual({ line: 22, code: 'statement.badDate' });
    expect(refusalOf(withLines({ 22: 'Дата=31.02.2024', 53: null }))).toEqual({ line: 39, code: 'statement.unclosedSection' });
    expect(refusalOf(withLines({ 22: 'Дата=31.02.2024', 70: null }))).toEqual({ line: 69, code: 'statement.incomplete' });
  });

  it('the header and the balance sections are judged before the documents', () => {
    expect(refusalOf(withLines({ 22: 'Дата=31.02.2024', 8: 'ДатаКонца=32.02.2024' }))).toEqual({ line: 8, code: 'statement.badDate' });
    expect(refusalOf(withLines({ 22: 'Дата=31.02.2024', 16: 'ВсегоПоступило=abc' }))).toEqual({ line: 16, code: 'statement.badAmount' });
  });

  it('of two bad documents, the first is named', () => {
    expect(refusalOf(withLines({ 41: 'Дата=1.1', 22: 'Дата=31.02.2024' }))).toEqual({ line: 22, code: 'statement.badDate' });
  });
});

describe('a statement taken a window at a time (openStatement)', () => {
  const samples = findBankSamplesDir();
  const files: Array<[string, Uint8Array]> = [
    ['Ukrainian 1C, cp1251', encode(ukrainian1C(), 'cp1251')],
    ['Ukrainian 1C, LF, UTF-8 with a BOM', encode(ukrainian1C('\n'), 'utf-8-bom')],
    ['DOS 1C, cp866', encode(dos1C(), 'cp866')],
    ['PrivatBank CSV', encode(privatbankCsv(), 'cp1251')],
    ...(samples ? Object.values(SAMPLE_FILES).map((file): [string, Uint8Array] => [file, readSample(samples, file)]) : []),
  ];
  if (!samples) console.warn('bank-streaming-parse: shared/bank-samples not found (set BANK_SAMPLES_DIR); windows are tested on the fixtures only');

  /** The statement openStatement gives, its windows joined back, and the windows' sizes. */
  function windowed(bytes: Uint8Array, size: number) {
    const { tally, windows, ...outline } = openStatement(bytes);
    const taken = [...windows(size)];
    return { statement: { ...outline, transactions: taken.flat() }, sizes: taken.map((w) => w.length), tally };
  }

  it.each(files)('%s: the windows joined are parseStatement\'s transactions, and the rest is the same statement', (_, bytes) => {
    const whole = parseStatement(bytes);
    expect(whole.transactions.length).toBeGreaterThan(0);
    for (const size of [1, 2, 3, 7, 10_000]) {
      const { statement, sizes } = windowed(bytes, size);
      expect(statement).toEqual(whole);
      // every window full but the last
      expect(sizes.slice(0, -1).every((n) => n === size)).toBe(true);
      expect(sizes[sizes.length - 1]).toBeGreaterThan(0);
      expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(size);
    }
  });

  it.each(files)('%s: the tally is what the transactions add up to', (_, bytes) => {
    const whole = parseStatement(bytes);
    const { tally } = windowed(bytes, 2);
    const expected = StatementTally.of(whole.transactions, { identities: true });
    expect({ ...tally }).toEqual({ ...expected });
    expect(tally.transactions).toBe(whole.transactions.length);
    expect(tally.incoming + tally.outgoing).toBe(whole.transactions.length);
    const sum = (direction: string) => whole.transactions.filter((t) => t.direction === direction).reduce((kopecks, t) => kopecks + toKopecks(t.amount), BigInt(0));
    expect([tally.totalIncoming, tally.totalOutgoing]).toEqual([sum('incoming'), sum('outgoing')]);
    expect([...tally.currencies().keys()].sort()).toEqual([...new Set(whole.transactions.map((t) => t.currency))].sort());
  });

  it('the pieces the windows are read from, taken at the reader\'s pace, make the text (pieces of one byte too)', () => {
    const bytes = encode(ukrainian1C(), 'cp1251');
    const pieces = [...textPieces(bytes, detectEncoding(bytes), 1)];
    expect(pieces.join('')).toBe(decodeStatement(bytes).text);
  });

  it('an own account declared only below the documents still decides their direction in every window', () => {
    const lines = ukrainian1CLines();
    // no header РасчСчет and no ДатаСписано on the outgoing payment; the balance section moved below the documents
    const balance = lines.slice(10, 19);
    const rest = lines.filter((_, i) => i + 1 !== 9 && i + 1 !== 67 && !(i >= 10 && i < 19));
    const text = `${[...rest.slice(0, -1), ...balance, rest[rest.length - 1]].join('\r\n')}\r\n`;
    const bytes = encode(text, 'utf-8');
    const whole = parseStatement(bytes);
    expect(whole.transactions.map((t) => t.direction)).toEqual(['incoming', 'incoming', 'outgoing']);
    for (const size of [1, 2]) expect(windowed(bytes, size).statement).toEqual(whole);
  });

  function outcome(run: () => unknown): unknown {
    try {
      return { parsed: run() };
    } catch (error) {
      if (error instanceof StatementRefusal) return { refused: { line: error.line, code: error.code, message: error.message } };
      throw error;
    }
  }

  it('refuses what parseStatement refuses, naming the same line, before any window is taken (mutated files)', () => {
    const { seeds } = fuzzSeeds();
    const random = seededRandom(1105);
    let refused = 0;
    for (let n = 0; n < 1500; n += 1) {
      const bytes = mutate(seeds, random);
      const whole = outcome(() => parseStatement(bytes));
      const inWindows = outcome(() => windowed(bytes, 3).statement);
      expect(inWindows).toEqual(whole);
      if ('refused' in (whole as object)) refused += 1;
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('a broken document is refused by openStatement itself, not by a window', () => {
    const bytes = encode(`${ukrainian1CLines().map((text, i) => (i + 1 === 41 ? 'Дата=1.1' : text)).join('\r\n')}\r\n`, 'utf-8');
    expect(outcome(() => openStatement(bytes))).toMatchObject({ refused: { line: 41, code: 'statement.badDate' } });
  });

  it('a window holds at least one transaction', () => {
    const { windows } = openStatement(encode(ukrainian1C(), 'cp1251'));
    expect(() => [...windows(0)]).toThrow(RangeError);
    const csv = openStatement(encode(privatbankCsv(), 'cp1251'));
    expect(() => [...csv.windows(0)]).toThrow(RangeError);
  });
});
