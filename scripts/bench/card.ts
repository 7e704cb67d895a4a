/**
 * npm run bench:card -- [--server http://127.0.0.1:1337] [--runs 5] [--write docs/benchmarks.md]
 *
 * How long the counterparty card takes to show (issue 9: under 2 s on the demo data), in Debian's chromium,
 * for a Sales manager and the Director on each one's busiest client: from the click on the client's row in
 * the counterparty list until the card's form, timeline and side lists are on screen — what a person does
 * all day, the panel already loaded — and, beside it, opened by its address (a full page load: the panel's
 * code started again, the sign-in checked, the content manager's settings read). Each figure is the median
 * and the slowest of `runs` openings after one opening to warm up, with the requests the card made.
 * Needs a running Vitrylo with the demo data and its built panel (`npm run demo`).
 */
import fs from 'fs';
import os from 'os';
import { chromium, type Page } from 'playwright-core';
import { Pool } from 'pg';

interface Options {
  server: string;
  runs: number;
  write?: string;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  return { server: (value('--server') ?? 'http://127.0.0.1:1337').replace(/\/$/, ''), runs: Number(value('--runs') ?? 5), write: value('--write') };
}

const PASSWORD = process.env.DEMO_PASSWORD ?? 'Vitrylo-Demo-2026';
const LOGINS = { 'sales manager': 'manager@vitrylo.demo', director: 'director@vitrylo.demo' } as const;
type Who = keyof typeof LOGINS;
const LIST = '/admin/content-manager/collection-types/api::counterparty.counterparty';

interface Client {
  documentId: string;
  name: string;
  interactions: number;
}

/** The client with the most interactions among those the person manages (the Director: of all) that have an invoice: a card with its side lists filled. */
async function busiestClient(pool: Pool, email: string, everyone: boolean): Promise<Client> {
  const { rows } = await pool.query(
    `select c.document_id, c.name, count(i.id)::int as n from counterparties c
       join interactions i on i.access_counterparty = c.id
       join admin_users u on u.email = $1
      where ($2 or c.access_manager_user = u.id)
        and exists (select 1 from invoices_counterparty_lnk l where l.counterparty_id = c.id)
      group by c.id order by n desc, c.id limit 1`,
    [email, everyone],
  );
  if (!rows[0]) throw new Error(`${email} has no client with interactions: run the demo setup first`);
  return { documentId: rows[0].document_id, name: rows[0].name, interactions: rows[0].n };
}

async function cardShown(page: Page): Promise<void> {
  await page.locator('[data-timeline-entry]').first().waitFor({ timeout: 60000 });
  await page.locator('[data-card-list]').first().waitFor({ timeout: 60000 });
  await page.locator('[data-attributes-editor]').waitFor({ timeout: 60000 });
}

/** Milliseconds from the click on the client's row in the list to the card on screen, and the requests in between. */
async function openFromList(page: Page, server: string, client: Client): Promise<{ ms: number; requests: number }> {
  await page.goto(`${server}${LIST}?page=1&pageSize=10&sort=name:ASC&_q=${encodeURIComponent(client.name)}`);
  const row = page.getByRole('row', { name: new RegExp(client.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
  await row.waitFor({ timeout: 60000 });
  await page.waitForLoadState('networkidle');
  let requests = 0;
  const count = () => (requests += 1);
  page.on('request', count);
  const started = Date.now();
  // the name's cell (the first cell is the row's checkbox)
  await row.getByText(client.name, { exact: true }).first().click();
  await cardShown(page);
  const ms = Date.now() - started;
  page.off('request', count);
  return { ms, requests };
}

async function openByAddress(page: Page, server: string, client: Client): Promise<{ ms: number; requests: number }> {
  let requests = 0;
  const count = () => (requests += 1);
  page.on('request', count);
  const started = Date.now();
  await page.goto(`${server}${LIST}/${client.documentId}`);
  await cardShown(page);
  const ms = Date.now() - started;
  page.off('request', count);
  return { ms, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

interface Row {
  who: Who;
  client: Client;
  fromList: number[];
  byAddress: number[];
  requestsFromList: number;
  requestsByAddress: number;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const rows: Row[] = [];
  try {
    for (const who of Object.keys(LOGINS) as Who[]) {
      const client = await busiestClient(pool, LOGINS[who], who === 'director');
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${opts.server}/admin/auth/login`);
      await page.fill('input[name="email"]', LOGINS[who]);
      await page.fill('input[name="password"]', PASSWORD);
      await page.click('button[type="submit"]');
      await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
      await openByAddress(page, opts.server, client); // warm-up: the panel's code into the browser's cache
      const row: Row = { who, client, fromList: [], byAddress: [], requestsFromList: 0, requestsByAddress: 0 };
      for (let run = 0; run < opts.runs; run += 1) {
        const listed = await openFromList(page, opts.server, client);
        row.fromList.push(listed.ms);
        row.requestsFromList = listed.requests;
        const loaded = await openByAddress(page, opts.server, client);
        row.byAddress.push(loaded.ms);
        row.requestsByAddress = loaded.requests;
      }
      console.log(`${who}: "${client.name}" (${client.interactions} interactions): from the list ${row.fromList.join(', ')} ms; by address ${row.byAddress.join(', ')} ms`);
      rows.push(row);
      await page.close();
    }
  } finally {
    await browser.close();
    await pool.end();
  }

  const table = [
    '| who | client (interactions) | from the list, median / slowest ms | requests | by address (full load), median / slowest ms | requests |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.who} | ${row.client.name} (${row.client.interactions}) | ${median(row.fromList)} / ${Math.max(...row.fromList)} | ${row.requestsFromList} | ${median(row.byAddress)} / ${Math.max(...row.byAddress)} | ${row.requestsByAddress} |`),
  ].join('\n');
  console.log(`\n${table}`);
  if (opts.write) {
    const [load1, load5] = os.loadavg();
    const section =
      `## ${new Date().toISOString().slice(0, 10)}: the counterparty card in chromium (${opts.runs} openings each)\n\n` +
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${load1.toFixed(1)} / ${load5.toFixed(1)} at the end. ` +
      `Written by \`npm run bench:card\` (scripts/bench/card.ts): from the click on the client's row to the card's form, timeline and side lists on screen, ` +
      `and the same card opened by its address (a full page load). Requests: the last opening's, the panel's code included.\n\n${table}\n`;
    fs.appendFileSync(opts.write, `\n${section}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
