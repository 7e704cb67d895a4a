/**
 * Moving row references when a template's data row becomes many rows, as Excel itself moves them when
 * rows are inserted under the data row:
 *
 * - a reference below the data row moves down with its row ('=C7' under a one-row template becomes
 *   '=C106' for 100 rows), absolute or not;
 * - outside the data row, a range that spans the data row grows to cover every data row: '=SUM(C5:C5)'
 *   becomes '=SUM(C5:C104)', '=AVERAGE(C4:C5)' becomes '=AVERAGE(C4:C104)';
 * - in the data row's own formulas, copied to each data row, relative rows follow the copy the way Excel
 *   copies down: '=D5*E5' in the fourth row is '=D8*E8', and a running total '=SUM(C$5:C5)' stays one.
 *
 * References to other sheets are left alone; references from other sheets into the data sheet move.
 * Limits: names (defined names, tables' structured references) and whole rows inside INDIRECT/OFFSET
 * texts are not rewritten; R1C1 notation is not read (xlsx stores A1).
 */

export interface RowShift {
  /** The data row of the template. */
  row: number;
  /** Rows added under it: data rows − 1. */
  delta: number;
}

export interface FormulaPlace extends RowShift {
  /** 'outside': a cell elsewhere; 'copy': the data row's own formula, written `offset` rows further down. */
  mode: 'outside' | 'copy';
  offset?: number;
  /** Whether a reference with this sheet prefix (null: none) points into the data sheet. */
  refersToDataSheet: (sheet: string | null) => boolean;
  /** A single cell of the data row grows into the column's data rows too (ranges a format applies to). */
  growCells?: boolean;
}

/** A row number moved by the insertion (rows below the data row move down). */
export function shiftedRow(row: number, shift: RowShift): number {
  return row > shift.row ? row + shift.delta : row;
}

/** Rows [top, bottom] moved; a span over the data row grows to cover all data rows when `grow`. */
export function shiftedSpan(top: number, bottom: number, shift: RowShift, grow: boolean): [number, number] {
  const newTop = shiftedRow(top, shift);
  const newBottom = grow && top <= shift.row && bottom >= shift.row ? bottom + shift.delta : shiftedRow(bottom, shift);
  return [newTop, newBottom];
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROW = /^(\$?)(\d+)$/;
const MAX_COLUMN = 16384;
const MAX_ROW = 1_048_576;
const TOKEN_CHAR = /[\p{L}\p{N}_.$\\]/u;

interface Endpoint {
  columnText: string;
  rowAbsolute: boolean;
  row: number;
  kind: 'cell' | 'row';
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

function parseEndpoint(token: string): Endpoint | null {
  const cell = CELL.exec(token);
  if (cell) {
    const row = Number(cell[4]);
    if (columnIndex(cell[2]) > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
    return { columnText: `${cell[1]}${cell[2]}${cell[3]}`, rowAbsolute: cell[3] === '$', row, kind: 'cell' };
  }
  const row = ROW.exec(token);
  if (row) return { columnText: '', rowAbsolute: row[1] === '$', row: Number(row[2]), kind: 'row' };
  return null;
}

const writeEndpoint = (point: Endpoint, row: number) =>
  point.kind === 'cell' ? `${point.columnText}${row}` : `${point.rowAbsolute ? '$' : ''}${row}`;

/** The new rows of a reference (one endpoint) or a range (two), by where the formula stands. */
function moveRows(points: Endpoint[], place: FormulaPlace): number[] {
  if (place.mode === 'outside') {
    if (points.length === 1) return [shiftedRow(points[0].row, place)];
    return shiftedSpan(points[0].row, points[1].row, place, true);
  }
  // The data row's formula: the insertion moves what is below, then the copy slides relative rows.
  return points.map((point) => shiftedRow(point.row, place) + (point.rowAbsolute ? 0 : place.offset ?? 0));
}

/** Reads a run of name characters from `start`. */
function readToken(formula: string, start: number): number {
  let end = start;
  while (end < formula.length && TOKEN_CHAR.test(formula[end])) end += 1;
  return end;
}

/** Skips a "..." string or a '...' sheet name (quotes doubled inside); returns the index after it. */
function skipQuoted(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return i;
}

/** Skips a bracketed part (external workbook [1], structured reference Table1[[#This Row],[Sum]]). */
function skipBrackets(formula: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < formula.length) {
    if (formula[i] === '[') depth += 1;
    else if (formula[i] === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return i;
}

const unquoteSheet = (quoted: string) => quoted.slice(1, -1).replace(/''/g, "'");

/**
 * Rewrites the reference (or range) that starts at `start` with the given sheet prefix; returns the new
 * text and where the reference ended, or null when no reference starts there.
 */
function rewriteReference(formula: string, start: number, sheet: string | null, place: FormulaPlace): { text: string; end: number } | null {
  const firstEnd = readToken(formula, start);
  const first = parseEndpoint(formula.slice(start, firstEnd));
  if (!first || formula[firstEnd] === '(') return null;
  const points = [first];
  let end = firstEnd;
  if (formula[firstEnd] === ':') {
    const secondEnd = readToken(formula, firstEnd + 1);
    const second = parseEndpoint(formula.slice(firstEnd + 1, secondEnd));
    if (second && second.kind === first.kind) {
      points.push(second);
      end = secondEnd;
    }
  }
  // A lone number is a number, not a row: rows only count as references in a range ('5:7').
  if (first.kind === 'row' && points.length === 1) return null;
  if (!place.refersToDataSheet(sheet)) return { text: formula.slice(start, end), end };
  if (place.growCells && place.mode === 'outside' && points.length === 1 && first.kind === 'cell' && first.row === place.row && place.delta > 0) {
    points.push(first);
  }
  const rows = moveRows(points, place);
  return { text: points.map((point, i) => writeEndpoint(point, rows[i])).join(':'), end };
}

/** The formula with its references into the data sheet moved for where it now stands. */
export function shiftFormula(formula: string, place: FormulaPlace): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      const end = skipQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (char === '[') {
      // an external workbook's references are not ours: copy the prefix and the reference after it
      const end = skipBrackets(formula, i);
      const after = readToken(formula, end);
      const stop = formula[after] === '!' ? readToken(formula, after + 1) : end;
      out += formula.slice(i, stop);
      i = stop;
    } else if (char === "'") {
      const end = skipQuoted(formula, i);
      if (formula[end] === '!') {
        const moved = rewriteReference(formula, end + 1, unquoteSheet(formula.slice(i, end)), place);
        out += formula.slice(i, end + 1) + (moved ? moved.text : '');
        i = moved ? moved.end : end + 1;
      } else {
        out += formula.slice(i, end);
        i = end;
      }
    } else if (TOKEN_CHAR.test(char)) {
      const end = readToken(formula, i);
      if (formula[end] === '!') {
        const moved = rewriteReference(formula, end + 1, formula.slice(i, end), place);
        out += formula.slice(i, end + 1) + (moved ? moved.text : '');
        i = moved ? moved.end : end + 1;
      } else {
        const moved = rewriteReference(formula, i, null, place);
        out += moved ? moved.text : formula.slice(i, end);
        i = moved ? moved.end : end;
      }
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/**
 * Ranges of the sheet itself ('A5:D5', 'C7', '$5:$5', several joined by spaces or commas, as conditional
 * formats and print areas list them) moved for the insertion; spans over the data row, and cells of it,
 * grow to cover every data row.
 */
export function shiftRangeList(ranges: string, shift: RowShift): string {
  return shiftFormula(ranges, { ...shift, mode: 'outside', refersToDataSheet: () => true, growCells: true });
}
