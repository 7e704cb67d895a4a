/**
 * A short human name of the changed document for the log ("ТОВ Вітрило", "Р-17 від 2025-03-01"), taken
 * while the document still exists, so the entry stays readable after a deletion.
 */

const MAX_LABEL = 255;

type Doc = Record<string, unknown>;

const text = (value: unknown): string => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim());

const numbered = (doc: Doc) => [text(doc.number), doc.date ? `від ${text(doc.date).slice(0, 10)}` : ''].filter(Boolean).join(' ');

const FORMATS: Record<string, (doc: Doc) => string> = {
  'api::invoice.invoice': numbered,
  'api::contract.contract': numbered,
  'api::payment.payment': (doc) =>
    [
      doc.bankDocNumber ? `№ ${text(doc.bankDocNumber)}` : '',
      doc.date ? `від ${text(doc.date).slice(0, 10)}` : '',
      doc.amount !== null && doc.amount !== undefined ? `${text(doc.amount)} ${text(doc.currency)}`.trim() : '',
    ]
      .filter(Boolean)
      .join(', '),
};

export function targetLabel(uid: string, doc: Doc | null | undefined, mainField?: string): string | null {
  if (!doc) return null;
  const format = FORMATS[uid];
  let label = format ? format(doc) : '';
  if (!label && mainField) label = text(doc[mainField]);
  if (!label) return null;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}
