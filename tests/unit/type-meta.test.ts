import fs from 'fs';
import path from 'path';
import { COMPONENT_METAS, enumCaption, enumCaptionsAt, metaByUid, TYPE_METAS, TypeMeta } from '../../src/type-meta';
import { CONDITIONS } from '../../src/access/conditions';
import { REFERENCE_LISTS, UID } from '../../src/access/uids';
import { schemaFiles } from '../helpers/schema-catalog';

/**
 * Each type's metadata sits beside its schema (src/api/<type>/meta.ts) and every central list is derived
 * from it, so these checks are what stops a new type or field from going out half-described.
 */
const schemas = schemaFiles();
const attributesOf = new Map(schemas.map(({ uid, attributes }) => [uid, attributes]));
const EMPLOYEE = 'api::employee.employee';
const DEPARTMENT = 'api::department.department';

const problems = (check: (uid: string, attributes: Record<string, any>) => string[]) =>
  schemas.flatMap(({ uid, attributes }) => check(uid, attributes));

test('every content type and component has a meta in the registry, and every meta a schema', () => {
  expect([...metaByUid.keys()].sort()).toEqual(schemas.map(({ uid }) => uid).sort());
  expect(TYPE_METAS.length + COMPONENT_METAS.length).toBe(metaByUid.size);
  const apiDir = path.resolve(__dirname, '../../src/api');
  const withoutMeta = fs.readdirSync(apiDir).filter((name) => !fs.existsSync(path.join(apiDir, name, 'meta.ts')));
  expect(withoutMeta).toEqual([]);
});

test('the names the code uses for types are registered types, and the reference lists come from the group', () => {
  for (const uid of Object.values(UID)) expect(TYPE_METAS.some((meta) => meta.uid === uid)).toBe(true);
  expect(REFERENCE_LISTS).toEqual(expect.arrayContaining(['api::industry.industry', 'api::lead-source.lead-source']));
  expect(REFERENCE_LISTS).not.toContain(UID.counterparty);
});

test('every field the panel shows has a caption, and every caption names a field', () => {
  const found = problems((uid, attributes) => {
    const fields = metaByUid.get(uid)?.fields ?? {};
    const shown = Object.keys(attributes).filter((name) => attributes[name].visible !== false);
    return [
      ...shown.filter((name) => !fields[name]?.trim()).map((name) => `${uid}.${name}: no caption`),
      ...Object.keys(fields).filter((name) => !(name in attributes)).map((name) => `${uid}.${name}: caption of no field`),
    ];
  });
  expect(found).toEqual([]);
});

test('every enumeration value has a caption of its own field, and no caption is left over', () => {
  const found = problems((uid, attributes) => {
    const enums = metaByUid.get(uid)?.enums ?? {};
    const issues: string[] = [];
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'enumeration') continue;
      for (const value of attribute.enum) if (!enums[name]?.[value]?.trim()) issues.push(`${uid}.${name} = ${value}: no caption`);
      for (const value of Object.keys(enums[name] ?? {})) if (!attribute.enum.includes(value)) issues.push(`${uid}.${name} = ${value}: not a value`);
    }
    for (const name of Object.keys(enums)) if (attributes[name]?.type !== 'enumeration') issues.push(`${uid}.${name}: captions of no enumeration`);
    return issues;
  });
  expect(found).toEqual([]);
});

test('every decimal is classified as money, quantity or rate, and only decimals are', () => {
  const found = problems((uid, attributes) => {
    const decimals = metaByUid.get(uid)?.decimals ?? {};
    return [
      ...Object.keys(attributes).filter((name) => attributes[name].type === 'decimal' && !decimals[name]).map((name) => `${uid}.${name}: unclassified`),
      ...Object.keys(decimals).filter((name) => attributes[name]?.type !== 'decimal').map((name) => `${uid}.${name}: not a decimal`),
    ];
  });
  expect(found).toEqual([]);
});

test('the fields a view names exist', () => {
  const found = [...metaByUid.values()].flatMap((meta) => {
    const attributes = attributesOf.get(meta.uid) ?? {};
    const system = ['id', 'documentId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
    const named = [
      meta.mainField,
      ...(meta.readOnly ?? []),
      ...('list' in meta ? [...meta.list, ...(meta.edit ?? []).flat().map(([field]) => field), ...(meta.sort ? [meta.sort[0]] : [])] : []),
      ...('search' in meta ? (meta.search ?? []).map((field) => field.split('.')[0]) : []),
    ];
    return named.filter((field) => !(field in attributes) && !system.includes(field)).map((field) => `${meta.uid}: ${field}`);
  });
  expect(found).toEqual([]);
});

/** The uid a relation path of `uid` ends at, or a description of where it breaks. */
function pathTarget(uid: string, relationPath: string): string {
  let model = uid;
  for (const step of relationPath.split('.')) {
    const attribute = attributesOf.get(model)?.[step];
    if (attribute?.type !== 'relation') return `broken at ${step}`;
    model = attribute.target;
  }
  return model;
}

test('ownership paths and owner defaults lead to an employee, or to a department for the department condition', () => {
  const found = TYPE_METAS.flatMap((meta: TypeMeta) => {
    const issues: string[] = [];
    for (const [condition, paths] of Object.entries(meta.ownership ?? {})) {
      const wanted = CONDITIONS[condition as keyof typeof CONDITIONS].endsAt === 'department' ? DEPARTMENT : EMPLOYEE;
      for (const relationPath of paths ?? []) {
        const target = pathTarget(meta.uid, relationPath);
        if (target !== wanted) issues.push(`${meta.uid} ${condition}: ${relationPath} → ${target}`);
      }
    }
    if (meta.ownerDefaults) {
      if (pathTarget(meta.uid, meta.ownerDefaults.employee) !== EMPLOYEE) issues.push(`${meta.uid} owner ${meta.ownerDefaults.employee}`);
      if (meta.ownerDefaults.department && pathTarget(meta.uid, meta.ownerDefaults.department) !== DEPARTMENT) issues.push(`${meta.uid} owner department`);
    }
    return issues;
  });
  expect(found).toEqual([]);
});

describe('captions are per field', () => {
  test('one value reads as its own field says', () => {
    const state = (uid: string) => enumCaption(uid, 'state', 'cancelled');
    expect(state('api::interaction.interaction')).not.toBe(state('api::invoice.invoice'));
    expect(enumCaption('api::product.product', 'kind', 'service')).toBe(metaByUid.get('api::product.product')!.enums!.kind.service);
    expect(enumCaption('api::counterparty.counterparty', 'kind', 'client')).toBe('Клієнт');
    expect(enumCaption('api::counterparty.counterparty', 'kind', 'unknown-value')).toBe('unknown-value');
  });

  test('a field inside a component is found by its name among the components', () => {
    const participant = attributesOf.get('crm.event-participant')!.status.enum as string[];
    expect(enumCaptionsAt('api::marketing-event.marketing-event', 'participants.0.status', participant)).toBe(
      metaByUid.get('crm.event-participant')!.enums!.status,
    );
  });

  test('a top-level field reads its own type first', () => {
    const kinds = attributesOf.get('api::interaction.interaction')!.kind.enum as string[];
    expect(enumCaptionsAt('api::interaction.interaction', 'kind', kinds)).toBe(metaByUid.get('api::interaction.interaction')!.enums!.kind);
  });
});
