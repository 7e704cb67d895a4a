import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createTestDatabase, TestDatabase } from '../helpers/database';
import { setTestSecrets } from '../helpers/test-env';
import { appDir } from '../helpers/strapi';
import { clientBankText } from '../helpers/bank-files';
import { findBankSamplesDir, SAMPLE_FILES } from '../helpers/bank-samples';

/**
 * `npm run import:bank -- FILE [--json]` on a database with nothing in it (no demo data, not even a schema):
 * the last line of stdout is the summary as one JSON object, the log goes to stderr, the exit code says
 * whether the file was imported (0), refused (1) or the call was wrong (2).
 */

let database: TestDatabase;
let scratch: string;
const samples = findBankSamplesDir();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function importBank(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/import-bank.js', ...args, '--no-build'], { cwd: appDir, env: { ...process.env, LOG_LEVEL: 'info' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lastLine = (text: string) => JSON.parse(text.trim().split('\n').pop()!);

beforeAll(async () => {
  setTestSecrets();
  const template = process.env.VITRYLO_TEST_TEMPLATE;
  delete process.env.VITRYLO_TEST_TEMPLATE; // a database with nothing in it, as a new installation has
  try {
    database = await createTestDatabase();
  } finally {
    if (template) process.env.VITRYLO_TEST_TEMPLATE = template;
  }
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrylo-cli-'));
});

afterAll(async () => {
  await database?.drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

(samples ? it : it.skip)('imports a real statement into an empty database, and a second run finds only duplicates', async () => {
  const file = path.join(samples!, SAMPLE_FILES.oneDay1C);
  const first = await importBank(file, '--json');
  expect(first.stderr).not.toBe('');
  expect(first.code).toBe(0);
  // stdout is the result only: one line of JSON
  expect(first.stdout.trim().split('\n')).toHaveLength(1);
  expect(lastLine(first.stdout)).toMatchObject({ format: 'client-bank-1c', encoding: 'cp1251', documents: 13, created: 13, duplicates: 0, totalIncoming: '40000.00', totalOutgoing: '41184.00' });

  const second = await importBank(file, '--json');
  expect(second.code).toBe(0);
  expect(lastLine(second.stdout)).toMatchObject({ documents: 13, created: 0, duplicates: 13 });
});

it('refuses a broken file with exit code 1, naming the line', async () => {
  const broken = path.join(scratch, 'broken.txt');
  const text = clientBankText([{ number: '1', date: '02.11.2026', amount: '10.00', direction: 'incoming', otherName: 'Платник', purpose: 'оплата' }]);
  fs.writeFileSync(broken, text.replace('Сумма=10.00', 'Сумма=10,0,0'), 'utf8');
  const run = await importBank(broken, '--json');
  expect(run.code).toBe(1);
  const { error } = lastLine(run.stdout);
  expect(error).toMatchObject({ code: 'statement.badAmount' });
  expect(error.line).toBeGreaterThan(1);
  expect(error.message).toMatch(/^рядок \d+: /);
});

it('says how to call it when called wrong', async () => {
  const run = await importBank('--json');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/usage: npm run import:bank/);
});
