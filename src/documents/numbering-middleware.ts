import type { Core, Modules } from '@strapi/strapi';
import { formatDocumentNumber, lastSeqAmong, NumberedKind, numberPrefix, NumberPattern, parseNumberPattern, sequenceScope } from '../domain/documents/numbering';
import { localDateOf } from '../domain/time';
import { businessTime } from '../time/business-time';
import { nextInSequence, prepareNumberSequences } from './number-sequences';

const KINDS: Readonly<Record<string, NumberedKind>> = {
  'api::invoice.invoice': 'invoice',
  'api::contract.contract': 'contract',
};

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The configured patterns (config/documents.ts), checked once: a wrong one stops the start naming its variable. */
export function numberPatterns(strapi: Core.Strapi): Record<NumberedKind, NumberPattern> {
  const configured = strapi.config.get('documents.numberPatterns') as Record<NumberedKind, string>;
  const patterns = {} as Record<NumberedKind, NumberPattern>;
  for (const kind of Object.values(KINDS)) {
    const parsed = parseNumberPattern(configured?.[kind]);
    if (!parsed.ok) throw new Error(`VITRYLO_${kind.toUpperCase()}_NUMBER_PATTERN «${configured?.[kind]}»: ${parsed.reason}`);
    patterns[kind] = parsed.value;
  }
  return patterns;
}

/**
 * Document middleware: an invoice or contract created with its number left empty gets the next number of
 * its kind and year, formatted by the configured pattern, drawn in the create's transaction (see
 * number-sequences.ts: gap-free and never repeated, also with several processes on one database). A number
 * typed by hand is kept; the sequence steps over it when it reaches it.
 */
export function documentNumbering(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  let patterns: Record<NumberedKind, NumberPattern> | undefined;
  return async (ctx, next) => {
    const kind = KINDS[ctx.uid];
    // a clone is a create by now (clone-as-create runs first), and its number was left out
    if (!kind || ctx.action !== 'create') return next();
    const params = ctx.params as { data?: Record<string, any> };
    if (!params.data || !blank(params.data.number)) return next();
    patterns ??= numberPatterns(strapi);
    const pattern = patterns[kind];
    await prepareNumberSequences(strapi);
    return strapi.db.transaction(async ({ trx }) => {
      const data = params.data!;
      const date: string = typeof data.date === 'string' && data.date ? data.date : localDateOf(new Date(), businessTime(strapi).timeZone);
      const year = Number(date.slice(0, 4));
      data.number = await freeNumber(strapi, trx, ctx.uid, kind, pattern, year);
      return next();
    });
  };
}

/** The next number of the sequence that no document of this kind carries yet (one typed by hand is stepped over). */
async function freeNumber(strapi: Core.Strapi, trx: any, uid: string, kind: NumberedKind, pattern: NumberPattern, year: number): Promise<string> {
  const scope = sequenceScope(kind, year, pattern);
  const lastUsed = async () => {
    const rows = await strapi.db.query(uid as any).findMany({ where: { number: { $startsWith: numberPrefix(pattern, year) } }, select: ['number'] });
    return lastSeqAmong(pattern, (rows as Array<{ number: string }>).map((row) => row.number), year);
  };
  for (;;) {
    const number = formatDocumentNumber(pattern, { seq: await nextInSequence(trx, scope, lastUsed), year });
    const taken = await strapi.db.query(uid as any).findOne({ where: { number, ...(kind === 'invoice' ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {}) }, select: ['id'] });
    if (!taken) return number;
  }
}
