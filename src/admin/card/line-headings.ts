import { LINE_COMPONENT, LINE_SUMMARY_FIELD } from '../../domain/documents/line-summary';

const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

interface LayoutField {
  attribute?: { type?: string; component?: string };
  mainField?: unknown;
  [key: string]: unknown;
}

/**
 * A contract's or invoice's line, collapsed in the edit view, is headed «Папір А4 — 10 шт × 120,00 =
 * 1 200,00 грн» instead of its description alone. Strapi heads each item of a repeatable component with
 * the value of the field the layout names as the component's main field; the content manager's documented
 * hook on the edit layout names the line's `summary`, which the server puts into every line it answers
 * and the form keeps up to date while the person types (domain/documents/line-summary.ts).
 */
export function withLineHeadings<T extends { layout: LayoutField[][][] }>(layout: T): T {
  const headed = (field: LayoutField): LayoutField =>
    field.attribute?.type === 'component' && field.attribute.component === LINE_COMPONENT ? { ...field, mainField: { name: LINE_SUMMARY_FIELD, type: 'string' } } : field;
  return { ...layout, layout: layout.layout.map((rows) => rows.map((row) => row.map(headed))) };
}

export function registerLineHeadings(app: any): void {
  app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, (value: { layout: { layout: LayoutField[][][] }; query: unknown }) =>
    value?.layout?.layout ? { ...value, layout: withLineHeadings(value.layout) } : value,
  );
}
