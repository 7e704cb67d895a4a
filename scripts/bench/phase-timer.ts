import { performance } from 'perf_hooks';

/**
 * Time spent in named functions, each counted without the named functions it calls (so the phases add up
 * to no more than the whole). Made for code whose phases run one after another, as the bank import's do:
 * calls that overlap in time would be counted against each other.
 */
interface Frame {
  label: string;
  started: number;
  nested: number;
}

export class PhaseTimer {
  private totals = new Map<string, number>();
  private readonly stack: Frame[] = [];

  /** `onPhase` hears which phase runs from now on (null: none), e.g. to tell a memory sampler. */
  constructor(private readonly onPhase: (label: string | null) => void = () => undefined) {}

  /** `fn`, timed under `label`; a promise it returns is timed until it settles. */
  wrap<F extends (...args: any[]) => any>(label: string, fn: F): F {
    const timer = this;
    return function timed(this: unknown, ...args: unknown[]) {
      const frame = timer.enter(label);
      let result: any;
      try {
        result = fn.apply(this, args);
      } catch (error) {
        timer.leave(frame);
        throw error;
      }
      if (result && typeof result.then === 'function') return result.finally(() => timer.leave(frame));
      timer.leave(frame);
      return result;
    } as F;
  }

  /** Replaces `owner[name]` (a module's export, a prototype's method) by its timed self. */
  instrument(owner: Record<string, any>, name: string, label: string): void {
    const original = owner[name];
    if (typeof original !== 'function') throw new Error(`phase timer: ${name} is not a function`);
    owner[name] = this.wrap(label, original);
  }

  /** Milliseconds per label since the last take, in the order the labels were first met. */
  take(): Map<string, number> {
    const totals = this.totals;
    this.totals = new Map();
    return totals;
  }

  private enter(label: string): Frame {
    const frame = { label, started: performance.now(), nested: 0 };
    this.stack.push(frame);
    this.onPhase(label);
    return frame;
  }

  private leave(frame: Frame): void {
    const elapsed = performance.now() - frame.started;
    const at = this.stack.lastIndexOf(frame);
    if (at !== -1) this.stack.splice(at, 1);
    this.totals.set(frame.label, (this.totals.get(frame.label) ?? 0) + elapsed - frame.nested);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.nested += elapsed;
    this.onPhase(parent?.label ?? null);
  }
}
