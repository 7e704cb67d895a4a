import {
  numberPrefix,
  DEFAULT_NUMBER_PATTERNS,
  defaultNumberPattern,
  formatDocumentNumber,
  lastSeqAmong,
  numberPattern,
  parseNumberPattern,
  seqFromNumber,
  sequenceScope,
} from '../../src/domain/documents/numbering';
import { messageText } from '../../src/domain/messages';

describe('parseNumberPattern', () => {
  it('reads literal text, padded and plain seq, year and yy', () => {
    const parsed = parseNumberPattern('Д-{year}/{seq:4}');
    expect(parsed.ok).toBe(true);
    expect(parsed.value!.parts).toEqual([{ kind: 'text', text: 'Д-' }, { kind: 'year' }, { kind: 'text', text: '/' }, { kind: 'seq', width: 4 }]);
    expect(parsed.value!.hasYear).toBe(true);
    expect(parseNumberPattern('СФ-{seq:7}').value!.hasYear).toBe(false);
    expect(parseNumberPattern('{seq}').value!.parts).toEqual([{ kind: 'seq', width: 0 }]);
    expect(parseNumberPattern('Р{yy}-{ seq:7 }').value!.parts).toEqual([{ kind: 'text', text: 'Р' }, { kind: 'yy' }, { kind: 'text', text: '-' }, { kind: 'seq', width: 7 }]);
  });

  it('refuses a pattern without a seq token, with a clear reason', () => {
    const parsed = parseNumberPattern('СФ-{year}');
    expect(parsed).toMatchObject({ ok: false, code: 'numbering.noSeq' });
    expect(messageText('numbering.noSeq', {}, 'uk')).toContain('лічильник');
    expect(parseNumberPattern('СФ-0001')).toMatchObject({ ok: false, code: 'numbering.noSeq' });
  });

  it('refuses two seq tokens', () => {
    expect(parseNumberPattern('{seq}-{seq:3}')).toMatchObject({ ok: false, code: 'numbering.manySeq' });
  });

  it('refuses unknown tokens and names them', () => {
    const parsed = parseNumberPattern('СФ-{month}-{seq}');
    expect(parsed).toMatchObject({ ok: false, code: 'numbering.unknownToken', params: { value: '{month}' } });
    expect(messageText(parsed.code as 'numbering.unknownToken', parsed.params, 'uk')).toBe('невідомий елемент {month}; можливі: seq, seq:N, year, yy');
    expect(parseNumberPattern('{seq:x}')).toMatchObject({ ok: false, code: 'numbering.unknownToken' });
    expect(parseNumberPattern('{}{seq}')).toMatchObject({ ok: false, code: 'numbering.unknownToken' });
  });

  it('refuses stray braces', () => {
    expect(parseNumberPattern('СФ-{seq:7')).toMatchObject({ ok: false, code: 'numbering.braces' });
    expect(parseNumberPattern('СФ}-{seq}')).toMatchObject({ ok: false, code: 'numbering.braces' });
    expect(parseNumberPattern('{seq}}')).toMatchObject({ ok: false, code: 'numbering.braces' });
  });

  it('refuses a seq width of 0 or beyond the limit', () => {
    expect(parseNumberPattern('{seq:0}')).toMatchObject({ ok: false, code: 'numbering.seqWidth', params: { max: 12 } });
    expect(parseNumberPattern('{seq:13}')).toMatchObject({ ok: false, code: 'numbering.seqWidth' });
    expect(parseNumberPattern('{seq:12}').ok).toBe(true);
  });

  it('refuses blanks and non-strings', () => {
    expect(parseNumberPattern('  ')).toMatchObject({ ok: false, code: 'required' });
    expect(parseNumberPattern(7)).toMatchObject({ ok: false, code: 'type.string' });
  });

  it('numberPattern throws on a bad pattern written in code', () => {
    expect(() => numberPattern('{nope}')).toThrow(RangeError);
  });
});

