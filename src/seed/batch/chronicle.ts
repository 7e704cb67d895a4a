import * as catalog from '../catalog';
import { agreeWithSex } from '../catalog';
import type { Rng } from '../random';
import type { Emp } from '../shared';
import { formatAmount, formatLocalDate } from '../../domain/format';
import { addDays, daysBetween, isWeekend } from '../../domain/time';
import { nextWorkday } from '../calendar';
import { fill, quantityText } from '../text';
import type { BatchContext, Contact, Cp, InvoiceInfo } from './context';

const INTERACTION = 'api::interaction.interaction';

type Kind = 'call-in' | 'call-out' | 'meeting' | 'visit' | 'email' | 'letter' | 'messenger' | 'other';
type Status = 'planned' | 'done' | 'cancelled';

const BASE_KINDS: Array<[Kind, number]> = [
  ['call-out', 30], ['call-in', 15], ['email', 20], ['meeting', 9], ['visit', 7], ['messenger', 12], ['letter', 3], ['other', 2],
];
const NEGOTIATION_KINDS: Array<[Kind, number]> = [['meeting', 30], ['visit', 20], ['call-out', 25], ['email', 15], ['messenger', 10]];

function directionOf(rng: Rng, kind: Kind): 'inbound' | 'outbound' | undefined {
  if (kind === 'call-in') return 'inbound';
  if (kind === 'call-out' || kind === 'visit' || kind === 'meeting') return 'outbound';
  if (kind === 'other') return undefined;
  return rng.chance(0.65) ? 'outbound' : 'inbound';
}

const contactName = (c: Contact | null) => (c ? `${c.person.firstName} ${c.person.patronymic}` : 'клієнт');

/** A working-hours instant on a day (weekends move to Monday). */
function workInstant(ctx: BatchContext, rng: Rng, day: string): Date {
  const d = isWeekend(day) ? nextWorkday(day) : day;
  return ctx.at(d, rng.int(9, 18), rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]));
}

function sortedDays(rng: Rng, from: string, to: string, n: number): string[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: n }, () => addDays(from, rng.int(0, span))).sort();
}

interface Step {
  at: Date;
  status: Status;
  stage: number | null;
  closing?: 'refused' | 'ended';
}

/** Interaction sequence for one counterparty: dates, statuses and stages. */
function planSteps(ctx: BatchContext, rng: Rng, cp: Cp): Step[] {
  const counts: Record<Cp['kind'], [number, number]> = {
    client: [13, 20],
    prospect: [4, 10],
    partner: [3, 6],
    supplier: [2, 5],
    competitor: [0, 1],
    other: [0, 3],
  };
  const n = rng.int(...counts[cp.kind]);
  if (n === 0) return [];
  const yesterday = addDays(ctx.today, -1);
  const end = cp.refusalDate ?? yesterday;
  const startAgo = cp.kind === 'client' ? rng.int(300, 365) : cp.kind === 'prospect' ? rng.int(20, 330) : rng.int(60, 365);
  let start = addDays(ctx.today, -startAgo);
  if (start >= end) start = addDays(end, -20);
  const days = sortedDays(rng, start, end, n);
  if (cp.refusalDate) days[days.length - 1] = cp.refusalDate;

  const isSales = cp.kind === 'client' || cp.kind === 'prospect';
  let stage = cp.kind === 'client' ? (rng.chance(0.4) ? 0 : rng.int(2, 6)) : 0;
  const prospectCap = cp.refusal ? rng.int(2, 3) : rng.int(1, 3);
  const steps: Step[] = days.map((day, i) => {
    if (i > 0 && isSales) {
      if (cp.kind === 'client' && rng.chance(0.55)) stage = stage >= 6 ? 2 : stage + 1;
      if (cp.kind === 'prospect' && rng.chance(0.45)) stage = Math.min(prospectCap, stage + 1);
    }
    const at = workInstant(ctx, rng, day);
    const recent = daysBetween(day, ctx.today) <= 2;
    const status: Status = rng.chance(0.04) ? 'cancelled' : recent && rng.chance(0.3) ? 'planned' : 'done';
    return { at, status, stage: isSales ? stage : null };
  });
  if (cp.refusal && steps.length) {
    const last = steps[steps.length - 1];
    last.status = 'done';
    last.closing = cp.refusal === 'ended-cooperation' ? 'ended' : 'refused';
  }
  // Active relationships have something planned ahead.
  if (!cp.refusal && cp.kind !== 'competitor' && cp.kind !== 'other' && rng.chance(0.35)) {
    const day = nextWorkday(addDays(ctx.today, rng.int(0, 21)));
    const stageAhead = isSales ? stage : null;
    steps.push({ at: workInstant(ctx, rng, day), status: 'planned', stage: stageAhead });
  }
  return steps;
}

