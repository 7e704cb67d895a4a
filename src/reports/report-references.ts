import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { andFilters, toWhere, Visibility } from '../access/visibility';
import { issue } from '../domain/messages';
import type { FieldIssue } from '../domain/errors';
import type { ReferenceParameterKind, ReportDefinition, ReportParameters } from '../domain/reports';
import { REFERENCE_PARAMETER_KINDS } from '../domain/reports';

/** Where the records a reference parameter names live, and the field that names them in the heading. */
const REFERENCE_TYPES: Readonly<Record<ReferenceParameterKind, { uid: string; nameField: string }>> = {
  employee: { uid: UID.employee, nameField: 'fullName' },
  department: { uid: UID.department, nameField: 'name' },
  counterparty: { uid: UID.counterparty, nameField: 'name' },
  productGroup: { uid: 'api::product-group.product-group', nameField: 'name' },
  invoice: { uid: UID.invoice, nameField: 'number' },
};

export interface ResolvedReferences {
  ids: Record<string, number[]>;
  names: Record<string, string[]>;
  issues: FieldIssue[];
}

/**
 * The records the reference parameters name (documentIds), looked up through the caller's visibility: a
 * client the caller may not see is refused as if it did not exist, so a report cannot be aimed at it.
 */
export async function resolveReferences(strapi: Core.Strapi, visibility: Visibility, definition: ReportDefinition<any, any, any>, values: ReportParameters): Promise<ResolvedReferences> {
  const resolved: ResolvedReferences = { ids: {}, names: {}, issues: [] };
  for (const parameter of definition.parameters) {
    if (!(REFERENCE_PARAMETER_KINDS as readonly string[]).includes(parameter.kind)) continue;
    const value = values[parameter.key];
    if (value === null || value === undefined) continue;
    const documentIds = (Array.isArray(value) ? value : [value]) as string[];
    const { uid, nameField } = REFERENCE_TYPES[parameter.kind as ReferenceParameterKind];
    const readable = visibility.filter(uid);
    const rows: Array<{ id: number; documentId: string; [field: string]: unknown }> =
      readable === null
        ? []
        : await strapi.db.query(uid as any).findMany({
            where: toWhere(strapi, uid, andFilters({ documentId: { $in: documentIds } }, readable)),
            select: ['id', 'documentId', nameField],
          });
    const byDocumentId = new Map(rows.map((row) => [row.documentId, row]));
    documentIds.forEach((documentId, index) => {
      if (!byDocumentId.has(documentId)) resolved.issues.push(issue(Array.isArray(value) ? `${parameter.key}[${index}]` : parameter.key, 'report.referenceNotFound'));
    });
    resolved.ids[parameter.key] = rows.map((row) => row.id);
    resolved.names[parameter.key] = documentIds.map((documentId) => String(byDocumentId.get(documentId)?.[nameField] ?? documentId));
  }
  return resolved;
}
