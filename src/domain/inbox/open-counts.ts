/** What the inbox counter shows of a person's open requests. */
export interface OpenRequestCounts {
  openRequests: number;
  unreadRequests: number;
  overdueRequests: number;
}

export interface CountedRequest {
  readAt?: string | Date | null;
  dueAt?: string | Date | null;
  /** set by the escalation job once a request passed its due time */
  overdue?: boolean | null;
}

const instant = (value: string | Date | null | undefined) => (value === null || value === undefined ? NaN : new Date(value).getTime());

/**
 * The counter's figures from the open requests themselves, when the inbox has read all of them anyway: the
 * same rules the database counts by (unread: never opened; overdue: marked so, or due by now).
 */
export function openRequestCounts(openRequests: readonly CountedRequest[], now: Date): OpenRequestCounts {
  let unreadRequests = 0;
  let overdueRequests = 0;
  for (const request of openRequests) {
    if (request.readAt === null || request.readAt === undefined) unreadRequests += 1;
    if (request.overdue === true || instant(request.dueAt) <= now.getTime()) overdueRequests += 1;
  }
  return { openRequests: openRequests.length, unreadRequests, overdueRequests };
}
