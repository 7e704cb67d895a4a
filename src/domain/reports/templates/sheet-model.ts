import { ValueType } from 'exceljs';
import type { PreparedRow } from '../grouping';
import { FormulaPlace, RowShift, shiftedRow, shiftedSpan, shiftFormula, shiftRangeList } from './formulas';
import { cellText, lonePlaceholder, replacePlaceholders } from './placeholders';
import type { PlaceholderResolver } from './resolver';

/**
 * A template sheet rewritten as data, on exceljs's worksheet model (what `worksheet.model` gives and
 * takes): rows and their cells, merges, images, conditional formats, data validations, the autofilter,
 * the frozen panes and the print area. Working on the model rather than through exceljs's spliceRows
 * keeps what spliceRows loses (merges, images and formats below the rows, formulas).
 */

/** exceljs's models are loosely typed; these are the parts read and written here. */
type Model = Record<string, any>;

export interface SheetFill {
  resolver: PlaceholderResolver;
  /** What the data row becomes, one entry per copy (null: the copy of an empty report); empty on sheets without the data row. */
  rowsToFill: readonly (PreparedRow | null)[];
  /** How this sheet's own rows move: the data row and the rows added under it ({ row: 0, delta: 0 } elsewhere). */
  shift: RowShift;
  /** How formulas' references move: into the data sheet, wherever the formula stands. */
  formulaPlace: FormulaPlace;
}

const ADDRESS = /^(\$?[A-Z]+)(\$?)(\d+)$/;

function withRow(address: string, row: (n: number) => number): string {
  const match = ADDRESS.exec(address);
  return match ? `${match[1]}${match[2]}${row(Number(match[3]))}` : address;
}

const rowOf = (address: string) => Number(ADDRESS.exec(address)?.[3] ?? 0);

/** 'A8:C9' with its rows mapped. */
const mapRangeRows = (range: string, row: (n: number) => number) =>
  range
    .split(':')
    .map((part) => withRow(part, row))
    .join(':');

function typedCell(base: Model, value: string | number | Date | null): Model {
  const { type: _type, value: _value, richText: _richText, text: _text, hyperlink: _hyperlink, ...rest } = base;
  if (value === null) return { ...rest, type: ValueType.Null };
  if (typeof value === 'number') return { ...rest, type: ValueType.Number, value };
  if (value instanceof Date) return { ...rest, type: ValueType.Date, value };
  return { ...rest, type: ValueType.String, value };
}

const hasNumberFormat = (style: Model | undefined) => Boolean(style?.numFmt) && style!.numFmt !== 'General';

/** A text cell with its placeholders filled: a lone one typed, the others as text. */
function fillTextCell(cell: Model, text: string, data: PreparedRow | null, resolver: PlaceholderResolver): Model {
  const lone = cell.type === ValueType.Hyperlink ? null : lonePlaceholder(text);
  if (lone) {
    const { value, numFmt } = resolver.value(lone.placeholder, data);
    const typed = typedCell(cell, value);
    // A number or a date needs a format; the template's own format wins when it has one.
    if (numFmt && value !== null && typeof value !== 'string' && !hasNumberFormat(cell.style)) typed.style = { ...(cell.style ?? {}), numFmt };
    return typed;
  }
  const fill = (part: string) => replacePlaceholders(part, (placeholder) => resolver.text(placeholder, data));
  if (cell.type === ValueType.Hyperlink) return { ...cell, text: fill(text) };
  if (cell.type === ValueType.RichText) {
    const runs = (cell.value.richText as Model[]).map((run) => ({ ...run, text: fill(run.text) }));
    // A placeholder split between two runs of formatting is filled in the whole text, in the first run's font.
    if (!runs.some((run) => run.text.includes('{{'))) return { ...cell, value: { richText: runs } };
  }
  return typedCell(cell, fill(text));
}

function fillCell(cell: Model, row: number, data: PreparedRow | null, place: FormulaPlace, shift: RowShift, resolver: PlaceholderResolver): Model {
  const address = withRow(cell.address, () => row);
  switch (cell.type) {
    case ValueType.Formula: {
      const moved: Model = { ...cell, address, formula: cell.formula ? shiftFormula(cell.formula, place) : cell.formula, result: undefined };
      delete moved.sharedFormula;
      if (cell.shareType === 'array' && cell.ref) moved.ref = shiftRangeList(cell.ref, shift);
      else {
        delete moved.shareType;
        delete moved.ref;
      }
      return moved;
    }
    case ValueType.Merge:
      return { ...cell, address, master: withRow(cell.master, (n) => (place.mode === 'copy' ? row : shiftedRow(n, shift))) };
    default: {
      const text = cellText(cell.type === ValueType.Hyperlink ? { text: cell.text, hyperlink: cell.hyperlink } : cell.value);
      if (text !== null && text.includes('{{')) return { ...fillTextCell(cell, text, data, resolver), address };
      return { ...cell, address };
    }
  }
}

