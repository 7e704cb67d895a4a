import type { DemoRole } from '../demo-company';

/**
 * What the bulk generator needs to know about the database it writes into, as plain data: the ids of the
 * sales teams and of the reference-list rows (read once by the writer), the seed and the clock of the run.
 */
export type ScaleRefKind = 'industry' | 'marketSegment' | 'region' | 'leadSource' | 'businessLine';

export interface SalesManager {
  employeeId: number;
  /** The head of a sales department gets fewer counterparties of their own. */
  head: boolean;
}

export interface SalesTeam {
  departmentId: number;
  /** The team that serves Kyiv, the Kyiv region, North, Centre and East (the other one takes the rest). */
  servesKyiv: boolean;
  managers: SalesManager[];
}

/** A demo employee as the documents, requests and schedules use them. */
export interface StaffMember {
  employeeId: number;
  departmentId: number;
  role: DemoRole;
  /** The city the employee's department works from. */
  city: string;
}

export interface ScaleWorld {
  seed: string;
  /** "Now" of the first run, kept in the marker so a resumed run generates the same rows. */
  now: Date;
  timeZone: string;
  salesTeams: SalesTeam[];
  /** Directors and sales heads: they join negotiations now and then. */
  seniorEmployeeIds: number[];
  /** Reference-list row ids by the name the demo catalog gives them (a list renamed by admins is missing). */
  refs: Record<ScaleRefKind, ReadonlyMap<string, number>>;
  /** Interaction stage ids in the order of the catalog's INTERACTION_STAGES (null where missing). */
  stageIds: ReadonlyArray<number | null>;
  /** The demo employees found, in the order of DEMO_EMPLOYEES (sales managers, accountants, secretaries…). */
  staff: StaffMember[];
  /** Product row ids by catalog code (a product the admins deleted is missing: its lines keep the text only). */
  productIds: ReadonlyMap<string, number>;
}

export function refId(world: ScaleWorld, kind: ScaleRefKind, name: string | null): number | null {
  if (!name) return null;
  return world.refs[kind].get(name) ?? null;
}
