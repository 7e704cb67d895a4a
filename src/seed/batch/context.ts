import { instantOf } from '../../domain/time';
import type { LegalForm, City, PersonName } from '../catalog';
import type { Rng } from '../random';
import { rngFor } from '../random';
import type { Emp, Shared } from '../shared';
import type { Writer } from '../writer';

export type CounterpartyKind = 'client' | 'prospect' | 'partner' | 'competitor' | 'supplier' | 'other';

export interface BankAccount {
  iban: string;
  bankName: string;
  mfo: string;
  currency: string;
  isMain: boolean;
}

export interface Contact {
  documentId?: string;
  person: PersonName;
  position: string;
  phone: string;
  email: string | null;
  isPrimary: boolean;
  birthday?: string;
}

export interface Address {
  postalCode: string;
  city: string;
  street: string;
  building: string;
  office?: string;
  country: string;
}

export interface Cp {
  index: number;
  documentId?: string;
  kind: CounterpartyKind;
  legalForm: Pick<LegalForm, 'short' | 'full' | 'code'>;
  name: string;
  fullName: string;
  /** ЄДРПОУ or РНОКПП, whichever identifies the party. */
  code: string;
  vatPayer: boolean;
  accounts: BankAccount[];
  city: City;
  industry: string;
  marketSegment: string;
  leadSource: string | null;
  manager: Emp;
  status: 'active' | 'ceased';
  keyClient: boolean;
  /** Business lines the counterparty buys (first = main). */
  lines: string[];
  contacts: Contact[];
  phone: string;
  email: string | null;
  website: string | null;
  address: Address;
  vatNumber: string | null;
  note: string | null;
  attributes: Record<string, unknown>;
  /** Planned fate: ended cooperation (ceased) or refused a purchase. */
  refusal: 'ended-cooperation' | 'refused-purchase' | null;
  /** Date of the refusal; the chronicle of the counterparty ends there. */
  refusalDate: string | null;
}

export interface InvoiceInfo {
  documentId: string;
  number: string;
  date: string;
  dueDate: string;
  cp: Cp;
  contractId: string | null;
  status: 'draft' | 'issued' | 'partially-paid' | 'paid' | 'overdue' | 'cancelled';
  totalK: number;
  vatK: number;
  paidK: number;
  productIds: string[];
  author: Emp;
}

export interface ContractInfo {
  documentId: string;
  number: string;
  date: string;
  cp: Cp;
  businessLine: string;
}

export interface EventInfo {
  documentId: string;
  name: string;
  kind: string;
  start: string;
  participants: Array<{ cp: Cp; contact: Contact | null; status: string }>;
}

/** Everything one batch knows while it generates: the shared documents, its own documents so far, the clock. */
export class BatchContext {
  readonly counterparties: Cp[] = [];
  readonly contracts: ContractInfo[] = [];
  readonly invoices: InvoiceInfo[] = [];
  readonly events: EventInfo[] = [];
  /** Interactions with a follow-up date, for notifications. */
  readonly followUps: Array<{ documentId: string; cp: Cp; employee: Emp; at: string }> = [];
  readonly requests: Array<{ documentId: string; subject: string; assignee: Emp | null; receivedAt: string; status: string }> = [];
  readonly complaints: Array<{ documentId: string; number: string; responsible: Emp; status: string }> = [];

  constructor(
    readonly batch: number,
    readonly shared: Shared,
    readonly w: Writer,
    /** The local date of "today" and the current instant; all history is generated back from them. */
    readonly today: string,
    readonly now: Date,
    readonly log: (msg: string) => void,
    /** The business time zone: wall-clock times of the demo (a meeting at 10:00) are read in it. */
    readonly timeZone: string,
  ) {}

  /** The instant of a wall-clock time on a date in the business zone. */
  at(date: string, hour = 0, minute = 0): Date {
    return instantOf(date, this.timeZone, hour, minute);
  }

  /** The same as an ISO string, as datetime fields take it. */
  atIso(date: string, hour = 0, minute = 0): string {
    return this.at(date, hour, minute).toISOString();
  }

  rng(part: string): Rng {
    return rngFor(this.batch, part);
  }

  ref(kind: keyof Shared['ref'], name: string | null | undefined): string | undefined {
    if (!name) return undefined;
    const id = this.shared.ref[kind].get(name);
    if (!id) throw new Error(`demo seed: ${kind} "${name}" is not in the reference list`);
    return id;
  }

  employeesWith(...roles: Emp['role'][]): Emp[] {
    return this.shared.employees.filter((e) => roles.includes(e.role));
  }

  salesOf(department: string): Emp[] {
    return this.shared.employees.filter((e) => e.department === department && (e.role === 'sales' || e.role === 'sales-head'));
  }

  employeeByEmail(email: string): Emp {
    const e = this.shared.employees.find((x) => x.email === email);
    if (!e) throw new Error(`demo seed: no employee ${email}`);
    return e;
  }

  /** Admin panel link of a document, for notifications. */
  link(uid: string, documentId: string): string {
    return `/admin/content-manager/collection-types/${uid}/${documentId}`;
  }
}
