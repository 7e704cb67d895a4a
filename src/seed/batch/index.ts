import type { BatchContext } from './context';
import { createCounterparties, generateCounterparties } from './counterparties';
import { createContracts, createInvoicesAndPayments } from './documents';
import { createMarketingEvents, fillStaticSegments } from './marketing';
import { createChronicle } from './chronicle';
import { createRequests } from './requests';
import { createComplaints, createNotifications, createRefusals } from './aftersales';
import { createSchedule } from './schedule';

export { BatchContext } from './context';

/**
 * One batch of demo data. The order matters: documents exist before the chronicle links them,
 * events before invitations, requests and complaints before notifications.
 */
export async function runBatch(ctx: BatchContext): Promise<void> {
  const step = async (name: string, fn: () => Promise<void>) => {
    const t0 = Date.now();
    await fn();
    ctx.log(`  batch ${ctx.batch}: ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  await step('counterparties and contacts', async () => {
    const cps = generateCounterparties(ctx);
    await createCounterparties(ctx, cps);
    ctx.counterparties.push(...cps);
  });
  await step('contracts', () => createContracts(ctx));
  await step('invoices and payments', () => createInvoicesAndPayments(ctx));
  await step('marketing events', () => createMarketingEvents(ctx));
  await step('static segments', () => fillStaticSegments(ctx));
  await step('chronicle', () => createChronicle(ctx));
  await step('inbound requests', () => createRequests(ctx));
  await step('refusals', () => createRefusals(ctx));
  await step('complaints', () => createComplaints(ctx));
  await step('notifications', () => createNotifications(ctx));
  if (ctx.batch === 1) await step('schedule', () => createSchedule(ctx));
}
