import {
  assignmentNotification,
  doneChanges,
  forwardNotification,
  inboundInteractionData,
  interactionKindOfChannel,
  markReadChanges,
  mayActOnRequest,
  RequestActor,
  takeChanges,
} from '../../src/domain/inbox';
import { checkInboxSettings } from '../../src/inbox/settings';
import { emailPluginConfig, nodemailerInstalled, smtpFromEnv } from '../../src/mail/smtp-config';

const now = new Date('2026-12-02T10:00:00.000Z');
const actor = (over: Partial<RequestActor> = {}): RequestActor => ({ isAssignee: false, isHead: false, editsAll: false, mayEdit: false, ...over });

describe('a request’s chronicle entry and notifications', () => {
  test('the kind of contact follows the channel', () => {
    expect(['phone', 'email', 'web', 'walk-in', 'messenger', null].map(interactionKindOfChannel)).toEqual(['call-in', 'email', 'other', 'visit', 'messenger', 'other']);
  });

  test('the inbound entry: when it came, whose, the message with who sent it', () => {
    const entry = inboundInteractionData({
      channel: 'phone', receivedAt: '2026-12-02T09:15:00+02:00', subject: '  Ціна  на двері ', message: 'Скільки?', callerName: 'Олена', callerPhone: '+380671234567',
      organizationName: 'ТОВ «Світанок»', counterpartyId: 'c1', contactPersonId: null, businessLineId: 'b1', assigneeId: null, registeredById: 's1',
    });
    expect(entry).toEqual({
      kind: 'call-in', direction: 'inbound', state: 'done', occurredAt: '2026-12-02T07:15:00.000Z', subject: 'Звернення: Ціна на двері',
      content: 'Скільки?\n\nВід: Олена, ТОВ «Світанок», +380671234567', employeeId: 's1', counterpartyId: 'c1', contactPersonId: null, businessLineId: 'b1',
    });
    expect(inboundInteractionData({ receivedAt: now, subject: 'x'.repeat(400) }).subject).toHaveLength(255);
    expect(inboundInteractionData({ receivedAt: now }).subject).toBe('Вхідне звернення');
  });

  test('the assignee is told what, from whom, how urgent, by when and why', () => {
    const text = assignmentNotification({ receivedAt: now, subject: 'Двері', callerName: 'Олена', urgency: 'high', dueAt: '2026-12-02T12:00:00.000Z' }, 'відповідальний менеджер', 'Europe/Kyiv');
    expect(text).toEqual({
      kind: 'inbound-request',
      title: 'Нове звернення: Двері',
      body: 'Від: Олена.\nТерміновість: висока.\nВиконати до 02.12.2026 14:00.\nЧому вам: відповідальний менеджер.',
    });
    expect(forwardNotification({ receivedAt: now }, { byName: 'Петро', reason: 'Львів' }, 'Europe/Kyiv')).toEqual({
      kind: 'inbound-request', title: 'Переадресоване звернення: без теми', body: 'Хто переадресував: Петро.\nПричина: Львів\nТерміновість: звичайна.',
    });
  });
});

