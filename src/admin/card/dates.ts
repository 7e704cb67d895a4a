/**
 * Dates on the card in the business zone (Europe/Kyiv, the server's VITRYLO_TIME_ZONE by default):
 * '29.11.2026', '29.11.2026, 14:05'. A local date ('2026-11-29') is shown as it is.
 */
export const CARD_TIME_ZONE = 'Europe/Kyiv';

export function dateCaption(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('.');
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString('uk-UA', { timeZone: CARD_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
}

export function dateTimeCaption(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('uk-UA', { timeZone: CARD_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
