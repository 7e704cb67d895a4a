import { addDays, instantOf, isWeekend, localDateOf } from '../../domain/time';

/** A local date and its midnight in the business zone (epoch milliseconds). */
export interface ClockDay {
  date: string;
  at: number;
}

/**
 * Days counted from the run's "today" with their midnights in the business zone, each computed once: the
 * zone conversion goes through Intl, far too slow to repeat for every generated row.
 */
export class DayClock {
  readonly today: string;
  private readonly workdays = new Map<number, ClockDay>();
  private readonly days = new Map<number, ClockDay>();
  private readonly back = new Map<number, ClockDay>();

  constructor(now: Date, private readonly timeZone: string) {
    this.today = localDateOf(now, timeZone);
  }

  private of(date: string): ClockDay {
    return { date, at: instantOf(date, this.timeZone).getTime() };
  }

  /** `offset` days from today, moved off a weekend away from today (to the Friday before, the Monday after). */
  workday(offset: number): ClockDay {
    let found = this.workdays.get(offset);
    if (!found) {
      let date = addDays(this.today, offset);
      while (isWeekend(date)) date = addDays(date, offset <= 0 ? -1 : 1);
      found = this.of(date);
      this.workdays.set(offset, found);
    }
    return found;
  }

  /** `offset` days from today, weekends included (web forms and e-mails come in on Sundays too). */
  day(offset: number): ClockDay {
    let found = this.days.get(offset);
    if (!found) {
      found = this.of(addDays(this.today, offset));
      this.days.set(offset, found);
    }
    return found;
  }

  /** The n-th working day back from today: 0 is today, or the Friday before when today is a weekend. */
  workdaysBack(n: number): ClockDay {
    let found = this.back.get(n);
    if (!found) {
      let date = addDays(this.workday(0).date, -7 * Math.floor(n / 5));
      for (let r = n % 5; r > 0; r -= 1) {
        date = addDays(date, -1);
        while (isWeekend(date)) date = addDays(date, -1);
      }
      found = this.of(date);
      this.back.set(n, found);
    }
    return found;
  }
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
