/**
 * npm run bench:lists -- [--servers http://127.0.0.1:1337,http://127.0.0.1:1338] [--seconds 10] [--rounds 1]
 *                        [--connections 10] [--only inbox,web form | --only "counterparties, filtered;inbox"] [--write docs/benchmarks.md]
 *
 * Load on the screens a CRM lives in, for the super admin, a Sales manager and the Secretary: the
 * counterparty list (plain, filtered, searched), the interaction list, one client's chronicle (through the
 * content manager, and as the card's timeline), the Sales manager's inbox, plus the caller-ID lookup and the
 * web form. Each beside the same question asked as hand-written SQL through `pg`
 * on the same database (the limit of what the server could do), and their ratio; and the CPU each request cost
 * the server and the database (process-cpu.ts), steadier than latency on a machine shared with other work. Needs a running Vitrylo on
 * PostgreSQL (DATABASE_URL, the same the server uses) with the demo logins (`npm run demo` or `npm run seed`,
 * then `npm run seed:scale` for big data), started with the lookup and web-form rate limits raised for the
 * load (LOOKUP_RATE_LIMIT=100000000 WEB_FORM_RATE_LIMIT=100000000): see docs/benchmarks.md.
 *
 * With `--rounds n` every scenario's load is run n times and each figure is the median of its rounds: on a
 * two-core machine one run of a scenario moves by 20–40 % from the next, more than most changes do.
 */
import os from 'os';
import fs from 'fs';
import path from 'path';
import { Pool } from 'pg';
import { Figures, HttpScenario, measureHttp, measureQuery } from './measure';
import { databaseProcesses, serverProcesses, watchCpu } from './process-cpu';
import { visibilitySql, Viewer } from './visibility-sql';
import { OPEN_REQUEST_STATES } from '../../src/domain/inbox';
import { MATCH_FIRST_LIMIT } from '../../src/search/search-clause';

interface Options {
  servers: string[];
  seconds: number;
  /** how many times each scenario's load runs; the figures are the medians */
  rounds: number;
  connections: number;
  /** the scenarios to run, by name (all when absent) */
  only?: string[];
  write?: string;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  return {
    servers: (value('--servers') ?? process.env.BENCH_SERVERS ?? 'http://127.0.0.1:1337').split(',').map((server) => server.replace(/\/$/, '')),
    seconds: Number(value('--seconds') ?? 10),
    rounds: Math.max(1, Number(value('--rounds') ?? 1)),
    connections: Number(value('--connections') ?? 10),
    // names are split at ';' when there is one (a name may hold a comma: "counterparties, filtered"), else at ','
    only: value('--only')?.split(value('--only')!.includes(';') ? ';' : ',').map((name) => name.trim()),
    write: value('--write'),
  };
}

const LOGINS = {
  'super admin': { email: process.env.ADMIN_EMAIL ?? 'admin@vitrylo.demo', password: process.env.ADMIN_PASSWORD ?? 'Vitrylo-Admin-2026' },
  'sales manager': { email: 'manager@vitrylo.demo', password: process.env.DEMO_PASSWORD ?? 'Vitrylo-Demo-2026' },
  secretary: { email: 'secretary@vitrylo.demo', password: process.env.DEMO_PASSWORD ?? 'Vitrylo-Demo-2026' },
} as const;
type Who = keyof typeof LOGINS;

