import type { Core } from '@strapi/strapi';
import type { FieldIssue } from '../domain/errors';
import { isBlank } from '../domain/identifiers';
import { currentDocumentId, DocumentMiddlewareFactory, writtenData } from './types';
import { toValidationError } from './validation-error';

const COUNTERPARTY = 'api::counterparty.counterparty';
const INVOICE = 'api::invoice.invoice';

async function existingDocument(strapi: Core.Strapi, uid: any, documentId: string | undefined, fields: string[]) {
  if (!documentId) return null;
  return strapi.db.query(uid).findOne({ where: { documentId }, select: fields });
}

async function takenBy(strapi: Core.Strapi, uid: any, where: Record<string, unknown>, documentId: string | undefined, select: string[]) {
  return strapi.db.query(uid).findOne({
    where: documentId ? { ...where, documentId: { $ne: documentId } } : where,
    select: ['documentId', ...select],
  });
}

/** A taxpayer code identifies one counterparty: empty codes are allowed many times, a given one once. */
async function counterpartyCodeIssues(strapi: Core.Strapi, data: Record<string, any>, documentId?: string): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const field of ['edrpou', 'rnokpp']) {
    if (isBlank(data[field])) continue;
    const other = await takenBy(strapi, COUNTERPARTY, { [field]: data[field] }, documentId, ['name']);
    if (other) issues.push({ field, reason: `already belongs to counterparty "${other.name}"` });
  }
  return issues;
}

function yearBounds(date: string): { $gte: string; $lte: string } {
  const year = String(date).slice(0, 4);
  return { $gte: `${year}-01-01`, $lte: `${year}-12-31` };
}

/** Invoice numbering restarts every year, so a number is unique within the year of the invoice date. */
async function invoiceNumberIssues(strapi: Core.Strapi, data: Record<string, any>, documentId?: string): Promise<FieldIssue[]> {
  if (!('number' in data) && !('date' in data)) return [];
  const existing = await existingDocument(strapi, INVOICE, documentId, ['number', 'date']);
  const number = 'number' in data ? data.number : existing?.number;
  const date = 'date' in data ? data.date : existing?.date;
  if (isBlank(number) || isBlank(date)) return [];
  const other = await takenBy(strapi, INVOICE, { number: String(number).trim(), date: yearBounds(String(date)) }, documentId, ['number']);
  return other ? [{ field: 'number', reason: `is already used by another invoice in ${String(date).slice(0, 4)}` }] : [];
}

const CHECKS: Record<string, typeof counterpartyCodeIssues> = {
  [COUNTERPARTY]: counterpartyCodeIssues,
  [INVOICE]: invoiceNumberIssues,
};

export const uniqueCodes: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const check = CHECKS[ctx.uid];
  const data = check ? writtenData(ctx) : null;
  if (data) {
    const issues = await check(strapi, data, currentDocumentId(ctx));
    if (issues.length > 0) throw toValidationError(issues);
  }
  return next();
};
