export interface LeadSourceRef {
  documentId: string;
  name?: string | null;
  code?: string | null;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('uk');

/**
 * The lead source a form names by documentId, code or name (letter case ignored, Cyrillic included:
 * SQLite's LOWER() folds ASCII only, so the comparison is done here), or null when none matches.
 */
export function matchLeadSource(value: string | undefined, sources: readonly LeadSourceRef[]): LeadSourceRef | null {
  if (!value || !value.trim()) return null;
  const wanted = fold(value);
  return (
    sources.find((s) => s.documentId === value.trim()) ??
    sources.find((s) => s.code && fold(s.code) === wanted) ??
    sources.find((s) => s.name && fold(s.name) === wanted) ??
    null
  );
}
