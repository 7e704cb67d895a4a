/** Edit-view groupings and list sorting that differ from Strapi's defaults (rows of [field, width of 12]). */
export type EditRow = Array<[string, number]>;

export const editLayouts: Record<string, EditRow[]> = {
  'api::counterparty.counterparty': [
    [['kind', 4], ['state', 4], ['legalForm', 4]],
    [['name', 6], ['fullName', 6]],
    [['edrpou', 4], ['rnokpp', 4], ['vatNumber', 4]],
    [['manager', 6], ['department', 6]],
    [['phone', 4], ['email', 4], ['website', 4]],
    [['industry', 6], ['marketSegment', 6]],
    [['region', 6], ['leadSource', 6]],
    [['address', 12]],
    [['bankAccounts', 12]],
    [['attributes', 12]],
    [['note', 12]],
  ],
  'api::invoice.invoice': [
    [['number', 4], ['date', 4], ['state', 4]],
    [['counterparty', 6], ['contract', 6]],
    [['author', 6], ['agent', 6]],
    [['currency', 4], ['dueDate', 4], ['paidAmount', 4]],
    [['lines', 12]],
    [['totalNet', 4], ['totalVat', 4], ['total', 4]],
    [['note', 12]],
  ],
  'api::contract.contract': [
    [['number', 4], ['date', 4], ['state', 4]],
    [['counterparty', 6], ['agent', 6]],
    [['author', 6], ['subject', 6]],
    [['validFrom', 4], ['validTo', 4], ['currency', 4]],
    [['lines', 12]],
    [['totalNet', 4], ['totalVat', 4], ['total', 4]],
    [['note', 12]],
  ],
  'api::audit-entry.audit-entry': [
    [['occurredAt', 4], ['action', 4], ['actorType', 4]],
    [['actorName', 6], ['actorAdminUser', 6]],
    [['apiTokenName', 6], ['jobName', 6]],
    [['targetLabel', 4], ['targetUid', 4], ['targetDocumentId', 4]],
    [['changes', 12]],
    [['counts', 12]],
  ],
  'api::interaction.interaction': [
    [['occurredAt', 4], ['kind', 4], ['direction', 4]],
    [['counterparty', 6], ['contactPerson', 6]],
    [['employee', 6], ['state', 6]],
    [['stage', 6], ['businessLine', 6]],
    [['subject', 12]],
    [['content', 12]],
    [['result', 12]],
    [['nextContactAt', 6], ['nextContactNote', 6]],
  ],
};

/** Every field of the audit log: it is written by the audit trail only (the server refuses any other write). */
export const AUDIT_ENTRY_FIELDS = [
  'occurredAt', 'actorType', 'actorAdminUser', 'actorName', 'apiTokenName', 'targetUid', 'targetDocumentId',
  'targetLabel', 'action', 'changes', 'jobName', 'counts',
];

/** Fields the server computes: shown, never edited by hand. */
export const readOnlyFields: Record<string, string[]> = {
  'api::invoice.invoice': ['totalNet', 'totalVat', 'total', 'paidAmount'],
  'api::contract.contract': ['totalNet', 'totalVat', 'total'],
  'crm.document-line': ['net', 'vat', 'total'],
  'api::bank-statement.bank-statement': [
    'openingBalance', 'closingBalance', 'totalIncoming', 'totalOutgoing', 'documentsCount', 'createdCount',
    'duplicatesCount', 'matchedCount', 'unmatchedCount', 'importedAt', 'importedBy',
  ],
  'api::payment.payment': ['dedupeKey'],
  'api::audit-entry.audit-entry': AUDIT_ENTRY_FIELDS,
};

export const defaultSort: Record<string, [string, 'ASC' | 'DESC']> = {
  'api::interaction.interaction': ['occurredAt', 'DESC'],
  'api::inbound-request.inbound-request': ['receivedAt', 'DESC'],
  'api::invoice.invoice': ['date', 'DESC'],
  'api::contract.contract': ['date', 'DESC'],
  'api::payment.payment': ['date', 'DESC'],
  'api::schedule-entry.schedule-entry': ['start', 'DESC'],
  'api::complaint.complaint': ['receivedAt', 'DESC'],
  'api::refusal.refusal': ['date', 'DESC'],
  'api::counterparty.counterparty': ['name', 'ASC'],
  'api::employee.employee': ['fullName', 'ASC'],
  'api::audit-entry.audit-entry': ['occurredAt', 'DESC'],
};
