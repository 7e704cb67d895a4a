/**
 * The content manager reads every relation of every listed record (one query each, plus a count per to-many
 * relation), though a list shows only its columns. A list page needs the populate of the relations among
 * its columns and nothing else: the rest is read and thrown away on every page. A to-one relation's cell
 * shows one field of the related record (its main field, as the list view is configured): that field is all
 * the page reads of it, instead of the whole record, every field of it then checked against the caller's
 * permissions only to be dropped by the panel.
 *
 * The columns are the list view's stored ones and those the person has switched on for themself in the
 * list's "Показані поля" menu (kept in their browser only): the panel names those with each list request.
 */
export type Populate = Record<string, unknown>;

export interface ListColumn {
  name: string;
  /** the field a relation's cell shows */
  mainField?: string;
}

/** A list view's stored configuration: its columns, and the field each relation's cell shows, for any attribute. */
export interface ListView {
  columns: ListColumn[];
  mainFields: Record<string, string>;
}

/** The request header in which the panel names the columns a person shows beyond the stored ones. */
export const DISPLAYED_COLUMNS_HEADER = 'x-vitrylo-list-columns';

const MAX_REQUESTED_COLUMNS = 100;
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The attribute names of the header's comma-separated list; anything else in it is ignored. */
export function requestedColumns(header: unknown): string[] {
  if (typeof header !== 'string' || header === '') return [];
  const names = header.split(',').map((name) => name.trim()).filter((name) => ATTRIBUTE_NAME.test(name));
  return [...new Set(names)].slice(0, MAX_REQUESTED_COLUMNS);
}

/** The stored columns and the requested ones after them, each relation with the field its cell shows. */
export function columnsShown(view: ListView, requested: readonly string[]): ListColumn[] {
  const stored = new Set(view.columns.map((column) => column.name));
  const added = requested.filter((name) => !stored.has(name)).map((name) => (view.mainFields[name] ? { name, mainField: view.mainFields[name] } : { name }));
  return [...view.columns, ...added];
}

/**
 * The content manager's populate narrowed to the given columns. Only narrows: a column names an attribute
 * the content manager populated already, never anything it would not have read.
 */
export function populateForColumns(populate: Populate, columns: readonly ListColumn[]): Populate {
  const shown = new Map(columns.map((column) => [column.name, column]));
  return Object.fromEntries(
    Object.entries(populate)
      .filter(([attribute]) => shown.has(attribute))
      .map(([attribute, value]) => {
        const mainField = shown.get(attribute)!.mainField;
        return [attribute, value === true && mainField ? { fields: [mainField] } : value];
      }),
  );
}

/** A column as the panel's list header hook sees it. */
export interface ShownHeader {
  name: string;
  attribute?: { type?: string };
}

/**
 * The relation columns shown that the list page was read without: none before the page's first request
 * (that request names them), none among the stored columns (every request reads those).
 */
export function columnsNotRead(headers: readonly ShownHeader[], storedColumns: readonly string[], requested: ReadonlySet<string> | undefined): string[] {
  if (!requested) return [];
  const stored = new Set(storedColumns);
  return headers.filter((header) => header.attribute?.type === 'relation' && !stored.has(header.name) && !requested.has(header.name)).map((header) => header.name);
}
