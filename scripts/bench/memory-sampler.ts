import { Worker } from 'worker_threads';

/**
 * The process's peak resident memory over a stretch of work, sampled every few milliseconds. The sampling runs
 * in a worker thread: the import parses and matches synchronously for seconds at a time, and a timer on the
 * main thread would sleep through exactly the moments memory peaks. RSS is the whole process's, so the
 * figures include Strapi's own baseline and the worker's few megabytes.
 */
export class MemorySampler {
  private readonly peak = new BigInt64Array(new SharedArrayBuffer(8));
  private readonly samples = new BigInt64Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;

  constructor(intervalMs = 50) {
    const source = `
      const { workerData } = require('worker_threads');
      const [peak, samples] = workerData.buffers.map((buffer) => new BigInt64Array(buffer));
      setInterval(() => {
        const rss = BigInt(process.memoryUsage.rss());
        if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
        Atomics.add(samples, 0, 1n);
      }, ${intervalMs});`;
    this.worker = new Worker(source, { eval: true, workerData: { buffers: [this.peak.buffer, this.samples.buffer] } });
  }

  /** Starts a new stretch: the peak is counted from now, beginning with the memory in use now. */
  reset(): void {
    Atomics.store(this.peak, 0, BigInt(process.memoryUsage.rss()));
    Atomics.store(this.samples, 0, BigInt(0));
  }

  /** The highest RSS (bytes) seen since the last reset, and how many samples it is the highest of. */
  read(): { peakRss: number; samples: number } {
    const now = BigInt(process.memoryUsage.rss());
    if (now > Atomics.load(this.peak, 0)) Atomics.store(this.peak, 0, now);
    return { peakRss: Number(Atomics.load(this.peak, 0)), samples: Number(Atomics.load(this.samples, 0)) };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
