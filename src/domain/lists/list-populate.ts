/**
 * The content manager reads every relation of every listed record (one query each, plus a count per to-many
 * relation), though a list shows only its columns. A list page needs the populate of the relations among
 * its columns and nothing else: the rest is read and thrown away on every page. A to-one relation's cell
 * shows one field of the related record (its main field, as the list view is configured): that field is all
 * the page reads of it, instead of the whole record, every field of it then checked against the caller's
 * permissions only to be dropped by the panel.
 */
export type Populate = Record<string, unknown>;

export interface ListColumn {
  name: string;
  /** the field a relation's cell shows */
  mainField?: string;
}

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
