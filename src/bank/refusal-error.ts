import { errors } from '@strapi/utils';
import { StatementRefusal } from '../domain/bank/statement';
import { isMessageCode, Locale, messageText } from '../domain/messages';
import { requestLocale } from '../document-middlewares/validation-error';

/** "рядок 12: сума «12,3,4» не є сумою грошей" in the panel's language; the whole file when line is 0. */
export function statementRefusalText(refusal: StatementRefusal, locale: Locale): string {
  const reason = isMessageCode(refusal.code) ? messageText(refusal.code, refusal.params, locale) : refusal.message;
  return refusal.line > 0 ? messageText('statement.atLine', { line: refusal.line, reason }, locale) : reason;
}

/** A refused statement as HTTP 400 naming the file field, the line and the reason; null for other errors. */
export function statementRefusalError(error: unknown): InstanceType<typeof errors.ValidationError> | null {
  if (!(error instanceof StatementRefusal)) return null;
  const message = statementRefusalText(error, requestLocale());
  return new errors.ValidationError(message, {
    errors: [{ path: ['file'], message, name: 'ValidationError' }],
    line: error.line,
    code: error.code,
  });
}