function kindFor(rng: Rng, stage: number | null): Kind {
  if (stage === 3 || stage === 4) return rng.weighted(NEGOTIATION_KINDS);
  return rng.weighted(BASE_KINDS);
}

function employeeFor(ctx: BatchContext, rng: Rng, cp: Cp, stage: number | null): Emp {
  if (rng.chance(0.87)) return cp.manager;
  if (stage === 3 || stage === 4) return rng.pick(ctx.employeesWith('director', 'sales-head'));
  const colleagues = ctx.salesOf(cp.manager.department);
  return rng.pick(colleagues.length ? colleagues : [cp.manager]);
}

function nearestInvoice(ctx: BatchContext, cp: Cp, day: string): InvoiceInfo | null {
  let best: InvoiceInfo | null = null;
  for (const inv of ctx.invoices) {
    if (inv.cp !== cp || inv.date > day || inv.status === 'draft') continue;
    if (daysBetween(inv.date, day) > 45) continue;
    if (!best || inv.date > best.date) best = inv;
  }
  return best;
}

/** The batch's chronicle: sales interactions per counterparty, invoice follow-ups and event invitations. */
export async function createChronicle(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('chronicle');
  const productNames = (cp: Cp) => ctx.shared.products.filter((p) => cp.lines.includes(p.businessLine));

  for (const cp of ctx.counterparties) {
    const steps = planSteps(ctx, rng, cp);
    const pastCount = steps.filter((s) => s.at.getTime() <= ctx.now.getTime()).length;
    // the planned contact the previous step asked for (next-contact-middleware.ts): this step is that contact made
    let plannedByPrevious: string | null = null;
    for (let i = 0; i < steps.length; i += 1) {
      const step = steps[i];
      const stage = step.stage;
      const texts = stage !== null ? catalog.STAGE_TEXTS[stage] : catalog.OTHER_TEXTS[cp.kind as 'partner' | 'supplier' | 'competitor' | 'other'];
      const contact = cp.contacts.length ? (rng.chance(0.7) ? cp.contacts[0] : rng.pick(cp.contacts)) : null;
      const products = productNames(cp);
      const product = rng.pick(products.length ? products : ctx.shared.products);
      const businessLine = rng.chance(0.6) ? cp.lines[0] : rng.pick(cp.lines);
      const day = step.at.toISOString().slice(0, 10);

      let invoice: InvoiceInfo | null = null;
      let contractId: string | null = null;
      let number = '';
      if (stage === 5) {
        invoice = nearestInvoice(ctx, cp, day);
        if (invoice) number = invoice.number;
      } else if (stage === 4) {
        const contract = ctx.contracts.find((c) => c.cp === cp);
        if (contract) {
          contractId = contract.documentId;
          number = contract.number;
        }
      }
      const values = {
        contact: contactName(contact),
        product: product.name,
        group: product.group.toLowerCase(),
        quantity: quantityText(product.fractional ? rng.int(product.qty[0] * 2, product.qty[1] * 2) / 2 : rng.int(product.qty[0], product.qty[1]), product.unit),
        qty2: rng.int(3, 25),
        date: formatLocalDate(addDays(day, rng.int(5, 14))),
        company: cp.name,
        number,
        amount: invoice ? formatAmount(invoice.totalK) : '',
      };
      const sex = contact ? contact.person.sex : null;
      const usable = texts.items.filter(([, t]) => (number || !t.includes('{number}')) && (invoice || !t.includes('{amount}')));
      const [subjectTemplate, contentTemplate, results] = rng.pick(usable.length ? usable : texts.items);
      let subject = fill(subjectTemplate, values);
      let content = agreeWithSex(fill(contentTemplate, values), sex);
      let result: string | undefined = step.status === 'done' ? rng.pick(results) : undefined;
      if (step.status === 'cancelled') result = rng.pick(['Скасовано: клієнт переніс зустріч', 'Не вдалося додзвонитися', 'Скасовано з нашого боку, перенесено']);
      if (step.closing === 'refused') {
        subject = 'Відмова від закупівлі';
        content = `${values.contact} ${sex === 'f' ? 'повідомила' : 'повідомив'}, що компанія не буде купувати ${product.group.toLowerCase()} найближчим часом.`;
        result = 'Клієнт відмовився';
      } else if (step.closing === 'ended') {
        subject = 'Припинення співпраці';
        content = `Клієнт повідомив про припинення співпраці. Останнє замовлення закрите, заборгованості немає.`;
        result = 'Співпрацю припинено';
      }

      let nextContactAt: string | undefined;
      let nextContactNote: string | undefined;
      let nextIsPlanned = false;
      const isLastPast = i === pastCount - 1;
      if (step.status === 'done' && !step.closing) {
        if (i + 1 < steps.length && !isLastPast && rng.chance(0.3)) {
          nextContactAt = steps[i + 1].at.toISOString();
          nextIsPlanned = true;
        } else if (isLastPast && rng.chance(0.85)) {
          nextIsPlanned = i + 1 < steps.length;
          nextContactAt = nextIsPlanned ? steps[i + 1].at.toISOString() : workInstant(ctx, rng, nextContactDay(ctx, day, rng.int(1, 21))).toISOString();
        }
        // two steps can fall on one moment, or a later step earlier in the day: the next contact is later
        if (nextContactAt && new Date(nextContactAt) <= step.at) nextContactAt = new Date(step.at.getTime() + 86_400_000).toISOString();
        if (nextContactAt) nextContactNote = rng.pick(texts.next);
      }

      const kind = kindFor(rng, stage);
      const employee = employeeFor(ctx, rng, cp, stage);
      const direction = directionOf(rng, kind);
      const data = {
        counterparty: cp.documentId,
        ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
        employee: employee.documentId,
        occurredAt: step.at.toISOString(),
        kind,
        ...(direction ? { direction } : {}),
        ...(stage !== null ? { stage: ctx.ref('stage', catalog.INTERACTION_STAGES[stage].name) } : {}),
        businessLine: ctx.ref('businessLine', businessLine),
        subject,
        content,
        ...(result ? { result } : {}),
        state: step.status,
        ...(nextContactAt ? { nextContactAt, nextContactNote } : {}),
        ...(invoice ? { invoice: invoice.documentId } : {}),
        ...(contractId ? { contract: contractId } : {}),
      };
      // as a manager does: the planned contact is opened, filled in and closed, not recorded a second time
      const doc = plannedByPrevious ? await ctx.w.update(INTERACTION, plannedByPrevious, data) : await ctx.w.create(INTERACTION, data);
      plannedByPrevious = nextIsPlanned && nextContactAt ? await plannedFollowUpOf(ctx, doc.documentId) : null;
      if (nextContactAt && Math.abs(new Date(nextContactAt).getTime() - ctx.now.getTime()) < 6 * 86_400_000) {
        ctx.followUps.push({ documentId: doc.documentId, cp, employee: cp.manager, at: nextContactAt });
      }
    }
  }

  await createInvoiceFollowUps(ctx, rng.fork('invoice-chronicle'));
  await createEventInvitations(ctx, rng.fork('event-chronicle'));
}

