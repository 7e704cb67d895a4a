import type { Core } from '@strapi/strapi';
import { strapiInternalModule } from './strapi-internal-module';

/**
 * Strapi's Document Service emits an entry event (entry.create, entry.update, …) for every document it writes,
 * and for it reads the document back after the commit with every relation populated, without waiting: 11
 * queries for an interaction, 4,000 documents' worth after the demo seed, three after each web-form intake.
 * Only webhooks (Settings → Webhooks) and listeners added with `strapi.eventHub.on` or `subscribe` hear these
 * events; with none for an event, the read and the event are skipped. A webhook set up in the panel, or a
 * listener in code, gets its events as before, the entry read back in full.
 *
 * Strapi 5.54 has no setting for it: the event manager is its document service's own module, so its factory
 * is wrapped here (once per process; each Strapi instance passes itself to it).
 */

type EventHub = Core.Strapi['eventHub'];
interface EventManager { emitEvent(eventName: string, entry: unknown): void }
type CreateEventManager = (strapi: Core.Strapi, uid: string) => EventManager;

const WRAPPED = Symbol.for('vitrylo.entryEventsWhenHeard');
const audiences = new WeakMap<EventHub, Audience>();

/** Who listens on one event hub: listeners per event name, and subscribers that hear every event. */
class Audience {
  private readonly listeners = new Map<string, number>();
  private subscribers = 0;

  constructor(hub: EventHub) {
    const methods = hub as unknown as Record<string, (...args: any[]) => any>;
    const on = methods.on.bind(hub);
    const off = methods.off.bind(hub);
    const subscribe = methods.subscribe.bind(hub);
    const unsubscribe = methods.unsubscribe.bind(hub);
    const removeAllListeners = methods.removeAllListeners.bind(hub);
    const removeAllSubscribers = methods.removeAllSubscribers.bind(hub);
    // Strapi's own methods call these through the hub object (once → on, the returned closures → off), so
    // every way of listening is counted here.
    methods.on = (eventName: string, listener: unknown) => {
      this.listeners.set(eventName, (this.listeners.get(eventName) ?? 0) + 1);
      return on(eventName, listener);
    };
    methods.off = (eventName: string, listener: unknown) => {
      const count = this.listeners.get(eventName) ?? 0;
      if (count > 0) this.listeners.set(eventName, count - 1);
      return off(eventName, listener);
    };
    methods.subscribe = (subscriber: unknown) => {
      this.subscribers += 1;
      return subscribe(subscriber);
    };
    methods.unsubscribe = (subscriber: unknown) => {
      if (this.subscribers > 0) this.subscribers -= 1;
      return unsubscribe(subscriber);
    };
    methods.removeAllListeners = () => {
      this.listeners.clear();
      return removeAllListeners();
    };
    methods.removeAllSubscribers = () => {
      this.subscribers = 0;
      return removeAllSubscribers();
    };
  }

  hears(eventName: string): boolean {
    return this.subscribers > 0 || (this.listeners.get(eventName) ?? 0) > 0;
  }
}

/** register(): before the first `strapi.documents(uid)`, whose repository makes its event manager once. */
export function emitEntryEventsOnlyWhenHeard(strapi: Core.Strapi): void {
  const events = strapiInternalModule<{ createEventManager: CreateEventManager }>('@strapi/core', 'services', 'document-service', 'events.js');
  if (!events || typeof events.createEventManager !== 'function') {
    strapi.log.warn('Strapi\'s document events module has moved: every written document is read back for its entry event.');
    return;
  }
  if (!audiences.has(strapi.eventHub)) audiences.set(strapi.eventHub, new Audience(strapi.eventHub));
  if ((events.createEventManager as any)[WRAPPED]) return;

  const createEventManager = events.createEventManager;
  const whenHeard: CreateEventManager = (instance, uid) => {
    const manager = createEventManager(instance, uid);
    const audience = audiences.get(instance.eventHub);
    return {
      // two named parameters: Strapi curries this function by its length
      emitEvent(eventName: string, entry: unknown) {
        if (!audience || audience.hears(eventName)) manager.emitEvent(eventName, entry);
      },
    };
  };
  (whenHeard as any)[WRAPPED] = true;
  events.createEventManager = whenHeard;
}
