import { DEFAULT_NUMBER_PATTERNS } from '../src/domain/documents/numbering';

/**
 * How new documents are numbered when their number is left empty (src/documents/numbering-middleware.ts):
 * a pattern per kind with `{seq:N}` (the sequence, zero-padded to N digits), `{seq}`, `{year}`, `{yy}` and
 * literal text, e.g. `СФ-{seq:7}` or `Д-{year}/{seq:4}`. Checked at start.
 */
export default ({ env }) => ({
  numberPatterns: {
    invoice: env('VITRYLO_INVOICE_NUMBER_PATTERN', DEFAULT_NUMBER_PATTERNS.invoice),
    contract: env('VITRYLO_CONTRACT_NUMBER_PATTERN', DEFAULT_NUMBER_PATTERNS.contract),
  },
});
