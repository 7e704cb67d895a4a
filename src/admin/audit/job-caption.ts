/**
 * Bulk jobs in the audit log, in Ukrainian: the job's name and the summary it recorded. A job writes
 * counts per type ({ created: { uid: n }, updated, deleted }) and keys of its own next to them (src/audit/
 * jobs.ts); each key a job writes gets its caption here. Pure, unit-tested.
 */
import { typeListCaption } from './record-caption';

const JOB_NAMES: Readonly<Record<string, string>> = {
  'demo-seed': 'Заповнення демо-даними',
  'bank-import': 'Імпорт банківської виписки',
};

const CRON_TASK_NAMES: Readonly<Record<string, string>> = {
  'mark-overdue-invoices': 'Позначення прострочених рахунків',
};

/** "Заповнення демо-даними"; "Регламентне завдання «Позначення прострочених рахунків»" for cron:… */
export function jobCaption(jobName: string | null | undefined): string {
  if (!jobName) return '—';
  if (jobName.startsWith('cron:')) {
    const task = jobName.slice('cron:'.length);
    return `Регламентне завдання «${CRON_TASK_NAMES[task] ?? task}»`;
  }
  return JOB_NAMES[jobName] ?? jobName;
}

const BUCKETS = { created: 'Створено', updated: 'Змінено', deleted: 'Видалено' } as const;

const OWN_KEYS: Readonly<Record<string, string>> = {
  batches: 'Пакетів даних',
  skipped: 'Пропущено',
  failed: 'Не вдалося',
  duplicates: 'Дублікати',
  unmatched: 'Не зіставлено',
  published: 'Опубліковано',
  rolledBack: 'Скасовано (відкат)',
  error: 'Помилка',
  durationMs: 'Тривалість',
};

export interface SummaryLine {
  label: string;
  text: string;
}

const number = (n: number) => n.toLocaleString('uk-UA');

function duration(ms: number): string {
  if (ms < 1000) return `${number(ms)} мс`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toLocaleString('uk-UA', { maximumFractionDigits: 1 })} с`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} хв ${Math.round(seconds % 60)} с`;
}

function ownValue(key: string, value: unknown): string {
  if (key === 'durationMs' && typeof value === 'number') return duration(value);
  if (typeof value === 'boolean') return value ? 'так' : 'ні';
  if (typeof value === 'number') return number(value);
  return String(value);
}

/** "Створено: Контрагенти — 120, Взаємодії — 300", then the job's own keys: "Тривалість: 2,3 с". */
export function jobSummary(counts: Record<string, unknown> | null | undefined): SummaryLine[] {
  if (!counts || typeof counts !== 'object') return [];
  const lines: SummaryLine[] = [];
  for (const [bucket, label] of Object.entries(BUCKETS)) {
    const perType = Object.entries((counts[bucket] as Record<string, number>) ?? {}).filter(([, n]) => Number(n) > 0);
    const text = perType.map(([uid, n]) => `${typeListCaption(uid)} — ${number(Number(n))}`).join(', ');
    lines.push({ label, text: text || 'нічого' });
  }
  for (const [key, value] of Object.entries(counts)) {
    if (key in BUCKETS || value === null || value === undefined || typeof value === 'object') continue;
    lines.push({ label: OWN_KEYS[key] ?? key, text: ownValue(key, value) });
  }
  return lines;
}
