import { aggregateRows, withShares } from '../aggregate';
import type { ReportDefinition, ReportRow } from '../definition';
import { countColumn, managerParameter, moneyColumn, periodParameter, shareColumn, textColumn } from './common';

/**
 * Refusals and lost clients in the period: why clients refused to buy or ended the cooperation, to which
 * competitors they went, how much was lost, and with which managers. The amount lost is the refusal's own
 * estimate (lostAmount, in hryvnias: the record holds no currency).
 */

export const REFUSAL_KINDS = ['refused-purchase', 'ended-cooperation'] as const;

export interface RefusalRecord {
  /** as stored: refused-purchase or ended-cooperation */
  kind: string | null;
  lossReason: string | null;
  competitor: string | null;
  /** the employee who recorded it, else the client's manager */
  manager: string | null;
  lostAmount: string | number | null;
}

const REFUSALS = countColumn('refusals', { uk: 'Відмов', en: 'Refusals' });
const LOST = moneyColumn('lostAmount', { uk: 'Втрачена сума, грн', en: 'Amount lost, UAH' });

export const refusalsReport = {
  key: 'refusals',
  title: { uk: 'Відмови і втрачені клієнти', en: 'Refusals and lost clients' },
  section: 'sales',
  parameters: [periodParameter(), managerParameter],
  sheets: [
    {
      name: { uk: 'За причинами', en: 'By reason' },
      columns: [textColumn('lossReason', { uk: 'Причина', en: 'Reason' }), REFUSALS, LOST, shareColumn('share', { uk: 'Частка втрат', en: 'Share of losses' })],
      sort: [{ field: 'lostAmount', direction: 'desc' }],
      chart: { category: 'lossReason', series: ['lostAmount'] },
    },
    {
      name: { uk: 'За конкурентами', en: 'By competitor' },
      columns: [textColumn('competitor', { uk: 'Конкурент', en: 'Competitor' }), REFUSALS, LOST, shareColumn('share', { uk: 'Частка втрат', en: 'Share of losses' })],
      sort: [{ field: 'lostAmount', direction: 'desc' }],
    },
    {
      name: { uk: 'За менеджерами', en: 'By manager' },
      columns: [
        textColumn('manager', { uk: 'Менеджер', en: 'Manager' }),
        countColumn('refusedPurchase', { uk: 'Відмови від покупки', en: 'Refused to buy' }),
        countColumn('endedCooperation', { uk: 'Розірвали співпрацю', en: 'Ended cooperation' }),
        REFUSALS,
        LOST,
      ],
      sort: [{ field: 'lostAmount', direction: 'desc' }],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** The three sheets' rows. */
export function refusalsSheets(refusals: readonly RefusalRecord[]): ReportRow[][] {
  const money = { lostAmount: (refusal: RefusalRecord) => refusal.lostAmount };
  const counts = { refusals: () => 1 };
  const byReason = aggregateRows(refusals, { by: { lossReason: (refusal) => refusal.lossReason }, counts, money });
  const byCompetitor = aggregateRows(refusals, { by: { competitor: (refusal) => refusal.competitor }, counts, money });
  const byManager = aggregateRows(refusals, {
    by: { manager: (refusal) => refusal.manager },
    counts: {
      refusedPurchase: (refusal) => (refusal.kind === 'refused-purchase' ? 1 : 0),
      endedCooperation: (refusal) => (refusal.kind === 'ended-cooperation' ? 1 : 0),
      ...counts,
    },
    money,
  });
  return [withShares(byReason, 'lostAmount', 'share'), withShares(byCompetitor, 'lostAmount', 'share'), byManager];
}
