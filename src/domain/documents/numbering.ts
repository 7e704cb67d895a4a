import { NumberPattern, numberPattern } from './number-pattern';

export { MAX_SEQ_WIDTH, parseNumberPattern, numberPattern, formatDocumentNumber, seqFromNumber, lastSeqAmong, numberPrefix } from './number-pattern';
export type { NumberPattern, NumberPatternPart, NumberValues } from './number-pattern';

/**
 * Which documents Vitrylo numbers, and how unique each kind's numbers must be (domain/unique-codes):
 * an invoice number is unique within its year (numberKey '2026/…'), a contract number overall.
 */
export const NUMBERED_KINDS = ['invoice', 'contract'] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

const UNIQUE_WITHIN_YEAR: Readonly<Record<NumberedKind, boolean>> = { invoice: true, contract: false };

/**
 * Default patterns, in the style of the demo data so new documents sit well beside it:
 * - invoice 'Р{yy}-{seq:7}' → 'Р26-0000123': exactly how the full-scale demo numbers its invoices
 *   (src/seed/scale/invoices.ts); «Р» for рахунок, seven digits for a year of a large company's invoices;
 * - contract 'Д-{year}/{seq:4}' → 'Д-2026/0012': how the demo's activity texts name contracts
 *   (src/seed/scale/interactions.ts).
 * The small demo's 'Р-1-0001' / 'Д-1-001' carry a seed batch number, not a year, so no pattern makes them,
 * and numbers from these defaults never collide with them.
 */
export const DEFAULT_NUMBER_PATTERNS: Readonly<Record<NumberedKind, string>> = {
  invoice: 'Р{yy}-{seq:7}',
  contract: 'Д-{year}/{seq:4}',
};

export function defaultNumberPattern(kind: NumberedKind): NumberPattern {
  return numberPattern(DEFAULT_NUMBER_PATTERNS[kind]);
}

/**
 * The key of the sequence a number is drawn from: 'invoice/2026', or 'contract' for a running sequence.
 * A sequence restarts every year only when that cannot repeat a number: when the pattern writes the year,
 * or when the kind's numbers need only be unique within a year (invoices). A contract pattern without a
 * year ('Д-{seq:5}') therefore counts on across years, since contract numbers are unique overall.
 */
export function sequenceScope(kind: NumberedKind, year: number, pattern: NumberPattern = defaultNumberPattern(kind)): string {
  return pattern.hasYear || UNIQUE_WITHIN_YEAR[kind] ? `${kind}/${year}` : kind;
}
