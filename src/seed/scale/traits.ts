import * as catalog from '../catalog';
import type { Rng } from '../random';
import { rowRng, streamSeed } from './row-random';
import type { ScaleWorld } from './world';

/**
 * The few facts about counterparty i that other rows depend on (its kind, legal form, city, manager, how many
 * contacts it has, how busy it is, what it buys), drawn from a stream of their own so the interaction
 * generator can compute them for a million counterparties without generating the whole rows.
 */
export const COUNTERPARTY_KINDS = ['client', 'prospect', 'partner', 'competitor', 'supplier', 'other'] as const;
export type ScaleCounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];

/** Mostly clients and prospects, as in a sales CRM. */
const KIND_WEIGHTS: ReadonlyArray<readonly [number, number]> = [[0, 46], [1, 34], [2, 6], [3, 2], [4, 5], [5, 7]];

/** How busy a kind is compared with a client (the chronicle of a competitor is nearly empty). */
const KIND_ACTIVITY = [1, 0.45, 0.3, 0.02, 0.2, 0.08];

/** Tail exponent of the Pareto weights: small enough for a few counterparties with thousands of interactions. */
export const ACTIVITY_TAIL = 1.5;

const FOP_FORM = catalog.LEGAL_FORMS.findIndex((f) => f.short === 'ФОП');
const TOV_FORM = catalog.LEGAL_FORMS.findIndex((f) => f.short === 'ТОВ');
const PRAT_FORM = catalog.LEGAL_FORMS.findIndex((f) => f.short === 'ПрАТ');
const LINE_WEIGHTS = catalog.BUSINESS_LINES.map((_, i) => [i, [10, 9, 5, 6, 4, 7, 2][i] ?? 3] as const);

export interface CounterpartyTraits {
  kind: ScaleCounterpartyKind;
  /** Index into catalog.LEGAL_FORMS. */
  form: number;
  /** Index into catalog.CITIES. */
  city: number;
  /** Index into world.salesTeams and into that team's managers. */
  team: number;
  manager: number;
  contactCount: number;
  /** Relative share of the interactions (Pareto-distributed, scaled by kind). */
  activity: number;
  /** Index into catalog.BUSINESS_LINES of what the counterparty mostly buys. */
  mainLine: number;
}

export function isPrivateEntrepreneur(traits: Pick<CounterpartyTraits, 'form'>): boolean {
  return traits.form === FOP_FORM;
}

function formFor(rng: Rng, kind: number): number {
  if (kind <= 1) return rng.weighted(catalog.LEGAL_FORMS.map((f, i) => [i, f.weight] as const));
  if (kind === 5) return rng.chance(0.5) ? FOP_FORM : TOV_FORM;
  return rng.chance(0.85) ? TOV_FORM : PRAT_FORM;
}

export class TraitsGenerator {
  private readonly stream: number;
  private readonly kyivCities: boolean[];
  private readonly cityWeights: ReadonlyArray<readonly [number, number]>;

  constructor(private readonly world: Pick<ScaleWorld, 'seed' | 'salesTeams'>) {
    if (world.salesTeams.length === 0 || world.salesTeams.some((t) => t.managers.length === 0)) {
      throw new Error('scale seed: every sales team needs at least one manager');
    }
    this.stream = streamSeed(world.seed, 'counterparty-traits');
    this.kyivCities = catalog.CITIES.map((c) => catalog.KYIV_SALES_REGIONS.has(c.region));
    this.cityWeights = catalog.CITIES.map((c, i) => [i, c.weight] as const);
  }

  of(index: number): CounterpartyTraits {
    const rng = rowRng(this.stream, index);
    const kindIndex = rng.weighted(KIND_WEIGHTS);
    const form = formFor(rng, kindIndex);
    const city = rng.weighted(this.cityWeights);
    const teams = this.world.salesTeams;
    let team = teams.findIndex((t) => t.servesKyiv === this.kyivCities[city]);
    if (team < 0) team = rng.int(0, teams.length - 1);
    const managers = teams[team].managers;
    const manager = rng.weighted(managers.map((m, i) => [i, m.head ? 1 : 3] as const));
    const contactCount = form === FOP_FORM ? (rng.chance(0.25) ? 2 : 1) : rng.weighted([[1, 35], [2, 40], [3, 25]] as const);
    const pareto = (1 - rng.float()) ** (-1 / ACTIVITY_TAIL);
    const mainLine = rng.weighted(LINE_WEIGHTS);
    return {
      kind: COUNTERPARTY_KINDS[kindIndex],
      form,
      city,
      team,
      manager,
      contactCount,
      activity: pareto * KIND_ACTIVITY[kindIndex],
      mainLine,
    };
  }
}
