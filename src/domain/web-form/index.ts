export { WEB_FORM_TEXT_FIELDS, WEB_FORM_FIELDS, HONEYPOT_FIELD, CONSENT_FIELD } from './fields';
export type { WebFormTextField, TextFieldRule } from './fields';
export { formFields } from './envelope';
export { isHoneypotFilled } from './honeypot';
export { validateWebForm } from './validate';
export type { WebFormSubmission, WebFormResult } from './validate';
export { toInboundRequest } from './to-inbound-request';
export type { WebInboundRequestData } from './to-inbound-request';
