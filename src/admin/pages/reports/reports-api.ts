import { crmPermission } from '../../kit/pages';

/** Who sees «Звіти» and may run reports (the Director, sales managers, the Marketer and the Accountant by default). */
export const REPORTS_PERMISSIONS = crmPermission('reports.read');
/** Who may upload the company's own template of a report and switch back to the standard one (the Director). */
export const TEMPLATE_PERMISSIONS = crmPermission('reports.manage-templates');

/**
 * The answers of the crm plugin's report routes, as the page reads them. Written out here rather than
 * imported: src/reports/report-list.ts, run-report.ts and src/domain/reports/table.ts bring server and
 * domain modules the admin's stricter compiler settings refuse.
 */
export type ReportSection = 'counterparties' | 'chronicle' | 'managers' | 'sales' | 'receivables' | 'requests' | 'marketing' | 'schedule' | 'documents';
export type ParameterKind = 'period' | 'date' | 'employee' | 'department' | 'counterparty' | 'productGroup' | 'invoice' | 'enum' | 'text';
export type ColumnType = 'text' | 'integer' | 'money' | 'decimal' | 'percent' | 'date' | 'datetime';

/** src/reports/report-list.ts ReportParameterItem */
export interface ReportParameterItem {
  key: string;
  kind: ParameterKind;
  caption: string;
  required: boolean;
  multiple: boolean;
  options?: Array<{ value: string; caption: string }>;
  default?: string;
}

/** src/reports/report-templates.ts StoredTemplate */
export interface StoredTemplate {
  documentId: string;
  name: string;
  active: boolean;
  updatedAt: string | null;
}

/** src/reports/report-list.ts ReportListItem */
export interface ReportListItem {
  key: string;
  title: string;
  section: ReportSection;
  parameters: ReportParameterItem[];
  sheets: string[];
  paged: boolean;
  template: StoredTemplate | null;
}

/** src/domain/reports/totals.ts TotalFigure */
export interface TotalFigure {
  kind: 'sum' | 'count' | 'avg';
  value: string | number | null;
  text: string;
  excel: number | null;
}
export type TotalFigures = Record<string, TotalFigure>;

/** src/domain/reports/chart.ts ChartPoints */
export interface ChartPoints {
  category: { field: string; caption: string };
  series: Array<{ field: string; caption: string }>;
  points: Array<{ category: string; values: TotalFigure[] }>;
}

/** src/domain/reports/table.ts ReportTable and its parts */
export interface ReportTableColumn {
  field: string;
  caption: string;
  type: ColumnType;
  total: TotalFigure['kind'] | null;
}
export interface ReportTableRow {
  values: Record<string, unknown>;
  text: Record<string, string>;
}
export interface ReportTableGroup {
  field: string;
  value: unknown;
  text: string;
  firstRow: number;
  rowCount: number;
  total: TotalFigures;
  groups: ReportTableGroup[];
}
export interface ReportTable {
  name: string;
  columns: ReportTableColumn[];
  rows: ReportTableRow[];
  groups: ReportTableGroup[];
  total: TotalFigures | null;
  chart: ChartPoints | null;
}

/** src/reports/run-report.ts ReportScreen: GET /crm/reports/:key (format json), the report on screen. */
export interface ReportScreen {
  key: string;
  title: string;
  parameters: Array<{ caption: string; text: string; key?: string }>;
  generatedAt: string;
  sheets: ReportTable[];
  /** a paged report shows its first rows on screen; the workbook has all of them */
  truncated: boolean;
  /** the record's own values, for a report of one record (the invoice's supplier, buyer, amount in words) */
  details?: Array<{ field: string; caption: string; text: string }>;
}

/** The order of sections on the page, as the server sorts them (src/domain/reports/definition.ts REPORT_SECTIONS). */
export const SECTIONS: readonly ReportSection[] = ['counterparties', 'chronicle', 'managers', 'sales', 'receivables', 'requests', 'marketing', 'schedule', 'documents'];

export const LIST_URL = '/crm/reports';
export const REPORT_URL = (key: string) => `/crm/reports/${encodeURIComponent(key)}`;
export const TEMPLATE_URL = (key: string) => `/crm/reports/${encodeURIComponent(key)}/template`;

/** Where the records a reference parameter names are searched: the content manager's own list, its main field. */
export const REFERENCE_LISTS: Readonly<Record<string, { uid: string; field: string }>> = {
  employee: { uid: 'api::employee.employee', field: 'fullName' },
  department: { uid: 'api::department.department', field: 'name' },
  counterparty: { uid: 'api::counterparty.counterparty', field: 'name' },
  productGroup: { uid: 'api::product-group.product-group', field: 'name' },
  invoice: { uid: 'api::invoice.invoice', field: 'number' },
};
export const referenceListUrl = (uid: string) => `/content-manager/collection-types/${uid}`;

export const NUMERIC_TYPES = ['integer', 'money', 'decimal', 'percent'];

/** A refusal of the server: the fields it names (`period.from` → 'period') and what it says of each; the rest as one text. */
export interface Refusal {
  fields: Record<string, FieldProblem[]>;
  other: string[];
}

/** What the server says of one parameter: the path it named after the key ('from' of `period.from`, '' for the key itself). */
export interface FieldProblem {
  part: string;
  message: string;
}

const statusOf = (error: any): number | undefined => error?.status ?? error?.response?.status ?? error?.response?.data?.error?.status;

/** The server's error answer ({ error: { status, message, details.errors[] } }) as a refusal; null for a failure that is not one. */
export function refusalOf(body: any, knownKeys: readonly string[]): Refusal | null {
  const error = body?.error;
  if (!error) return null;
  const refusal: Refusal = { fields: {}, other: [] };
  const listed: Array<{ path?: unknown; message?: string }> = Array.isArray(error.details?.errors) ? error.details.errors : [];
  for (const item of listed) {
    const path = Array.isArray(item.path) ? item.path.map(String).join('.') : String(item.path ?? '');
    const key = path.split(/[.[]/)[0];
    const message = withoutPath(String(item.message ?? ''));
    if (knownKeys.includes(key)) (refusal.fields[key] ??= []).push({ part: path.slice(key.length).replace(/^\./, ''), message });
    else refusal.other.push(sentence(message));
  }
  if (listed.length === 0 && error.message) refusal.other.push(sentence(String(error.message)));
  return refusal;
}

/**
 * A report's messages come as 'period.from: обов'язкове поле' (the field named by its path, as no content
 * type gives it a caption): the page shows the words next to the field, without the path.
 */
function withoutPath(message: string): string {
  return message.replace(/^[A-Za-z][\w.[\]]*:\s+/, '');
}

/** The server's messages are fragments («обов'язкове поле»): shown alone, they start with a capital. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleUpperCase('uk') + trimmed.slice(1);
}

/** useFetchClient's FetchError: the status on the error, the answer's body in response.data. */
export function refusalOfError(error: any, knownKeys: readonly string[]): Refusal | null {
  const status = statusOf(error);
  if (status === undefined || status >= 500) return null;
  return refusalOf(error?.response?.data, knownKeys);
}

/** «Обсяг і структура продажів 2026-11-01—2026-11-30.xlsx» from `Content-Disposition: attachment; filename*=UTF-8''…`. */
export function fileNameOf(headers: Headers | undefined, fallback: string): string {
  const disposition = headers?.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // a broken name: the fallback
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Hands a downloaded file to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
