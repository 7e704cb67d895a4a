import type { EditRow } from './define';
import { collect } from './lookup';

/** Content-manager view presets, collected from the metas (applied by src/content-manager-views). */

export const listColumns: Record<string, readonly string[]> = collect((meta) => ('list' in meta ? meta.list : undefined));
export const editLayouts: Record<string, readonly EditRow[]> = collect((meta) => ('edit' in meta ? meta.edit : undefined));
export const fieldHints: Record<string, Readonly<Record<string, string>>> = collect((meta) => meta.hints);
export const readOnlyFields: Record<string, readonly string[]> = collect((meta) => meta.readOnly);
export const cardPanelFields: Record<string, readonly string[]> = collect((meta) => ('cardPanels' in meta ? meta.cardPanels : undefined));
export const defaultSort: Record<string, readonly [string, 'ASC' | 'DESC']> = collect((meta) => ('sort' in meta ? meta.sort : undefined));

/** Types whose edit view shows the record's change history beside it. */
export const AUDIT_PANEL_UIDS: ReadonlySet<string> = new Set(Object.keys(collect((meta) => ('auditPanel' in meta && meta.auditPanel) || undefined)));
