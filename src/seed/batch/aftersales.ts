import * as catalog from '../catalog';
import { formatAmount, formatDateTime, formatLocalDate } from '../../domain/format';
import { formatKopecks } from '../../domain/money';
import { addDays } from '../../domain/time';
import { nextWorkday } from '../calendar';
import { fill, pad, quantityText } from '../text';
import type { BatchContext } from './context';

export const COMPLAINTS_PER_BATCH = 28;

const LOSS_WEIGHTS: Array<[string, number]> = [
  ['Висока ціна', 8], ['Обрали конкурента', 7], ['Немає бюджету', 5], ['Потребу відкладено', 5], ['Не влаштували терміни поставки', 2],
  ['Незадоволені якістю', 2], ['Втрачено контакт', 3], ['Зміна керівництва клієнта', 2], ['Припинення діяльності клієнта', 1], ['Програли тендер', 2],
];

/** Refusals of the counterparties planned to refuse or to end cooperation (their chronicle ends on that date). */
export async function createRefusals(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('refusals');
  const competitors = ctx.counterparties.filter((c) => c.kind === 'competitor');
  for (const cp of ctx.counterparties.filter((c) => c.refusal && c.refusalDate)) {
    const ended = cp.refusal === 'ended-cooperation';
    let reason = rng.weighted(LOSS_WEIGHTS);
    if (ended && reason === 'Програли тендер') reason = 'Незадоволені якістю';
    const products = ctx.shared.products.filter((p) => cp.lines.includes(p.businessLine));
    const product = rng.pick(products.length ? products : ctx.shared.products);
    const lostK = ended ? rng.int(60, 900) * 100_000 : rng.int(8, 400) * 10_000;
    await ctx.w.create('api::refusal.refusal', {
      counterparty: cp.documentId,
      date: cp.refusalDate,
      kind: cp.refusal,
      lossReason: ctx.ref('lossReason', reason),
      stage: ctx.ref('stage', catalog.INTERACTION_STAGES[ended ? 6 : rng.int(2, 3)].name),
      product: product.documentId,
      ...(reason === 'Обрали конкурента' && competitors.length ? { competitor: rng.pick(competitors).documentId } : {}),
      lostAmount: formatKopecks(lostK),
      employee: cp.manager.documentId,
      comment: rng.pick(catalog.REFUSAL_COMMENTS[reason] ?? ['Без коментаря.']),
    });
  }
}

/** Complaints about delivered invoices: the older ones resolved or rejected, the recent ones open. */
export async function createComplaints(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('complaints');
  const secretaries = ctx.employeesWith('secretary');
  const commercial = ctx.employeeByEmail('i.melnyk@vitrylo.com.ua');
  const candidates = ctx.invoices.filter((i) => i.status !== 'draft' && i.status !== 'cancelled' && i.date < ctx.today);
  // A third of the complaints concern invoices of the last two months, so some are still open.
  const recentFrom = addDays(ctx.today, -60);
  const recent = rng.sample(candidates.filter((i) => i.date >= recentFrom), Math.round(COMPLAINTS_PER_BATCH / 3));
  const older = rng.sample(candidates.filter((i) => !recent.includes(i)), COMPLAINTS_PER_BATCH - recent.length);
  const chosen = [...recent, ...older].sort((a, b) => a.date.localeCompare(b.date));
  let seq = 0;
  for (const inv of chosen) {
    seq += 1;
    const invoiceProducts = inv.productIds.map((id) => ctx.shared.products.find((p) => p.documentId === id)!);
    const fitting = catalog.COMPLAINT_TEMPLATES.filter((x) => !x.groups || invoiceProducts.some((p) => x.groups!.includes(p.group)));
    const t = rng.pickWeighted(fitting);
    const product = rng.pick(t.groups ? invoiceProducts.filter((p) => t.groups!.includes(p.group)) : invoiceProducts);
    const receivedDay = nextWorkday(addDays(inv.date, rng.int(2, 20)));
    let received = ctx.at(receivedDay, rng.int(9, 18), rng.int(0, 59)).getTime();
    if (received > ctx.now.getTime()) received = ctx.now.getTime() - rng.int(1, 48) * 3_600_000;
    const ageDays = (ctx.now.getTime() - received) / 86_400_000;
    const status =
      ageDays > 30
        ? rng.weighted([['resolved', 82], ['rejected', 18]] as const)
        : rng.weighted([['new', 30], ['investigating', 40], ['resolved', 22], ['rejected', 8]] as const);
    const closed = status === 'resolved' || status === 'rejected';
    const resolvedAt = closed ? Math.min(ctx.now.getTime(), received + rng.int(1, 14) * 86_400_000) : null;
    const contact = inv.cp.contacts.find((c) => c.isPrimary) ?? inv.cp.contacts[0];
    const severity = t.category === 'quality' ? rng.weighted([['medium', 5], ['high', 3], ['critical', 1]] as const) : rng.weighted([['low', 3], ['medium', 5], ['high', 2]] as const);
    const number = `РК-${ctx.batch}-${pad(seq, 3)}`;
    const doc = await ctx.w.create('api::complaint.complaint', {
      number,
      receivedAt: new Date(received).toISOString(),
      counterparty: inv.cp.documentId,
      ...(contact?.documentId ? { contactPerson: contact.documentId } : {}),
      product: product.documentId,
      invoice: inv.documentId,
      category: t.category,
      severity,
      description: fill(t.description, { product: product.name, number: inv.number, quantity: quantityText(rng.int(product.qty[0], product.qty[1]) + 1, product.unit) }),
      registeredBy: rng.pick(secretaries).documentId,
      responsible: (severity === 'critical' ? commercial : inv.cp.manager).documentId,
      state: status,
      ...(status === 'resolved' ? { resolution: t.resolution } : {}),
      ...(status === 'rejected' ? { resolution: rng.pick(['Рекламацію відхилено: пошкодження з вини користувача.', 'Рекламацію відхилено: гарантійний термін минув.', 'Претензію не підтверджено під час перевірки.']) } : {}),
      ...(resolvedAt !== null ? { resolvedAt: new Date(resolvedAt).toISOString() } : {}),
      ...(status === 'resolved' && t.category !== 'documents' ? { cost: formatKopecks(rng.int(0, 60) * 10_000) } : {}),
    });
    const responsible = severity === 'critical' ? commercial : inv.cp.manager;
    ctx.complaints.push({ documentId: doc.documentId, number, responsible, status });
  }
}

