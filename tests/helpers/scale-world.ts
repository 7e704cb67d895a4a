import fs from 'fs';
import path from 'path';
import * as catalog from '../../src/seed/catalog';
import type { ScaleWorld } from '../../src/seed/scale';

/** The bulk generator's world for unit tests: two sales teams, the rest of the staff, half the products. */
export const NOW = new Date('2026-06-15T10:00:00Z');

export function world(seed = 'test'): ScaleWorld {
  return {
    seed,
    now: NOW,
    timeZone: 'Europe/Kyiv',
    salesTeams: [
      { departmentId: 11, servesKyiv: true, managers: [{ employeeId: 1, head: true }, { employeeId: 2, head: false }, { employeeId: 3, head: false }] },
      { departmentId: 12, servesKyiv: false, managers: [{ employeeId: 4, head: true }, { employeeId: 5, head: false }] },
    ],
    seniorEmployeeIds: [9, 1, 4],
    refs: {
      industry: new Map([['IT', 101], ['Будівництво', 102]]),
      marketSegment: new Map([['Малий бізнес', 201]]),
      region: new Map([['Київ', 301], ['Львівська область', 302]]),
      leadSource: new Map([['Сайт компанії', 401]]),
      businessLine: new Map([['Комп’ютерна техніка', 501]]),
    },
    stageIds: [601, 602, 603, 604, 605, 606, 607],
    staff: [
      { employeeId: 9, departmentId: 10, role: 'director', city: 'Київ' },
      { employeeId: 1, departmentId: 11, role: 'sales-head', city: 'Київ' },
      { employeeId: 2, departmentId: 11, role: 'sales', city: 'Київ' },
      { employeeId: 3, departmentId: 11, role: 'sales', city: 'Київ' },
      { employeeId: 4, departmentId: 12, role: 'sales-head', city: 'Львів' },
      { employeeId: 5, departmentId: 12, role: 'sales', city: 'Львів' },
      { employeeId: 20, departmentId: 13, role: 'accountant', city: 'Київ' },
      { employeeId: 21, departmentId: 14, role: 'secretary', city: 'Київ' },
      { employeeId: 22, departmentId: 15, role: 'marketer', city: 'Київ' },
    ],
    // Some products only: a line of a product missing from the database keeps its text without a link.
    productIds: new Map(catalog.PRODUCTS.filter((_, i) => i % 2 === 0).map((p, i) => [p.code, 800 + i])),
  };
}

export function schemaEnum(type: string, field: string): string[] {
  const file = path.resolve(__dirname, `../../src/api/${type}/content-types/${type}/schema.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).attributes[field].enum;
}
