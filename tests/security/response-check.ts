import { attributesOf, raw, shortName } from './model';
import { mayReadField, Oracle, Subject } from './oracle';
import { LINE_COMPONENT, LINE_SUMMARY_FIELD } from '../../src/domain/documents/line-summary';

/**
 * Judges one response against the caller's rules, whatever its status:
 *
 * - no secret (admin password hash, reset or registration token, API token hash) anywhere in the body text;
 * - no object that looks like an admin user row, for anyone but a super admin;
 * - every object that is a record of an app type — the root records (`results[]`, `data`) of the
 *   request's type, populated relations (recursively) and relations inside components — is a record the
 *   caller may see, unless it is reduced to ids ({id, documentId}; `locale`, `publishedAt` and `status`
 *   are tolerated, they are the same for every record here), and carries no field the caller may not read.
 *
 * Records are recognised by walking the JSON with the schemas, so a new type or field is judged without
 * new code. Each finding names the JSON path.
 */

export interface Finding {
  kind: 'secret' | 'admin-user' | 'invisible-record' | 'invisible-id' | 'unreadable-field' | 'unknown-record' | 'server-error' | 'invisible-target' | 'hidden-name';
  path: string;
  detail: string;
}

export interface Secret {
  label: string;
  value: string;
}

export interface CheckSpec {
  /** type of the records at the root of the body (results[] or data); null: no records at the root */
  rootUid: string | null;
  /** ids-only objects of records the caller may not see are acceptable (default true) */
  idsOnlyAllowed?: boolean;
  /** records missing from the database are not findings (a delete answers with what it removed) */
  ignoreUnknownRecords?: boolean;
}

export interface Response {
  status: number;
  text: string;
  body: any;
}

const META_KEYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'status', 'localizations', 'createdBy', 'updatedBy', '__component', '__temp_key__']);
const IDS_ONLY_KEYS = new Set(['id', 'documentId', 'locale', 'publishedAt', 'status']);

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: Record<string, any>) => Object.keys(value).length === 1 && 'count' in value;

/** An object with the shape of an admin::user row. */
export function looksLikeAdminUser(value: Record<string, any>): boolean {
  return ('email' in value && 'password' in value) || 'resetPasswordToken' in value || 'registrationToken' in value || ('firstname' in value && 'isActive' in value);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export class ResponseChecker {
  constructor(
    private readonly oracle: Oracle,
    private readonly secrets: () => Secret[],
  ) {}

  async check(subject: Subject, response: Response, spec: CheckSpec): Promise<Finding[]> {
    const findings: Finding[] = [];
    const text = response.text ?? '';
    for (const secret of this.secrets()) {
      if (secret.value && text.includes(secret.value)) findings.push({ kind: 'secret', path: '(body text)', detail: secret.label });
    }
    if (response.status >= 500) findings.push({ kind: 'server-error', path: '(status)', detail: `${response.status} ${preview(response.body?.error?.message ?? text)}` });
    if (!subject.superAdmin) this.scanAdminUsers(response.body, '$', findings);
    if (spec.rootUid && response.status < 300 && isObject(response.body)) {
      const walker = new Walk(this.oracle, subject, spec, findings);
      const { results, data } = response.body;
      if (Array.isArray(results)) for (let i = 0; i < results.length; i += 1) await walker.record(spec.rootUid, results[i], `$.results[${i}]`);
      if (Array.isArray(data)) for (let i = 0; i < data.length; i += 1) await walker.record(spec.rootUid, data[i], `$.data[${i}]`);
      else if (isObject(data) && Object.keys(data).length > 0) await walker.record(spec.rootUid, data, '$.data');
    }
    return findings;
  }

  private scanAdminUsers(value: unknown, path: string, findings: Finding[]): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.scanAdminUsers(item, `${path}[${i}]`, findings));
      return;
    }
    if (!isObject(value)) return;
    if (looksLikeAdminUser(value)) {
      const keys = Object.keys(value).filter((k) => ['email', 'password', 'resetPasswordToken', 'registrationToken', 'isActive', 'firstname'].includes(k));
      findings.push({ kind: 'admin-user', path, detail: `admin user row with ${keys.join(', ')}` });
      return;
    }
    for (const [key, inner] of Object.entries(value)) this.scanAdminUsers(inner, `${path}.${key}`, findings);
  }
}

