/**
 * What a statement import answers (the API, the command line's JSON and the «Імпорт виписки» page share it).
 */
/** What an import did, in exactly the keys the API promises (amounts as decimal strings with two digits). */
export interface StatementSummary {
  format: string;
  encoding: string;
  account: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  documents: number;
  incoming: number;
  outgoing: number;
  totalIncoming: string;
  totalOutgoing: string;
  created: number;
  duplicates: number;
  matched: number;
  unmatched: number;
}

/** One transaction as the preview shows it: what the file says and what the import makes of it. */
export interface PreviewRow {
  line: number;
  date: string;
  number: string | null;
  direction: 'incoming' | 'outgoing';
  amount: string;
  currency: string;
  otherParty: string | null;
  purpose: string;
  duplicate: boolean;
  counterparty: string | null;
  invoice: string | null;
  reason: string | null;
}

export interface ImportResult {
  summary: StatementSummary;
  statement: { documentId: string } | null;
  /** the first transactions of the file (all of them up to PREVIEW_ROWS) */
  rows: PreviewRow[];
}
