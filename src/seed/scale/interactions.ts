import * as catalog from '../catalog';
import { agreeWithSex } from '../catalog';
import { formatAmount, formatLocalDate } from '../../domain/format';
import { addDays } from '../../domain/time';
import type { Rng } from '../random';
import { fill, pad, quantityText } from '../text';
import type { CounterpartyTable } from './activity';
import type { CounterpartyGenerator } from './counterparties';
import { DayClock } from './days';
import { DocumentIds } from './document-id';
import { PRODUCTS_BY_LINE } from './products';
import { rowRng, streamSeed } from './row-random';
import { refId, ScaleWorld } from './world';

/** Interaction number j: its counterparty (by index), the contact slot it mentions, attribute values and links. */
export interface InteractionDraft {
  index: number;
  documentId: string;
  counterparty: number;
  /** Contact slot of that counterparty, or null when the record names nobody. */
  contactSlot: number | null;
  fields: Record<string, unknown>;
  links: { employee: number; stage: number | null; businessLine: number | null };
}

type Kind = 'call-in' | 'call-out' | 'meeting' | 'visit' | 'email' | 'letter' | 'messenger' | 'other';

export const HISTORY_DAYS = 5 * 365;
/** Share of records planned ahead (the next 30 days); the rest happened over the last five years. */
const PLANNED_AHEAD = 0.02;

const BASE_KINDS: Array<[Kind, number]> = [
  ['call-out', 30], ['call-in', 15], ['email', 20], ['meeting', 9], ['visit', 7], ['messenger', 12], ['letter', 3], ['other', 2],
];
const NEGOTIATION_KINDS: Array<[Kind, number]> = [['meeting', 30], ['visit', 20], ['call-out', 25], ['email', 15], ['messenger', 10]];
const CLIENT_STAGES: Array<[number, number]> = [[0, 6], [1, 8], [2, 12], [3, 10], [4, 8], [5, 30], [6, 26]];
const PROSPECT_STAGES: Array<[number, number]> = [[0, 40], [1, 30], [2, 20], [3, 10]];
const MINUTES = [0, 5, 10, 15, 20, 30, 40, 45, 50];
const CANCELLED_RESULTS = ['Скасовано: клієнт переніс зустріч', 'Не вдалося додзвонитися', 'Скасовано з нашого боку, перенесено'];

/** agreeWithSex per template, once: the verb forms are in the template, not in the values filled in. */
const agreedTemplates = new Map<string, [string, string, string]>();
function agreed(template: string, sex: 'm' | 'f' | null): string {
  let forms = agreedTemplates.get(template);
  if (!forms) {
    forms = [agreeWithSex(template, 'm'), agreeWithSex(template, 'f'), agreeWithSex(template, null)];
    agreedTemplates.set(template, forms);
  }
  return forms[sex === 'm' ? 0 : sex === 'f' ? 1 : 2];
}

