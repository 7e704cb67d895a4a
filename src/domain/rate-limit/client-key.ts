/**
 * Whom a per-client rate limit counts: the authenticated caller (an API token, a REST user), so that
 * systems behind one address keep separate budgets and one token cannot dodge its limit by changing
 * address; the client address only when nobody is authenticated.
 */
export interface ClientLike {
  state?: { auth?: { strategy?: { name?: string } | null; credentials?: { id?: number | string } | null } | null };
  /** Client address (Koa's ctx.request.ip, which honours server.proxy). */
  ip?: string;
}

export function clientKey(client: ClientLike): string {
  const auth = client.state?.auth;
  const id = auth?.credentials?.id;
  if (id !== undefined && id !== null && id !== '') return `${auth?.strategy?.name ?? 'auth'}:${id}`;
  return `address:${client.ip || 'unknown'}`;
}
