/**
 * Strapi's own messages on the sign-in screens (login, password reset, first admin) in Ukrainian. Those
 * screens print the server's message as it comes, so the server must say it in the panel's language.
 * "User not active" is not here on purpose: the panel recognises that very text and shows its own
 * "account suspended" page instead.
 */
import { Locale } from './locale';

const SIGN_IN_MESSAGES: Readonly<Record<string, string>> = {
  'Invalid credentials': 'Неправильна електронна пошта або пароль.',
  'Too many requests, please try again later.': 'Забагато спроб входу. Зачекайте кілька хвилин і спробуйте знову.',
  'This reset password token has expired': 'Посилання для зміни пароля застаріло. Попросіть новий лист.',
  'Invalid registration info': 'Запрошення недійсне або вже використане.',
  'Invalid registrationToken': 'Запрошення недійсне або вже використане.',
};

/** The admin paths whose screens show the server's message as it is. */
export const SIGN_IN_PATHS: ReadonlySet<string> = new Set(['/admin/login', '/admin/forgot-password', '/admin/reset-password', '/admin/register', '/admin/register-admin', '/admin/registration-info']);

/** The message to show for Strapi's `english` one on a sign-in screen, in `locale`. */
export function signInMessage(english: string, locale: Locale): string {
  return locale === 'uk' ? SIGN_IN_MESSAGES[english] ?? english : english;
}