function fillRows(rows: Model[], fill: SheetFill): Model[] {
  const { shift, resolver } = fill;
  const out: Model[] = [];
  for (const row of rows) {
    if (fill.rowsToFill.length > 0 && row.number === shift.row) {
      fill.rowsToFill.forEach((data, offset) => {
        const number = shift.row + offset;
        const place: FormulaPlace = { ...fill.formulaPlace, mode: 'copy', offset };
        out.push({ ...row, number, cells: row.cells.map((cell: Model) => fillCell(cell, number, data, place, shift, resolver)) });
      });
    } else {
      const number = shiftedRow(row.number, shift);
      out.push({ ...row, number, cells: row.cells.map((cell: Model) => fillCell(cell, number, null, fill.formulaPlace, shift, resolver)) });
    }
  }
  return out;
}

function fillMerges(merges: readonly string[], fill: SheetFill): string[] {
  const { shift } = fill;
  return merges.flatMap((range) => {
    const rows = range.match(/\d+/g)!.map(Number);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    if (fill.rowsToFill.length > 0 && top === shift.row && bottom === shift.row) {
      return fill.rowsToFill.map((_data, offset) => mapRangeRows(range, () => shift.row + offset));
    }
    const [newTop, newBottom] = shiftedSpan(top, bottom, shift, false);
    return [mapRangeRows(range, (n) => (n === top ? newTop : newBottom))];
  });
}

/** Validations are kept per cell: the data row's are given to every data row. */
function fillValidations(validations: Model, fill: SheetFill): Model {
  const out: Model = {};
  for (const [address, validation] of Object.entries(validations ?? {})) {
    if (!validation) continue;
    const moved = validation.formulae
      ? { ...validation, formulae: validation.formulae.map((f: unknown) => (typeof f === 'string' ? shiftFormula(f, fill.formulaPlace) : f)) }
      : validation;
    const row = rowOf(address);
    if (fill.rowsToFill.length > 0 && row === fill.shift.row) fill.rowsToFill.forEach((_data, offset) => (out[withRow(address, () => row + offset)] = moved));
    else out[withRow(address, (n) => shiftedRow(n, fill.shift))] = moved;
  }
  return out;
}

function fillConditionalFormats(formats: Model[], fill: SheetFill): Model[] {
  return (formats ?? []).map((format) => ({
    ...format,
    ref: shiftRangeList(format.ref, fill.shift),
    rules: (format.rules ?? []).map((rule: Model) =>
      rule.formulae ? { ...rule, formulae: rule.formulae.map((f: unknown) => (typeof f === 'string' ? shiftFormula(f, fill.formulaPlace) : f)) } : rule,
    ),
  }));
}

function fillAutoFilter(filter: unknown, shift: RowShift): unknown {
  if (typeof filter === 'string') return shiftRangeList(filter, shift);
  if (!filter || typeof filter !== 'object') return filter;
  const { from, to } = filter as Model;
  const rowOfEnd = (end: unknown) => (typeof end === 'string' ? rowOf(end) : (end as Model)?.row);
  const [top, bottom] = shiftedSpan(rowOfEnd(from), rowOfEnd(to), shift, true);
  const place = (end: unknown, row: number) => (typeof end === 'string' ? withRow(end, () => row) : { ...(end as Model), row });
  return { ...(filter as Model), from: place(from, top), to: place(to, bottom) };
}

function fillViews(views: Model[], shift: RowShift): Model[] {
  const move = (address?: string) => (address ? withRow(address, (n) => shiftedRow(n, shift)) : address);
  return (views ?? []).map((view) => ({
    ...view,
    ...(view.ySplit > shift.row ? { ySplit: view.ySplit + shift.delta } : {}),
    ...(view.topLeftCell ? { topLeftCell: move(view.topLeftCell) } : {}),
    ...(view.activeCell ? { activeCell: move(view.activeCell) } : {}),
  }));
}

/** Images are anchored to 0-based rows: one anchored below the data row moves down with its row. */
function fillMedia(media: Model[], shift: RowShift): Model[] {
  const move = (anchor: Model | undefined) =>
    anchor && typeof anchor.nativeRow === 'number' && anchor.nativeRow + 1 > shift.row ? { ...anchor, nativeRow: anchor.nativeRow + shift.delta } : anchor;
  return (media ?? []).map((medium) => (medium.range && typeof medium.range === 'object' ? { ...medium, range: { ...medium.range, tl: move(medium.range.tl), br: move(medium.range.br) } } : medium));
}

/** The sheet's model with the data written in and everything under the data row moved down. */
export function fillSheetModel(model: Model, fill: SheetFill): Model {
  const merges = fillMerges(model.merges ?? [], fill);
  const pageSetup = { ...(model.pageSetup ?? {}) };
  if (typeof pageSetup.printArea === 'string') pageSetup.printArea = shiftRangeList(pageSetup.printArea, fill.shift);
  return {
    ...model,
    rows: fillRows(model.rows ?? [], fill),
    merges,
    // exceljs's setter reads merges under this name
    mergeCells: merges,
    dataValidations: fillValidations(model.dataValidations, fill),
    conditionalFormattings: fillConditionalFormats(model.conditionalFormattings, fill),
    autoFilter: fillAutoFilter(model.autoFilter, fill.shift),
    views: fillViews(model.views, fill.shift),
    pageSetup,
    media: fillMedia(model.media, fill.shift),
  };
}
