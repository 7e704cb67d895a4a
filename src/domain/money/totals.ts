import { issue } from '../messages/render';
import { DomainValidationError, FieldIssue, prefixIssues } from '../errors';
import { formatKopecks } from './kopecks';
import { evaluateLine, LineAmounts, LineInput } from './line';

export interface DocumentTotals<T> {
  /** The input lines with net, vat and total filled in. */
  lines: Array<T & LineAmounts>;
  totalNet: string;
  totalVat: string;
  total: string;
}

/**
 * Computes every line and sums in kopecks. Blank `lines` gives zero totals.
 * Throws one DomainValidationError listing every bad field: "lines[2].quantity: must be a number; ...".
 */
export function computeDocumentTotals<T extends LineInput>(
  lines: readonly T[] | null | undefined,
  field = 'lines',
): DocumentTotals<T> {
  if (lines === null || lines === undefined) lines = [];
  if (!Array.isArray(lines)) throw new DomainValidationError([issue(field, 'type.list')]);

  const issues: FieldIssue[] = [];
  const out: Array<T & LineAmounts> = [];
  let totalNet = BigInt(0);
  let totalVat = BigInt(0);
  lines.forEach((line, i) => {
    const { amounts, issues: lineIssues } = evaluateLine(line);
    issues.push(...prefixIssues(`${field}[${i}]`, lineIssues));
    if (!amounts) return;
    totalNet += amounts.net;
    totalVat += amounts.vat;
    out.push({
      ...line,
      net: formatKopecks(amounts.net),
      vat: formatKopecks(amounts.vat),
      total: formatKopecks(amounts.total),
    });
  });
  if (issues.length > 0) throw new DomainValidationError(issues);
  return {
    lines: out,
    totalNet: formatKopecks(totalNet),
    totalVat: formatKopecks(totalVat),
    total: formatKopecks(totalNet + totalVat),
  };
}
