import type { ComponentMeta, TypeMeta } from './define';
import industry from '../api/industry/meta';
import marketSegment from '../api/market-segment/meta';
import region from '../api/region/meta';
import businessLine from '../api/business-line/meta';
import interactionStage from '../api/interaction-stage/meta';
import lossReason from '../api/loss-reason/meta';
import productGroup from '../api/product-group/meta';
import leadSource from '../api/lead-source/meta';
import department from '../api/department/meta';
import employee from '../api/employee/meta';
import counterparty from '../api/counterparty/meta';
import contactPerson from '../api/contact-person/meta';
import interaction from '../api/interaction/meta';
import inboundRequest from '../api/inbound-request/meta';
import routingRule from '../api/routing-rule/meta';
import notification from '../api/notification/meta';
import product from '../api/product/meta';
import contract from '../api/contract/meta';
import invoice from '../api/invoice/meta';
import payment from '../api/payment/meta';
import bankStatement from '../api/bank-statement/meta';
import scheduleEntry from '../api/schedule-entry/meta';
import marketingEvent from '../api/marketing-event/meta';
import marketingMaterial from '../api/marketing-material/meta';
import segment from '../api/segment/meta';
import refusal from '../api/refusal/meta';
import complaint from '../api/complaint/meta';
import reportTemplate from '../api/report-template/meta';
import reportSubscription from '../api/report-subscription/meta';
import auditEntry from '../api/audit-entry/meta';
import bankAccountComponent from './components/bank-account';
import addressComponent from './components/address';
import documentLineComponent from './components/document-line';
import eventParticipantComponent from './components/event-participant';
import eventMaterialComponent from './components/event-material';
import moneyItemComponent from './components/money-item';
import routingConditionComponent from './components/routing-condition';

/** Every content type's metadata: a new type adds its meta.ts here (a unit test fails until it does). */
export const TYPE_METAS: readonly TypeMeta[] = [
  industry,
  marketSegment,
  region,
  businessLine,
  interactionStage,
  lossReason,
  productGroup,
  leadSource,
  department,
  employee,
  counterparty,
  contactPerson,
  interaction,
  inboundRequest,
  routingRule,
  notification,
  product,
  contract,
  invoice,
  payment,
  bankStatement,
  scheduleEntry,
  marketingEvent,
  marketingMaterial,
  segment,
  refusal,
  complaint,
  reportTemplate,
  reportSubscription,
  auditEntry,
];

/** Every component's metadata. */
export const COMPONENT_METAS: readonly ComponentMeta[] = [
  bankAccountComponent,
  addressComponent,
  documentLineComponent,
  eventParticipantComponent,
  eventMaterialComponent,
  moneyItemComponent,
  routingConditionComponent,
];
