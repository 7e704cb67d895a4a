import type { Core } from '@strapi/strapi';

/** A created or found document: at least its documentId. */
export interface Doc {
  documentId: string;
  [field: string]: unknown;
}

/**
 * Thin wrapper over the Document Service that counts what it creates, so seedDemo can report
 * `created: { counterparty: 220, ... }`. Calls made inside strapi.db.transaction() join that transaction.
 */
export class Writer {
  readonly created: Record<string, number> = {};

  constructor(readonly strapi: Core.Strapi) {}

  private docs(uid: string): any {
    return (this.strapi.documents as any)(uid);
  }

  static label(uid: string): string {
    const dot = uid.lastIndexOf('.');
    return dot >= 0 ? uid.slice(dot + 1) : uid;
  }

  async create(uid: string, data: Record<string, unknown>): Promise<Doc> {
    const doc = await this.docs(uid).create({ data });
    const label = Writer.label(uid);
    this.created[label] = (this.created[label] ?? 0) + 1;
    return doc as Doc;
  }

  async update(uid: string, documentId: string, data: Record<string, unknown>): Promise<Doc> {
    return (await this.docs(uid).update({ documentId, data })) as Doc;
  }

  /** All documents of a type (paged), with the given scalar fields and optional populate. */
  async findAll(uid: string, fields: string[], populate?: Record<string, unknown>): Promise<Doc[]> {
    const out: Doc[] = [];
    const limit = 500;
    for (let start = 0; ; start += limit) {
      const page = (await this.docs(uid).findMany({ fields, populate, start, limit })) as Doc[];
      out.push(...page);
      if (page.length < limit) break;
    }
    return out;
  }

  /**
   * Finds documents by a natural key (name, email, code…) and creates the missing ones.
   * Returns key → document for every item, in the order given.
   */
  async findOrCreateAll<T>(
    uid: string,
    key: string,
    items: readonly T[],
    keyOf: (item: T) => string,
    dataOf: (item: T) => Record<string, unknown>,
    extraFields: string[] = [],
  ): Promise<Map<string, Doc>> {
    const existing = await this.findAll(uid, [key, ...extraFields]);
    const byKey = new Map<string, Doc>();
    for (const doc of existing) {
      const k = doc[key];
      if (typeof k === 'string' && !byKey.has(k.toLowerCase())) byKey.set(k.toLowerCase(), doc);
    }
    const result = new Map<string, Doc>();
    for (const item of items) {
      const k = keyOf(item);
      let doc = byKey.get(k.toLowerCase());
      if (!doc) {
        doc = await this.create(uid, dataOf(item));
        byKey.set(k.toLowerCase(), doc);
      }
      result.set(k, doc);
    }
    return result;
  }

  total(): number {
    return Object.values(this.created).reduce((s, n) => s + n, 0);
  }
}
