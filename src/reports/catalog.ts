import type { CrmReport } from './crm-report';
import contactChronicle from './definitions/contact-chronicle';
import invoicePrint from './definitions/invoice-print';
import salesVolume from './definitions/sales-volume';
import workSchedule from './definitions/work-schedule';
import receivablesAging from './definitions/receivables-aging';
import managerActivity from './definitions/manager-activity';
import payments from './definitions/payments';
import inboundRequests from './definitions/inbound-requests';
import counterpartyStructure from './definitions/counterparty-structure';
import refusals from './definitions/refusals';
import complaints from './definitions/complaints';

/** Every report Vitrylo serves, in the order the «Звіти» page lists them within a section. */
export const CRM_REPORTS: readonly CrmReport[] = [
  counterpartyStructure,
  contactChronicle,
  managerActivity,
  salesVolume,
  refusals,
  receivablesAging,
  payments,
  inboundRequests,
  complaints,
  workSchedule,
  invoicePrint,
];

const byKey = new Map(CRM_REPORTS.map((report) => [report.definition.key, report]));
if (byKey.size !== CRM_REPORTS.length) throw new Error('two reports share a key');

export function reportByKey(key: string): CrmReport | undefined {
  return byKey.get(key);
}
