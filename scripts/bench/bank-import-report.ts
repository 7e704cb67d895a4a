import fs from 'fs';
import os from 'os';
import type { PhaseFigures } from './bank-import-phases';

/** The bank import benchmark's figures as tables, and its section of docs/benchmarks.md. */
export interface ImportFigures {
  label: string;
  seconds: number;
  /** user + system CPU time of this process (the database server's work is not in it) */
  cpuSeconds: number;
  documents: number;
  summary: { created: number; duplicates: number; matched: number; unmatched: number };
  /** bytes: the highest RSS sampled during the import (Strapi's baseline included) */
  peakRss: number;
  /** bytes: the RSS right before the import, after a garbage collection */
  baselineRss: number;
  /** bytes: process.resourceUsage().maxRSS after the import — the whole process's peak since it started */
  processMaxRss: number;
  samples: number;
  phases: PhaseFigures[];
}

export interface Targets {
  /** the statement size the targets are for: a smaller run is not judged */
  documents: number;
  firstSeconds: number;
  reimportSeconds: number;
  peakRssMb: number;
}

export interface RunDescription {
  counterparties: number;
  invoices: number;
  openInvoices: number;
  documents: number;
  fileBytes: number;
  kinds: Record<string, number>;
  invoicesNamed: number;
  loadBefore: number[];
  loadAfter: number[];
  /** null when the database was a copy of one seeded before (--template) */
  seedSeconds: number | null;
}

const MB = 2 ** 20;
const mb = (bytes: number) => (bytes / MB).toFixed(0);
const thousands = (n: number) => n.toLocaleString('en');

export function machineDescription(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export function figuresTable(runs: readonly ImportFigures[]): string {
  const header = '| import | documents | created | duplicates | matched | seconds | Node CPU s | documents/s | peak RSS MB | baseline RSS MB | peak − baseline MB | process max RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = runs.map((r) =>
    `| ${r.label} | ${thousands(r.documents)} | ${thousands(r.summary.created)} | ${thousands(r.summary.duplicates)} | ${thousands(r.summary.matched)} | ` +
    `${r.seconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${thousands(Math.round(r.documents / r.seconds))} | ${mb(r.peakRss)} | ${mb(r.baselineRss)} | ${mb(r.peakRss - r.baselineRss)} | ${mb(r.processMaxRss)} |`,
  );
  return [header, ...rows].join('\n');
}

export function phasesTable(runs: readonly ImportFigures[]): string {
  const labels = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.label)))];
  const header = `| phase | ${runs.map((r) => `${r.label} s | peak RSS MB`).join(' | ')} |\n|---|${runs.map(() => '---:|---:').join('|')}|`;
  const cells = (r: ImportFigures, label: string) => {
    const phase = r.phases.find((p) => p.label === label);
    return `${((phase?.ms ?? 0) / 1000).toFixed(2)} | ${phase?.peakRss ? mb(phase.peakRss) : '–'}`;
  };
  const rows = labels.map((label) => `| ${label} | ${runs.map((r) => cells(r, label)).join(' | ')} |`);
  return [header, ...rows].join('\n');
}

export function targetVerdicts(runs: readonly ImportFigures[], targets: Targets): string[] {
  const [first, again] = runs;
  if (first.documents < targets.documents) return [`not judged against the targets: they are for ${thousands(targets.documents)} documents`];
  const peak = Math.max(...runs.map((r) => r.peakRss)) / MB;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    `first import ${first.seconds.toFixed(1)} s (target < ${targets.firstSeconds} s): ${verdict(first.seconds < targets.firstSeconds)}`,
    `re-import ${again.seconds.toFixed(1)} s (target < ${targets.reimportSeconds} s): ${verdict(again.seconds < targets.reimportSeconds)}`,
    `peak RSS ${peak.toFixed(0)} MB (target < ${targets.peakRssMb} MB): ${verdict(peak < targets.peakRssMb)}`,
  ];
}

const SECTION_TITLE = '## Bank statement import';

/** The section, written anew on each `--write-docs` run. */
export function docsSection(runs: readonly ImportFigures[], run: RunDescription, targets: Targets): string {
  const kinds = Object.entries(run.kinds).map(([kind, n]) => `${thousands(n)} ${kind}`).join(', ');
  const load = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');
  return [
    SECTION_TITLE,
    '',
    `Written by \`npm run bench:bank-import -- --write-docs\` (scripts/bench/bank-import.ts) on ${new Date().toISOString().slice(0, 10)}. ` +
      `The targets (issue 11, on a 2-core machine): the first import under ${targets.firstSeconds} s, the re-import under ${targets.reimportSeconds} s, ` +
      `peak RSS under ${targets.peakRssMb} MB.`,
    '',
    `Machine: ${machineDescription()}; PostgreSQL; load average (1/5/15 min) ${load(run.loadBefore)} before, ${load(run.loadAfter)} after. ` +
      `Data: ${thousands(run.counterparties)} counterparties and ${thousands(run.invoices)} invoices from \`npm run seed:scale\` (on the demo setup; ${run.seedSeconds === null ? 'a copy of a database seeded so before' : `${run.seedSeconds.toFixed(0)} s`}), ` +
      `${thousands(run.openInvoices)} of them open; a 1C statement (cp1251) of ${thousands(run.documents)} documents, ${(run.fileBytes / MB).toFixed(1)} MB: ${kinds}; ` +
      `${thousands(run.invoicesNamed)} open invoices named. RSS is the whole process's, Strapi's baseline included; "process max RSS" is ` +
      '`process.resourceUsage().maxRSS` (the peak since the process started; the statement is written by a child process, as a server is handed the file).',
    '',
    figuresTable(runs),
    '',
    'Where the time goes (each phase without the phases inside it) and the highest RSS sampled while it ran ("–": too brief to sample):',
    '',
    phasesTable(runs),
    '',
    ...targetVerdicts(runs, targets).map((line) => `- ${line}`),
    '',
  ].join('\n');
}

/** Replaces the section in the file (or adds it at the end), leaving the rest as it is. */
export function writeDocsSection(file: string, section: string): void {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = before.indexOf(`\n${SECTION_TITLE}\n`);
  if (start === -1) {
    fs.writeFileSync(file, `${before.trimEnd()}\n\n${section}`);
    return;
  }
  const next = before.indexOf('\n## ', start + 1);
  const after = next === -1 ? '' : before.slice(next);
  fs.writeFileSync(file, `${before.slice(0, start).trimEnd()}\n\n${section.trimEnd()}\n${after}`);
}
