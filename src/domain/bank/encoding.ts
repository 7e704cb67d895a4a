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

export function decodeStatement(bytes: Uint8Array): DecodedStatement {
  // After a BOM the bytes are UTF-8 by declaration; a broken sequence there becomes U+FFFD, not a guess.
  if (startsWithBom(bytes)) return { text: toBuffer(bytes.subarray(BOM.length)).toString('utf8'), encoding: 'utf-8' };
  const utf8 = strictUtf8Text(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const encoding = encodingFromKey(bytes) ?? likelierCyrillicEncoding(bytes);
  return { text: iconv.decode(toBuffer(bytes), encoding), encoding };
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= BOM.length && BOM.every((byte, i) => bytes[i] === byte);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Strict: a byte sequence that is not UTF-8 throws instead of turning into U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text when the bytes are valid UTF-8, else null. */
function strictUtf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
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
  const buffer = toBuffer(bytes);
  return cyrillicScore(iconv.decode(buffer, 'cp866')) > cyrillicScore(iconv.decode(buffer, 'cp1251')) ? 'cp866' : 'cp1251';
}

function cyrillicScore(text: string): number {
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
