import { z } from '@strapi/utils';
import { counterpartyTimeline } from '../../../../chronicle/timeline';
import { prepareStatementsOfThisRequest } from '../../../../database/prepared-statements';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

const list = z.union([z.string(), z.array(z.string())]).optional();
const text = z.string().optional();

/**
 * GET /crm/counterparties/:documentId/timeline?kind=&stage=&businessLine=&employee=&state=&direction=&from=&to=&page=&pageSize=
 * The card's chronicle: the client's interactions the caller may see, newest first, a page at a time, with
 * a capped count. Lists as 'a,b' or repeated; from / to are local dates (YYYY-MM-DD) in the business zone.
 * Checked in domain/chronicle/query.ts (each bad parameter is a 400 naming it); 404 for a client the
 * caller may not see. Every read is keyed by the client or the caller: prepared statements on PostgreSQL.
 */
export default defineRoute({
  method: 'GET',
  path: '/counterparties/:documentId/timeline',
  action: ['plugin::content-manager.explorer.read', 'api::interaction.interaction'],
  query: z
    .object({ kind: list, stage: list, businessLine: list, employee: list, state: list, direction: list, from: text, to: text, page: text, pageSize: text, order: text })
    .strict(),
  async handler({ strapi, ctx, query, visibility }) {
    prepareStatementsOfThisRequest(strapi, ctx);
    return counterpartyTimeline(strapi, visibility, documentIdParam(ctx), query as Record<string, unknown>);
  },
});
