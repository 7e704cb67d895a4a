import { crmPermission } from '../../kit/pages';

/** Who may open the page and use its route (the Accountant and the Director by default). */
export const BANK_IMPORT_PERMISSIONS = crmPermission('bank-import.manage');

/** The answer of POST /crm/bank-statements/import (src/bank/statement-import.ts). */
export type { ImportResult, PreviewRow, StatementSummary } from '../../../domain/bank/import-result';

export const IMPORT_URL = '/crm/bank-statements/import';
export const STATEMENT_URL = (documentId: string) => `/content-manager/collection-types/api::bank-statement.bank-statement/${documentId}`;
export const UNMATCHED_PAYMENTS_URL =
  '/content-manager/collection-types/api::payment.payment?filters[$and][0][matchStatus][$eq]=unmatched&filters[$and][1][direction][$eq]=incoming&sort=date:DESC';

/** The server's refusal ("рядок 12: …") or null when the failure was not about the file. */
export function refusalMessage(error: any): string | null {
  // useFetchClient's FetchError: the status on the error itself, the answer's body in response.data
  const data = error?.response?.data?.error;
  const status = error?.status ?? error?.response?.status ?? data?.status;
  if (status !== 400 || !data) return null;
  return String(data.details?.errors?.[0]?.message ?? data.message ?? '');
}
