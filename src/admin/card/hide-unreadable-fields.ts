import { PanelPermission, readableFields, withoutUnreadable } from './readable-fields';
import { modelOnScreen } from '../model-on-screen';
import { metaByUid } from '../../type-meta/lookup';

const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

/** The permissions the panel loaded at sign-in (Strapi's own `getMyPermissions` query in the admin store). */
function panelPermissions(app: any): PanelPermission[] {
  const queries = app?.store?.getState?.()?.adminApi?.queries ?? {};
  const entry = Object.entries(queries).find(([key]) => key.startsWith('getMyPermissions('))?.[1] as { data?: PanelPermission[] } | undefined;
  return entry?.data ?? [];
}

/**
 * Fields a person may not read are absent from the edit view instead of drawn as locked inputs (the
 * Secretary's card has no "Ви не маєте дозволу на редагування…" boxes; a product's price is simply not
 * there for her). The content manager's documented hook on the edit layout, fed with the permissions the
 * panel already has; the server still refuses and strips those fields whatever the panel shows.
 */
export function registerHideUnreadableFields(app: any): void {
  app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, (value: { layout: { layout: any[][][] }; query: unknown }) => {
    const uid = modelOnScreen();
    if (!uid || !value?.layout?.layout) return value;
    // the hook also runs for layouts of other types (a related record opened in a dialog): only the on-screen type's own
    const own = metaByUid.get(uid)?.fields ?? {};
    if (!value.layout.layout.flat(2).every((field: { name: string }) => field.name in own)) return value;
    const creating = /\/(create|clone\/[^/]+)\/?$/.test(window.location.pathname);
    const readable = readableFields(panelPermissions(app), uid, creating ? 'create' : 'read');
    return { ...value, layout: { ...value.layout, layout: withoutUnreadable(value.layout.layout, readable) } };
  });
}
