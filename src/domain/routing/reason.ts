import { formatDateTime } from '../format/dates';
import type { Absence } from './availability';

/**
 * The words of a routing reason. The reason is stored on the request for people to read in the Ukrainian
 * panel ("why did this come to me?"), whatever language the API client that registered it prefers, so these
 * are plain Ukrainian strings rather than catalog messages, which are rendered per request.
 */

const ABSENCE: Readonly<Record<Absence, string>> = {
  inactive: 'не працює',
  vacation: 'у відпустці',
  'sick-leave': 'на лікарняному',
  'business-trip': 'у відрядженні',
  'day-off': 'має вихідний',
  'off-hours': 'не на роботі',
};

export const reasonText = {
  rule: (name: string) => `правило «${name}»`,
  manager: 'відповідальний менеджер',
  /** "Петренко Ольга у відпустці"; an id nobody knows reads as "співробітник" */
  away: (who: string | null, absence: Absence) => `${who || 'співробітник'} ${ABSENCE[absence]}`,
  managerAway: (who: string | null, absence: Absence) => `відповідальний менеджер${who ? ` ${who}` : ''} ${ABSENCE[absence]}`,
  counterpartyDepartment: 'підрозділ контрагента',
  defaultDepartment: 'без правила й менеджера — підрозділ за замовчуванням',
  duty: (department: string, openRequests: number) => `черговий підрозділу «${department}» (відкритих звернень: ${openRequests})`,
  nobodyAtWork: (department: string) => `на роботі нікого з підрозділу «${department}»`,
  head: (who: string) => `керівник ${who}`,
  noHead: 'керівника не знайдено — потрібне ручне призначення',
  noDepartment: 'підрозділ не визначено — потрібне ручне призначення',
  afterHours: (checkedAt: Date, timeZone: string) => `надійшло поза робочим часом, враховано графік на ${formatDateTime(checkedAt, timeZone)}`,
} as const;

export function absencePhrase(absence: Absence): string {
  return ABSENCE[absence];
}
