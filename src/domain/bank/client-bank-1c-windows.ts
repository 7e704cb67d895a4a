import { SectionFields } from './client-bank-1c-fields';
import { documentTransactions, OwnAccounts } from './client-bank-1c-document';
import { ClientBankSectionReader } from './client-bank-1c-sections';
import { LineCutter } from './lines';
import type { StatementTransaction } from './statement';
import { SharedStrings } from './string-copies';

/** A text that hands its pieces over as the reader takes them. */
export interface PiecesOfText {
  pieces(): Iterable<string>;
}

/**
 * The second reading of a 1C file, known by then to be whole and sound, with every own account known: its
 * transactions in file order, `size` at a time. Pieces of the text are decoded and cut into lines only as
 * windows are taken, so no more than a window of transactions (and a piece of text) is held at a time. An
 * iterator object rather than a generator: a generator's suspended frame would keep the window it last
 * handed out alive for as long as the caller works on it and after.
 */
export function clientBank1CWindows(text: PiecesOfText, own: OwnAccounts, size: number): Iterable<StatementTransaction[]> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`a window of ${size} transactions`);
  return { [Symbol.iterator]: () => new WindowReader(text.pieces()[Symbol.iterator](), own, size) };
}

class WindowReader implements Iterator<StatementTransaction[]> {
  private made: StatementTransaction[] = [];
  // shared within a window: equal values of one window's transactions are kept once, and go with it
  private strings = new SharedStrings();
  private readonly cutter: LineCutter;
  private readonly sections: ClientBankSectionReader;
  private ended = false;

  constructor(
    private readonly pieces: Iterator<string>,
    own: OwnAccounts,
    private readonly size: number,
  ) {
    this.sections = new ClientBankSectionReader({
      document: (section) => {
        for (const t of documentTransactions(new SectionFields(section), section.title, own, this.strings)) this.made.push(t);
      },
    });
    this.cutter = new LineCutter((raw, line) => {
      this.sections.line(raw, line);
    });
  }

  next(): IteratorResult<StatementTransaction[]> {
    while (this.made.length < this.size && !this.ended) {
      const piece = this.pieces.next();
      if (piece.done) {
        this.cutter.end();
        this.sections.end();
        this.ended = true;
      } else this.cutter.push(piece.value);
    }
    if (this.made.length === 0) return { done: true, value: undefined };
    const window = this.made.length <= this.size ? this.made : this.made.slice(0, this.size);
    this.made = window === this.made ? [] : this.made.slice(this.size);
    this.strings = new SharedStrings();
    return { done: false, value: window };
  }
}
