/**
 * A plain description of the content types and components that access rules are computed from.
 * The glue builds it from Strapi's registry (see build-catalog.ts); unit tests build it from the
 * schema.json files. No Strapi imports here.
 */

export interface AttributeInfo {
  type: string;
  /** relation target uid */
  target?: string;
  /** component uid */
  component?: string;
  repeatable?: boolean;
}

export interface ModelInfo {
  uid: string;
  /** Only the attributes an admin can be given rights on (no createdAt, createdBy, ...). */
  attributes: Record<string, AttributeInfo>;
  /** Columns kept out of the admin (`visible: false`, e.g. derived keys): nobody reads, filters or searches them there. */
  hidden?: Record<string, AttributeInfo>;
}

export interface SchemaCatalog {
  contentTypes: Record<string, ModelInfo>;
  components: Record<string, ModelInfo>;
}

/** Leaf field paths of a content type as admin RBAC lists them: components expanded ('lines.price'). */
export function fieldPaths(catalog: SchemaCatalog, uid: string): string[] {
  const model = catalog.contentTypes[uid];
  if (!model) throw new Error(`unknown content type ${uid}`);
  return expand(catalog, model, '', 0);
}

function expand(catalog: SchemaCatalog, model: ModelInfo, prefix: string, depth: number): string[] {
  const paths: string[] = [];
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (attribute.type === 'component' && attribute.component && depth < 15) {
      const component = catalog.components[attribute.component];
      const nested = component ? expand(catalog, component, path, depth + 1) : [];
      paths.push(...(nested.length > 0 ? nested : [path]));
    } else {
      paths.push(path);
    }
  }
  return paths;
}

/** The attribute a dotted field path ends at, walking through components (not relations). */
export function attributeAt(catalog: SchemaCatalog, uid: string, path: string): AttributeInfo | undefined {
  let model: ModelInfo | undefined = catalog.contentTypes[uid];
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i += 1) {
    const attribute: AttributeInfo | undefined = model?.attributes[parts[i]];
    if (!attribute) return undefined;
    if (i === parts.length - 1) return attribute;
    if (attribute.type !== 'component' || !attribute.component) return undefined;
    model = catalog.components[attribute.component];
  }
  return undefined;
}

/**
 * Follows a dotted path through relations ('counterparty.manager') and returns the uid it ends at,
 * or undefined when a step is not a relation of the model it is read on.
 */
export function relationPathTarget(catalog: SchemaCatalog, uid: string, path: string): string | undefined {
  let current = uid;
  for (const step of path.split('.')) {
    const attribute = catalog.contentTypes[current]?.attributes[step];
    if (!attribute || attribute.type !== 'relation' || !attribute.target) return undefined;
    current = attribute.target;
  }
  return current;
}
