import type { ParameterDefinition, ReportDefinition } from '../definition';
import { counterpartyParameter, textColumn } from './common';

/** One interaction as the database gives it: names of its related records, its enum values as stored. */
export interface ChronicleSource {
  occurredAt: string | Date | null;
  client: string | null;
  contact: string | null;
  employee: string | null;
  kind: string | null;
  direction: string | null;
  stage: string | null;
  businessLine: string | null;
  subject: string | null;
  result: string | null;
  state: string | null;
  nextContactAt: string | Date | null;
}

export type ChronicleRow = Record<keyof ChronicleSource, unknown>;

/** How a stored enum value reads on the page: 'call-out' → «Вихідний дзвінок». */
export type EnumCaption = (field: 'kind' | 'direction' | 'state', value: string) => string;

const employeeParameter: ParameterDefinition = { key: 'employee', kind: 'employee', caption: { uk: 'Співробітник', en: 'Employee' }, multiple: true };

/**
 * The contact chronicle: every interaction of the period the caller may see, oldest first, per client
 * (the counterparty parameter), per employee or for everyone. A year of a busy company is millions of
 * rows, so it comes page by page and is written to Excel as it is read.
 */
export const contactChronicleReport = {
  key: 'contact-chronicle',
  title: { uk: 'Хроніка контактів', en: 'Contact chronicle' },
  section: 'chronicle',
  parameters: [
    { key: 'period', kind: 'period', caption: { uk: 'Період', en: 'Period' }, required: true },
    employeeParameter,
    counterpartyParameter,
  ],
  sheets: [
    {
      name: { uk: 'Хроніка', en: 'Chronicle' },
      columns: [
        { field: 'occurredAt', caption: { uk: 'Дата і час', en: 'Date and time' }, type: 'datetime' },
        textColumn('client', { uk: 'Контрагент', en: 'Counterparty' }, 28),
        textColumn('contact', { uk: 'Контактна особа', en: 'Contact person' }, 22),
        textColumn('employee', { uk: 'Співробітник', en: 'Employee' }, 22),
        textColumn('kind', { uk: 'Вид контакту', en: 'Kind' }, 16),
        textColumn('direction', { uk: 'Ініціатива', en: 'Initiative' }, 14),
        textColumn('stage', { uk: 'Етап продажу', en: 'Sales stage' }, 16),
        textColumn('businessLine', { uk: 'Напрям діяльності', en: 'Business line' }, 18),
        textColumn('subject', { uk: 'Тема', en: 'Subject' }, 36),
        textColumn('result', { uk: 'Результат', en: 'Result' }, 36),
        { field: 'state', caption: { uk: 'Статус', en: 'State' }, type: 'text', width: 12, total: 'count' },
        { field: 'nextContactAt', caption: { uk: 'Наступний контакт', en: 'Next contact' }, type: 'datetime' },
      ],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** An interaction as a report row: enum values in words, blanks as null. */
export function chronicleRow(source: ChronicleSource, caption: EnumCaption): ChronicleRow {
  const words = (field: 'kind' | 'direction' | 'state') => (source[field] ? caption(field, source[field]!) : null);
  return { ...source, kind: words('kind'), direction: words('direction'), state: words('state') };
}
