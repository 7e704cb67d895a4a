import type { Core } from '@strapi/strapi';
import { WEB_FORM_TEXT_FIELDS } from '../domain/web-form';

/**
 * OpenAPI descriptions of the custom content-API routes, which the documentation plugin does not
 * generate by itself: the public website form and the caller-ID lookup.
 */
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const textField = (description: string, max: number) => ({ type: 'string', maxLength: max, description });

const webFormBody = {
  type: 'object',
  required: ['consent'],
  description: 'At least phone or email. Any other field is ignored and never stored.',
  properties: {
    name: textField('Name of the person', WEB_FORM_TEXT_FIELDS.name.max),
    phone: textField('Phone in any usual form; stored in E.164', WEB_FORM_TEXT_FIELDS.phone.max),
    email: { ...textField('E-mail address', WEB_FORM_TEXT_FIELDS.email.max), format: 'email' },
    organisation: textField('Company name', WEB_FORM_TEXT_FIELDS.organisation.max),
    subject: textField('Subject', WEB_FORM_TEXT_FIELDS.subject.max),
    message: textField('Message, stored as plain text', WEB_FORM_TEXT_FIELDS.message.max),
    leadSource: textField('Lead source by name, code or documentId; unknown ones are ignored', WEB_FORM_TEXT_FIELDS.leadSource.max),
    consent: { type: 'boolean', enum: [true], description: 'Consent to processing of personal data; must be true' },
    website: { type: 'string', description: 'Honeypot: leave empty (hide it from people). When filled the request is answered 201 and dropped.' },
  },
};

const callerCard = {
  type: 'object',
  properties: {
    phone: { type: 'string', example: '+380671234567' },
    matchedBy: { type: 'string', enum: ['contact-person', 'counterparty'] },
    counterparty: {
      type: 'object',
      nullable: true,
      properties: { documentId: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, state: { type: 'string' } },
    },
    contactPerson: {
      type: 'object',
      nullable: true,
      properties: { documentId: { type: 'string' }, fullName: { type: 'string' }, position: { type: 'string', nullable: true } },
    },
    manager: { type: 'object', nullable: true, properties: { fullName: { type: 'string' }, phone: { type: 'string', nullable: true } } },
    lastInteractions: {
      type: 'array',
      maxItems: 3,
      items: {
        type: 'object',
        properties: {
          occurredAt: { type: 'string', format: 'date-time' },
          kind: { type: 'string' },
          subject: { type: 'string', nullable: true },
          employeeName: { type: 'string', nullable: true },
        },
      },
    },
  },
};

export const customRoutesOverride = {
  paths: {
    '/inbound-requests/web': {
      post: {
        tags: ['Inbound-request'],
        summary: 'Website form (public, no token)',
        description: 'Body at most 16 KB (413); 10 requests a minute per client address (429 with Retry-After).',
        security: [],
        operationId: 'post/inbound-requests/web',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: webFormBody }, 'application/x-www-form-urlencoded': { schema: webFormBody } },
        },
        responses: {
          201: {
            description: 'Received',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { data: { type: 'object', properties: { reference: { type: 'string' } } } } },
              },
            },
          },
          400: error('Validation error naming the field, or malformed JSON'),
          411: error('Content-Length missing'),
          413: error('Body over the size limit'),
          415: error('Not JSON or url-encoded, or compressed'),
          429: error('Too many requests from this address; see Retry-After'),
        },
      },
    },
    '/counterparties/lookup': {
      get: {
        tags: ['Counterparty'],
        summary: 'Caller ID: who calls from this phone number',
        description:
          'Needs a token with api::counterparty.counterparty.lookup (custom) or a full-access token. ' +
          'At most 60 lookups a minute per token by default (LOOKUP_RATE_LIMIT), then 429 with Retry-After.',
        operationId: 'get/counterparties/lookup',
        parameters: [
          { name: 'phone', in: 'query', required: true, schema: { type: 'string' }, example: '0671234567', description: '0671234567, +380 67 123 45 67, 380671234567, ...' },
        ],
        responses: {
          200: { description: 'Caller card', content: { 'application/json': { schema: { type: 'object', properties: { data: callerCard } } } } },
          400: error('Missing or invalid phone'),
          401: error('Missing or invalid token'),
          403: error('The token may not call the lookup'),
          404: error('Nobody has this number'),
          429: error('Too many lookups with this token; see Retry-After'),
        },
      },
    },
  },
};

export function registerOpenApiOverrides(strapi: Core.Strapi): void {
  strapi.plugin('documentation')?.service('override').registerOverride(customRoutesOverride);
}