describe('who may do what with a request', () => {
  test('read is the assignee’s; done theirs or an editor of all; forward also the head; take also anyone who may edit an unassigned one', () => {
    const assigned = { state: 'assigned', assigneeId: 'e1' };
    const unassigned = { state: 'new', assigneeId: null };
    expect(mayActOnRequest('read', assigned, actor({ isAssignee: true }))).toBe(true);
    expect(mayActOnRequest('read', assigned, actor({ editsAll: true, isHead: true }))).toBe(false);
    expect(mayActOnRequest('done', assigned, actor({ isHead: true, mayEdit: true }))).toBe(false);
    expect(mayActOnRequest('done', assigned, actor({ editsAll: true }))).toBe(true);
    expect(mayActOnRequest('forward', assigned, actor({ isHead: true }))).toBe(true);
    expect(mayActOnRequest('forward', assigned, actor({ mayEdit: true }))).toBe(false);
    expect(mayActOnRequest('take', assigned, actor({ mayEdit: true }))).toBe(false);
    expect(mayActOnRequest('take', unassigned, actor({ mayEdit: true }))).toBe(true);
    expect(mayActOnRequest('prospect', assigned, actor({ mayEdit: true }))).toBe(true);
    expect(mayActOnRequest('prospect', assigned, actor())).toBe(false);
  });

  test('opening marks read once; a closed request is not reopened by it', () => {
    expect(markReadChanges({ state: 'assigned' }, now)).toEqual({ readAt: now.toISOString(), state: 'read' });
    expect(markReadChanges({ state: 'in-progress' }, now)).toEqual({ readAt: now.toISOString() });
    expect(markReadChanges({ state: 'read', readAt: now }, now)).toBeNull();
    expect(markReadChanges({ state: 'done' }, now)).toBeNull();
  });

  test('taking: in progress, read, the taker’s when nobody had it; not once closed', () => {
    expect(takeChanges({ state: 'new', assigneeId: null }, now, 'e9')).toEqual({ ok: true, value: { state: 'in-progress', readAt: now.toISOString(), assigneeId: 'e9' } });
    expect(takeChanges({ state: 'read', assigneeId: 'e1', readAt: now }, now, 'e1')).toEqual({ ok: true, value: { state: 'in-progress' } });
    expect(takeChanges({ state: 'rejected' }, now, 'e1').issues?.[0].field).toBe('state');
  });

  test('done needs a result', () => {
    expect(doneChanges({ state: 'in-progress', readAt: now }, { result: ' Готово ' }, now)).toEqual({ ok: true, value: { state: 'done', doneAt: now.toISOString(), result: 'Готово' } });
    expect(doneChanges({ state: 'in-progress' }, { result: '' }, now).issues?.map((i) => i.field)).toEqual(['result']);
    expect(doneChanges({ state: 'done' }, { result: 'x'.repeat(5001) }, now).issues?.map((i) => i.field)).toEqual(['state', 'result']);
  });
});

describe('configuration', () => {
  test('the inbox settings are checked, naming the variable', () => {
    expect(checkInboxSettings({ sla: 'critical=2h calendar', reminderTime: '07:30', defaultDepartment: ' Продажі ' })).toMatchObject({
      reminderRule: '30 7 * * *', defaultDepartment: 'Продажі', sla: { critical: { minutes: 120, clock: 'calendar' }, normal: { minutes: 480, clock: 'working' } },
    });
    expect(() => checkInboxSettings({ sla: 'urgent=1h', reminderTime: '08:00', defaultDepartment: '' })).toThrow('VITRYLO_SLA');
    expect(() => checkInboxSettings({ sla: 'high=1h', reminderTime: '8 am', defaultDepartment: '' })).toThrow('VITRYLO_REMINDER_TIME');
  });

  test('SMTP: nothing without SMTP_HOST or without the provider; nodemailer options otherwise', () => {
    const envOf = (values: Record<string, string>) => {
      const env: any = (key: string, fallback?: string) => values[key] ?? fallback;
      env.int = (key: string, fallback?: number) => (values[key] ? Number(values[key]) : fallback);
      env.bool = (key: string, fallback?: boolean) => (values[key] ? values[key] === 'true' : fallback);
      return env;
    };
    expect(smtpFromEnv(envOf({}))).toBeNull();
    const smtp = smtpFromEnv(envOf({ SMTP_HOST: 'smtp.example.ua', SMTP_PORT: '465', SMTP_USERNAME: 'crm', SMTP_PASSWORD: 'secret', SMTP_FROM: 'CRM <crm@example.ua>' }));
    expect(smtp).toMatchObject({ host: 'smtp.example.ua', port: 465, secure: true });
    expect(emailPluginConfig(smtp, false)).toBeUndefined();
    expect(emailPluginConfig(null, true)).toBeUndefined();
    expect(emailPluginConfig(smtp, true)).toEqual({
      config: {
        provider: 'nodemailer',
        providerOptions: { host: 'smtp.example.ua', port: 465, secure: true, auth: { user: 'crm', pass: 'secret' } },
        settings: { defaultFrom: 'CRM <crm@example.ua>' },
      },
    });
    expect(nodemailerInstalled(() => 'x')).toBe(true);
    expect(nodemailerInstalled(() => { throw new Error('MODULE_NOT_FOUND'); })).toBe(false);
  });
});
