/** Progress on the console: one line every two seconds and one at the end of each kind of row. */
export class Meter {
  private label = '';
  private from = 0;
  private target = 0;
  private startedAt = 0;
  private lastLog = 0;
  private rows = 0;
  private at = 0;

  constructor(private readonly log: (message: string) => void) {}

  start(label: string, from: number, target: number): void {
    Object.assign(this, { label, from, target, startedAt: Date.now(), lastLog: 0, rows: 0, at: from });
  }

  tick(at: number, rows: number): void {
    this.at = at;
    this.rows += rows;
    if (Date.now() - this.lastLog >= 2000) {
      this.lastLog = Date.now();
      this.log(this.line());
    }
  }

  /** Logs the last line and answers the seconds since start. */
  finish(): number {
    this.log(`${this.line()} done`);
    return this.seconds();
  }

  private seconds(): number {
    return Math.max(0.001, (Date.now() - this.startedAt) / 1000);
  }

  private line(): string {
    const seconds = this.seconds();
    const docs = this.at - this.from;
    const share = this.target ? ((100 * this.at) / this.target).toFixed(1) : '100';
    return `scale seed: ${this.label} ${this.at}/${this.target} (${share}%), ${Math.round(docs / seconds)} documents/s, ${Math.round(this.rows / seconds)} rows/s, ${seconds.toFixed(1)} s`;
  }
}