/** The planned contact that saving an interaction with its next contact created. */
async function plannedFollowUpOf(ctx: BatchContext, documentId: string): Promise<string | null> {
  const row: any = await ctx.w.strapi.db.query(INTERACTION as any).findOne({ where: { followUpOf: { documentId } }, select: ['documentId'] });
  return row?.documentId ?? null;
}

/**
 * The day a client's last contact planned the next one for, `offset` days later. Where that is long past, the
 * manager has moved it on since (a live CRM shows a few overdue contacts, not every one ever planned): it lies
 * between three days ago and ten days ahead.
 */
function nextContactDay(ctx: BatchContext, day: string, offset: number): string {
  const planned = addDays(day, offset);
  return planned >= addDays(ctx.today, -3) ? planned : addDays(ctx.today, (offset % 14) - 3);
}

/** "Рахунок виставлено" e-mails and payment reminders for overdue invoices. */
async function createInvoiceFollowUps(ctx: BatchContext, rng: Rng): Promise<void> {
  const fulfilment = ctx.ref('stage', catalog.INTERACTION_STAGES[5].name);
  for (const inv of ctx.invoices) {
    if (inv.status === 'draft' || inv.status === 'cancelled') continue;
    const contact = inv.cp.contacts.find((c) => c.position.includes('бухгалтер')) ?? inv.cp.contacts[0] ?? null;
    const line = inv.cp.lines[0];
    if (rng.chance(0.55)) {
      await ctx.w.create(INTERACTION, {
        counterparty: inv.cp.documentId,
        ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
        employee: inv.author.documentId,
        occurredAt: ctx.atIso(inv.date, rng.int(10, 17), rng.pick([0, 15, 30, 45])),
        kind: 'email',
        direction: 'outbound',
        stage: fulfilment,
        businessLine: ctx.ref('businessLine', line),
        subject: `Рахунок № ${inv.number}`,
        content: `Надіслали рахунок № ${inv.number} від ${formatLocalDate(inv.date)} на суму ${formatAmount(inv.totalK)} грн. Термін оплати — до ${formatLocalDate(inv.dueDate)}.`,
        result: 'Рахунок надіслано',
        state: 'done',
        invoice: inv.documentId,
        ...(inv.contractId ? { contract: inv.contractId } : {}),
      });
    }
    const remindDay = nextWorkday(addDays(inv.dueDate, rng.int(1, 4)));
    if ((inv.status === 'overdue' || inv.status === 'partially-paid') && remindDay < ctx.today) {
      let next = workInstant(ctx, rng, addDays(ctx.today, rng.int(-4, 7))).toISOString();
      const occurredAt = workInstant(ctx, rng, remindDay);
      // the next contact comes after the reminder itself (the chronicle refuses one before it)
      if (new Date(next) <= occurredAt) next = new Date(occurredAt.getTime() + 2 * 86_400_000).toISOString();
      const doc = await ctx.w.create(INTERACTION, {
        counterparty: inv.cp.documentId,
        ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
        employee: inv.author.documentId,
        occurredAt: occurredAt.toISOString(),
        kind: 'call-out',
        direction: 'outbound',
        stage: fulfilment,
        businessLine: ctx.ref('businessLine', line),
        subject: 'Нагадування про оплату',
        content: `Нагадування про оплату рахунку № ${inv.number}: до сплати ${formatAmount(inv.totalK - inv.paidK)} грн. Контактна особа — ${contact ? contact.person.fullName : 'бухгалтерія клієнта'}.`,
        result: rng.pick(['Обіцяли оплатити цього тижня', 'Оплата на погодженні у директора', 'Просять відстрочку на 10 днів']),
        state: 'done',
        nextContactAt: next,
        nextContactNote: 'Перевірити надходження оплати',
        invoice: inv.documentId,
      });
      if (Math.abs(new Date(next).getTime() - ctx.now.getTime()) < 6 * 86_400_000) {
        ctx.followUps.push({ documentId: doc.documentId, cp: inv.cp, employee: inv.author, at: next });
      }
    }
  }
}

