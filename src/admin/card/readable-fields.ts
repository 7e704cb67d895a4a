/**
 * Which fields of a type a person may read in the edit view, from the permissions the panel already holds
 * (GET /admin/users/me/permissions): the union of the fields of their read permissions on that type (or
 * create permissions, on a new record), as Strapi's own edit view computes it (DocumentRBAC). A field
 * outside it would be drawn as a locked input ("Ви не маєте дозволу…"); the card leaves it out instead.
 */
export interface PanelPermission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] | null } | null;
}

/** null: the person may not read the type at all; 'all': every field. */
export function readableFields(permissions: readonly PanelPermission[], uid: string, action: 'read' | 'create'): Set<string> | 'all' | null {
  const own = permissions.filter((permission) => permission.subject === uid && permission.action === `plugin::content-manager.explorer.${action}`);
  if (own.length === 0) return null;
  if (own.some((permission) => !Array.isArray(permission.properties?.fields))) return 'all';
  return new Set(own.flatMap((permission) => permission.properties!.fields as string[]));
}

/**
 * A top-level field is shown when it, or (for a component) any field inside it, is readable. None is
 * when the person may not read (or, on a new record, create) the type at all: Strapi still opens such a
 * form by its address, every field locked.
 */
export function isFieldShown(readable: Set<string> | 'all' | null, field: string): boolean {
  if (readable === 'all') return true;
  if (readable === null) return false;
  if (readable.has(field)) return true;
  const prefix = `${field}.`;
  for (const path of readable) if (path.startsWith(prefix)) return true;
  return false;
}

interface LayoutField {
  name: string;
  [key: string]: unknown;
}

/** The edit layout (panels of rows of fields) without the fields the person may not read; empty rows and panels go too. */
export function withoutUnreadable<F extends LayoutField>(panels: F[][][], readable: Set<string> | 'all' | null): F[][][] {
  if (readable === 'all') return panels;
  return panels
    .map((rows) => rows.map((row) => row.filter((field) => isFieldShown(readable, field.name))).filter((row) => row.length > 0))
    .filter((rows) => rows.length > 0);
}
