import type { Caption, ColumnDefinition, ReportDefinition, ReportRow } from '../definition';
import { formatKopecks, toKopecks } from '../../money';
import { countColumn, moneyColumn, periodParameter, textColumn } from './common';

/**
 * Complaints received in the period: by category and severity, by who answered for them, how many are
 * resolved, rejected or still open, how long resolving took, and what they cost.
 */

export interface ComplaintRecord {
  /** the category's caption ('Якість') */
  category: string | null;
  severity: string | null;
  responsible: string | null;
  /** as stored: new, investigating, resolved, rejected */
  state: string | null;
  receivedAt: Date | string | null;
  resolvedAt: Date | string | null;
  cost: string | number | null;
}

const DAY_MS = 86_400_000;

/** Days from receiving a resolved complaint to resolving it; null for one not resolved or without both moments. */
export function resolutionDays(complaint: Pick<ComplaintRecord, 'state' | 'receivedAt' | 'resolvedAt'>): number | null {
  if (complaint.state !== 'resolved' || !complaint.receivedAt || !complaint.resolvedAt) return null;
  return (new Date(complaint.resolvedAt).getTime() - new Date(complaint.receivedAt).getTime()) / DAY_MS;
}

const DAYS = (field: string, caption: Caption): ColumnDefinition<any> => ({ field, caption, type: 'decimal', decimals: 1 });

const COMPLAINTS = countColumn('complaints', { uk: 'Рекламацій', en: 'Complaints' });
const RESOLVED = countColumn('resolved', { uk: 'Вирішено', en: 'Resolved' });
const REJECTED = countColumn('rejected', { uk: 'Відхилено', en: 'Rejected' });
const OPEN = countColumn('open', { uk: 'У роботі', en: 'Open' });
// a mean per row: a total of means would mislead
const RESOLUTION = DAYS('resolutionDays', { uk: 'Середній строк вирішення, дн', en: 'Mean resolution, days' });
const COST = moneyColumn('cost', { uk: 'Витрати, грн', en: 'Cost, UAH' });

export const complaintsReport = {
  key: 'complaints',
  title: { uk: 'Рекламації', en: 'Complaints' },
  section: 'counterparties',
  parameters: [periodParameter()],
  sheets: [
    {
      name: { uk: 'За категоріями', en: 'By category' },
      columns: [textColumn('category', { uk: 'Категорія', en: 'Category' }), textColumn('severity', { uk: 'Важливість', en: 'Severity' }), COMPLAINTS, RESOLVED, REJECTED, OPEN, RESOLUTION, COST],
      groupBy: ['category'],
      sort: [{ field: 'complaints', direction: 'desc' }],
      chart: { category: 'category', series: ['complaints'] },
    },
    {
      name: { uk: 'За відповідальними', en: 'By responsible' },
      columns: [textColumn('responsible', { uk: 'Відповідальний', en: 'Responsible' }), COMPLAINTS, RESOLVED, REJECTED, OPEN, RESOLUTION, COST],
      sort: [{ field: 'complaints', direction: 'desc' }],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

function figures(group: readonly ComplaintRecord[]): ReportRow {
  const days = group.map(resolutionDays).filter((value): value is number => value !== null);
  const cost = group.reduce((sum, complaint) => (complaint.cost === null || complaint.cost === undefined || complaint.cost === '' ? sum : sum + toKopecks(complaint.cost, 'cost')), 0n);
  return {
    complaints: group.length,
    resolved: group.filter((complaint) => complaint.state === 'resolved').length,
    rejected: group.filter((complaint) => complaint.state === 'rejected').length,
    open: group.filter((complaint) => complaint.state !== 'resolved' && complaint.state !== 'rejected').length,
    resolutionDays: days.length === 0 ? null : Math.round((days.reduce((sum, value) => sum + value, 0) / days.length) * 100) / 100,
    cost: formatKopecks(cost),
  };
}

function grouped(complaints: readonly ComplaintRecord[], keys: (complaint: ComplaintRecord) => Record<string, string | null>): ReportRow[] {
  const groups = new Map<string, { keys: Record<string, string | null>; members: ComplaintRecord[] }>();
  for (const complaint of complaints) {
    const key = keys(complaint);
    const id = JSON.stringify(Object.values(key));
    const group = groups.get(id) ?? { keys: key, members: [] };
    group.members.push(complaint);
    groups.set(id, group);
  }
  return [...groups.values()].map((group) => ({ ...group.keys, ...figures(group.members) }));
}

/** The two sheets' rows. */
export function complaintsSheets(complaints: readonly ComplaintRecord[]): ReportRow[][] {
  return [
    grouped(complaints, (complaint) => ({ category: complaint.category, severity: complaint.severity })),
    grouped(complaints, (complaint) => ({ responsible: complaint.responsible })),
  ];
}
