import { typesInGroup } from '../type-meta';

/** Content-type uids the access rules name. */
export const UID = {
  department: 'api::department.department',
  employee: 'api::employee.employee',
  counterparty: 'api::counterparty.counterparty',
  contactPerson: 'api::contact-person.contact-person',
  interaction: 'api::interaction.interaction',
  inboundRequest: 'api::inbound-request.inbound-request',
  routingRule: 'api::routing-rule.routing-rule',
  notification: 'api::notification.notification',
  product: 'api::product.product',
  contract: 'api::contract.contract',
  invoice: 'api::invoice.invoice',
  payment: 'api::payment.payment',
  bankStatement: 'api::bank-statement.bank-statement',
  scheduleEntry: 'api::schedule-entry.schedule-entry',
  marketingEvent: 'api::marketing-event.marketing-event',
  marketingMaterial: 'api::marketing-material.marketing-material',
  segment: 'api::segment.segment',
  refusal: 'api::refusal.refusal',
  complaint: 'api::complaint.complaint',
  reportTemplate: 'api::report-template.report-template',
  reportSubscription: 'api::report-subscription.report-subscription',
  leadSource: 'api::lead-source.lead-source',
  auditEntry: 'api::audit-entry.audit-entry',
} as const;

/** Editable reference lists: every staff role reads them. */
export const REFERENCE_LISTS: readonly string[] = typesInGroup('reference');

export const CM_ACTION = {
  create: 'plugin::content-manager.explorer.create',
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
} as const;

export type CrudAction = keyof typeof CM_ACTION;
