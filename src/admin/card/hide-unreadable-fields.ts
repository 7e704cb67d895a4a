import { PanelPermission, readableFields, withoutUnreadable } from './readable-fields';
import { modelOnScreen } from '../model-on-screen';
import { metaByUid } from '../../type-meta/lookup';

const MUTATE_EDIT_VIEW_LAYOUT = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

interface PanelStore {
  getState(): any;
}

/**
 * The permissions the panel loaded at sign-in (Strapi's own `getMyPermissions` query in the admin store).
 * The store is the one Strapi hands every waterfall hook as its second argument: the `app` a bootstrap
 * receives has none (Strapi passes bootstrap a handful of its methods), so reading it there found no
 * permissions and hid nothing.
 */
export function panelPermissions(store: PanelStore | undefined): PanelPermission[] {
  const queries = store?.getState?.()?.adminApi?.queries ?? {};
  const entry = Object.entries(queries).find(([key]) => key.startsWith('getMyPermissions('))?.[1] as { data?: PanelPermission[] } | undefined;
  return entry?.data ?? [];
}

/**
 * Fields a person may not read are absent from every edit view instead of drawn as locked inputs ("Ви не
 * маєте дозволу на редагування…"): the Secretary's card has no payment or complaint boxes, a product's
 * price is simply not there for her, the Director's audit entry has no "Користувач", and a new record of a
 * type the person may not create (its form opened by address) has no fields at all. The content manager's
 * documented hook on the edit layout, fed with the permissions the panel already has; the server still
 * refuses and strips those fields whatever the panel shows.
 */
export function registerHideUnreadableFields(app: any): void {
  app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, (value: { layout: { layout: any[][][] }; query: unknown }, store?: PanelStore) => {
    const uid = modelOnScreen();
    if (!uid || !value?.layout?.layout) return value;
    // the hook also runs for layouts of other types (a related record opened in a dialog): only the on-screen type's own
    const own = metaByUid.get(uid)?.fields ?? {};
    if (!value.layout.layout.flat(2).every((field: { name: string }) => field.name in own)) return value;
    const permissions = panelPermissions(store);
    // not loaded (no store): nothing is known, so nothing is hidden; the server strips what it must anyway
    if (permissions.length === 0) return value;
    const creating = /\/(create|clone\/[^/]+)\/?$/.test(window.location.pathname);
    const readable = readableFields(permissions, uid, creating ? 'create' : 'read');
    return { ...value, layout: { ...value.layout, layout: withoutUnreadable(value.layout.layout, readable) } };
  });
}