class Walk {
  private readonly reloaded = new Set<string>();

  constructor(
    private readonly oracle: Oracle,
    private readonly subject: Subject,
    private readonly spec: CheckSpec,
    private readonly findings: Finding[],
  ) {}

  private async row(uid: string, ref: Record<string, any>) {
    let row = this.oracle.graph.get(uid, ref);
    if (!row && !this.reloaded.has(uid)) {
      this.reloaded.add(uid);
      await this.oracle.graph.load([uid]);
      row = this.oracle.graph.get(uid, ref);
    }
    return row;
  }

  async record(uid: string, value: unknown, path: string): Promise<void> {
    if (!isObject(value) || isCount(value)) return;
    const keys = Object.keys(value);
    const idsOnly = keys.every((k) => IDS_ONLY_KEYS.has(k));
    const label = `${shortName(uid)} ${value.documentId ?? `#${value.id}`}`;
    if (value.id === undefined && value.documentId === undefined) {
      if (keys.length > 0) this.findings.push({ kind: 'unknown-record', path, detail: `${shortName(uid)} object without id: ${preview(value)}` });
      return;
    }
    const row = await this.row(uid, value);
    if (!row) {
      if (!this.spec.ignoreUnknownRecords && !idsOnly) this.findings.push({ kind: 'unknown-record', path, detail: `${label} is not in the database` });
      return;
    }
    const visible = this.oracle.maySee(this.subject, uid, row);
    if (idsOnly) {
      if (!visible && this.spec.idsOnlyAllowed === false) this.findings.push({ kind: 'invisible-id', path, detail: `${label} (may not be seen) is listed` });
      return;
    }
    if (!visible) {
      const fields = keys.filter((k) => !IDS_ONLY_KEYS.has(k));
      this.findings.push({ kind: 'invisible-record', path, detail: `${label} (may not be seen) with ${fields.slice(0, 8).join(', ')}${fields.length > 8 ? ', ...' : ''}` });
      return;
    }
    await this.fields(uid, uid, '', value, path);
  }

  /** The fields of a record (model = the content type) or of a component inside it (prefix 'lines.'). */
  private async fields(uid: string, model: string, prefix: string, value: Record<string, any>, path: string): Promise<void> {
    const attributes = attributesOf(model);
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined || META_KEYS.has(key)) continue;
      const attribute = attributes[key];
      const fieldPath = `${prefix}${key}`;
      const at = `${path}.${key}`;
      if (!attribute && model === LINE_COMPONENT && key === LINE_SUMMARY_FIELD) {
        // a line's heading (src/content-manager-views/line-summaries.ts) spells out its price and amount: only to
        // whoever may read both
        const seesAmounts = ['price', 'net'].every((field) => mayReadField(this.subject, uid, `${prefix}${field}`));
        if (!seesAmounts && / × | = /.test(String(inner))) this.findings.push({ kind: 'unreadable-field', path: at, detail: `${shortName(uid)}.${fieldPath} shows amounts: ${preview(inner)}` });
        continue;
      }
      if (!attribute) {
        this.findings.push({ kind: 'unreadable-field', path: at, detail: `${shortName(uid)}.${fieldPath} is not a field of the model: ${preview(inner)}` });
        continue;
      }
      if (attribute.type === 'component' && attribute.component && raw[attribute.component]) {
        const items = Array.isArray(inner) ? inner : inner === null ? [] : [inner];
        for (let i = 0; i < items.length; i += 1) {
          if (isObject(items[i])) await this.fields(uid, attribute.component, `${fieldPath}.`, items[i], Array.isArray(inner) ? `${at}[${i}]` : at);
        }
        continue;
      }
      if (!mayReadField(this.subject, uid, fieldPath)) {
        this.findings.push({ kind: 'unreadable-field', path: at, detail: `${shortName(uid)}.${fieldPath} may not be read: ${preview(inner)}` });
        continue;
      }
      if (attribute.type === 'relation' && attribute.target?.startsWith('api::')) {
        const items = Array.isArray(inner) ? inner : [inner];
        for (let i = 0; i < items.length; i += 1) await this.record(attribute.target, items[i], Array.isArray(inner) ? `${at}[${i}]` : at);
      }
    }
  }
}
