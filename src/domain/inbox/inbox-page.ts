/** One stretch of a person's open requests, read in the database's order (newest first). */
export interface InboxStretch {
  offset: number;
  limit: number;
}

/** Where a page of the inbox comes from: the unread requests, the read ones, or the seam between them. */
export interface InboxPageParts {
  unread: InboxStretch | null;
  read: InboxStretch | null;
}

/**
 * The inbox lists the open requests unread first, then read, each part newest first. With the number of
 * unread ones known, a page is at most two index ranges: the database never reads the whole backlog to
 * order it, however many requests a person has.
 */
export function inboxPageParts(unreadCount: number, start: number, pageSize: number): InboxPageParts {
  const end = start + pageSize;
  const unread = start < unreadCount ? { offset: start, limit: Math.min(end, unreadCount) - start } : null;
  const read = end > unreadCount ? { offset: Math.max(start - unreadCount, 0), limit: end - Math.max(start, unreadCount) } : null;
  return { unread, read };
}
