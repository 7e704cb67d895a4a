import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { isHoneypotFilled, matchLeadSource, toInboundRequest, validateWebForm } from '../../../domain/web-form';
import { toValidationError } from '../../../document-middlewares/validation-error';

const INBOUND_REQUEST = 'api::inbound-request.inbound-request';
const LEAD_SOURCE = 'api::lead-source.lead-source';

export interface WebFormOutcome {
  stored: boolean;
  /** documentId of the stored request; a look-alike random id when nothing was stored. */
  reference: string;
}

/** Same shape as a documentId, so a bot cannot tell a dropped submission from a stored one. */
function lookAlikeReference(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  let id = alphabet[bytes[0] % 26];
  for (let i = 1; i < 24; i += 1) id += alphabet[bytes[i] % alphabet.length];
  return id;
}

/** A lead source named by documentId, code or name (case-insensitive); unknown ones are ignored. */
async function findLeadSource(strapi: Core.Strapi, value: string | undefined): Promise<string | null> {
  if (!value) return null;
  // A short reference list: read it whole and match in the core.
  const sources = await strapi.db.query(LEAD_SOURCE).findMany({ select: ['documentId', 'name', 'code'] });
  return matchLeadSource(value, sources)?.documentId ?? null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({

  /** Validates a website form body and stores it as a new web inbound request; throws a 400 ValidationError. */
  async submit(body: unknown): Promise<WebFormOutcome> {
    if (isHoneypotFilled(body)) {
      strapi.log.debug('web form: honeypot filled, submission dropped');
      return { stored: false, reference: lookAlikeReference() };
    }
    const result = validateWebForm(body);
    if (!result.ok) throw toValidationError(result.issues); // form fields, not the request's: no captions
    if (result.ignoredFields.length > 0) strapi.log.debug(`web form: ignored fields ${result.ignoredFields.join(', ')}`);
    const leadSource = await findLeadSource(strapi, result.value.leadSource);
    const data = toInboundRequest(result.value, new Date(), leadSource);
    const created = await strapi.documents(INBOUND_REQUEST as any).create({ data: data as any, fields: ['documentId'] as any });
    return { stored: true, reference: created.documentId };
  },
});
