import { getFetchClient } from '@strapi/strapi/admin';
import type { InboxCounts } from './inbox-api';

/**
 * The menu's unread counter, kept outside React: Strapi re-creates the menu's link elements on every render
 * of the menu, so a counter held in a component would be fetched again each time. One poll for the whole
 * panel while the menu shows, every minute, and at once after an inbox action (`inboxChanged`).
 */
export const POLL_MS = 60_000;

type Listener = () => void;

let counts: InboxCounts | null = null;
let owner: string | number | null = null;
let fetchedAt = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let inFlight: Promise<void> | null = null;
const listeners = new Set<Listener>();

const emit = () => listeners.forEach((listener) => listener());

async function load(): Promise<void> {
  if (inFlight) return inFlight;
  inFlight = (async () => {
    try {
      const { data } = await getFetchClient().get<{ data: InboxCounts }>('/crm/inbox/counter');
      counts = data.data;
    } catch {
      // no inbox right, signed out, server away: no badge rather than a stale one
      counts = null;
    } finally {
      fetchedAt = Date.now();
      inFlight = null;
      emit();
    }
  })();
  return inFlight;
}

/** Subscribes a badge of `user`'s menu; the first one starts the poll, the last one stops it. */
export function subscribeCounter(user: string | number | null, listener: Listener): () => void {
  listeners.add(listener);
  if (owner !== user) {
    // another login in this tab: the previous person's figure must not show
    owner = user;
    counts = null;
    fetchedAt = 0;
  }
  if (Date.now() - fetchedAt >= POLL_MS) void load();
  if (!timer) timer = setInterval(() => void load(), POLL_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export const currentCounts = (): InboxCounts | null => counts;

/** After taking, closing, forwarding or reading: the badge follows at once. */
export function inboxChanged(): void {
  void load();
}
