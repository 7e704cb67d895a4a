#!/usr/bin/env node
/**
 * npm run import:bank -- FILE [--json] [--create-counterparties] [--preview] [--no-build]
 * Imports a Client-Bank statement file into the database the app is configured for (DATABASE_URL or the
 * embedded SQLite) and prints its summary. With --json the last line of stdout is one JSON object (the
 * summary, or {"error": …} on refusal); everything else, Strapi's start-up log included, goes to stderr.
 * Exit code 0 when imported, 1 when the file was refused (or the import failed), 2 on wrong usage.
 * --no-build skips compiling the server code (it must be compiled already, as the tests do).
 */
const fs = require('fs');
const path = require('path');

const USAGE = 'usage: npm run import:bank -- FILE [--json] [--create-counterparties] [--preview] [--no-build]';

function parseArguments(args) {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const known = new Set(['--json', '--create-counterparties', '--preview', '--no-build']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (files.length !== 1 || unknown.length > 0) return null;
  return {
    file: path.resolve(files[0]),
    json: flags.has('--json'),
    createCounterparties: flags.has('--create-counterparties'),
    preview: flags.has('--preview'),
    build: !flags.has('--no-build'),
  };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(options.file)) {
    console.error(`import:bank: no such file ${options.file}`);
    return 2;
  }
  const content = fs.readFileSync(options.file);
  // Only the result goes to stdout in --json mode: a script reading it must not parse Strapi's log.
  const writeResult = process.stdout.write.bind(process.stdout);
  if (options.json) process.stdout.write = process.stderr.write.bind(process.stderr);

  const { prepareEnvironment, compile, loadApp, distDir } = require('./lib/app');
  prepareEnvironment();
  process.env.CRON_ENABLED = 'false';
  if (options.build) await compile();
  const strapi = await loadApp();
  const { importStatement } = require(`${distDir}/src/bank/statement-import`);
  const { StatementRefusal } = require(`${distDir}/src/domain/bank/statement`);
  const { statementRefusalText } = require(`${distDir}/src/bank/refusal-error`);
  try {
    const result = await importStatement(strapi, {
      fileName: path.basename(options.file),
      content,
      importedBy: null,
      createCounterparties: options.createCounterparties,
      preview: options.preview,
    });
    if (options.json) writeResult(`${JSON.stringify(result.summary)}\n`);
    else printSummary(result.summary, options.preview);
    return 0;
  } catch (error) {
    const refused = error instanceof StatementRefusal;
    const message = refused ? statementRefusalText(error, 'uk') : error.message;
    if (!refused) console.error(error);
    if (options.json) writeResult(`${JSON.stringify({ error: refused ? { line: error.line, code: error.code, message } : { message } })}\n`);
    else console.error(`Виписку не імпортовано: ${message}`);
    return 1;
  } finally {
    await strapi.destroy();
  }
}

function printSummary(summary, preview) {
  console.log(preview ? 'Попередній перегляд (нічого не збережено):' : 'Виписку імпортовано:');
  for (const [key, value] of Object.entries(summary)) console.log(`  ${key}: ${value ?? '—'}`);
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
