/** Lines of a text whatever its line ends (CRLF, LF, a lone CR), also of a text that arrives in pieces. */

/** Called with each line's text (without its line end) and 1-based number; returning false stops the reading. */
export type LineVisitor = (text: string, line: number) => boolean | void;

/** A text that can be read line by line, as often as needed, without being held as one string. */
export interface StatementLines {
  forEachLine(visit: LineVisitor): void;
}

/** Feeds the pieces of a text to `visit`, in order, until it returns false. */
export type TextPieces = (visit: (piece: string) => boolean | void) => void;

/** A text split into lines whatever its line ends (CRLF, LF, a lone CR); index i holds line i + 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The lines of one string. */
export function linesOfText(text: string): StatementLines {
  return linesOfPieces((visit) => {
    visit(text);
  });
}

const CR = 13;
const LF = 10;

/**
 * The lines of a text that comes piece by piece: exactly splitLines of the pieces joined (so a text with n
 * line ends has n + 1 lines, the last one perhaps empty), while never joining more than one line's start to
 * the next piece.
 */
export function linesOfPieces(pieces: TextPieces): StatementLines {
  return {
    forEachLine(visit: LineVisitor): void {
      const cutter = new LineCutter(visit);
      pieces((piece) => cutter.push(piece));
      cutter.end();
    },
  };
}

/**
 * Cuts a text into lines as it is handed over piece by piece, for readers that take the pieces at their own
 * pace (the windowed import reads a statement a few thousand documents at a time). A CR at a piece's end
 * waits for the next piece: it may be the first half of a CRLF.
 */
export class LineCutter {
  private carried = '';
  private line = 1;
  private stopped = false;

  constructor(private readonly visit: LineVisitor) {}

  /** Hands on every line the piece completes; false once the visitor has stopped the reading. */
  push(piece: string): boolean {
    if (this.stopped) return false;
    let start = 0;
    if (this.carried.length > 0 && this.carried.charCodeAt(this.carried.length - 1) === CR) {
      // the previous piece ended with a line's CR: this piece says whether it was the first half of a CRLF
      if (piece.length === 0) return true;
      const line = this.carried.slice(0, -1);
      this.carried = '';
      if (!this.emit(line)) return false;
      if (piece.charCodeAt(0) === LF) start = 1;
    }
    // the piece is searched on its own, never joined to what was carried: joining made a copy of every piece
    let nextLf = piece.indexOf('\n', start);
    let nextCr = piece.indexOf('\r', start);
    for (;;) {
      if (nextLf !== -1 && nextLf < start) nextLf = piece.indexOf('\n', start);
      if (nextCr !== -1 && nextCr < start) nextCr = piece.indexOf('\r', start);
      const end = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
      if (end === -1 || (end === nextCr && end === piece.length - 1)) break;
      const line = this.carried.length > 0 ? this.carried + piece.slice(start, end) : piece.slice(start, end);
      this.carried = '';
      if (!this.emit(line)) return false;
      start = end === nextCr && nextLf === end + 1 ? end + 2 : end + 1;
    }
    this.carried = this.carried.length > 0 ? this.carried + piece.slice(start) : piece.slice(start);
    return true;
  }

  /** The text has ended: hands on its last line (after the last line end, perhaps a CR the pieces ended with). */
  end(): void {
    if (this.stopped) return;
    const carried = this.carried;
    this.carried = '';
    if (carried.length > 0 && carried.charCodeAt(carried.length - 1) === CR) {
      if (!this.emit(carried.slice(0, -1))) return;
      this.emit('');
    } else this.emit(carried);
    this.stopped = true;
  }

  private emit(line: string): boolean {
    if (this.visit(line, this.line) === false) {
      this.stopped = true;
      return false;
    }
    this.line += 1;
    return true;
  }
}

/** The 1-based number and text of the first line with anything but whitespace on it, or null. */
export function firstFilledLine(lines: StatementLines): { line: number; text: string } | null {
  let found: { line: number; text: string } | null = null;
  lines.forEachLine((text, line) => {
    const trimmed = text.trim();
    if (trimmed === '') return true;
    found = { line, text: trimmed };
    return false;
  });
  return found;
}
