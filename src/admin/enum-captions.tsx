import { useIntl } from 'react-intl';

const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

/** An enumeration value shown with its caption (the admin translations are keyed by the raw value). */
function EnumCaption({ value }: { value: unknown }) {
  const { formatMessage } = useIntl();
  if (value === null || value === undefined || value === '') return <>-</>;
  return <>{formatMessage({ id: String(value), defaultMessage: String(value) })}</>;
}

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
  [key: string]: unknown;
}

/** List views show enumeration captions ("Клієнт") instead of raw values ("client"), as edit views do. */
export function registerEnumCaptions(app: any): void {
  app.registerHook(LIST_COLUMNS_HOOK, ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => ({
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <EnumCaption value={row[header.name]} /> }
        : header,
    ),
  }));
}
