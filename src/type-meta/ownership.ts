import type { OwnershipConditionKey } from './define';
import { collect } from './lookup';

/** The relation paths one ownership condition follows, per content type (from each type's meta). */
export function ownershipPaths(condition: OwnershipConditionKey): Record<string, readonly string[]> {
  return collect((meta) => ('ownership' in meta ? meta.ownership?.[condition] : undefined));
}

/** The owner fields set to the creator of a record made in the panel, per content type. */
export const OWNER_FIELDS: Readonly<Record<string, { readonly employee: string; readonly department?: string }>> = collect((meta) =>
  'ownerDefaults' in meta ? meta.ownerDefaults : undefined,
);
