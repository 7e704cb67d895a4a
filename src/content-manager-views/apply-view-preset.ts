import { cardPanelFields, defaultSort, EditRow, editLayouts, fieldHints, listColumns, mainFields, readOnlyFields, systemFieldLabels, ukLabels } from '../type-meta';

/** The part of a content-manager view configuration this module touches. */
export interface ViewConfiguration {
  settings: Record<string, any>;
  metadatas: Record<string, { edit: Record<string, any>; list: Record<string, any> }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>>; [key: string]: any };
}

export interface RelationTargets {
  /** field name → uid of the related type, for relation fields of this type. */
  [field: string]: string;
}

/**
 * Labels are filled only where they still hold Strapi's default (the raw field name), and hints (the field's
 * description) only where it is empty, so an admin's own wording survives every restart. The layout preset (columns, grouping, main field, sorting, read-only
 * totals) is applied only on the first run for a type (`firstTime`).
 */
export function applyViewPreset(
  uid: string,
  current: ViewConfiguration,
  relationTargets: RelationTargets,
  firstTime: boolean,
): ViewConfiguration {
  const next: ViewConfiguration = JSON.parse(JSON.stringify(current));
  const labels = { ...systemFieldLabels, ...(ukLabels[uid]?.fields ?? {}) };
  const hints = fieldHints[uid] ?? {};

  for (const [field, meta] of Object.entries(next.metadatas)) {
    const label = labels[field];
    if (label && meta.edit && meta.edit.label === field) meta.edit.label = label;
    if (label && meta.list && meta.list.label === field) meta.list.label = label;
    if (hints[field] && meta.edit && !meta.edit.description) meta.edit.description = hints[field];
    const target = relationTargets[field];
    if (firstTime && target && mainFields[target] && meta.edit) meta.edit.mainField = mainFields[target];
  }
  hideCardPanelFields(uid, next);
  if (!firstTime) return next;

  const known = (field: string) => field in next.metadatas;
  if (mainFields[uid] && known(mainFields[uid])) next.settings.mainField = mainFields[uid];
  const sort = defaultSort[uid];
  if (sort && known(sort[0])) {
    next.settings.defaultSortBy = sort[0];
    next.settings.defaultSortOrder = sort[1];
  }
  next.settings.pageSize = Math.max(next.settings.pageSize ?? 10, 20);
  const columns = (listColumns[uid] ?? []).filter(known);
  if (columns.length > 0) next.layouts.list = columns;
  for (const field of readOnlyFields[uid] ?? []) if (known(field)) next.metadatas[field].edit.editable = false;
  const rows = editLayouts[uid];
  if (rows) next.layouts.edit = groupedEditLayout(rows, next.layouts.edit, known);
  return next;
}

/**
 * Relations the card shows as panels (a meta's `cardPanels`) leave the edit form on every start, not only
 * the first: an installation made before the panels loses its drag-and-detach lists too.
 */
function hideCardPanelFields(uid: string, next: ViewConfiguration): void {
  const hidden = new Set(cardPanelFields[uid] ?? []);
  if (hidden.size === 0) return;
  next.layouts.edit = next.layouts.edit.map((row) => row.filter((cell) => !hidden.has(cell.name))).filter((row) => row.length > 0);
  for (const field of hidden) if (next.metadatas[field]?.edit) next.metadatas[field].edit.visible = false;
}

/** Preset rows first, then every other field Strapi placed, in Strapi's order, so none goes missing. */
function groupedEditLayout(
  rows: readonly EditRow[],
  strapiLayout: ViewConfiguration['layouts']['edit'],
  known: (field: string) => boolean,
): ViewConfiguration['layouts']['edit'] {
  const placed = new Set<string>();
  const layout = rows
    .map((row) => row.filter(([field]) => known(field)).map(([name, size]) => (placed.add(name), { name, size })))
    .filter((row) => row.length > 0);
  for (const row of strapiLayout) {
    const rest = row.filter((cell) => !placed.has(cell.name));
    if (rest.length > 0) layout.push(rest);
  }
  return layout;
}
