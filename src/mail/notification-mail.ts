import type { Core } from '@strapi/strapi';
import { NODEMAILER_PROVIDER } from './smtp-config';

/**
 * Whether notifications are mailed: only when the email plugin runs the nodemailer provider, i.e. SMTP is
 * configured and the provider installed (config/plugins.ts). Otherwise mailing is a no-op: the plugin's
 * default provider (sendmail straight to the recipient's mail server) is never called by Vitrylo.
 */
export function notificationMailEnabled(strapi: Core.Strapi): boolean {
  return String(strapi.config.get('plugin::email.provider') ?? '').toLowerCase() === 'nodemailer';
}

/** Said once at start when SMTP is asked for but cannot be used. */
export function reportMailSetup(strapi: Core.Strapi): void {
  const wanted = Boolean(String(process.env.SMTP_HOST ?? '').trim());
  if (wanted && !notificationMailEnabled(strapi)) {
    strapi.log.warn(`SMTP_HOST is set, but ${NODEMAILER_PROVIDER} is not installed: notifications are not mailed (npm install ${NODEMAILER_PROVIDER}@5.54.0)`);
  }
}

export interface NotificationMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one notification by mail; failures are logged, never thrown (the notification itself is stored). */
export async function mailNotification(strapi: Core.Strapi, mail: NotificationMail): Promise<boolean> {
  if (!notificationMailEnabled(strapi) || !mail.to) return false;
  try {
    await (strapi.plugin('email').service('email') as any).send({ to: mail.to, subject: mail.subject, text: mail.text });
    return true;
  } catch (error) {
    strapi.log.warn(`notification mail to ${mail.to} failed: ${(error as Error).message}`);
    return false;
  }
}
