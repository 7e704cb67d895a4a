import type { FilterEntry } from './list-query';

/**
 * The logged-in person as the CRM knows them: their employee card. "My" figures are about records whose
 * person field (manager, employee, assignee, author) is this card.
 */
export interface EmployeeRef {
  id: number;
  fullName: string;
}

/**
 * `field` is this employee. Matched by id (two employees may share a name); the name rides along so the
 * content manager's chip reads "Відповідальний менеджер = Бондаренко Олена", not an id.
 */
export function personIs(field: string, me: EmployeeRef): FilterEntry {
  return { [field]: { fullName: { $eq: me.fullName }, id: { $eq: me.id } } };
}
