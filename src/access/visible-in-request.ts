import type { Core } from '@strapi/strapi';

/**
 * What a GET request has already learnt about which records the caller may read. A list of one client's
 * chronicle looks the client up, with the caller's rule, before it reads the page; the response guard then
 * asked the database again whether the caller may read that same client, shown in every row. A GET request
 * changes nothing, so the first answer holds to the end of the request. Kept on the request (Koa's state)
 * and only for GET requests: a request that writes may change what it answered (a client's manager).
 */
const KNOWN = Symbol('vitrylo.visibleInRequest');

type Known = Map<string, Map<number, boolean>>;

/** The GET request being served, if it is one. */
export function readingRequest(strapi: Core.Strapi): { state: Record<string | symbol, any> } | null {
  const ctx: any = (strapi as any).requestContext?.get?.();
  return ctx?.state && ctx.method === 'GET' ? ctx : null;
}

/** The caller's ability, when this is a GET request of a signed-in admin user. */
export function abilityOfReadingRequest(strapi: Core.Strapi): object | null {
  const ability = readingRequest(strapi)?.state.userAbility;
  return ability && typeof ability === 'object' ? ability : null;
}

/** Remembers, for the rest of this GET request, whether the caller may read each of these records of `uid`. */
export function rememberReadable(strapi: Core.Strapi, ability: object, uid: string, readable: Map<number, boolean>): void {
  const request = readingRequest(strapi);
  if (!request || request.state.userAbility !== ability) return;
  const known: Known = (request.state[KNOWN] ??= new Map());
  if (!known.has(uid)) known.set(uid, new Map());
  for (const [id, may] of readable) known.get(uid)!.set(id, may);
}

/** The readable ones among `ids` when this GET request knows about every one of them for this ability, else null. */
export function knownReadableIds<Id extends number | string>(strapi: Core.Strapi, ability: object, uid: string, ids: Id[]): Set<Id> | null {
  const request = readingRequest(strapi);
  if (!request || request.state.userAbility !== ability) return null;
  const known = (request.state[KNOWN] as Known | undefined)?.get(uid);
  if (!known || !ids.every((id) => known.has(Number(id)))) return null;
  return new Set(ids.filter((id) => known.get(Number(id))));
}
