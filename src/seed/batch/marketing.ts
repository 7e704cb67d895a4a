import * as catalog from '../catalog';
import { formatKopecks, toKopecks } from '../../domain/money';
import { addDays } from '../../domain/time';
import type { BatchContext, Contact, Cp, EventInfo } from './context';

/** Start offsets (days from today) of a batch's events: spread over the year, one running now, one ahead. */
const EVENT_OFFSETS = [-320, -255, -190, -130, -75, -12, 9];

function participantStatus(past: boolean, r: number): 'invited' | 'registered' | 'attended' | 'no-show' {
  if (!past) return r < 0.5 ? 'invited' : 'registered';
  if (r < 0.65) return 'attended';
  if (r < 0.8) return 'no-show';
  return r < 0.9 ? 'registered' : 'invited';
}

export async function createMarketingEvents(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('marketing');
  const marketers = ctx.employeesWith('marketer');
  const buyers = ctx.counterparties.filter((c) => c.kind === 'client' || c.kind === 'prospect' || c.kind === 'partner');
  const templates = rng.sample(catalog.EVENT_TEMPLATES, EVENT_OFFSETS.length);
  // The running event is a price promotion, so the demo always has a current price promotion.
  const promoIndex = templates.findIndex((t) => t.kind === 'price-promotion');
  const running = EVENT_OFFSETS.indexOf(-12);
  if (promoIndex >= 0 && promoIndex !== running) [templates[promoIndex], templates[running]] = [templates[running], templates[promoIndex]];

  for (let i = 0; i < templates.length; i += 1) {
    const t = templates[i];
    const startDay = addDays(ctx.today, EVENT_OFFSETS[i] + rng.int(-5, 5) * (i === running ? 0 : 1));
    const endDay = addDays(startDay, t.days - 1);
    const past = endDay < ctx.today;
    const venue = t.venue !== null ? catalog.VENUES[t.venue] : null;

    const withPeople = ['seminar', 'exhibition', 'presentation', 'mailing'].includes(t.kind);
    let candidates = buyers;
    if (venue?.city === 'Львів') candidates = buyers.filter((c) => !catalog.KYIV_SALES_REGIONS.has(c.city.region));
    const count = t.kind === 'mailing' ? rng.int(25, 40) : withPeople ? rng.int(10, 24) : rng.int(0, 6);
    const participants = rng.sample(candidates, count).map((cp) => {
      const contact: Contact | null = cp.contacts.find((c) => c.isPrimary) ?? cp.contacts[0] ?? null;
      const status = t.kind === 'mailing' ? (past ? 'attended' : 'invited') : participantStatus(past, rng.float());
      return { cp, contact, status };
    });

    const costs = t.costs.map(([item, min, max]) => ({
      item,
      amount: formatKopecks(rng.int(min / 100, max / 100) * 10_000),
      date: addDays(startDay, -rng.int(3, 20)),
    }));
    const costK = costs.reduce((s, c) => s + Number(toKopecks(c.amount)), 0);
    const budgetK = Math.ceil((costK * rng.real(1.0, 1.25)) / 100_000) * 100_000;
    const revenues =
      past || i === running
        ? Array.from({ length: rng.int(1, 3) }, (_, k) => ({
            item: k === 0 ? 'Продажі учасникам / за акцією' : rng.pick(['Повторні замовлення', 'Нові договори', 'Продаж залишків']),
            amount: formatKopecks(Math.round((costK * rng.real(0.8, 4)) / 100 / (k + 1)) * 100),
            date: endDay > ctx.today ? ctx.today : endDay,
          }))
        : [];
    const promoted = t.groups ? ctx.shared.products.filter((p) => t.groups!.includes(p.group)).slice(0, 6) : [];
    const materials = rng.sample(ctx.shared.materials, t.kind === 'mailing' ? 1 : rng.int(1, 3)).map((m) => ({
      marketingMaterial: m.documentId,
      quantity: m.unitCost > 1000 ? rng.int(1, 2) : rng.int(2, 20) * 10,
    }));
    const start = ctx.atIso(startDay, t.days > 1 ? 0 : 10, 0);
    const end = ctx.atIso(endDay, t.days > 1 ? 23 : 13 + rng.int(0, 4), t.days > 1 ? 59 : 0);
    const year = startDay.slice(0, 4);

    const doc = await ctx.w.create('api::marketing-event.marketing-event', {
      kind: t.kind,
      name: t.days > 1 || t.kind === 'mailing' ? `${t.name} ${year}` : `${t.name}${venue?.city ? `, ${venue.city}` : ''}`,
      start,
      end,
      ...(venue ? { place: venue.place } : {}),
      responsible: (t.kind === 'exhibition' || t.kind === 'image-campaign' ? marketers[0] : rng.pick(marketers)).documentId,
      budget: formatKopecks(budgetK),
      participants: participants.map((p) => ({
        counterparty: p.cp.documentId,
        ...(p.contact?.documentId ? { contactPerson: p.contact.documentId } : {}),
        status: p.status,
      })),
      materials,
      costs,
      revenues,
      ...(promoted.length ? { promotedProducts: promoted.map((p) => p.documentId) } : {}),
      ...(t.kind === 'price-promotion' && t.discount ? { discountPercent: rng.int(t.discount[0], t.discount[1]) } : {}),
      ...(t.leadSource ? { leadSource: ctx.ref('leadSource', t.leadSource) } : {}),
      description: t.description,
    });
    const info: EventInfo = { documentId: doc.documentId, name: t.name, kind: t.kind, start, participants };
    ctx.events.push(info);
  }
}

/** Adds this batch's counterparties to the shared static segments. */
export async function fillStaticSegments(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('segments');
  const connect = async (name: string, cps: Cp[]) => {
    const id = ctx.shared.segments.get(name);
    const ids = [...new Set(cps.map((c) => c.documentId!).filter(Boolean))];
    if (!id || ids.length === 0) return;
    await ctx.w.update('api::segment.segment', id, { members: { connect: ids } });
  };
  await connect('Ключові клієнти', ctx.counterparties.filter((c) => c.keyClient));
  await connect(
    'Розсилка «Новинки ПЗ»',
    rng.sample(
      ctx.counterparties.filter((c) => (c.kind === 'client' || c.kind === 'prospect') && (c.lines.includes('Програмне забезпечення') || c.industry === 'IT')),
      40,
    ),
  );
  const attendees = ctx.events
    .filter((e) => e.kind === 'seminar' || e.kind === 'presentation')
    .flatMap((e) => e.participants.filter((p) => p.status === 'attended').map((p) => p.cp));
  await connect('Учасники семінарів', attendees);
}
