/**
 * The content manager reads every relation of every listed record (one query each, plus a count per to-many
 * relation), though a list shows only its columns. A list page needs the populate of the relations among
 * its columns and nothing else: the rest is read and thrown away on every page.
 */
export type Populate = Record<string, unknown>;

export function populateForColumns(populate: Populate, columns: readonly string[]): Populate {
  const shown = new Set(columns);
  return Object.fromEntries(Object.entries(populate).filter(([attribute]) => shown.has(attribute)));
}
