import type { DateSpan, LocalDate } from '../time';

/**
 * A report is data, not code: what it is called, what it asks for, where its rows come from and how each
 * sheet shows them. The engine (table.ts, xlsx.ts, streaming.ts, template.ts) turns a definition and its
 * rows into the screen's JSON and into workbooks; the Strapi side only runs the query.
 */

/** A text in both languages of the panel. */
export interface Caption {
  uk: string;
  en: string;
}

/** Where a report sits in the reports menu. */
export type ReportSection =
  | 'counterparties'
  | 'chronicle'
  | 'managers'
  | 'sales'
  | 'receivables'
  | 'requests'
  | 'marketing'
  | 'schedule'
  | 'documents';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  'counterparties',
  'chronicle',
  'managers',
  'sales',
  'receivables',
  'requests',
  'marketing',
  'schedule',
  'documents',
];

// ---- parameters ----

/** Parameters that name a record; their value is its documentId (or numeric id). */
export type ReferenceParameterKind = 'employee' | 'department' | 'counterparty' | 'productGroup' | 'invoice';
export type ParameterKind = 'period' | 'date' | ReferenceParameterKind | 'enum' | 'text';

export const REFERENCE_PARAMETER_KINDS: readonly ReferenceParameterKind[] = ['employee', 'department', 'counterparty', 'productGroup', 'invoice'];

interface ParameterBase {
  /** The name in the request and in the parameters object: 'period', 'manager'. */
  key: string;
  caption: Caption;
  required?: boolean;
}

/** An inclusive range of local dates; its value is { from, to }. */
export interface PeriodParameter extends ParameterBase {
  kind: 'period';
  /** The longest period allowed, in days (both ends counted): keeps in-memory reports bounded. */
  maxDays?: number;
}

export interface DateParameter extends ParameterBase {
  kind: 'date';
}

export interface ReferenceParameter extends ParameterBase {
  kind: ReferenceParameterKind;
  /** Several records may be chosen: the value is a list. */
  multiple?: boolean;
}

export interface EnumOption {
  value: string;
  caption: Caption;
}

export interface EnumParameter extends ParameterBase {
  kind: 'enum';
  options: readonly EnumOption[];
  multiple?: boolean;
  /** Taken when the request gives no value. */
  default?: string;
}

export interface TextParameter extends ParameterBase {
  kind: 'text';
  /** 200 when not given. */
  maxLength?: number;
}

export type ParameterDefinition = PeriodParameter | DateParameter | ReferenceParameter | EnumParameter | TextParameter;

/** A checked parameter value: a period, a date, an id or option value, a list of them, a text; null when not given. */
export type ParameterValue = DateSpan | LocalDate | string | string[] | null;
export type ReportParameters = Record<string, ParameterValue>;

type ValueOfParameter<D> = D extends { kind: 'period' } ? DateSpan : D extends { multiple: true } ? string[] : string;

/**
 * The parameters object of a list of definitions declared `as const`:
 * `ReportParametersOf<typeof parameters>` → `{ period: DateSpan | null; manager: string | null }`.
 */
export type ReportParametersOf<Defs extends readonly ParameterDefinition[]> = {
  [D in Defs[number] as D['key']]: ValueOfParameter<D> | null;
};

// ---- sheets and columns ----

/**
 * How a column's values are given and shown:
 * - text: anything, shown as text;
 * - integer: whole numbers (numbers or digit strings);
 * - money: decimal strings as stored ('1234.50'), summed exactly in kopecks;
 * - decimal: numbers or decimal strings, rounded to `decimals` places (2 by default);
 * - percent: a fraction (0.125 is 12,5 %), rounded to `decimals` places of the percentage (1 by default);
 * - date: a LocalDate 'YYYY-MM-DD';
 * - datetime: an instant (ISO string or Date), shown on the wall clock of the report's time zone.
 */
export type ColumnType = 'text' | 'integer' | 'money' | 'decimal' | 'percent' | 'date' | 'datetime';

export const COLUMN_TYPES: readonly ColumnType[] = ['text', 'integer', 'money', 'decimal', 'percent', 'date', 'datetime'];

/** What a total row shows under a column: the sum, the count of non-blank values, or their mean. */
export type TotalKind = 'sum' | 'count' | 'avg';

/** A report row: a plain object from the query. */
export type ReportRow = Record<string, unknown>;

export interface ColumnDefinition<R extends ReportRow = ReportRow> {
  field: Extract<keyof R, string>;
  caption: Caption;
  type: ColumnType;
  /** Width in characters; measured from the caption and the values when not given. */
  width?: number;
  total?: TotalKind;
  /** decimal: places after the point (2); percent: places of the percentage (1: '12,5%'). */
  decimals?: number;
  /** money: show the currency on screen ('1 234,50 грн'); the workbook keeps the bare number format. */
  currency?: string;
}

export interface SortKey<R extends ReportRow = ReportRow> {
  field: Extract<keyof R, string>;
  direction?: 'asc' | 'desc';
}

/** A small table of the sheet's rows summed by one field, on its own sheet, for a chart drawn in Excel. */
export interface ChartData<R extends ReportRow = ReportRow> {
  category: Extract<keyof R, string>;
  series: readonly Extract<keyof R, string>[];
}

export interface SheetDefinition<R extends ReportRow = ReportRow> {
  name: Caption;
  columns: readonly ColumnDefinition<R>[];
  /** Fields to group by, outermost first: each group gets a subtotal row. Rows are sorted by them first. */
  groupBy?: readonly Extract<keyof R, string>[];
  /** The order of rows within the groups. Without it rows keep the query's order. */
  sort?: readonly SortKey<R>[];
  chart?: ChartData<R>;
}

