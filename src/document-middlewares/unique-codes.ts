import type { Core } from '@strapi/strapi';
import { callerMayRead } from '../access/caller-may-read';
import type { FieldIssue } from '../domain/errors';
import {
  duplicateIssue,
  invoiceNumberKey,
  UniqueField,
  uniqueFieldsOf,
  violatedUniqueField,
  withStoredCodes,
  yearOfNumberKey,
} from '../domain/unique-codes';
import { DocumentMiddlewareFactory } from './types';
import { toValidationError } from './validation-error';

/** 'clone' writes a new document too: it copies the source's codes and would copy a stale invoice key. */
const WRITES = new Set(['create', 'update', 'clone']);

type Row = Record<string, any>;

async function storedRow(strapi: Core.Strapi, uid: string, documentId: string | undefined, fields: string[]): Promise<Row | null> {
  if (!documentId) return null;
  return strapi.db.query(uid as any).findOne({ where: { documentId }, select: fields });
}

/**
 * The data as it will be stored: codes trimmed, blanks as NULL, and each per-year key derived from the
 * number and date after the write (whatever a client sent for the hidden key is replaced). `sourceId` is
 * the document whose stored values fill in what an update or clone does not send.
 */
async function prepareData(strapi: Core.Strapi, uid: string, fields: UniqueField[], data: Row, sourceId: string | undefined, action: string): Promise<Row> {
  const prepared = withStoredCodes(data, fields.map((f) => f.field));
  for (const { field, perYear } of fields) {
    if (!perYear) continue;
    delete prepared[perYear.keyField];
    if (action === 'update' && !(field in prepared) && !(perYear.dateField in prepared)) continue;
    const stored = await storedRow(strapi, uid, sourceId, [field, perYear.dateField]);
    const number = field in prepared ? prepared[field] : stored?.[field];
    const date = perYear.dateField in prepared ? prepared[perYear.dateField] : stored?.[perYear.dateField];
    prepared[perYear.keyField] = invoiceNumberKey(number, date);
  }
  return prepared;
}

/** The friendly first line: a clear 400 before the write. The database's unique index is the guarantee. */
async function duplicateIssues(strapi: Core.Strapi, uid: string, fields: UniqueField[], data: Row, ownId: string | undefined): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const uniqueField of fields) {
    const attribute = uniqueField.perYear?.keyField ?? uniqueField.field;
    const value = data[attribute];
    if (value === undefined || value === null) continue;
    const where: Row = { [attribute]: value };
    if (ownId) where.documentId = { $ne: ownId };
    const { labelField } = uniqueField;
    const other = await strapi.db.query(uid as any).findOne({ where, select: ['documentId', ...(labelField ? [labelField] : [])] });
    if (!other) continue;
    const mayName = labelField ? await callerMayRead(strapi, uid, other.documentId, labelField) : false;
    issues.push(
      duplicateIssue(uniqueField, {
        otherLabel: mayName ? other[labelField!] : null,
        year: uniqueField.perYear ? yearOfNumberKey(String(value)) : null,
      }),
    );
  }
  return issues;
}

/**
 * Unique codes and numbers (ЄДРПОУ, РНОКПП, invoice numbers per year, contract and complaint numbers,
 * product codes, payment dedupe keys; see domain/unique-codes). Normalizes them, refuses a duplicate with
 * a 400 naming the field, and turns the database's own refusal (a concurrent save that passed the check)
 * into the same 400 instead of a 500. Wraps the audit trail's transaction, so that has been rolled back.
 */
export const uniqueCodes: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const fields = uniqueFieldsOf(ctx.uid);
  const params = ctx.params as { documentId?: string; data?: Row } | undefined;
  if (fields.length === 0 || !WRITES.has(ctx.action) || !params) return next();
  if (params.data !== undefined && (typeof params.data !== 'object' || params.data === null)) return next();

  const sourceId = ctx.action === 'create' ? undefined : params.documentId;
  const ownId = ctx.action === 'update' ? params.documentId : undefined;
  const data = await prepareData(strapi, ctx.uid, fields, params.data ?? {}, sourceId, ctx.action);
  if (params.data !== undefined || Object.keys(data).length > 0) params.data = data;
  const issues = await duplicateIssues(strapi, ctx.uid, fields, data, ownId);
  if (issues.length > 0) throw toValidationError(issues, { uid: ctx.uid });

  try {
    return await next();
  } catch (error) {
    const refused = violatedUniqueField(error, fields);
    if (!refused) throw error;
    const key = refused.perYear ? data[refused.perYear.keyField] : null;
    throw toValidationError([duplicateIssue(refused, { year: key ? yearOfNumberKey(String(key)) : null })], { uid: ctx.uid });
  }
};
