import { signInMessage, SIGN_IN_PATHS } from '../../src/domain/messages/sign-in';

describe('Strapi’s sign-in messages in the panel’s language', () => {
  test('wrong password and too many attempts read in Ukrainian', () => {
    expect(signInMessage('Invalid credentials', 'uk')).toBe('Неправильна електронна пошта або пароль.');
    expect(signInMessage('Too many requests, please try again later.', 'uk')).toMatch(/^Забагато спроб входу/);
  });

  test('English stays English, and unknown messages pass as they are', () => {
    expect(signInMessage('Invalid credentials', 'en')).toBe('Invalid credentials');
    expect(signInMessage('Something new', 'uk')).toBe('Something new');
  });

  test('"User not active" is left alone: the panel recognises that text and opens its own page', () => {
    expect(signInMessage('User not active', 'uk')).toBe('User not active');
  });

  test('only the screens that print the message are touched', () => {
    expect(SIGN_IN_PATHS.has('/admin/login')).toBe(true);
    expect(SIGN_IN_PATHS.has('/content-manager/collection-types/api::invoice.invoice')).toBe(false);
  });
});
