import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { appDir } = require('../lib/app');

/**
 * The database a benchmark runs on: its own, made fresh on the PostgreSQL server and dropped afterwards
 * (only ever the benchmark's fixed name), filled by the scale generator in a process of its own so that
 * the generator's memory is not counted as the benchmark's.
 */
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrlOf(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database `name`, or a copy of the database `template` (which nobody may be connected to). */
export async function recreateDatabase(name: string, template: string | null = null): Promise<void> {
  await onServer(async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`drop database if exists "${name}" with (force)`));
}

/**
 * `npm run seed:scale` with `targets` (counterparties, interactions, invoices, …) into `databaseUrl`, its
 * output kept in .tmp/<logName>; the seconds it took. `build: false` when the server was just compiled.
 */
export async function seedScale(databaseUrl: string, targets: Record<string, number>, options: { build: boolean; logName: string }): Promise<number> {
  const args = [
    path.join(appDir, 'scripts/seed-scale.js'),
    ...Object.entries(targets).flatMap(([name, count]) => [`--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`, String(count)]),
    ...(options.build ? [] : ['--no-build']),
  ];
  const logFile = path.join(appDir, '.tmp', options.logName);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  console.log(`seeding: node ${args.map((a) => path.relative(appDir, a) || a).join(' ')} (log: ${path.relative(appDir, logFile)})`);
  const started = Date.now();
  const log = fs.openSync(logFile, 'w');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: appDir, env: { ...process.env, DATABASE_URL: databaseUrl, CRON_ENABLED: 'false' }, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  fs.closeSync(log);
  const output = fs.readFileSync(logFile, 'utf8').split('\n');
  if (code !== 0) throw new Error(`the scale seed failed (exit ${code}):\n${output.slice(-30).join('\n')}`);
  const seconds = (Date.now() - started) / 1000;
  for (const line of output.filter((l) => /^(Scale seed:| {2}\w)/.test(l))) console.log(`  ${line.trim()}`);
  console.log(`seeded in ${seconds.toFixed(0)} s`);
  return seconds;
}

/** Compiles the server into dist in a process of its own: the compiler's memory is not the benchmark's. */
export async function compileServer(): Promise<void> {
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', "require('./scripts/lib/app').compile().catch((e) => { console.error(e); process.exit(1); })"], { cwd: appDir, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`compiling the server failed (exit ${code})`);
}
