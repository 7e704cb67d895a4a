import { detectEncoding, forEachTextPiece, textPieces } from './encoding';
import { linesOfPieces, StatementLines } from './lines';
import type { StatementEncoding } from './statement';

/**
 * A statement file as text: its encoding, worked out once, and its lines, decoded from the bytes piece by
 * piece each time they are read. A hundred-thousand-document statement is never one string (nor an array of
 * its 1.6 million lines): only the piece being read is.
 */
export interface StatementText extends StatementLines {
  encoding: StatementEncoding;
  /** Whether the text holds a NUL character: binary files (PDF, XLSX, images) do, statements never. */
  hasNul: boolean;
  /** Every line at once, index i holding line i + 1: for the formats that are read whole (CSV). */
  allLines(): string[];
  /** The decoded text, piece after piece, taken at the reader's pace (see LineCutter). */
  pieces(): Iterable<string>;
}

export function statementText(bytes: Uint8Array): StatementText {
  const detected = detectEncoding(bytes);
  const lines = linesOfPieces((visit) => forEachTextPiece(bytes, detected, visit));
  return {
    encoding: detected.encoding,
    // a NUL byte is the NUL character in each of the three encodings, and no other byte or sequence decodes to it
    hasNul: bytes.indexOf(0, detected.textStart) !== -1,
    forEachLine: lines.forEachLine,
    pieces: () => textPieces(bytes, detected),
    allLines() {
      const all: string[] = [];
      lines.forEachLine((text) => {
        all.push(text);
      });
      return all;
    },
  };
}
