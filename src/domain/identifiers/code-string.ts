import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * Reads an identifier typed by a person: a string (or a non-negative integer number),
 * with all whitespace removed. Numbers keep no leading zeros, so store codes as strings.
 */
export function readCode(value: unknown): Result<string> {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) return failWith('identifier.digitString');
    return ok(String(value));
  }
  if (typeof value !== 'string') return failWith('identifier.digitString');
  return ok(value.replace(/\s+/g, ''));
}

/** Reads a code that must be exactly `length` digits; reason `must be N digits` otherwise. */
export function readDigits(value: unknown, length: number): Result<string> {
  const code = readCode(value);
  if (!code.ok) return code;
  if (code.value.length !== length || !/^\d+$/.test(code.value)) return failWith('identifier.digits', { count: length });
  return code;
}

export function digitsOf(code: string): number[] {
  return code.split('').map((c) => c.charCodeAt(0) - 48);
}

export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) sum += digits[i] * weights[i];
  return sum;
}

/** Mathematical modulo (never negative). */
export function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
