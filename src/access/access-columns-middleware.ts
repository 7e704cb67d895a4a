import type { Core, Modules } from '@strapi/strapi';
import { accessColumnsOf } from './access-columns';
import { AccessColumnSync } from './access-columns-sync';

const WRITES = new Set(['create', 'update', 'delete']);

/**
 * Document middleware: after every write that can move a link on an ownership path, the access columns
 * of the records concerned are recomputed in the same transaction (see access-columns-sync.ts). Access
 * columns sent by a caller are dropped first: nobody sets whose a record is by writing the column.
 */
export function accessColumnsMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  let sync: AccessColumnSync | undefined;
  return async (ctx, next) => {
    if (!WRITES.has(ctx.action)) return next();
    sync ??= new AccessColumnSync(strapi);
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    const forged = dropAccessColumns(ctx.uid, params.data);
    if (!sync.concerns(ctx.uid)) return next();

    const withColumns = accessColumnsOf(ctx.uid).length > 0;
    const own = withColumns && (ctx.action === 'create' || forged || sync.touchesOwn(ctx.uid, params.data));
    const chain = ctx.action === 'delete' || sync.touchesChain(ctx.uid, params.data);
    if (!own && !chain) return next();

    return strapi.db.transaction(async ({ trx }) => {
      const affected = new Map<string, Set<number>>();
      const collect = (found: Map<string, Set<number>>) => {
        for (const [uid, ids] of found) for (const id of ids) addTo(affected, uid, id);
      };
      // Records reached through this one before the write: a link it drops must not leave them stale.
      if (chain && params.documentId) collect(await sync!.rowsThrough(trx, ctx.uid, await sync!.rowIdsOf(trx, ctx.uid, params.documentId)));

      const result: any = await next();

      if (ctx.action !== 'delete') {
        const documentId = params.documentId ?? result?.documentId;
        const ids = documentId ? await sync!.rowIdsOf(trx, ctx.uid, documentId) : [];
        if (own) for (const id of ids) addTo(affected, ctx.uid, id);
        if (chain) collect(await sync!.rowsThrough(trx, ctx.uid, ids));
      }
      for (const [uid, ids] of affected) await sync!.recompute(trx, uid, [...ids]);
      return result;
    });
  };
}

function dropAccessColumns(uid: string, data: Record<string, unknown> | undefined): boolean {
  if (!data) return false;
  let dropped = false;
  for (const column of accessColumnsOf(uid)) {
    if (column.attribute in data) {
      delete data[column.attribute];
      dropped = true;
    }
  }
  return dropped;
}

function addTo(map: Map<string, Set<number>>, uid: string, id: number): void {
  let ids = map.get(uid);
  if (!ids) map.set(uid, (ids = new Set()));
  ids.add(id);
}
