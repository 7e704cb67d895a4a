/** The languages messages are written in. Ukrainian is the panel's language and the default. */
export type Locale = 'uk' | 'en';

export const DEFAULT_LOCALE: Locale = 'uk';
const SUPPORTED: readonly Locale[] = ['uk', 'en'];

/**
 * The locale an `Accept-Language` header prefers among ours: the supported language with the highest
 * q-value (the first listed on a tie), Ukrainian when the header names neither. 'en-GB' counts as 'en';
 * 'ru' and '*' choose nothing, so such callers read Ukrainian like everyone else.
 */
export function pickLocale(acceptLanguage: string | readonly string[] | null | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (typeof header !== 'string' || header.trim() === '') return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...options] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0] as Locale;
    if (!SUPPORTED.includes(language)) continue;
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best ? best.locale : DEFAULT_LOCALE;
}
