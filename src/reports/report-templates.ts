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
 * reason) and keeps it as the report's template, on. The record is written through the Document Service
 * (audited) and the file next to it; a file that cannot be kept takes a new record back out with it.
 */
export async function saveTemplate(strapi: Core.Strapi, definition: ReportDefinition<any, any, any>, upload: { fileName: string; content: Buffer }): Promise<StoredTemplate> {
  const checked = await checkReportTemplate(definition, upload.content);
  if (!checked.ok) throw toValidationError([issueFrom('file', checked)]);
  await preparePrivateFiles(strapi);
  const name = upload.fileName.replace(/\.xlsx$/i, '').slice(0, 200) || definition.key;
  const existing = await templateRecord(strapi, definition.key);
  const record: any = await trustedWrite(() =>
    existing
      ? strapi.documents(UID.reportTemplate as any).update({ documentId: existing.documentId, data: { name, active: true } as any })
      : strapi.documents(UID.reportTemplate as any).create({ data: { reportKey: definition.key, name, active: true } as any }),
  );
  try {
    await savePrivateFile(strapi, null, { uid: UID.reportTemplate, documentId: record.documentId }, { name: upload.fileName, mime: XLSX_MIME, content: upload.content });
  } catch (error) {
    if (!existing) await trustedWrite(() => strapi.documents(UID.reportTemplate as any).delete({ documentId: record.documentId }));
    throw error;
  }
  return (await storedTemplate(strapi, definition.key))!;
}

/** Back to the standard layout: the file goes first, so a record left behind has no file and is not used. */
export async function removeTemplate(strapi: Core.Strapi, reportKey: string): Promise<boolean> {
  const existing = await templateRecord(strapi, reportKey);
  if (!existing) return false;
  await deletePrivateFile(strapi, { uid: UID.reportTemplate, documentId: existing.documentId });
  await trustedWrite(() => strapi.documents(UID.reportTemplate as any).delete({ documentId: existing.documentId }));
  return true;
}
