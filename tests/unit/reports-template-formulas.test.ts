import { FormulaPlace, shiftFormula, shiftRangeList } from '../../src/domain/reports/templates/formulas';

/** The data row is row 5 of the sheet «Звіт»; 100 data rows make 99 more rows under it. */
const outside = (sheet: string | null = null): FormulaPlace => ({
  row: 5,
  delta: 99,
  mode: 'outside',
  refersToDataSheet: (prefix) => (prefix === null ? sheet === null : prefix.toLowerCase() === 'звіт'),
});
const copy = (offset: number): FormulaPlace => ({ ...outside(), mode: 'copy', offset });

describe('moving formula references for the repeated data row', () => {
  it('an aggregate over the data row grows to every data row', () => {
    expect(shiftFormula('SUM(C5:C5)', outside())).toBe('SUM(C5:C104)');
    expect(shiftFormula('AVERAGE(C4:C5)+MAX($D$5:$D$5)', outside())).toBe('AVERAGE(C4:C104)+MAX($D$5:$D$104)');
    expect(shiftFormula('COUNT(C5:E6)', outside())).toBe('COUNT(C5:E105)');
    expect(shiftFormula('SUM(5:5)', outside())).toBe('SUM(5:104)');
  });

  it('references below the data row move down, above it stay; a single reference to the data row stays on the first row', () => {
    expect(shiftFormula('C7+$D$8-C3', outside())).toBe('C106+$D$107-C3');
    expect(shiftFormula('C5*2', outside())).toBe('C5*2');
    expect(shiftFormula('SUM(C1:C3)', outside())).toBe('SUM(C1:C3)');
  });

  it('texts, numbers, functions that look like cells and whole columns are left alone', () => {
    expect(shiftFormula('"C7 "&C7&" за 2026"', outside())).toBe('"C7 "&C106&" за 2026"');
    expect(shiftFormula('"a""C7"""&C7', outside())).toBe('"a""C7"""&C106');
    expect(shiftFormula('LOG10(C7)*1.5E3+2', outside())).toBe('LOG10(C106)*1.5E3+2');
    expect(shiftFormula('SUM(C:C)+TAX_2026', outside())).toBe('SUM(C:C)+TAX_2026');
    expect(shiftFormula('Table1[[#This Row],[C7]]+C7', outside())).toBe('Table1[[#This Row],[C7]]+C106');
  });

  it('only references into the data sheet move', () => {
    expect(shiftFormula("'Інший аркуш'!C7+Звіт!C7+'Звіт'!C5:C5", outside())).toBe("'Інший аркуш'!C7+Звіт!C106+'Звіт'!C5:C104");
    expect(shiftFormula('[1]Звіт!C7+C7', outside())).toBe('[1]Звіт!C7+C106');
    // a formula on another sheet: its plain references are its own
    expect(shiftFormula('C7+Звіт!C7', outside('Примітки'))).toBe('C7+Звіт!C106');
  });

  it('the data row’s own formulas are copied down as Excel copies them', () => {
    expect(shiftFormula('D5*E5', copy(3))).toBe('D8*E8');
    expect(shiftFormula('SUM(C$5:C5)', copy(3))).toBe('SUM(C$5:C8)');
    expect(shiftFormula('C5/C$7', copy(2))).toBe('C7/C$106');
    expect(shiftFormula('$A$1&B5', copy(0))).toBe('$A$1&B5');
  });

  it('ranges of the sheet itself: conditional formats, filters, print areas', () => {
    expect(shiftRangeList('C5:C5 E5:F5', { row: 5, delta: 2 })).toBe('C5:C7 E5:F7');
    expect(shiftRangeList('C5 D3 $E$5', { row: 5, delta: 2 })).toBe('C5:C7 D3 $E$5:$E$7');
    expect(shiftRangeList('C5', { row: 5, delta: 0 })).toBe('C5');
    expect(shiftRangeList('$A$1:$G$8', { row: 5, delta: 2 })).toBe('$A$1:$G$10');
    expect(shiftRangeList("'Звіт'!$A$1:$G$8,A10", { row: 5, delta: 2 })).toBe("'Звіт'!$A$1:$G$10,A12");
  });
});
