import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AuditAttribute, countWrite, diffDocuments, pickAttributes, targetLabel } from '../domain/audit';
import { mainFields } from '../type-meta';
import { currentActor } from './actor';
import { AUDIT_UID, isAuditedUid, READ_ONLY_MESSAGE } from './constants';
import { AuditJobState, currentAuditJob, isAuditWriter } from './context';
import { auditSchemaFor, readSnapshot } from './snapshot';
import { writeAuditEntry } from './writer';
import { DocumentContext, DocumentMiddlewareFactory } from '../document-middlewares/types';

/** Document Service actions that change a document and are logged ('clone' creates a new document). */
const LOGGED_ACTIONS = new Set(['create', 'clone', 'update', 'delete']);
/** Every Document Service action that would change an audit entry. */
const AUDIT_ENTRY_WRITES = new Set(['create', 'clone', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type Next = () => Promise<any>;
type LoggedAction = 'create' | 'update' | 'delete';

const loggedAction = (action: string): LoggedAction => (action === 'clone' ? 'create' : (action as LoggedAction));

/** A relation value of the written data that connects or disconnects nothing (the CM sends these). */
function isNoOpRelation(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { connect, disconnect, set } = value as Record<string, unknown>;
  const empty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
  return set === undefined && empty(connect) && empty(disconnect);
}

/**
 * Which attributes are read before and after the write. Scalars always (one row, cheap). Relations and
 * components only when the call writes them, or all of them (owning side) for a deletion or a clone:
 * this keeps big inverse relations (a counterparty's interactions) out of every save.
 */
function scope(action: string, data: unknown) {
  const written = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return (name: string, attribute: AuditAttribute) => {
    if (attribute.kind === 'scalar') return true;
    if (action === 'delete' || action === 'clone') return attribute.kind !== 'relation' || attribute.owning;
    if (!(name in written)) return false;
    return attribute.kind !== 'relation' || !isNoOpRelation(written[name]);
  };
}

function resultDocumentId(action: string, params: Record<string, any>, result: any): string | undefined {
  if (action === 'create' || action === 'clone') return result?.documentId;
  return params?.documentId;
}

/** Reads the document before and after the write and logs what changed; a no-op update logs nothing. */
async function recordChange(strapi: Core.Strapi, ctx: DocumentContext, next: Next): Promise<any> {
  const uid = ctx.uid as string;
  const params = (ctx.params ?? {}) as Record<string, any>;
  const action = loggedAction(ctx.action);
  const schema = pickAttributes(auditSchemaFor(strapi, uid), scope(ctx.action, params.data));
  const locale = params.locale;

  const before = action !== 'create' && params.documentId ? await readSnapshot(strapi, uid, params.documentId, schema, locale) : null;
  const result = await next();
  const documentId = resultDocumentId(ctx.action, params, result);
  if (!documentId || (action !== 'create' && !before)) return result;
  const after = action === 'delete' ? null : await readSnapshot(strapi, uid, documentId, schema, locale);
  if (action !== 'delete' && !after) return result;

  const changes = diffDocuments(schema, before, after);
  if (action === 'update' && changes.length === 0) return result;
  await writeAuditEntry(strapi, {
    actor: currentActor(strapi),
    action,
    targetUid: uid,
    targetDocumentId: documentId,
    targetLabel: targetLabel(uid, after ?? before, mainFields[uid]),
    changes,
  });
  return result;
}

/** Inside runAuditedJob: no entry per document, only the job's counts. */
async function countInJob(job: AuditJobState, ctx: DocumentContext, next: Next): Promise<any> {
  const result: any = await next();
  const action = loggedAction(ctx.action);
  const happened = action === 'delete' ? (result?.entries?.length ?? 0) > 0 : Boolean(result);
  if (happened) countWrite(job.counts, action, ctx.uid as string);
  return result;
}

/**
 * The audit trail. Every create, clone, update and delete of a CRM document (`api::*`) is logged with who
 * did it, when, and the changed fields with old and new values; the entry is written in the same
 * transaction as the change. Writes to the log itself are refused unless they come from the audit writer.
 */
export const auditTrail: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.uid === AUDIT_UID) {
    if (AUDIT_ENTRY_WRITES.has(ctx.action) && !isAuditWriter()) throw new errors.ForbiddenError(READ_ONLY_MESSAGE);
    return next();
  }
  if (!isAuditedUid(ctx.uid) || !LOGGED_ACTIONS.has(ctx.action)) return next();
  const job = currentAuditJob();
  if (job) return countInJob(job, ctx, next);
  return strapi.db.transaction(() => recordChange(strapi, ctx, next));
};
