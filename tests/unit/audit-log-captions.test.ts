import { recordPath, typeCaption, typeListCaption, typeOptions } from '../../src/admin/audit/record-caption';
import { jobCaption, jobSummary } from '../../src/admin/audit/job-caption';
import { englishLeftovers } from '../../src/domain/language/leftovers';

describe('the audit log names records and jobs in Ukrainian', () => {
  test('a type reads as its caption, never as its uid', () => {
    expect(typeCaption('api::invoice.invoice')).toBe('Рахунок');
    expect(typeListCaption('api::invoice.invoice')).toBe('Рахунки');
    expect(typeCaption('api::gone.gone')).toBe('Запис');
    expect(typeCaption(null)).toBe('—');
  });

  test('the type filter offers every CRM type by name, the log itself included', () => {
    const options = typeOptions();
    expect(options).toContainEqual({ label: 'Контрагент', value: 'api::counterparty.counterparty' });
    expect(options.every((option) => englishLeftovers(option.label).length === 0)).toBe(true);
    expect(options.map((option) => option.label)).toEqual([...options.map((option) => option.label)].sort((a, b) => a.localeCompare(b, 'uk')));
  });

  test('a record links to its page, except after a deletion', () => {
    expect(recordPath({ targetUid: 'api::invoice.invoice', targetDocumentId: 'abc', action: 'update' })).toBe('/content-manager/collection-types/api::invoice.invoice/abc');
    expect(recordPath({ targetUid: 'api::invoice.invoice', targetDocumentId: 'abc', action: 'delete' })).toBeNull();
    expect(recordPath({ targetUid: null, targetDocumentId: null, action: 'bulk-job' })).toBeNull();
  });

  test('jobs read by their Ukrainian names', () => {
    expect(jobCaption('demo-seed')).toBe('Заповнення демо-даними');
    expect(jobCaption('cron:mark-overdue-invoices')).toBe('Регламентне завдання «Позначення прострочених рахунків»');
    expect(jobCaption('cron:new-task')).toBe('Регламентне завдання «new-task»');
  });

  test('a job’s counts are lines of Ukrainian text, with no JSON and no English keys', () => {
    const lines = jobSummary({
      created: { 'api::counterparty.counterparty': 1200, 'api::interaction.interaction': 3 },
      updated: {},
      deleted: {},
      batches: 1,
      skipped: 0,
      durationMs: 83_400,
      rolledBack: true,
    });
    expect(lines).toEqual([
      { label: 'Створено', text: 'Контрагенти — 1\u00a0200, Хроніка контактів — 3' },
      { label: 'Змінено', text: 'нічого' },
      { label: 'Видалено', text: 'нічого' },
      { label: 'Пакетів даних', text: '1' },
      { label: 'Пропущено', text: '0' },
      { label: 'Тривалість', text: '1 хв 23 с' },
      { label: 'Скасовано (відкат)', text: 'так' },
    ]);
    expect(jobSummary(null)).toEqual([]);
  });
});
