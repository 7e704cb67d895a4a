/**
 * Mail for notifications is optional per deployment (issue 10): with SMTP configured, Strapi's email
 * plugin sends through the nodemailer provider; without it nothing is mailed and nothing breaks.
 *
 * The provider is the package `@strapi/provider-email-nodemailer`, one of Vitrylo's dependencies; a
 * deployment that wants mail sets SMTP_HOST. Should the package be missing (a trimmed install), SMTP_HOST
 * is reported at start and mail stays off; the email plugin keeps its default provider, which Vitrylo
 * never calls.
 */
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  pass: string | null;
  from: string;
  replyTo: string | null;
}

type Env = ((key: string, fallback?: string) => string) & { int(key: string, fallback?: number): number; bool(key: string, fallback?: boolean): boolean };

export const NODEMAILER_PROVIDER = '@strapi/provider-email-nodemailer';

/** SMTP_HOST, SMTP_PORT (587), SMTP_SECURE (true for port 465), SMTP_USERNAME, SMTP_PASSWORD, SMTP_FROM, SMTP_REPLY_TO; null without SMTP_HOST. */
export function smtpFromEnv(env: Env): SmtpSettings | null {
  const host = env('SMTP_HOST', '').trim();
  if (!host) return null;
  const port = env.int('SMTP_PORT', 587);
  return {
    host,
    port,
    secure: env.bool('SMTP_SECURE', port === 465),
    user: env('SMTP_USERNAME', '') || null,
    pass: env('SMTP_PASSWORD', '') || null,
    from: env('SMTP_FROM', 'Vitrylo CRM <no-reply@localhost>'),
    replyTo: env('SMTP_REPLY_TO', '') || null,
  };
}

export function nodemailerInstalled(resolve: (name: string) => string = require.resolve): boolean {
  try {
    resolve(NODEMAILER_PROVIDER);
    return true;
  } catch {
    return false;
  }
}

/** The email plugin's configuration for config/plugins.ts: nodemailer over SMTP, or nothing (the plugin's default, unused). */
export function emailPluginConfig(smtp: SmtpSettings | null, installed: boolean) {
  if (!smtp || !installed) return undefined;
  return {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
      },
      settings: { defaultFrom: smtp.from, ...(smtp.replyTo ? { defaultReplyTo: smtp.replyTo } : {}) },
    },
  };
}
