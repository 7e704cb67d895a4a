/**
 * Strings a parse keeps, copied off the text they were cut from. V8 makes a slice (`slice`, `trim`, a regular
 * expression's match) of a longer string point into that string: one kept slice keeps the whole piece of the
 * file it came from alive, and a statement's transactions, each a few slices, would keep the whole file's
 * text — twice the file's size for Cyrillic — for as long as the import runs.
 */

/**
 * A copy of `text` that shares no memory with any other string. Prefixing a character makes a new string
 * from two; slicing it flattens them into one fresh string first, and the copy is a slice of that alone.
 */
export function detached(text: string): string {
  return (` ${text}`).slice(1);
}

/** Where a parse puts the values its transactions keep. */
export interface KeptStrings {
  of(text: string): string;
  ofNullable(text: string | null): string | null;
}

/** For transactions that are only counted and dropped: their values need no copies. */
export const UNKEPT_STRINGS: KeptStrings = { of: (text) => text, ofNullable: (text) => text };

/**
 * Detached copies shared between equal values: a statement names the same few thousand parties, banks and
 * document types a hundred thousand times, and each of them is kept once. Meant for one parse: it holds every
 * value it was given until it is dropped.
 */
export class SharedStrings implements KeptStrings {
  private readonly copies = new Map<string, string>();

  of(text: string): string {
    let copy = this.copies.get(text);
    if (copy === undefined) {
      copy = detached(text);
      this.copies.set(copy, copy);
    }
    return copy;
  }

  /** `of` for a value that may be missing. */
  ofNullable(text: string | null): string | null {
    return text === null ? null : this.of(text);
  }
}
