import type { ComponentMeta, TypeGroup, TypeMeta } from './define';
import { COMPONENT_METAS, TYPE_METAS } from './registry';

/** Reads the registry by uid: the central lists below are views of it, not copies. */

export const metaByUid: ReadonlyMap<string, TypeMeta | ComponentMeta> = new Map(
  [...TYPE_METAS, ...COMPONENT_METAS].map((meta) => [meta.uid, meta]),
);

export function typeMeta(uid: string): TypeMeta | undefined {
  return TYPE_METAS.find((meta) => meta.uid === uid);
}

/** Content types of one group (reference lists, directory, working records, system), in registry order. */
export function typesInGroup(...groups: TypeGroup[]): string[] {
  return TYPE_METAS.filter((meta) => groups.includes(meta.group)).map((meta) => meta.uid);
}

/** `{ uid: value }` for every type or component whose meta gives one. */
export function collect<T>(pick: (meta: TypeMeta | ComponentMeta) => T | undefined): Record<string, T> {
  const collected: Record<string, T> = {};
  for (const meta of metaByUid.values()) {
    const value = pick(meta);
    if (value !== undefined) collected[meta.uid] = value;
  }
  return collected;
}
