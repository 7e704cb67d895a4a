/** The audit trail's Strapi side; the pure core (diff, actors, counts) is src/domain/audit. */
export { AUDIT_UID, isAuditedUid } from './constants';
export { runAuditedJob } from './jobs';
export type { AuditedJobOptions } from './jobs';
export { writeAuditEntry } from './writer';
export type { AuditEntryInput } from './writer';
export { currentAuditJob, asAuditWriter, isAuditWriter } from './context';
export { currentActor } from './actor';
export { auditSchemaFor, readSnapshot } from './snapshot';
export type { JobCounts } from '../domain/audit';