/** All sheets' rows of one run: `rows[i]` for `sheets[i]`. */
export type ReportRowsBySheet<R extends ReportRow = ReportRow> = R[][];

export interface ReportDefinition<P extends ReportParameters = ReportParameters, R extends ReportRow = ReportRow, C = unknown> {
  /** Unique and stable: in routes, in stored templates. 'sales-by-manager'. */
  key: string;
  title: Caption;
  section: ReportSection;
  parameters: readonly ParameterDefinition[];
  sheets: readonly SheetDefinition<R>[];
  /**
   * Single values of the one record a report is of (an invoice's number, its buyer, the amount in words):
   * `{{detail.<field>}}` in a template, lines under the title in the standard layout. Never totalled.
   */
  details?: readonly ColumnDefinition<any>[];
  /** The rows of every sheet for checked parameters; `context` is whatever the Strapi side passes (its services, the user). */
  query?: (parameters: P, context: C) => Promise<ReportRowsBySheet<R>>;
  /**
   * For reports too large to hold (the chronicle, payments): the rows of the single sheet, page by page,
   * read from the database as they are written out by streamReportWorkbook.
   */
  pages?: (parameters: P, context: C) => AsyncIterable<R[]>;
}

const NUMERIC_TYPES: readonly ColumnType[] = ['integer', 'money', 'decimal', 'percent'];

export function isNumericColumnType(type: ColumnType): boolean {
  return NUMERIC_TYPES.includes(type);
}

/**
 * The mistakes a definition can hold, in English for the developer who wrote it: duplicate keys, fields
 * that are no column, totals that cannot be computed. Empty when the definition is sound.
 */
export function reportDefinitionProblems(definition: ReportDefinition<any, any, any>): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(definition.key ?? '')) problems.push(`key "${definition.key}" must be lower-case words joined by "-"`);
  if (!REPORT_SECTIONS.includes(definition.section)) problems.push(`section "${definition.section}" is not one of ${REPORT_SECTIONS.join(', ')}`);

  const parameterKeys = new Set<string>();
  for (const parameter of definition.parameters) {
    if (parameterKeys.has(parameter.key)) problems.push(`parameter "${parameter.key}" is declared twice`);
    parameterKeys.add(parameter.key);
    if (parameter.kind === 'enum') {
      if (parameter.options.length === 0) problems.push(`parameter "${parameter.key}" has no options`);
      if (parameter.default !== undefined && !parameter.options.some((o) => o.value === parameter.default)) {
        problems.push(`parameter "${parameter.key}": the default "${parameter.default}" is not an option`);
      }
    }
  }

  const detailFields = new Set<string>();
  for (const detail of definition.details ?? []) {
    if (detailFields.has(detail.field)) problems.push(`detail "${detail.field}" is declared twice`);
    detailFields.add(detail.field);
    if (detail.total) problems.push(`detail "${detail.field}" cannot have a total`);
    if (!COLUMN_TYPES.includes(detail.type)) problems.push(`detail "${detail.field}" has an unknown type "${detail.type}"`);
  }

  if (definition.sheets.length === 0) problems.push('a report needs at least one sheet');
  if (definition.pages && definition.sheets.length !== 1) problems.push('a paged report has exactly one sheet');
  definition.sheets.forEach((sheet, index) => {
    const at = `sheets[${index}]`;
    const columns = new Map<string, ColumnDefinition>();
    if (sheet.columns.length === 0) problems.push(`${at} has no columns`);
    for (const column of sheet.columns) {
      if (columns.has(column.field)) problems.push(`${at}: column "${column.field}" is declared twice`);
      columns.set(column.field, column);
      if (!COLUMN_TYPES.includes(column.type)) problems.push(`${at}: column "${column.field}" has an unknown type "${column.type}"`);
      if ((column.total === 'sum' || column.total === 'avg') && !isNumericColumnType(column.type)) {
        problems.push(`${at}: column "${column.field}" of type ${column.type} cannot have a ${column.total}`);
      }
      if (column.decimals !== undefined && (!Number.isInteger(column.decimals) || column.decimals < 0 || column.decimals > 6)) {
        problems.push(`${at}: column "${column.field}": decimals must be 0 to 6`);
      }
    }
    const mustBeColumn = (field: string, role: string) => {
      if (!columns.has(field)) problems.push(`${at}: ${role} "${field}" is not a column`);
    };
    for (const field of sheet.groupBy ?? []) mustBeColumn(field, 'groupBy field');
    for (const key of sheet.sort ?? []) mustBeColumn(key.field, 'sort field');
    if (sheet.chart) {
      mustBeColumn(sheet.chart.category, 'chart category');
      for (const field of sheet.chart.series) {
        mustBeColumn(field, 'chart series');
        const column = columns.get(field);
        if (column && !isNumericColumnType(column.type)) problems.push(`${at}: chart series "${field}" is not a number column`);
      }
    }
  });
  return problems;
}

/** Checks a definition once, where it is declared, and returns it: a broken report fails at start, not at the first run. */
export function defineReport<P extends ReportParameters = ReportParameters, R extends ReportRow = ReportRow, C = unknown>(
  definition: ReportDefinition<P, R, C>,
): ReportDefinition<P, R, C> {
  const problems = reportDefinitionProblems(definition);
  if (problems.length > 0) throw new Error(`report "${definition.key}": ${problems.join('; ')}`);
  return definition;
}
