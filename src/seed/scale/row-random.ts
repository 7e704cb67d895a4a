import { hashSeed, Rng } from '../random';

/**
 * Random access to generated rows: row i of a stream has its own generator, so row 700000 is the same
 * whether a run starts at 0 or resumes at 650000, and adding draws to one row does not shift the next.
 */
export function streamSeed(seed: string, stream: string): number {
  return hashSeed(`vitrylo-scale:${seed}:${stream}`);
}

export function rowRng(stream: number, index: number): Rng {
  let h = (stream ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return new Rng((h ^ (h >>> 16)) >>> 0);
}