async function login(server: string, who: Who): Promise<{ token: string; userId: number }> {
  const res = await fetch(`${server}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(LOGINS[who]) });
  const body: any = await res.json();
  if (!res.ok) throw new Error(`login of the ${who} (${LOGINS[who].email}) failed: ${res.status} ${JSON.stringify(body)}`);
  return { token: body.data.token, userId: body.data.user.id };
}

/**
 * A session kept between runs of the benchmark (in the system's temporary directory, by database and login),
 * used again while the server still takes it: the admin login allows five sign-ins of one login in five
 * minutes, fewer than rounds of A/B runs need.
 */
async function session(server: string, who: Who): Promise<{ token: string; userId: number }> {
  const file = path.join(os.tmpdir(), 'vitrylo-bench-sessions.json');
  const key = `${process.env.DATABASE_URL} ${LOGINS[who].email}`;
  const kept: Record<string, { token: string; userId: number }> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const known = kept[key];
  if (known && (await fetch(`${server}/admin/users/me`, { headers: { Authorization: `Bearer ${known.token}` } })).ok) return known;
  kept[key] = await login(server, who);
  fs.writeFileSync(file, JSON.stringify(kept), { mode: 0o600 });
  return kept[key];
}

const CM = '/content-manager/collection-types';
const COUNTERPARTY = 'api::counterparty.counterparty';
const INTERACTION = 'api::interaction.interaction';

interface Row {
  scenario: string;
  who: string;
  http: Figures;
  sql?: Figures;
  /** CPU milliseconds per request of the Vitrylo processes and of PostgreSQL's */
  cpu: { server: number | null; database: number | null };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: opts.connections });
  const one = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows[0];
  const server = opts.servers[0];

  const sizes = await one(`select (select count(*) from counterparties) as counterparties, (select count(*) from interactions) as interactions,
    (select count(*) from invoices) as invoices, (select count(*) from contact_persons) as contacts`);
  console.log(`Data: ${JSON.stringify(sizes)}; servers: ${opts.servers.join(', ')}; ${opts.connections} connections, ${opts.seconds} s each, ${opts.rounds} round(s)`);

  const sessions = {} as Record<Who, { token: string; viewer: Viewer }>;
  for (const who of Object.keys(LOGINS) as Who[]) {
    const { token, userId } = await session(server, who);
    const department = await one(
      `select d.department_id as id from employees_admin_user_lnk u join employees_department_lnk d on d.employee_id = u.employee_id where u.user_id = $1`,
      [userId],
    );
    const role = who === 'super admin' ? 'all' : who === 'secretary' ? 'all-counterparties' : 'sales';
    sessions[who] = { token, viewer: { role, userId, departmentId: department?.id ?? null } };
  }

  // What the scenarios look for, read from the data: the manager's busiest client, a phone, a name fragment.
  const manager = sessions['sales manager'].viewer;
  const busiest = await one(
    `select c.document_id, c.id, count(*) as n from interactions_counterparty_lnk l join counterparties c on c.id = l.counterparty_id
      where c.access_manager_user = $1 group by c.id, c.document_id order by n desc limit 1`,
    [manager.userId],
  );
  const sample = await one(`select phone, name from counterparties where phone is not null and access_manager_user = $1 limit 1`, [manager.userId]);
  const term = String(sample?.name ?? 'тов').split(/\s+/).find((word: string) => word.length >= 5)?.toLocaleLowerCase('uk-UA').replace(/[«»"]/g, '') ?? 'тов';
  if (!busiest || !sample) throw new Error('the sales manager has no clients with interactions: seed the demo data first');

  const tokenId = `bench-${Date.now()}`;
  const apiToken: any = await (
    await fetch(`${server}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessions['super admin'].token}` },
      body: JSON.stringify({ name: tokenId, type: 'custom', lifespan: null, permissions: ['api::counterparty.counterparty.lookup'] }),
    })
  ).json();

  const rows: Row[] = [];
  const run = async (scenario: string, who: string, http: HttpScenario, sql?: () => Promise<unknown>) => {
    if (opts.only && !opts.only.includes(scenario)) return;
    const rounds: Array<{ http: Figures; cpu: Row['cpu'] }> = [];
    for (let round = 0; round < opts.rounds; round += 1) {
      const serverCpu = watchCpu(() => serverProcesses(opts.servers));
      const databaseCpu = watchCpu(() => databaseProcesses(process.env.DATABASE_URL));
      const figures = await measureHttp(opts.servers, http, opts.connections, opts.seconds);
      rounds.push({ http: figures, cpu: { server: serverCpu.perRequest(figures.requests), database: databaseCpu.perRequest(figures.requests) } });
    }
    const httpFigures = medianFigures(rounds.map((one) => one.http));
    const cpu = { server: medianOf(rounds.map((one) => one.cpu.server)), database: medianOf(rounds.map((one) => one.cpu.database)) };
    const sqlFigures = sql ? await measureQuery(sql, opts.connections, opts.seconds) : undefined;
    rows.push({ scenario, who, http: httpFigures, sql: sqlFigures, cpu });
    console.log(line(rows[rows.length - 1]));
  };
  const bearer = (who: Who) => ({ Authorization: `Bearer ${sessions[who].token}` });
  const page = 'page=1&pageSize=10';
  const listSql = (table: string, who: Who, extra: string, order: string, params: unknown[] = []) => {
    const visible = visibilitySql(table, sessions[who].viewer, params.length + 1);
    const where = `where ${visible.sql}${extra ? ` and ${extra}` : ''}`;
    const all = [...params, ...visible.params];
    return async () => {
      await pool.query(`select * from ${table} ${where} order by ${order} limit 10`, all);
      await pool.query(`select count(*) from (select 1 from ${table} ${where} limit 10001) capped`, all);
    };
  };

  // a search reads its matches first when they are few (search-clause.ts), as a hand-written query would
  const searchSql = (who: Who, word: string) => async () => {
    const matches = await pool.query(`select id from counterparties where search_text like $1 limit ${MATCH_FIRST_LIMIT + 1}`, [`%${word}%`]);
    const ids = matches.rows.map((row: { id: number }) => row.id);
    const condition = ids.length > MATCH_FIRST_LIMIT ? [`search_text like $1`, [`%${word}%`]] as const : [`id = any($1)`, [ids]] as const;
    await listSql('counterparties', who, condition[0], 'name asc', [...condition[1]])();
  };

  const timelineSql = (who: Who, counterpartyId: number) => {
    const visible = visibilitySql('interactions', sessions[who].viewer, 2);
    const where = `where ${visible.sql} and access_counterparty = $1`;
    const params = [counterpartyId, ...visible.params];
    const related = (link: string, owner: string, target: string, table: string, columns: string) =>
      `select l.${owner}, t.${columns} from ${link} l join ${table} t on t.id = l.${target} where l.${owner} = any($1)`;
    return async () => {
      const page = await pool.query(`select id, document_id, occurred_at, kind, direction, state, subject, result from interactions ${where} order by occurred_at desc, id desc limit 10`, params);
      const ids = page.rows.map((row: { id: number }) => row.id);
      await pool.query(`select count(*) from (select 1 from interactions ${where} limit 10001) capped`, params);
      await Promise.all([
        pool.query(related('interactions_employee_lnk', 'interaction_id', 'employee_id', 'employees', 'document_id, t.full_name'), [ids]),
        pool.query(related('interactions_contact_person_lnk', 'interaction_id', 'contact_person_id', 'contact_persons', 'document_id, t.full_name'), [ids]),
        pool.query(related('interactions_stage_lnk', 'interaction_id', 'interaction_stage_id', 'interaction_stages', 'document_id, t.name'), [ids]),
        pool.query(related('interactions_business_line_lnk', 'interaction_id', 'business_line_id', 'business_lines', 'document_id, t.name'), [ids]),
      ]);
    };
  };

  for (const who of Object.keys(LOGINS) as Who[]) {
    await run('counterparties', who, { path: `${CM}/${COUNTERPARTY}?${page}&sort=name:ASC`, headers: bearer(who) }, listSql('counterparties', who, '', 'name asc'));
    await run('counterparties, filtered', who, { path: `${CM}/${COUNTERPARTY}?${page}&sort=name:ASC&filters[$and][0][kind][$eq]=client`, headers: bearer(who) },
      listSql('counterparties', who, `kind = 'client'`, 'name asc'));
    await run('counterparties, searched', who, { path: `${CM}/${COUNTERPARTY}?${page}&sort=name:ASC&_q=${encodeURIComponent(term)}`, headers: bearer(who) },
      searchSql(who, term));
    if (who === 'secretary') continue; // the Secretary has no chronicle
    await run('interactions', who, { path: `${CM}/${INTERACTION}?${page}&sort=occurredAt:DESC`, headers: bearer(who) }, listSql('interactions', who, '', 'occurred_at desc'));
    await run('one client\'s chronicle', who,
      { path: `${CM}/${INTERACTION}?${page}&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${busiest.document_id}`, headers: bearer(who) },
      listSql('interactions', who, `access_counterparty = $1`, 'occurred_at desc', [busiest.id]));
    // the card's timeline (GET /crm/counterparties/:id/timeline): the same client's page with its people and
    // names, read beside the page as Strapi's populate does (one query per relation by the page's ids)
    await run('timeline', who, { path: `/crm/counterparties/${busiest.document_id}/timeline?page=1&pageSize=10`, headers: bearer(who) },
      timelineSql(who, busiest.id));
  }
  // The Sales manager's inbox: his open requests (unread first, newest), his latest notifications and the counter.
  const me = await one(`select employee_id as id from employees_admin_user_lnk where user_id = $1`, [manager.userId]);
  const mine = `from inbound_requests r where r.access_assignee = $1 and r.state in (${OPEN_REQUEST_STATES.map((state) => `'${state}'`).join(', ')})`;
  await run('inbox', 'sales manager', { path: '/crm/inbox', headers: bearer('sales manager') }, async () => {
    await pool.query(`select r.* ${mine} order by r.read_at is not null, r.received_at desc limit 25`, [me.id]);
    await pool.query(`select count(*) ${mine}`, [me.id]);
    await pool.query(`select n.* from notifications n where n.access_recipient = $1 order by n.created_at desc limit 20`, [me.id]);
  });
  await run('caller-ID lookup', 'API token', { path: `/api/counterparties/lookup?phone=${encodeURIComponent(sample.phone)}`, headers: { Authorization: `Bearer ${apiToken.data.accessKey}` } },
    () => pool.query(`select id, document_id, name from counterparties where phone = $1 limit 5`, [sample.phone]));
  await run('web form', 'public',
    { method: 'POST', path: '/api/inbound-requests/web', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Навантаження', phone: '0671234567', message: 'Перевірка швидкодії', consent: true }) });

  await fetch(`${server}/admin/api-tokens/${apiToken.data.id}`, { method: 'DELETE', headers: bearer('super admin') });
  await pool.end();

  const table = markdownTable(rows);
  console.log(`\n${table}`);
  if (opts.write) {
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const rounds = opts.rounds > 1 ? `, medians of ${opts.rounds} rounds` : '';
    const section = `## ${new Date().toISOString().slice(0, 10)}: ${opts.servers.length} process(es), ${opts.connections} connections, ${opts.seconds} s per scenario${rounds}\n\n` +
      `Machine: ${machine}. Data: ${Number(sizes.counterparties).toLocaleString('en')} counterparties, ${Number(sizes.interactions).toLocaleString('en')} interactions, ` +
      `${Number(sizes.contacts).toLocaleString('en')} contact persons, ${Number(sizes.invoices).toLocaleString('en')} invoices.\n\n${table}\n`;
    const file = path.resolve(opts.write);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench:lists -- --write docs/benchmarks.md` (see scripts/bench/lists.ts).\n\n';
    fs.writeFileSync(file, `${before.trimEnd()}\n\n${section}`);
    console.log(`written to ${file}`);
  }
}

/** The median of the known values (null when none is known). */
function medianOf(values: Array<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  return known.length === 0 ? null : known.length % 2 ? known[(known.length - 1) / 2] : (known[known.length / 2 - 1] + known[known.length / 2]) / 2;
}

/** Each figure the median of the rounds', the requests and errors counted over all of them. */
function medianFigures(rounds: Figures[]): Figures {
  if (rounds.length === 1) return rounds[0];
  const median = (pick: (figures: Figures) => number) => medianOf(rounds.map(pick)) ?? NaN;
  return {
    requests: rounds.reduce((sum, figures) => sum + figures.requests, 0),
    errors: rounds.reduce((sum, figures) => sum + figures.errors, 0),
    p50: median((figures) => figures.p50),
    p95: median((figures) => figures.p95),
    rps: median((figures) => figures.rps),
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');

const cpuMs = (value: number | null) => (value === null ? '–' : value.toFixed(1));

function line(row: Row): string {
  const sql = row.sql ? ` | SQL p50 ${ms(row.sql.p50)} p95 ${ms(row.sql.p95)} ms` : '';
  const cpu = ` | CPU per request: server ${cpuMs(row.cpu.server)} ms, database ${cpuMs(row.cpu.database)} ms`;
  return `${row.scenario} (${row.who}): p50 ${ms(row.http.p50)} p95 ${ms(row.http.p95)} ms, ${row.http.rps.toFixed(0)} req/s, ${row.http.errors} errors${sql}${cpu}`;
}

function markdownTable(rows: Row[]): string {
  const header =
    '| screen | caller | p50 ms | p95 ms | req/s | errors | server CPU ms/req | database CPU ms/req | SQL p50 ms | SQL p95 ms | SQL req/s | p95 ÷ SQL p95 |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map((row) => {
    const ratio = row.sql ? (row.http.p95 / row.sql.p95).toFixed(1) : '–';
    return `| ${row.scenario} | ${row.who} | ${ms(row.http.p50)} | ${ms(row.http.p95)} | ${row.http.rps.toFixed(0)} | ${row.http.errors} | ${cpuMs(row.cpu.server)} | ${cpuMs(row.cpu.database)} | ${row.sql ? ms(row.sql.p50) : '–'} | ${row.sql ? ms(row.sql.p95) : '–'} | ${row.sql ? row.sql.rps.toFixed(0) : '–'} | ${ratio} |`;
  });
  return [header, ...body].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
