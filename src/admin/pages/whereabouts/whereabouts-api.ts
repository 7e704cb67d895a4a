/** What GET /crm/whereabouts answers (src/plugins/crm/server/routes/whereabouts.ts). */

export interface PersonNow {
  employeeId: string;
  fullName: string;
  source: 'entry' | 'working-hours' | 'off-hours';
  kind: string | null;
  atWork: boolean;
  /** in Ukrainian, from the server: 'Відпустка до 05.12.2026', 'В офісі', 'Не на роботі' */
  label: string;
  entry: { documentId: string; kind: string; start: string; end: string } | null;
}

export interface WeekItem {
  id: string;
  kind: string;
  caption: string;
  place: string;
  from: string | null;
  to: string | null;
  allDay: boolean;
  away: boolean;
}

export interface WeekCell {
  date: string;
  items: WeekItem[];
  fallback: 'office' | 'not-at-work';
}

export interface Week {
  from: string;
  to: string;
  days: Array<{ date: string; weekday: number; working: boolean }>;
  rows: Array<{ employeeId: string; fullName: string; cells: WeekCell[] }>;
}

export interface Whereabouts {
  at: string;
  timeZone: string;
  people: PersonNow[];
  week: Week | null;
}

/** Badge colour by kind: work places green, away red, the rest neutral. */
export function kindVariant(kind: string | null, atWork: boolean): 'success' | 'danger' | 'secondary' | 'neutral' {
  if (!kind) return 'neutral';
  if (!atWork) return 'danger';
  return kind === 'office' ? 'success' : 'secondary';
}

/** '30.11' from '2026-11-30'. */
export const dayMonth = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

/** '30.11.2026' from '2026-11-30'. */
export const fullDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
