import { CONTENT_MANAGER_NAVIGATION, DAILY_LISTS, MAIN_LIST, navigationEntry, TYPE_METAS, typeMeta } from '../../src/type-meta';
import { arrangeContentManagerLinks, contentManagerTitles } from '../../src/admin/navigation/content-manager-links';

const names = (section: string) => CONTENT_MANAGER_NAVIGATION.filter((e) => e.section === section).map((e) => e.name);

describe('the content manager’s list of types', () => {
  test('every type once; working lists (the counterparties first, the system’s last) before the directory and reference lists', () => {
    expect(CONTENT_MANAGER_NAVIGATION.map((e) => e.uid).sort()).toEqual(TYPE_METAS.map((m) => m.uid).sort());
    const sections = CONTENT_MANAGER_NAVIGATION.map((e) => e.section);
    expect(sections.lastIndexOf('work')).toBeLessThan(sections.indexOf('reference'));
    expect(CONTENT_MANAGER_NAVIGATION[0]).toMatchObject({ uid: MAIN_LIST, name: 'Контрагенти', title: '01 Контрагенти' });
    const work = names('work');
    expect(work.slice(-2)).toEqual(['Журнал змін', 'Повідомлення']);
    expect(work.slice(1, 5)).toEqual(['Банківські виписки', 'Відмови та розриви співпраці', 'Вхідні звернення', 'Графік роботи']);
  });

  test('by Ukrainian alphabet within a part (і after и, є after е, ґ after г), not by the English names', () => {
    const collator = new Intl.Collator('uk');
    const work = names('work');
    const ordinary = work.slice(1, -2);
    expect(ordinary).toEqual([...ordinary].sort(collator.compare));
    expect(names('reference')).toEqual([...names('reference')].sort(collator.compare));
    expect(names('reference')).toEqual(expect.arrayContaining(['Співробітники', 'Підрозділи', 'Галузі', 'Регіони']));
    expect(work).not.toContain('Галузі');
  });

  test('titles sort as listed whatever the collation (two-digit positions) and still carry the name for search', () => {
    const titles = CONTENT_MANAGER_NAVIGATION.map((e) => e.title);
    expect([...titles].sort()).toEqual(titles);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(titles);
    for (const entry of CONTENT_MANAGER_NAVIGATION) expect(entry.title).toBe(`${entry.title.slice(0, 2)} ${entry.name}`);
  });

  test('the daily lists are working lists', () => {
    for (const uid of DAILY_LISTS) expect([uid, navigationEntry(uid)?.section, typeMeta(uid)?.group]).toEqual([uid, 'work', 'work']);
  });
});

describe('the content manager’s links, rearranged by its hooks', () => {
  const link = (uid: string, title: string) => ({ uid, title, to: `/content-manager/collection-types/${uid}`, kind: 'collectionType' });

  test('working links get their ordered titles; directory and reference links move to the second section; unknown types stay', () => {
    const { work, reference } = arrangeContentManagerLinks([
      link('api::audit-entry.audit-entry', 'Audit entry'),
      link('api::industry.industry', 'Industry'),
      link('api::counterparty.counterparty', 'Counterparty'),
      link('api::employee.employee', 'Employee'),
      link('plugin::something.else', 'Something'),
    ]);
    expect(work.map((l) => l.title)).toEqual([navigationEntry('api::audit-entry.audit-entry')!.title, '01 Контрагенти', 'Something']);
    expect(reference.map((l) => l.uid)).toEqual(['api::industry.industry', 'api::employee.employee']);
    expect(reference[0]).toMatchObject({ to: '/content-manager/collection-types/api::industry.industry', kind: 'collectionType' });
  });

  test('every ordered title reads as the type’s name, in Ukrainian and in English; the sections are named', () => {
    const { uk, en } = contentManagerTitles({ 'api::counterparty.counterparty': 'Counterparty' });
    expect(uk['01 Контрагенти']).toBe('Контрагенти');
    expect(en['01 Контрагенти']).toBe('Counterparty');
    expect(uk['content-manager.components.LeftMenu.single-types']).toBe('Довідники');
    for (const entry of CONTENT_MANAGER_NAVIGATION) expect(uk[entry.title]).toBe(entry.name);
  });
});
