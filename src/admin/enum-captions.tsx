import { InputRenderer } from '@strapi/strapi/admin';
import { enumCaptionsAt } from '../type-meta/labels';
import { modelOnScreen } from './model-on-screen';

/**
 * Enumeration values read as captions of their own field (an interaction's `cancelled` is "Скасовано",
 * an invoice's "Анульований"), in the edit view, the list view's cells and its filters. Strapi itself
 * looks a value up as a global translation id, so one value could read one way only.
 */

const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';
const LIST_FILTERS_HOOK = 'Admin/CM/pages/ListView/inject-in-filters';

interface EnumerationProps {
  name: string;
  attribute: { enum: string[] };
  [key: string]: unknown;
}

/** The edit view's select, with this field's captions as option labels. */
function EnumerationInput(props: EnumerationProps) {
  const captions = enumCaptionsAt(modelOnScreen(), props.name, props.attribute.enum);
  const options = props.attribute.enum.map((value) => ({ value, label: captions?.[value] ?? value }));
  return <InputRenderer {...(props as any)} type="enumeration" options={options} />;
}

function EnumCaption({ path, value, values }: { path: string; value: unknown; values: string[] }) {
  if (value === null || value === undefined || value === '') return <>-</>;
  const captions = enumCaptionsAt(modelOnScreen(), path, values);
  return <>{captions?.[String(value)] ?? String(value)}</>;
}

interface ListHeader {
  name: string;
  attribute?: { type?: string; enum?: string[] };
  cellFormatter?: unknown;
  [key: string]: unknown;
}

interface ListFilter {
  name: string;
  type?: string;
  options?: Array<{ label: string; value: string }>;
  [key: string]: unknown;
}

export function registerEnumCaptions(app: any): void {
  app.addFields({ type: 'enumeration', Component: EnumerationInput });
  app.registerHook(LIST_COLUMNS_HOOK, ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? {
            ...header,
            cellFormatter: (row: Record<string, unknown>) => (
              <EnumCaption path={header.name} value={row[header.name]} values={header.attribute?.enum ?? []} />
            ),
          }
        : header,
    ),
  }));
  app.registerHook(LIST_FILTERS_HOOK, ({ displayedFilters, layout }: { displayedFilters: ListFilter[]; layout: unknown }) => ({
    layout,
    displayedFilters: displayedFilters.map((filter) => {
      if (filter.type !== 'enumeration' || !filter.options) return filter;
      const captions = enumCaptionsAt(modelOnScreen(), filter.name, filter.options.map((option) => option.value));
      return { ...filter, options: filter.options.map((option) => ({ ...option, label: captions?.[option.value] ?? option.value })) };
    }),
  }));
}
