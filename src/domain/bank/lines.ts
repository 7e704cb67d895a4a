/** A text split into lines whatever its line ends (CRLF, LF, a lone CR); index i holds line i + 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The 1-based number and text of the first line with anything but whitespace on it, or null. */
export function firstFilledLine(lines: readonly string[]): { line: number; text: string } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i].trim();
    if (text !== '') return { line: i + 1, text };
  }
  return null;
}