/** "клієнт розповів…" (a text opening with {contact} when nobody is named) starts with a capital letter. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function directionOf(rng: Rng, kind: Kind): 'inbound' | 'outbound' | null {
  if (kind === 'call-in') return 'inbound';
  if (kind === 'call-out' || kind === 'visit' || kind === 'meeting') return 'outbound';
  if (kind === 'other') return null;
  return rng.chance(0.65) ? 'outbound' : 'inbound';
}

export class InteractionGenerator {
  readonly ids: DocumentIds;
  private readonly stream: number;
  private readonly days: DayClock;

  constructor(
    private readonly world: ScaleWorld,
    private readonly counterparties: CounterpartyGenerator,
    private readonly table: CounterpartyTable,
  ) {
    this.ids = new DocumentIds(world.seed, 'interaction');
    this.stream = streamSeed(world.seed, 'interaction');
    this.days = new DayClock(world.now, world.timeZone);
  }

  generate(index: number): InteractionDraft {
    const world = this.world;
    const rng = rowRng(this.stream, index);
    const cp = this.table.pick(rng.float());
    const traits = this.table.traits(cp);
    const team = world.salesTeams[traits.team];
    const manager = team.managers[traits.manager].employeeId;

    const ahead = rng.chance(PLANNED_AHEAD);
    const offset = ahead ? rng.int(1, 30) : -rng.int(1, HISTORY_DAYS);
    const { date, at: midnight } = this.days.workday(offset);
    const occurredAt = new Date(midnight + rng.int(9, 17) * 3_600_000 + rng.pick(MINUTES) * 60_000);
    const state = ahead ? 'planned' : rng.chance(0.04) ? 'cancelled' : offset >= -2 && rng.chance(0.3) ? 'planned' : 'done';

    const sales = traits.kind === 'client' || traits.kind === 'prospect';
    const stage = traits.kind === 'client' ? rng.weighted(CLIENT_STAGES) : traits.kind === 'prospect' ? rng.weighted(PROSPECT_STAGES) : null;
    const texts = stage !== null ? catalog.STAGE_TEXTS[stage] : catalog.OTHER_TEXTS[traits.kind as 'partner' | 'supplier' | 'competitor' | 'other'];
    const contactSlot = rng.chance(0.85) ? (rng.chance(0.7) ? 0 : rng.int(0, traits.contactCount - 1)) : null;
    const contact = contactSlot === null ? null : this.counterparties.contactPerson(cp, contactSlot);
    const line = rng.chance(0.7) ? traits.mainLine : rng.int(0, catalog.BUSINESS_LINES.length - 1);
    const product = rng.pick(PRODUCTS_BY_LINE[line]);
    const year = Number(date.slice(0, 4));
    const values = {
      contact: contact ? `${contact.firstName} ${contact.patronymic}` : 'клієнт',
      product: product.name,
      group: product.group.toLowerCase(),
      quantity: quantityText(rng.int(product.qty[0], product.qty[1]), product.unit),
      qty: rng.int(2, 20),
      qty2: rng.int(3, 25),
      date: '',
      number: `${stage === 4 ? 'Д' : 'Р'}-${year}/${pad(rng.int(1, 9999), 4)}`,
      amount: formatAmount(rng.int(500, 500_000) * 100),
    };
    const [subjectTemplate, contentTemplate, results] = rng.pick(texts.items);
    const dueIn = rng.int(5, 14);
    // Dates are slow to format: only for the few texts that mention one.
    if (contentTemplate.includes('{date}') || subjectTemplate.includes('{date}')) values.date = formatLocalDate(addDays(date, dueIn));
    const kind = stage === 3 || stage === 4 ? rng.weighted(NEGOTIATION_KINDS) : rng.weighted(BASE_KINDS);
    const done = state === 'done';
    const followUp = done && rng.chance(0.25);
    const nextContactAt = followUp ? new Date(occurredAt.getTime() + rng.int(1, 21) * 86_400_000) : null;

    let employee = manager;
    if (!rng.chance(0.87)) {
      const helpers = (stage === 3 || stage === 4) && world.seniorEmployeeIds.length ? world.seniorEmployeeIds : team.managers.map((m) => m.employeeId);
      employee = rng.pick(helpers);
    }

    return {
      index,
      documentId: this.ids.of(index),
      counterparty: cp,
      contactSlot,
      fields: {
        occurredAt,
        kind,
        direction: directionOf(rng, kind),
        subject: fill(subjectTemplate, values),
        content: sentence(fill(agreed(contentTemplate, contact ? contact.sex : null), values)),
        result: done ? rng.pick(results) : state === 'cancelled' ? rng.pick(CANCELLED_RESULTS) : null,
        state,
        nextContactAt,
        nextContactNote: followUp ? rng.pick(texts.next) : null,
      },
      links: {
        employee,
        stage: sales && stage !== null ? world.stageIds[stage] ?? null : null,
        businessLine: refId(world, 'businessLine', catalog.BUSINESS_LINES[line].name),
      },
    };
  }
}
