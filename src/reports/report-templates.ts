import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { trustedWrite } from '../access/trusted-write';
import { checkReportTemplate } from '../domain/reports';
import type { ReportDefinition } from '../domain/reports';
import { issueFrom } from '../domain/messages';
import { toValidationError } from '../document-middlewares/validation-error';
import { deletePrivateFile, preparePrivateFiles, readPrivateFile, savePrivateFile } from '../private-files/private-file-store';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A company's own look of a report: the `report-template` record (report key, name, active) and its .xlsx
 * kept as a private file of that record (never under public/). One template per report; uploading again
 * replaces it, switching it off (active = false) or deleting it brings back the standard layout.
 */
export interface StoredTemplate {
  documentId: string;
  name: string;
  active: boolean;
  updatedAt: string | null;
}

async function templateRecord(strapi: Core.Strapi, reportKey: string): Promise<any | null> {
  return strapi.db.query(UID.reportTemplate as any).findOne({ where: { reportKey }, select: ['id', 'documentId', 'name', 'active', 'updatedAt'] });
}

export async function storedTemplate(strapi: Core.Strapi, reportKey: string): Promise<StoredTemplate | null> {
  const record = await templateRecord(strapi, reportKey);
  return record ? { documentId: record.documentId, name: record.name, active: record.active !== false, updatedAt: record.updatedAt ?? null } : null;
}

/** The uploaded workbook the report is written into, when its template is on. */
export async function activeTemplateFile(strapi: Core.Strapi, reportKey: string): Promise<Buffer | null> {
  const record = await templateRecord(strapi, reportKey);
  if (!record || record.active === false) return null;
  return (await readPrivateFile(strapi, { uid: UID.reportTemplate, documentId: record.documentId }))?.content ?? null;
}

export async function templateFile(strapi: Core.Strapi, reportKey: string) {
  const record = await templateRecord(strapi, reportKey);
  return record ? readPrivateFile(strapi, { uid: UID.reportTemplate, documentId: record.documentId }) : null;
}

/**
 * Checks an uploaded template against the report (a broken one is refused naming the cell and the
 * reason) and keeps it as the report's template, on. Record and file are saved in one transaction.
 */
export async function saveTemplate(strapi: Core.Strapi, definition: ReportDefinition<any, any, any>, upload: { fileName: string; content: Buffer }): Promise<StoredTemplate> {
  const checked = await checkReportTemplate(definition, upload.content);
  if (!checked.ok) throw toValidationError([issueFrom('file', checked)]);
  await preparePrivateFiles(strapi);
  const name = upload.fileName.replace(/\.xlsx$/i, '').slice(0, 200) || definition.key;
  let documentId = '';
  await trustedWrite(() =>
    strapi.db.transaction(async ({ trx }) => {
      const existing = await templateRecord(strapi, definition.key);
      const record: any = existing
        ? await strapi.documents(UID.reportTemplate as any).update({ documentId: existing.documentId, data: { name, active: true } as any })
        : await strapi.documents(UID.reportTemplate as any).create({ data: { reportKey: definition.key, name, active: true } as any });
      documentId = record.documentId;
      await savePrivateFile(strapi, trx, { uid: UID.reportTemplate, documentId }, { name: upload.fileName, mime: XLSX_MIME, content: upload.content });
    }),
  );
  return (await storedTemplate(strapi, definition.key)) ?? { documentId, name, active: true, updatedAt: null };
}

/** Back to the standard layout: the record and its file are removed. */
export async function removeTemplate(strapi: Core.Strapi, reportKey: string): Promise<boolean> {
  const existing = await templateRecord(strapi, reportKey);
  if (!existing) return false;
  await preparePrivateFiles(strapi);
  await trustedWrite(() =>
    strapi.db.transaction(async ({ trx }) => {
      await strapi.documents(UID.reportTemplate as any).delete({ documentId: existing.documentId });
      await deletePrivateFile(strapi, { uid: UID.reportTemplate, documentId: existing.documentId }, trx);
    }),
  );
  return true;
}
