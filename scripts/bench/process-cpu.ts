import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * CPU time a set of processes spends on a scenario, per request: on a shared or virtual machine the latency
 * of the same build swings by a third from one minute to the next, the CPU a request costs much less.
 * Linux only (/proc); elsewhere the figures are left out.
 */

const TICK_MS = 10; // /proc/<pid>/stat counts in clock ticks of 1/100 s (USER_HZ)

function cpuOf(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

function pidsOf(command: string, args: string[]): number[] {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).split(/\s+/).filter(Boolean).map(Number).filter(Number.isInteger);
  } catch {
    return [];
  }
}

/** The processes listening on the servers' local ports. */
export function serverProcesses(servers: string[]): number[] {
  const ports = servers.map((server) => new URL(server)).filter((url) => ['127.0.0.1', 'localhost'].includes(url.hostname)).map((url) => url.port || '80');
  return ports.flatMap((port) => pidsOf('lsof', ['-t', '-sTCP:LISTEN', `-iTCP:${port}`]));
}

/** PostgreSQL's processes (its backends included), when the database runs on this machine. */
export function databaseProcesses(databaseUrl: string | undefined): number[] {
  if (!databaseUrl || !['127.0.0.1', 'localhost'].includes(new URL(databaseUrl).hostname)) return [];
  return pidsOf('pgrep', ['-x', 'postgres']);
}

export interface CpuWatch {
  /** milliseconds of CPU per request since the watch began, or null where it cannot be read */
  perRequest(requests: number): number | null;
}

/** Starts counting the CPU of the processes `find` returns now and at the end (a backend may come or go). */
export function watchCpu(find: () => number[]): CpuWatch {
  const before = new Map(find().map((pid) => [pid, cpuOf(pid)]));
  return {
    perRequest(requests) {
      const pids = new Set([...before.keys(), ...find()]);
      if (pids.size === 0 || requests === 0) return null;
      let used = 0;
      for (const pid of pids) {
        const start = before.get(pid) ?? 0;
        const end = cpuOf(pid) ?? start; // a process gone since: its share is lost, not negative
        used += Math.max(0, (end ?? 0) - (start ?? 0));
      }
      return used / requests;
    },
  };
}
