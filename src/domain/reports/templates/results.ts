import { ValueType, Workbook, Worksheet } from 'exceljs';
import { formatScaled, parseScaled } from '../../money';
import { columnNumber } from '../columns';

/**
 * A formula's cached result is what a viewer shows before anything recalculates (previews, exceljs,
 * some mobile apps). After filling, the old results are wrong: the common case, one aggregate over one
 * range of the data sheet ('=SUM(C7:C106)'), is computed here; every other formula on the data sheet,
 * or elsewhere naming it, loses its result and is computed when the file is opened (fullCalcOnLoad).
 */

const AGGREGATE = /^\s*(SUM|AVERAGE|COUNT|COUNTA|MIN|MAX)\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/i;

/** Excel keeps 15 significant digits. */
const asExcel = (value: number) => Number(value.toPrecision(15));

/**
 * The sum of the cells' numbers, added as the decimals they show (a hundred 0.10 make 10, not
 * 9.99999999999998): the cells were written from exact decimals.
 */
function exactSum(numbers: readonly number[]): number {
  const texts = numbers.map(String);
  if (texts.some((text) => /e/i.test(text))) return asExcel(numbers.reduce((sum, n) => sum + n, 0));
  const scale = Math.max(0, ...texts.map((text) => text.split('.')[1]?.length ?? 0));
  let units = BigInt(0);
  for (const text of texts) {
    const parsed = parseScaled(text, scale);
    if (!parsed.ok) return asExcel(numbers.reduce((sum, n) => sum + n, 0));
    units += parsed.value;
  }
  return Number(formatScaled(units, scale));
}

/** The numbers and the count of non-blank cells of a range; null when a value is not known here (a formula without result, a date). */
function rangeValues(worksheet: Worksheet, top: number, left: number, bottom: number, right: number): { numbers: number[]; filled: number } | null {
  const numbers: number[] = [];
  let filled = 0;
  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) {
      const cell = worksheet.findCell(row, column);
      if (!cell || cell.type === ValueType.Null || cell.type === ValueType.Merge) continue;
      let value: unknown = cell.value;
      if (cell.type === ValueType.Formula) {
        value = (cell.value as { result?: unknown }).result;
        if (value === undefined) return null;
      }
      if (value instanceof Date) return null;
      filled += 1;
      if (typeof value === 'number') numbers.push(value);
    }
  }
  return { numbers, filled };
}

function aggregate(worksheet: Worksheet, formula: string): number | undefined {
  const match = AGGREGATE.exec(formula);
  if (!match) return undefined;
  const [, name, fromColumn, fromRow, toColumn, toRow] = match;
  const values = rangeValues(worksheet, Number(fromRow), columnNumber(fromColumn), Number(toRow), columnNumber(toColumn));
  if (!values) return undefined;
  const { numbers, filled } = values;
  switch (name.toUpperCase()) {
    case 'SUM':
      return exactSum(numbers);
    case 'AVERAGE':
      return numbers.length ? asExcel(exactSum(numbers) / numbers.length) : undefined;
    case 'COUNT':
      return numbers.length;
    case 'COUNTA':
      return filled;
    case 'MIN':
      return numbers.length ? Math.min(...numbers) : 0;
    default:
      return numbers.length ? Math.max(...numbers) : 0;
  }
}

export function cacheAggregateResults(workbook: Workbook, dataSheet: Worksheet): void {
  const dataSheetName = dataSheet.name.toLowerCase();
  for (const worksheet of workbook.worksheets) {
    const isDataSheet = worksheet === dataSheet;
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ValueType.Formula) return;
        const { formula } = cell.value as { formula?: string };
        if (!formula) return;
        if (!isDataSheet && !formula.toLowerCase().includes(dataSheetName)) return;
        const result = isDataSheet ? aggregate(worksheet, formula) : undefined;
        cell.value = (result === undefined ? { formula } : { formula, result }) as never;
      });
    });
  }
}
