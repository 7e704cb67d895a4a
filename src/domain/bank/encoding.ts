import { isUtf8 } from 'buffer';
import { StringDecoder } from 'string_decoder';
import iconv from 'iconv-lite';
import type { StatementEncoding } from './statement';

/**
 * Which encoding a statement file is in, worked out from its bytes; what a file says about itself is only
 * a hint, because banks write `Кодировка=Windows` into files they save as UTF-8.
 *
 * 1. A UTF-8 byte-order mark: UTF-8.
 * 2. Bytes that are valid UTF-8: UTF-8. Pure ASCII lands here too, and rightly: it reads the same in all
 *    three encodings, and it cannot even hold the `Кодировка` key, whose name is Cyrillic.
 * 3. The 1C `Кодировка` key, looked for in the head read both as cp1251 and as cp866 (the key's own name is
 *    written in the file's encoding): believed when the encoding the key was found in agrees with its value
 *    (`Windows` → cp1251, `DOS` → cp866).
 * 4. Otherwise (CSV exports, or a key that contradicts its own bytes): the reading with more ordinary
 *    Cyrillic letters wins; cp1251, by far the commoner, on a tie.
 */

const BOM = [0xef, 0xbb, 0xbf];
/** The `Кодировка` key sits in the first lines of a 1C file; reading further only costs time. */
const HEAD_BYTES = 4096;
const ENCODING_KEY = /^[ \t]*Кодировка[ \t]*=[ \t]*([^\r\n]*?)[ \t]*\r?$/m;
/** The format names two values; some exporters write the code page instead. */
const KEY_VALUES: Readonly<Record<string, 'cp1251' | 'cp866'>> = {
  windows: 'cp1251', 'windows-1251': 'cp1251', cp1251: 'cp1251', dos: 'cp866', cp866: 'cp866',
};

/** The letters that fill most of Ukrainian and Russian text; box-drawing and stray symbols score against. */
const FREQUENT_LETTERS = new Set('оаеинтсрвлкмдпуяізьгбчйхжшюцщфєїґыэ');

export interface DecodedStatement {
  text: string;
  encoding: StatementEncoding;
}

/** The encoding of a file, and where its text starts (after a byte-order mark). */
export interface DetectedEncoding {
  encoding: StatementEncoding;
  textStart: number;
}

/**
 * Bytes per piece of a file decoded piece by piece: a big statement is never one string (47 MB of cp1251
 * would be 94 MB of text). Pieces this small die young (V8 puts strings over ~128 kB among the large objects,
 * which only a full collection frees: 1 MB pieces doubled the parse's peak) and read as fast as big ones.
 */
const PIECE_BYTES = 1 << 15;

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  // After a BOM the bytes are UTF-8 by declaration; a broken sequence there becomes U+FFFD, not a guess.
  if (startsWithBom(bytes)) return { encoding: 'utf-8', textStart: BOM.length };
  if (isUtf8(bytes)) return { encoding: 'utf-8', textStart: 0 };
  return { encoding: encodingFromKey(bytes) ?? likelierCyrillicEncoding(bytes), textStart: 0 };
}

/** The whole text at once; parseStatement reads it piece by piece (forEachTextPiece) instead. */
export function decodeStatement(bytes: Uint8Array): DecodedStatement {
  const { encoding, textStart } = detectEncoding(bytes);
  const body = toBuffer(bytes.subarray(textStart));
  return { text: encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(body, encoding), encoding };
}

/**
 * The text of the file, decoded piece after piece in order; `visit` returning false stops it. Joined, the
 * pieces are decodeStatement's text: a UTF-8 character cut by a piece's end is finished in the next piece.
 */
export function forEachTextPiece(bytes: Uint8Array, detected: DetectedEncoding, visit: (piece: string) => boolean | void, pieceBytes = PIECE_BYTES): void {
  for (const piece of textPieces(bytes, detected, pieceBytes)) if (visit(piece) === false) return;
}

/** forEachTextPiece's pieces for a reader that takes them at its own pace. */
export function* textPieces(bytes: Uint8Array, { encoding, textStart }: DetectedEncoding, pieceBytes = PIECE_BYTES): Generator<string, void, undefined> {
  // StringDecoder turns a broken sequence into U+FFFD exactly as Buffer#toString does, across pieces too
  const decoder = encoding === 'utf-8' ? new StringDecoder('utf8') : iconv.getDecoder(encoding);
  for (let start = textStart; start < bytes.length; start += pieceBytes) {
    yield decoder.write(toBuffer(bytes.subarray(start, Math.min(start + pieceBytes, bytes.length))));
  }
  const rest = decoder.end() ?? '';
  if (rest !== '') yield rest;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= BOM.length && BOM.every((byte, i) => bytes[i] === byte);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function encodingFromKey(bytes: Uint8Array): 'cp1251' | 'cp866' | null {
  const head = toBuffer(bytes.subarray(0, HEAD_BYTES));
  for (const candidate of ['cp1251', 'cp866'] as const) {
    const match = ENCODING_KEY.exec(iconv.decode(head, candidate));
    if (match && KEY_VALUES[match[1].toLowerCase()] === candidate) return candidate;
  }
  return null;
}

function likelierCyrillicEncoding(bytes: Uint8Array): 'cp1251' | 'cp866' {
  return cyrillicScore(bytes, 'cp866') > cyrillicScore(bytes, 'cp1251') ? 'cp866' : 'cp1251';
}

/** Scored piece by piece: both encodings have one byte a character, so the pieces' scores add up to the whole's. */
function cyrillicScore(bytes: Uint8Array, encoding: 'cp1251' | 'cp866'): number {
  let score = 0;
  forEachTextPiece(bytes, { encoding, textStart: 0 }, (piece) => {
    score += pieceScore(piece);
  });
  return score;
}

function pieceScore(text: string): number {
  let score = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    const lower = char.toLowerCase();
    if (FREQUENT_LETTERS.has(lower)) score += 2;
    else if (/[\u0400-\u04ff]/.test(char)) score += 1;
    else score -= 2;
  }
  return score;
}
