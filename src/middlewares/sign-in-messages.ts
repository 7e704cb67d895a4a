import { signInMessage, SIGN_IN_PATHS } from '../domain/messages/sign-in';
import { pickLocale } from '../domain/messages';

/**
 * The sign-in screens print Strapi's error message as the server gives it ("Invalid credentials", "Too
 * many requests..."): on those paths the message is given in the request's language (src/domain/messages/
 * sign-in.ts). Registered outside 'strapi::errors', so it sees the error as the body the panel receives.
 */
export default () => async (ctx: any, next: () => Promise<unknown>) => {
  await next();
  if (!SIGN_IN_PATHS.has(ctx.path)) return;
  const error = ctx.body?.error;
  if (!error || typeof error.message !== 'string') return;
  error.message = signInMessage(error.message, pickLocale(ctx.get('Accept-Language')));
};
