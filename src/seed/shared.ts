import * as catalog from './catalog';
import { DEMO_DEPARTMENTS, DEMO_EMPLOYEES, DEMO_ROUTING_RULES, DEMO_SEGMENTS, DemoRole } from './demo-company';
import { formatKopecks, toKopecks } from '../domain/money';
import type { Doc, Writer } from './writer';

/** An employee of the demo company as the batches use it. */
export interface Emp {
  documentId: string;
  fullName: string;
  email: string;
  phone: string;
  position: string;
  role: DemoRole;
  department: string;
  departmentId: string;
  city: string;
}

export interface Prod extends catalog.ProductItem {
  documentId: string;
  businessLine: string;
}

export type RefKind =
  | 'industry'
  | 'marketSegment'
  | 'region'
  | 'businessLine'
  | 'stage'
  | 'leadSource'
  | 'lossReason'
  | 'productGroup';

/** What every batch needs from the shared data: documentIds by natural key. */
export interface Shared {
  ref: Record<RefKind, Map<string, string>>;
  departments: Map<string, string>;
  employees: Emp[];
  products: Prod[];
  materials: Array<{ documentId: string; name: string; unitCost: number }>;
  segments: Map<string, string>;
}

const ref = (item: catalog.RefItem, i: number) => ({
  name: item.name,
  code: item.code,
  sortOrder: (i + 1) * 10,
  active: true,
  ...(item.description ? { description: item.description } : {}),
});

async function refList(w: Writer, uid: string, items: catalog.RefItem[], extra?: (item: any) => object) {
  const docs = await w.findOrCreateAll(uid, 'name', items, (x) => x.name, (x) => ({
    ...ref(x, items.indexOf(x)),
    ...(extra ? extra(x) : {}),
  }));
  return new Map([...docs].map(([k, d]) => [k, d.documentId]));
}

/**
 * Reference lists, departments, employees, products, marketing materials, routing rules and segments:
 * found by natural key (name, e-mail, code) or created. Existing rows are left as the admins edited them.
 */
export async function seedShared(w: Writer): Promise<Shared> {
  const refs = {
    industry: await refList(w, 'api::industry.industry', catalog.INDUSTRIES),
    marketSegment: await refList(w, 'api::market-segment.market-segment', catalog.MARKET_SEGMENTS),
    region: await refList(w, 'api::region.region', catalog.REGIONS),
    businessLine: await refList(w, 'api::business-line.business-line', catalog.BUSINESS_LINES),
    stage: await refList(w, 'api::interaction-stage.interaction-stage', catalog.INTERACTION_STAGES),
    leadSource: await refList(w, 'api::lead-source.lead-source', catalog.LEAD_SOURCES, (x: catalog.LeadSourceItem) => ({ channel: x.channel })),
    lossReason: await refList(w, 'api::loss-reason.loss-reason', catalog.LOSS_REASONS),
    productGroup: await refList(w, 'api::product-group.product-group', catalog.PRODUCT_GROUPS),
  } as Record<RefKind, Map<string, string>>;

  // Departments first (without heads), then employees, then heads of the departments made now.
  const depBefore = new Set((await w.findAll('api::department.department', ['name'])).map((d) => String(d.name).toLowerCase()));
  const departments = new Map<string, string>();
  for (const dep of DEMO_DEPARTMENTS) {
    const found = await w.findOrCreateAll('api::department.department', 'name', [dep], (x) => x.name, (x) => ({
      name: x.name,
      note: x.note,
      ...(x.parent && departments.has(x.parent) ? { parent: departments.get(x.parent) } : {}),
    }));
    departments.set(dep.name, found.get(dep.name)!.documentId);
  }

  const empDocs = await w.findOrCreateAll('api::employee.employee', 'email', DEMO_EMPLOYEES, (x) => x.email, (x) => ({
    fullName: x.fullName,
    position: x.position,
    phone: x.phone,
    email: x.email,
    department: departments.get(x.department),
    active: true,
  }));
  const employees: Emp[] = DEMO_EMPLOYEES.map((e) => ({
    documentId: empDocs.get(e.email)!.documentId,
    fullName: e.fullName,
    email: e.email,
    phone: e.phone,
    position: e.position,
    role: e.role,
    department: e.department,
    departmentId: departments.get(e.department)!,
    city: DEMO_DEPARTMENTS.find((d) => d.name === e.department)?.city ?? 'Київ',
  }));

  for (const dep of DEMO_DEPARTMENTS) {
    if (depBefore.has(dep.name.toLowerCase())) continue;
    const head = employees.find((e) => e.email === dep.headEmail);
    if (head) await w.update('api::department.department', departments.get(dep.name)!, { head: head.documentId });
  }

  const groupLine = new Map(catalog.PRODUCT_GROUPS.map((g) => [g.name, g.businessLine]));
  const prodDocs = await w.findOrCreateAll('api::product.product', 'code', catalog.PRODUCTS, (p) => p.code, (p) => ({
    code: p.code,
    name: p.name,
    kind: p.kind,
    unit: p.unit,
    price: formatKopecks(toKopecks(p.price, 'price')),
    vatRate: p.vatRate,
    productGroup: refs.productGroup.get(p.group),
    active: true,
  }));
  const products: Prod[] = catalog.PRODUCTS.map((p) => ({
    ...p,
    documentId: prodDocs.get(p.code)!.documentId,
    businessLine: groupLine.get(p.group)!,
  }));

  const matDocs = await w.findOrCreateAll('api::marketing-material.marketing-material', 'name', catalog.MARKETING_MATERIALS, (m) => m.name, (m) => ({
    name: m.name,
    kind: m.kind,
    unitCost: formatKopecks(toKopecks(m.unitCost, 'unitCost')),
    stock: m.stock,
    ...(m.description ? { description: m.description } : {}),
  }));
  const materials = catalog.MARKETING_MATERIALS.map((m) => ({ documentId: matDocs.get(m.name)!.documentId, name: m.name, unitCost: m.unitCost }));

  const byEmail = new Map(employees.map((e) => [e.email, e.documentId]));
  await w.findOrCreateAll('api::routing-rule.routing-rule', 'name', DEMO_ROUTING_RULES, (r) => r.name, (r) => ({
    name: r.name,
    priority: r.priority,
    active: true,
    conditions: {
      ...(r.businessLine ? { businessLine: refs.businessLine.get(r.businessLine) } : {}),
      ...(r.channel ? { channel: r.channel } : {}),
      ...(r.counterpartyKind ? { counterpartyKind: r.counterpartyKind } : {}),
      ...(r.keywords ? { keywords: r.keywords } : {}),
    },
    ...(r.targetDepartment ? { targetDepartment: departments.get(r.targetDepartment) } : {}),
    ...(r.targetEmployeeEmail ? { targetEmployee: byEmail.get(r.targetEmployeeEmail) } : {}),
  }));

  const segDocs = await w.findOrCreateAll('api::segment.segment', 'name', DEMO_SEGMENTS, (s) => s.name, (s) => ({
    name: s.name,
    purpose: s.purpose,
    mode: s.mode,
    ...(s.criteria ? { criteria: s.criteria } : {}),
    description: s.description,
  }));
  const segments = new Map([...segDocs].map(([k, d]: [string, Doc]) => [k, d.documentId]));

  return { ref: refs, departments, employees, products, materials, segments };
}
