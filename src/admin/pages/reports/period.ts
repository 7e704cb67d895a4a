/** Quick choices of a period, in local dates ('2026-11-01'), from today's date in the browser. */
export type QuickPeriod = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear';

export const QUICK_PERIODS: readonly QuickPeriod[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear'];

const two = (n: number) => String(n).padStart(2, '0');
const local = (year: number, month: number, day: number) => {
  // month may run over (13 → January of the next year, 0 → December of the previous): Date normalises it
  const date = new Date(year, month - 1, day, 12);
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
};
/** The last day of a month: day 0 of the next one. */
const lastDay = (year: number, month: number) => local(year, month + 1, 0);

export function quickPeriod(choice: QuickPeriod, today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  switch (choice) {
    case 'thisMonth':
      return { from: local(year, month, 1), to: lastDay(year, month) };
    case 'lastMonth':
      return { from: local(year, month - 1, 1), to: lastDay(year, month - 1) };
    case 'thisQuarter': {
      const first = month - ((month - 1) % 3);
      return { from: local(year, first, 1), to: lastDay(year, first + 2) };
    }
    case 'thisYear':
      return { from: local(year, 1, 1), to: local(year, 12, 31) };
  }
}
