import { contextSlot } from '../context/context-slot';

/**
 * Writes the server makes on its own after checking the caller itself: routing a new request to its
 * assignee, writing its chronicle entry, notifying people, forwarding on the inbox's "forward" action. They
 * run inside a staff member's request (the Secretary registering a call, a manager forwarding), so the
 * relation write guard would judge them as that person's own writes — and refuse a Secretary assigning a
 * manager or creating a notification. Inside `trustedWrite` the guard steps aside; the audit trail still
 * names the person whose request it was. Only server code that has done its own access check calls this.
 */
const storage = contextSlot<true>('trusted write');

export function trustedWrite<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run(true, fn);
}

export function isTrustedWrite(): boolean {
  return storage.get() === true;
}
