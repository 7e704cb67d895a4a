/**
 * Outcome of a validation or parse: the normalized value, or a short English reason (with the message
 * `code` and `params` of domain/messages when made by `failWith`).
 * Both members declare both keys, so `r.reason` / `r.value` also type-check in the project's
 * non-strict tsconfig, where `if (!r.ok)` does not narrow a union.
 */
export type Result<T> =
  | { ok: true; value: T; reason?: undefined; code?: undefined; params?: undefined }
  | { ok: false; reason: string; value?: undefined; code?: string; params?: Readonly<Record<string, string | number>> };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
