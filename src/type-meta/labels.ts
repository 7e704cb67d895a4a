import { collect, metaByUid } from './lookup';

/**
 * Ukrainian captions of every content type and component, collected from their metas. The admin panel
 * (translations, content-manager view settings), validation messages, the audit trail and reports read
 * them from here.
 */

export interface UkTypeLabels {
  displayName: string;
  pluralName?: string;
  fields: Readonly<Record<string, string>>;
  enums?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Captions of the fields Strapi adds to every content type. */
export const systemFieldLabels: Record<string, string> = {
  id: 'ID',
  documentId: 'ID документа',
  createdAt: 'Створено',
  updatedAt: 'Змінено',
  createdBy: 'Створив',
  updatedBy: 'Змінив',
};

export const ukLabels: Record<string, UkTypeLabels> = collect(({ displayName, pluralName, fields, enums }) => ({
  displayName,
  ...(pluralName ? { pluralName } : {}),
  fields,
  ...(enums ? { enums } : {}),
}));

/** The field that shows a record of each type or component (content-manager `mainField`). */
export const mainFields: Record<string, string> = collect((meta) => meta.mainField);

/** The caption of one value of one enumeration field, or the value itself when it has none. */
export function enumCaption(uid: string, field: string, value: string): string {
  return metaByUid.get(uid)?.enums?.[field]?.[value] ?? value;
}

/**
 * The captions of an enumeration field shown at `path` of a record of `uid` ('kind', or
 * 'participants.0.status' inside a component), for a field whose values are `values`. A component field
 * is found by its name among the components whose captions cover every value; a value set no meta
 * covers, or two metas cover differently, gets none (the raw values show, never a wrong caption).
 */
export function enumCaptionsAt(uid: string | undefined, path: string, values: readonly string[]): Readonly<Record<string, string>> | undefined {
  const segments = path.split('.').filter((segment) => !/^\d+$/.test(segment));
  const field = segments[segments.length - 1];
  const covers = (captions: Readonly<Record<string, string>> | undefined) => !!captions && values.every((value) => value in captions);
  if (segments.length === 1 && uid) {
    const own = metaByUid.get(uid)?.enums?.[field];
    if (covers(own)) return own;
  }
  const candidates = [...metaByUid.values()]
    .filter((meta) => segments.length === 1 || !meta.uid.startsWith('api::'))
    .map((meta) => meta.enums?.[field])
    .filter(covers);
  const distinct = new Set(candidates.map((captions) => JSON.stringify(captions)));
  return distinct.size === 1 ? candidates[0] : undefined;
}
