import path from 'path';
import { PhaseTimer } from './phase-timer';

/**
 * The bank import's phases, timed by wrapping the compiled modules' exports before the import runs (the
 * compiled code calls its imports through the module objects, so the wrappers are what it calls). Nothing in
 * src/ knows it is being timed. Each phase is counted without the phases inside it; what no phase covers
 * (the statement's own row, the audit entry, the commit, building the summary) is "other".
 */
const PHASES: ReadonlyArray<[module: string, name: string, label: string]> = [
  ['domain/bank/parse-statement', 'openStatement', 'parse, first reading (decode, lines, fields, balance check, totals)'],
  ['bank/existing-payments', 'existingDedupeKeys', 'dedupe lookup (stored keys)'],
  ['bank/matching-context', 'lookUpStatementNames', 'counterparty names looked up (once)'],
  ['bank/matching-context', 'loadMatchingContext', 'matching context load'],
  ['domain/bank/matching/match-statement', 'matchStatement', 'matching'],
  ['private-files/private-file-store', 'savePrivateFile', 'original file saved'],
  ['seed/scale-db/rows', 'writeDocuments', 'payment rows insert'],
  ['seed/scale-db/rows', 'writeLinks', 'payment links insert'],
  ['bank/invoice-payments', 'applyPaymentsToInvoices', 'invoice update'],
];

export const OTHER_PHASE = 'other (statement row, audit, commit, summary)';

/** The statement read again, a window at a time, as the import takes the windows (openStatement's `windows`). */
const WINDOWS_PHASE = 'parse, second reading (the windows)';

/** Every phase's label, in a fixed order (the memory sampler numbers them from 1). */
const ACCESS_PHASES: ReadonlyArray<[method: string, label: string]> = [
  ['recompute', 'access-column recompute'],
  ['valuesForNewRows', 'access-column values for new rows'],
];
const DEDUPE_PHASE = 'dedupe keys (sha256 of each identity)';
const WRITE_PHASE = 'payment drafts';
export const PHASE_LABELS: readonly string[] = [...PHASES.map(([, , label]) => label), ...ACCESS_PHASES.map(([, label]) => label), DEDUPE_PHASE, WRITE_PHASE, WINDOWS_PHASE];

export function instrumentImport(distDir: string, timer: PhaseTimer): void {
  const load = (module: string) => require(path.join(distDir, 'src', module));
  for (const [module, name, label] of PHASES) timer.instrument(load(module), name, label);
  const sync = load('access/access-columns-sync').AccessColumnSync.prototype;
  for (const [method, label] of ACCESS_PHASES) timer.instrument(sync, method, label);
  timer.instrument(load('domain/bank/dedupe-key').DedupeKeys.prototype, 'of', DEDUPE_PHASE);
  timer.instrument(load('bank/payment-rows').PaymentWriter.prototype, 'write', WRITE_PHASE);
  const parsing = load('domain/bank/parse-statement');
  const open = parsing.openStatement;
  parsing.openStatement = (...args: unknown[]) => {
    const statement = open(...args);
    return { ...statement, windows: (size: number) => timedIterable(timer, statement.windows(size)) };
  };
}

/** `items`, each step of it timed as the windows' reading. */
function timedIterable<T>(timer: PhaseTimer, items: Iterable<T>): Iterable<T> {
  return {
    [Symbol.iterator]() {
      const iterator = items[Symbol.iterator]();
      return { next: timer.wrap(WINDOWS_PHASE, () => iterator.next()), return: (value?: any) => iterator.return?.(value) ?? { done: true, value } };
    },
  };
}

export interface PhaseFigures {
  label: string;
  ms: number;
  /** bytes: the highest RSS sampled while the phase ran (0 when it ran too briefly to be sampled) */
  peakRss: number;
}

/** The phases of one import with "other" filled in from its wall time, largest first. */
export function phasesOf(timer: PhaseTimer, wallMs: number, phasePeaks: readonly number[]): PhaseFigures[] {
  const phases = [...timer.take().entries()].map(([label, ms]) => ({ label, ms, peakRss: phasePeaks[PHASE_LABELS.indexOf(label) + 1] ?? 0 }));
  const covered = phases.reduce((sum, phase) => sum + phase.ms, 0);
  phases.push({ label: OTHER_PHASE, ms: Math.max(0, wallMs - covered), peakRss: phasePeaks[0] ?? 0 });
  return phases.sort((a, b) => b.ms - a.ms);
}
