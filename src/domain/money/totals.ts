import { issue } from '../messages/render';
import { DomainValidationError, FieldIssue, prefixIssues } from '../errors';
import { formatKopecks } from './kopecks';
import { computedAmountIssue } from './limits';
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
 * Throws one DomainValidationError listing every bad field: "lines[2].quantity: must be a number; ...";
 * lines that each fit but together exceed the amount limit are refused on the total they would make
 * ("total: would be 1 000 000 000 000.00; must be at most 999 999 999 999.99").
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
  const overLimit =
    computedAmountIssue('totalNet', totalNet) ?? computedAmountIssue('totalVat', totalVat) ?? computedAmountIssue('total', totalNet + totalVat);
  if (overLimit) throw new DomainValidationError([overLimit]);
  return {
    lines: out,
    totalNet: formatKopecks(totalNet),
    totalVat: formatKopecks(totalVat),
    total: formatKopecks(totalNet + totalVat),
  };
}
