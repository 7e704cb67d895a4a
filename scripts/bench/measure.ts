import autocannon from 'autocannon';

/** Latencies (ms) and throughput of one scenario, measured the same way for HTTP and for SQL. */
export interface Figures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  rps: number;
}

export function figuresOf(latencies: number[], errors: number, seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] : NaN);
  return { requests: sorted.length, errors, p50: at(0.5), p95: at(0.95), rps: sorted.length / seconds };
}

export interface HttpScenario {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * `connections` concurrent connections for `seconds`, spread round-robin over the servers (one autocannon
 * per server, its share of the connections): every response time is kept, so p95 is exact.
 */
export async function measureHttp(servers: string[], scenario: HttpScenario, connections: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const runs = servers.map((server, index) => {
    const share = Math.floor(connections / servers.length) + (index < connections % servers.length ? 1 : 0);
    return new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        { url: server + scenario.path, method: scenario.method ?? 'GET', headers: scenario.headers, body: scenario.body, connections: share, duration: seconds },
        (error: Error | null) => (error ? reject(error) : resolve()),
      );
      instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
        if (status >= 400) errors += 1;
        latencies.push(time);
      });
    });
  });
  await Promise.all(runs);
  return figuresOf(latencies, errors, seconds);
}

/** The same load on a query function: `connections` workers calling it back to back for `seconds`. */
export async function measureQuery(run: () => Promise<unknown>, connections: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const started = process.hrtime.bigint();
      try {
        await run();
      } catch {
        errors += 1;
      }
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return figuresOf(latencies, errors, seconds);
}