describe('formatDocumentNumber', () => {
  it('pads {seq:N}, writes {seq} as it is, fills the year', () => {
    expect(formatDocumentNumber(numberPattern('СФ-{seq:7}'), { seq: 123, year: 2026 })).toBe('СФ-0000123');
    expect(formatDocumentNumber(numberPattern('Д-{year}/{seq:4}'), { seq: 12, year: 2026 })).toBe('Д-2026/0012');
    expect(formatDocumentNumber(numberPattern('Р{yy}-{seq:7}'), { seq: 5, year: 2026 })).toBe('Р26-0000005');
    expect(formatDocumentNumber(numberPattern('{seq}/{yy}'), { seq: 45, year: 2007 })).toBe('45/07');
  });

  it('never cuts a number that outgrew its width', () => {
    expect(formatDocumentNumber(numberPattern('Д-{year}/{seq:4}'), { seq: 12345, year: 2026 })).toBe('Д-2026/12345');
  });

  it('refuses a seq that is not a positive whole number and a year out of range', () => {
    const pattern = numberPattern('{seq}');
    expect(() => formatDocumentNumber(pattern, { seq: 0, year: 2026 })).toThrow(RangeError);
    expect(() => formatDocumentNumber(pattern, { seq: 1.5, year: 2026 })).toThrow(RangeError);
    expect(() => formatDocumentNumber(pattern, { seq: 1, year: 10000 })).toThrow(RangeError);
  });
});

describe('seqFromNumber and lastSeqAmong', () => {
  const invoice = numberPattern('СФ-{seq:7}');
  const contract = numberPattern('Д-{year}/{seq:4}');

  it('recovers the seq of a number the pattern made', () => {
    expect(seqFromNumber(invoice, 'СФ-0000123', 2026)).toBe(123);
    expect(seqFromNumber(invoice, ' СФ-0000123 ', 2026)).toBe(123);
    expect(seqFromNumber(contract, 'Д-2026/0012', 2026)).toBe(12);
    expect(seqFromNumber(contract, 'Д-2026/12345', 2026)).toBe(12345);
    expect(seqFromNumber(numberPattern('Р{yy}-{seq:7}'), 'Р26-0000042', 2026)).toBe(42);
  });

  it('ignores numbers of another year, another style or a shorter width', () => {
    expect(seqFromNumber(contract, 'Д-2025/0012', 2026)).toBeNull();
    expect(seqFromNumber(contract, 'Д-1-001', 2026)).toBeNull();
    expect(seqFromNumber(invoice, 'СФ-123', 2026)).toBeNull();
    expect(seqFromNumber(invoice, 'CФ-0000123', 2026)).toBeNull(); // Latin C: not a number this pattern made
    expect(seqFromNumber(invoice, 'СФ-0000000', 2026)).toBeNull();
  });

  it('escapes literal text that looks like a regular expression', () => {
    const pattern = numberPattern('A.{seq}(x)');
    expect(seqFromNumber(pattern, 'A.7(x)', 2026)).toBe(7);
    expect(seqFromNumber(pattern, 'AB7(x)', 2026)).toBeNull();
  });

  it('finds the last seq in use, 0 when none', () => {
    expect(lastSeqAmong(contract, ['Д-2026/0012', 'Д-2026/0003', 'Д-1-001', 'Д-2025/0099'], 2026)).toBe(12);
    expect(lastSeqAmong(contract, [], 2026)).toBe(0);
  });
});

describe('numberPrefix', () => {
  it('is the text before the sequence, years filled in', () => {
    expect(numberPrefix(numberPattern('Д-{year}/{seq:4}'), 2026)).toBe('Д-2026/');
    expect(numberPrefix(numberPattern('Р{yy}-{seq:7}'), 2026)).toBe('Р26-');
    expect(numberPrefix(numberPattern('{seq:5}/СФ'), 2026)).toBe('');
  });
});

describe('default patterns and sequence scopes', () => {
  it('defaults follow the demo data: Р26-0000123 for invoices, Д-2026/0012 for contracts', () => {
    expect(DEFAULT_NUMBER_PATTERNS).toEqual({ invoice: 'Р{yy}-{seq:7}', contract: 'Д-{year}/{seq:4}' });
    expect(formatDocumentNumber(defaultNumberPattern('invoice'), { seq: 123, year: 2026 })).toBe('Р26-0000123');
    expect(formatDocumentNumber(defaultNumberPattern('contract'), { seq: 12, year: 2026 })).toBe('Д-2026/0012');
  });

  it('a scale-demo invoice number is recognised by the default pattern', () => {
    expect(seqFromNumber(defaultNumberPattern('invoice'), 'Р25-0001234', 2025)).toBe(1234);
  });

  it('is per kind and year', () => {
    expect(sequenceScope('invoice', 2026)).toBe('invoice/2026');
    expect(sequenceScope('contract', 2026)).toBe('contract/2026');
    expect(sequenceScope('invoice', 2026, numberPattern('СФ-{seq:7}'))).toBe('invoice/2026');
  });

  it('runs on across years when a yearly restart would repeat a contract number', () => {
    expect(sequenceScope('contract', 2026, numberPattern('Д-{seq:5}'))).toBe('contract');
    expect(sequenceScope('contract', 2026, numberPattern('Д-{yy}-{seq:5}'))).toBe('contract/2026');
  });
});
