import type { LocalDate } from '../time/local-date';
import { readSignedKopecks, readUnsignedKopecks } from './amounts';
import type { Entry, Section } from './client-bank-1c-sections';
import { parseBankDate } from './dates';
import { quotedValue, refusal } from './refusal';

/**
 * Reading typed values out of a 1C section. Each refusal names the line the key stood on, or the section's
 * first line when a required key is missing.
 */
export class SectionFields {
  constructor(private readonly section: Section) {}

  get line(): number {
    return this.section.line;
  }

  entry(key: string): Entry | undefined {
    return this.section.entries.get(key);
  }

  /** The value of the first of `keys` that has one, '' when none has. */
  text(...keys: string[]): string {
    for (const key of keys) {
      const value = this.section.entries.get(key)?.value ?? '';
      if (value !== '') return value;
    }
    return '';
  }

  date(key: string): LocalDate | null {
    const entry = this.entry(key);
    if (!entry || entry.value === '') return null;
    const date = parseBankDate(entry.value);
    if (date === null) throw refusal(entry.line, 'statement.badDate', { field: key, value: quotedValue(entry.value) });
    return date;
  }

  /** A payment amount: no sign, above zero. */
  paymentKopecks(key: string): bigint {
    const entry = this.entry(key);
    if (!entry || entry.value === '') throw refusal(this.line, 'statement.missingField', { field: key });
    const kopecks = readUnsignedKopecks(entry.value);
    if (kopecks === null) throw refusal(entry.line, 'statement.badAmount', { field: key, value: quotedValue(entry.value) });
    if (kopecks === BigInt(0)) throw refusal(entry.line, 'statement.zeroAmount', { field: key });
    return kopecks;
  }

  /** A balance figure: may be negative (an overdraft) or absent. */
  balanceKopecks(key: string, { signed }: { signed: boolean }): bigint | null {
    const entry = this.entry(key);
    if (!entry || entry.value === '') return null;
    const kopecks = signed ? readSignedKopecks(entry.value) : readUnsignedKopecks(entry.value);
    if (kopecks === null) throw refusal(entry.line, 'statement.badAmount', { field: key, value: quotedValue(entry.value) });
    return kopecks;
  }
}
