/**
 * Calendar helpers for demo data in the Europe/Kyiv time zone. Dates of `date` fields are 'YYYY-MM-DD'
 * strings; datetimes are ISO strings in UTC computed from a Kyiv wall-clock time.
 */

export const TIME_ZONE = 'Europe/Kyiv';
const DAY_MS = 86_400_000;

function makeFormatter(): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: TIME_ZONE });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'Europe/Kiev' });
  }
}

const formatter = makeFormatter();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function kyivWallClock(instant: number): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

/** Minutes Kyiv is ahead of UTC at an instant (120 or 180). */
function kyivOffsetMinutes(instant: number): number {
  const w = kyivWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

function parseYmd(ymd: string): [number, number, number] {
  const [y, m, d] = ymd.split('-').map(Number);
  return [y, m, d];
}

/** 'YYYY-MM-DD' of an instant in Kyiv. */
export function kyivYmd(instant: Date | number): string {
  const w = kyivWallClock(typeof instant === 'number' ? instant : instant.getTime());
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Today in Kyiv. */
export function todayYmd(now: Date = new Date()): string {
  return kyivYmd(now);
}

/** The UTC instant of a Kyiv wall-clock time on a date. */
export function kyivInstant(ymd: string, hour = 0, minute = 0): Date {
  const [y, m, d] = parseYmd(ymd);
  const naive = Date.UTC(y, m - 1, d, hour, minute);
  let result = naive - kyivOffsetMinutes(naive) * 60_000;
  result = naive - kyivOffsetMinutes(result) * 60_000;
  return new Date(result);
}

/** ISO string of a Kyiv wall-clock time. */
export function kyivIso(ymd: string, hour = 0, minute = 0): string {
  return kyivInstant(ymd, hour, minute).toISOString();
}

export function addDays(ymd: string, days: number): string {
  const [y, m, d] = parseYmd(ymd);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return t.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = parseYmd(a);
  const [y2, m2, d2] = parseYmd(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(ymd: string): number {
  const [y, m, d] = parseYmd(ymd);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(ymd: string): boolean {
  const w = weekday(ymd);
  return w === 0 || w === 6;
}

/** The nearest working day on or after the date. */
export function nextWorkday(ymd: string): string {
  let d = ymd;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** 'DD.MM.YYYY', as in Ukrainian documents. */
export function formatUaDate(ymd: string): string {
  const [y, m, d] = parseYmd(ymd);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}
