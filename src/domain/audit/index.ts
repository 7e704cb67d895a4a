export { SECRET_NAME, SYSTEM_FIELDS, isSecretAttribute, buildAuditSchema, pickAttributes } from './schema';
export type { AuditAttribute, AuditSchema, RawAttribute, RawSchema, BuildOptions, ScalarKind } from './schema';
export {
  MASK,
  canonicalDecimal,
  canonicalDate,
  canonicalDateTime,
  canonicalTime,
  canonicalBoolean,
  maskSecrets,
  stableStringify,
  normalizeValue,
} from './normalize';
export type { RefValue } from './normalize';
export { diffDocuments, changedFields, MAX_LISTED_REFS } from './diff';
export type { FieldChange, StoredDocument } from './diff';
export { actorFromRequest, adminUserName, SYSTEM_ACTOR } from './actor';
export type { ActorType, AuditActor, RequestLike } from './actor';
export { createJobCounts, countWrite, isEmptyJob, serializeCounts } from './jobs';
export type { JobCounts, WriteAction } from './jobs';
export { targetLabel } from './label';
export { mayReadAuditTrailOverRest, AUDIT_TRAIL_TOKEN_MESSAGE } from './rest-read-access';
export type { RestCaller } from './rest-read-access';