/** Invitations to seminars, presentations and exhibitions, linked to the marketing event. */
async function createEventInvitations(ctx: BatchContext, rng: Rng): Promise<void> {
  for (const ev of ctx.events) {
    if (!['seminar', 'presentation', 'exhibition'].includes(ev.kind)) continue;
    const eventDay = ev.start.slice(0, 10);
    for (const p of ev.participants) {
      if (!rng.chance(0.6)) continue;
      const day = nextWorkday(addDays(eventDay, -rng.int(3, 14)));
      const at = workInstant(ctx, rng, day);
      const future = at.getTime() > ctx.now.getTime();
      const kind: Kind = rng.chance(0.5) ? 'call-out' : 'email';
      await ctx.w.create(INTERACTION, {
        counterparty: p.cp.documentId,
        ...(p.contact?.documentId ? { contactPerson: p.contact.documentId } : {}),
        employee: p.cp.manager.documentId,
        occurredAt: at.toISOString(),
        kind,
        direction: 'outbound',
        businessLine: ctx.ref('businessLine', p.cp.lines[0]),
        subject: `Запрошення: ${ev.name}`,
        content: `Запрошення на захід: ${ev.name}, ${formatLocalDate(eventDay)}. Контактна особа — ${p.contact ? p.contact.person.fullName : 'керівник компанії'}.`,
        ...(future ? {} : { result: p.status === 'invited' ? 'Подумають' : 'Підтвердили участь' }),
        state: future ? 'planned' : 'done',
        marketingEvent: ev.documentId,
      });
    }
  }
}
