import type { Locale } from '../messages/locale';
import type { Caption } from './definition';

/** The words the engine itself writes into a report, in both languages. */
export const REPORT_LABELS = {
  /** Before a group's value on its subtotal row: «Разом: Петренко О.». */
  subtotal: { uk: 'Разом', en: 'Total' },
  grandTotal: { uk: 'Усього', en: 'Grand total' },
  generatedAt: { uk: 'Сформовано', en: 'Generated' },
  /** A group of rows whose field is blank. */
  blankGroup: { uk: '(не вказано)', en: '(not set)' },
  chartSheet: { uk: 'Дані для діаграми', en: 'Chart data' },
} satisfies Record<string, Caption>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export function reportLabel(label: ReportLabel, locale: Locale): string {
  return REPORT_LABELS[label][locale];
}

/** A caption in the locale; Ukrainian when the English one is missing. */
export function captionIn(caption: Caption, locale: Locale): string {
  return caption[locale] || caption.uk;
}

/** «Разом: Петренко О.» */
export function subtotalLabel(groupText: string, locale: Locale): string {
  return `${reportLabel('subtotal', locale)}: ${groupText}`;
}
