/** Small clean-ups of what banks write into names, codes and accounts. */

/** Trimmed text, or null when there is nothing but whitespace. */
export function textOrNull(value: string | undefined | null): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
}

/** An account number or IBAN as one token: 'ua21 3223…' → 'UA213223…'. */
export function accountOrNull(value: string | undefined | null): string | null {
  const account = (value ?? '').replace(/[\s\u00a0]+/g, '').toUpperCase();
  return account === '' ? null : account;
}

/** ЄДРПОУ / РНОКПП / ИНН as digits; anything that is not a run of digits is no such code. */
export function taxCodeOrNull(value: string | undefined | null): string | null {
  const code = (value ?? '').replace(/[\s\u00a0]+/g, '');
  return /^\d+$/.test(code) ? code : null;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Some exporters type Ukrainian і as the Latin i ('коштiв вiд'), which breaks search and comparison. A
 * Latin i or I with a Cyrillic letter beside it is put back into Cyrillic; Latin words stay as they are.
 */
export function cyrillicI(text: string): string {
  if (!/[iI]/.test(text) || !CYRILLIC.test(text)) return text;
  return text.replace(/[iI]/g, (letter, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + 1] ?? '';
    if (!CYRILLIC.test(before) && !CYRILLIC.test(after)) return letter;
    return letter === 'i' ? 'і' : 'І';
  });
}
