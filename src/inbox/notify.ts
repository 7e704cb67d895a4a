import type { Core } from '@strapi/strapi';
import { trustedWrite } from '../access/trusted-write';
import { mailNotification, notificationMailEnabled } from '../mail/notification-mail';
import { EMPLOYEE, NOTIFICATION } from './uids';

export interface NotificationDraft {
  /** the employee's documentId */
  recipientId: string;
  kind: 'inbound-request' | 'next-contact' | 'overdue-invoice' | 'complaint' | 'system';
  title: string;
  body?: string | null;
  link?: string | null;
  /** unique in the database: a second notification with the key is not made (reminders, escalations) */
  dedupeKey?: string | null;
}

export type NotifyOutcome = { created: true; documentId: string } | { created: false; documentId?: undefined };

/** Is this the refusal of a notification whose dedupe key exists (the unique-codes 400, before or after the insert)? */
export function isDuplicateKeyRefusal(error: unknown): boolean {
  const errors = (error as any)?.details?.errors;
  return Array.isArray(errors) && errors.some((e: any) => Array.isArray(e?.path) && e.path[0] === 'dedupeKey');
}

/** Runs `fn` once the current transaction commits, or now outside one; errors are the callee's to log. */
export async function afterCommit(strapi: Core.Strapi, fn: () => Promise<unknown>): Promise<void> {
  const run = () => void fn().catch((error) => strapi.log.warn(`after commit: ${(error as Error).message}`));
  if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(run));
  else run();
}

/**
 * Creates a notification for an employee (the system writes notifications: trustedWrite lets it do so
 * inside a staff member's request), and mails it after the commit when mail is configured. With a dedupe
 * key that already exists nothing is made: `{ created: false }`. Through the Document Service, so it is in
 * the audit trail (or the running job's counts) and its access column is kept.
 */
export async function notify(strapi: Core.Strapi, draft: NotificationDraft): Promise<NotifyOutcome> {
  let created: any;
  try {
    created = await trustedWrite(() =>
      strapi.documents(NOTIFICATION as any).create({
        data: {
          recipient: draft.recipientId,
          kind: draft.kind,
          title: draft.title,
          body: draft.body ?? null,
          link: draft.link ?? null,
          dedupeKey: draft.dedupeKey ?? null,
        } as any,
        fields: ['documentId'] as any,
      }),
    );
  } catch (error) {
    if (draft.dedupeKey && isDuplicateKeyRefusal(error)) return { created: false };
    throw error;
  }
  if (notificationMailEnabled(strapi)) {
    await afterCommit(strapi, async () => {
      const employee: any = await strapi.db.query(EMPLOYEE as any).findOne({ where: { documentId: draft.recipientId }, select: ['email'] });
      if (employee?.email) await mailNotification(strapi, { to: employee.email, subject: draft.title, text: [draft.body, draft.link].filter(Boolean).join('\n\n') });
    });
  }
  return { created: true, documentId: created.documentId };
}
