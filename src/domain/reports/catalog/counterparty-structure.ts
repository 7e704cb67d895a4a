import { aggregateRows, withShares } from '../aggregate';
import type { Caption, ParameterDefinition, ReportDefinition, ReportRow } from '../definition';
import { countColumn, departmentParameter, managerParameter, shareColumn, textColumn } from './common';

/**
 * The structure of the counterparty base: how many counterparties of each kind there are, in which
 * industries and market segments, regions, and with which managers. Counts only, no money: anyone who may
 * read these fields of counterparties may run it (the Marketer among them).
 */

export const COUNTERPARTY_KIND_CAPTIONS = {
  client: { uk: 'Клієнт', en: 'Client' },
  prospect: { uk: 'Потенційний клієнт', en: 'Prospect' },
  partner: { uk: 'Партнер', en: 'Partner' },
  competitor: { uk: 'Конкурент', en: 'Competitor' },
  supplier: { uk: 'Постачальник', en: 'Supplier' },
  other: { uk: 'Інше', en: 'Other' },
} as const satisfies Record<string, Caption>;

export type CounterpartyKind = keyof typeof COUNTERPARTY_KIND_CAPTIONS;
export const COUNTERPARTY_KINDS = Object.keys(COUNTERPARTY_KIND_CAPTIONS) as CounterpartyKind[];

export interface CounterpartyRecord {
  /** as stored: client, prospect, … */
  kind: string | null;
  industry: string | null;
  segment: string | null;
  region: string | null;
  manager: string | null;
}

const kindParameter: ParameterDefinition = {
  key: 'kind',
  kind: 'enum',
  caption: { uk: 'Тип контрагента', en: 'Counterparty kind' },
  options: COUNTERPARTY_KINDS.map((kind) => ({ value: kind, caption: COUNTERPARTY_KIND_CAPTIONS[kind] })),
  multiple: true,
};

const stateParameter: ParameterDefinition = {
  key: 'state',
  kind: 'enum',
  caption: { uk: 'Стан', en: 'State' },
  options: [
    { value: 'active', caption: { uk: 'Діючі', en: 'Active' } },
    { value: 'ceased', caption: { uk: 'Припинені', en: 'Ceased' } },
  ],
  multiple: true,
};

const COUNT = countColumn('counterparties', { uk: 'Контрагентів', en: 'Counterparties' });
/** column fields of the kinds on the «За менеджерами» sheet: 'client' → 'kindClient' */
const kindField = (kind: CounterpartyKind) => `kind${kind[0].toUpperCase()}${kind.slice(1)}`;

export const counterpartyStructureReport = {
  key: 'counterparty-structure',
  title: { uk: 'Структура бази контрагентів', en: 'Counterparty base structure' },
  section: 'counterparties',
  parameters: [kindParameter, stateParameter, managerParameter, departmentParameter],
  sheets: [
    {
      name: { uk: 'За типами і галузями', en: 'By kind and industry' },
      columns: [
        textColumn('kind', { uk: 'Тип', en: 'Kind' }),
        textColumn('industry', { uk: 'Галузь', en: 'Industry' }),
        textColumn('segment', { uk: 'Сегмент ринку', en: 'Market segment' }),
        COUNT,
        shareColumn('share'),
      ],
      groupBy: ['kind'],
      sort: [{ field: 'counterparties', direction: 'desc' }],
    },
    {
      name: { uk: 'За регіонами', en: 'By region' },
      columns: [textColumn('region', { uk: 'Регіон', en: 'Region' }), COUNT, countColumn('clients', { uk: 'З них клієнтів', en: 'Of them clients' }), shareColumn('share')],
      sort: [{ field: 'counterparties', direction: 'desc' }],
      chart: { category: 'region', series: ['counterparties'] },
    },
    {
      name: { uk: 'За менеджерами', en: 'By manager' },
      columns: [
        textColumn('manager', { uk: 'Менеджер', en: 'Manager' }),
        ...COUNTERPARTY_KINDS.map((kind) => countColumn(kindField(kind), COUNTERPARTY_KIND_CAPTIONS[kind])),
        COUNT,
      ],
      sort: [{ field: 'counterparties', direction: 'desc' }],
      chart: { category: 'manager', series: ['counterparties'] },
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** A kind as a row shows it: its Ukrainian caption (row values are data, like the names beside them). */
const kindCaption = (kind: string | null) => (kind && kind in COUNTERPARTY_KIND_CAPTIONS ? COUNTERPARTY_KIND_CAPTIONS[kind as CounterpartyKind].uk : kind);

/** Each row's part of all counterparties counted (withShares reads a count as a whole amount). */
const withCountShares = (rows: Array<Record<string, unknown>>): ReportRow[] => withShares(rows, 'counterparties', 'share');

/** The three sheets' rows. */
export function counterpartyStructureSheets(records: readonly CounterpartyRecord[]): ReportRow[][] {
  const one = () => 1;
  const byKind = aggregateRows(records, {
    by: { kind: (record) => kindCaption(record.kind), industry: (record) => record.industry, segment: (record) => record.segment },
    counts: { counterparties: one },
  });
  const byRegion = aggregateRows(records, {
    by: { region: (record) => record.region },
    counts: { counterparties: one, clients: (record) => (record.kind === 'client' ? 1 : 0) },
  });
  const byManager = aggregateRows(records, {
    by: { manager: (record) => record.manager },
    counts: {
      ...Object.fromEntries(COUNTERPARTY_KINDS.map((kind) => [kindField(kind), (record: CounterpartyRecord) => (record.kind === kind ? 1 : 0)])),
      counterparties: one,
    },
  });
  return [withCountShares(byKind), withCountShares(byRegion), byManager];
}
