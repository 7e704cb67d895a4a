/** What telephony shows while the phone rings: who calls, who looks after them, what happened lately. */
export interface CallerCard {
  phone: string;
  matchedBy: 'contact-person' | 'counterparty';
  counterparty: { documentId: string; name: string; kind: string | null; state: string | null } | null;
  contactPerson: { documentId: string; fullName: string; position: string | null } | null;
  manager: { fullName: string; phone: string | null } | null;
  lastInteractions: Array<{ occurredAt: string; kind: string; subject: string | null; employeeName: string | null }>;
}

/** Rows as the data layer returns them; only the fields read here matter. */
export interface CallerRows {
  phone: string;
  contactPerson?: { documentId: string; fullName: string; position?: string | null } | null;
  counterparty?: {
    documentId: string;
    name: string;
    kind?: string | null;
    state?: string | null;
    manager?: { fullName: string; phone?: string | null } | null;
  } | null;
  interactions?: ReadonlyArray<{ occurredAt: string | Date; kind: string; subject?: string | null; employee?: { fullName?: string | null } | null }>;
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function toCallerCard(rows: CallerRows, limit = 3): CallerCard {
  const { contactPerson, counterparty } = rows;
  return {
    phone: rows.phone,
    matchedBy: contactPerson ? 'contact-person' : 'counterparty',
    counterparty: counterparty
      ? { documentId: counterparty.documentId, name: counterparty.name, kind: counterparty.kind ?? null, state: counterparty.state ?? null }
      : null,
    contactPerson: contactPerson
      ? { documentId: contactPerson.documentId, fullName: contactPerson.fullName, position: contactPerson.position ?? null }
      : null,
    manager: counterparty?.manager ? { fullName: counterparty.manager.fullName, phone: counterparty.manager.phone ?? null } : null,
    lastInteractions: (rows.interactions ?? []).slice(0, limit).map((i) => ({
      occurredAt: iso(i.occurredAt),
      kind: i.kind,
      subject: i.subject ?? null,
      employeeName: i.employee?.fullName ?? null,
    })),
  };
}
