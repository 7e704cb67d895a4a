/**
 * Outcome of a validation or parse: the normalized value, or a short English reason.
 * Both members declare both keys, so `r.reason` / `r.value` also type-check in the project's
 * non-strict tsconfig, where `if (!r.ok)` does not narrow a union.
 */
export type Result<T> =
  | { ok: true; value: T; reason?: undefined }
  | { ok: false; reason: string; value?: undefined };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
