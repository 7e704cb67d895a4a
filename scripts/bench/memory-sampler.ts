import { Worker } from 'worker_threads';

/**
 * The process's peak resident memory over a stretch of work, sampled every few milliseconds, overall and per
 * phase (the main thread says which phase it is in; the peak of each is kept). The sampling runs in a worker
 * thread: the import parses and matches synchronously for seconds at a time, and a timer on the main thread
 * would sleep through exactly the moments memory peaks. RSS is the whole process's, so the figures include
 * Strapi's own baseline and the worker's few megabytes.
 */
export const MAX_PHASES = 32;

export class MemorySampler {
  private readonly peak = new BigInt64Array(new SharedArrayBuffer(8));
  private readonly samples = new BigInt64Array(new SharedArrayBuffer(8));
  /** index of the phase running now (0: none) */
  private readonly phase = new Int32Array(new SharedArrayBuffer(4));
  private readonly phasePeaks = new BigInt64Array(new SharedArrayBuffer(8 * MAX_PHASES));
  private readonly worker: Worker;

  constructor(intervalMs = 50) {
    const source = `
      const { workerData } = require('worker_threads');
      const [peak, samples, phasePeaks] = workerData.longs.map((buffer) => new BigInt64Array(buffer));
      const phase = new Int32Array(workerData.phase);
      setInterval(() => {
        const rss = BigInt(process.memoryUsage.rss());
        if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
        const now = Atomics.load(phase, 0);
        if (rss > Atomics.load(phasePeaks, now)) Atomics.store(phasePeaks, now, rss);
        Atomics.add(samples, 0, 1n);
      }, ${intervalMs});`;
    this.worker = new Worker(source, {
      eval: true,
      workerData: { longs: [this.peak.buffer, this.samples.buffer, this.phasePeaks.buffer], phase: this.phase.buffer },
    });
  }

  /** Starts a new stretch: the peaks are counted from now, beginning with the memory in use now. */
  reset(): void {
    Atomics.store(this.peak, 0, BigInt(process.memoryUsage.rss()));
    Atomics.store(this.samples, 0, BigInt(0));
    this.phasePeaks.fill(BigInt(0));
  }

  /** The phase the process is in from now on (1 … MAX_PHASES − 1; 0 for none). */
  enterPhase(index: number): void {
    Atomics.store(this.phase, 0, index > 0 && index < MAX_PHASES ? index : 0);
  }

  /** The highest RSS (bytes) since the last reset, per phase index too, and how many samples it is the highest of. */
  read(): { peakRss: number; phasePeaks: number[]; samples: number } {
    const now = BigInt(process.memoryUsage.rss());
    if (now > Atomics.load(this.peak, 0)) Atomics.store(this.peak, 0, now);
    return { peakRss: Number(Atomics.load(this.peak, 0)), phasePeaks: [...this.phasePeaks].map(Number), samples: Number(Atomics.load(this.samples, 0)) };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