/** Two or three notifications per employee: follow-ups, new requests, overdue invoices, complaints, system news. */
export async function createNotifications(ctx: BatchContext): Promise<void> {
  const rng = ctx.rng('notifications');
  const overdue = ctx.invoices.filter((i) => i.status === 'overdue');
  const SYSTEM = [
    { title: 'Тижневий звіт з продажів готовий', body: 'Звіт «Продажі за тиждень» сформовано, його можна завантажити в розділі «Звіти».', link: '/admin/reports' },
    { title: 'Імпортовано банківську виписку', body: 'Виписку ПриватБанку імпортовано, є нерозпізнані оплати.', link: '/admin/content-manager/collection-types/api::payment.payment' },
    { title: 'Оновлено довідник товарів', body: 'До каталогу додано нові позиції та оновлено ціни.', link: '/admin/content-manager/collection-types/api::product.product' },
    { title: 'Нагадування: заповніть графік роботи', body: 'Заплануйте візити та відрядження на наступний тиждень.', link: '/admin/content-manager/collection-types/api::schedule-entry.schedule-entry' },
  ];
  const recent = (iso: string) => Math.max(ctx.now.getTime() - 5 * 86_400_000, Math.min(ctx.now.getTime(), new Date(iso).getTime()));

  for (const emp of ctx.shared.employees) {
    const items: Array<{ kind: string; title: string; body: string; link: string; at: number }> = [];
    for (const f of rng.sample(ctx.followUps.filter((x) => x.employee.documentId === emp.documentId), 2)) {
      items.push({
        kind: 'next-contact',
        title: `Нагадування: зв’язатися з ${f.cp.name}`,
        body: `Запланований контакт на ${formatDateTime(new Date(f.at), ctx.timeZone)}.`,
        link: ctx.link('api::interaction.interaction', f.documentId),
        at: recent(f.at) - 86_400_000,
      });
    }
    const myRequests = ctx.requests.filter((r) => r.assignee?.documentId === emp.documentId).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    for (const r of myRequests.slice(0, 1)) {
      items.push({ kind: 'inbound-request', title: `Нове звернення: ${r.subject}`, body: 'Вам призначено звернення, перегляньте його.', link: ctx.link('api::inbound-request.inbound-request', r.documentId), at: recent(r.receivedAt) });
    }
    if (emp.role === 'accountant' || emp.role === 'director') {
      for (const inv of rng.sample(overdue, 2)) {
        items.push({
          kind: 'overdue-invoice',
          title: `Прострочено рахунок № ${inv.number}`,
          body: `${inv.cp.name}: до сплати ${formatAmount(inv.totalK - inv.paidK)} грн, термін оплати минув ${formatLocalDate(inv.dueDate)}.`,
          link: ctx.link('api::invoice.invoice', inv.documentId),
          at: ctx.now.getTime() - rng.int(1, 72) * 3_600_000,
        });
      }
    }
    for (const c of ctx.complaints.filter((x) => x.responsible.documentId === emp.documentId && x.status !== 'resolved' && x.status !== 'rejected').slice(0, 1)) {
      items.push({ kind: 'complaint', title: `Рекламація ${c.number}`, body: 'Вас призначено відповідальним за рекламацію.', link: ctx.link('api::complaint.complaint', c.documentId), at: ctx.now.getTime() - rng.int(1, 96) * 3_600_000 });
    }
    if (emp.role === 'secretary') {
      const latest = ctx.requests.slice().sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
      if (latest) items.push({ kind: 'inbound-request', title: `Нове звернення: ${latest.subject}`, body: 'Зареєстровано нове звернення, його розподілено автоматично.', link: ctx.link('api::inbound-request.inbound-request', latest.documentId), at: recent(latest.receivedAt) });
    }
    while (items.length < 2) {
      const s = rng.pick(SYSTEM);
      if (items.some((x) => x.title === s.title)) continue;
      items.push({ kind: 'system', ...s, at: ctx.now.getTime() - rng.int(1, 120) * 3_600_000 });
    }
    for (const n of items.slice(0, 4)) {
      const read = rng.chance(0.45);
      await ctx.w.create('api::notification.notification', {
        recipient: emp.documentId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        ...(read ? { readAt: new Date(Math.min(ctx.now.getTime(), n.at + rng.int(10, 600) * 60_000)).toISOString() } : {}),
      });
    }
  }
}

