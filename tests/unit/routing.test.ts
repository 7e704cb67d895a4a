import {
  departmentForwardTarget,
  departmentHead,
  firstMatchingRule,
  forwardRequest,
  makeOrg,
  matchesKeywords,
  orderRules,
  parseKeywords,
  readForwardHistory,
  routeRequest,
  RoutingContext,
  RoutingRule,
  ruleMatches,
} from '../../src/domain/routing';
import type { ScheduleEntry } from '../../src/domain/schedule';
import { messageText } from '../../src/domain/messages';
import { DEFAULT_WORKING_HOURS, instantOf } from '../../src/domain/time';

const KYIV = 'Europe/Kyiv';
const at = (date: string, hour = 0, minute = 0) => instantOf(date, KYIV, hour, minute);
/** Tuesday, 10:00 in Kyiv. */
const NOW = at('2026-12-01', 10);

const departments = [
  { id: 'sales', name: 'Продажі', headId: 'h-sales', parentId: 'top' },
  { id: 'service', name: 'Сервіс', headId: null, parentId: 'top' },
  { id: 'top', name: 'Дирекція', headId: 'dir', parentId: null },
];
const employees = [
  { id: 'm1', fullName: 'Петренко Ольга', departmentId: 'sales' },
  { id: 'm2', fullName: 'Бондар Ірина', departmentId: 'sales' },
  { id: 'm3', fullName: 'Андрієнко Олег', departmentId: 'sales' },
  { id: 'h-sales', fullName: 'Коваль Петро', departmentId: 'sales' },
  { id: 'gone', fullName: 'Аааа Звільнений', departmentId: 'sales', active: false },
  { id: 's1', fullName: 'Сидоренко Іван', departmentId: 'service' },
  { id: 's2', fullName: 'Шевчук Анна', departmentId: 'service' },
  { id: 'dir', fullName: 'Гончаренко Віктор', departmentId: 'top' },
];

let entryId = 0;
const away = (employeeId: string, kind = 'vacation', start = at('2026-11-30'), end = at('2026-12-05')): ScheduleEntry => ({
  id: `x${(entryId += 1)}`,
  employeeId,
  kind,
  start,
  end,
});

const context = (over: Partial<RoutingContext> = {}): RoutingContext => ({
  now: NOW,
  time: { timeZone: KYIV, workingHours: DEFAULT_WORKING_HOURS },
  rules: [],
  employees,
  departments,
  schedule: [],
  openRequests: {},
  defaultDepartmentId: 'sales',
  ...over,
});

const serviceRule: RoutingRule = { id: 'r-service', name: 'Сервіс', priority: 10, conditions: { keywords: 'ремонт, гарантія' }, targetDepartmentId: 'service', targetEmployeeId: 's1' };
const request = { channel: 'phone', counterpartyKind: 'client', subject: 'Потрібен ремонт принтера', message: null, managerId: 'm1', departmentId: 'sales' };

describe('keywords', () => {
  test('are split on commas, semicolons and lines, folded and deduplicated', () => {
    expect(parseKeywords('Ремонт, гарантія;\nРЕМОНТ ; ; Гарантійний   ремонт')).toEqual(['ремонт', 'гарантія', 'гарантійний ремонт']);
    expect(parseKeywords(null)).toEqual([]);
  });

  test('match where a word starts, so inflected forms match and other words do not', () => {
    expect(matchesKeywords('Прошу ремонту принтера', ['ремонт'])).toBe(true);
    expect(matchesKeywords('(Ремонтом) займіться', ['ремонт'])).toBe(true);
    expect(matchesKeywords('Наш автосервіс', ['сервіс'])).toBe(false);
    expect(matchesKeywords('Новий контакт', ['акт'])).toBe(false);
    expect(matchesKeywords('Потрібен гарантійний\n  ремонт', ['гарантійний ремонт'])).toBe(true);
    expect(matchesKeywords('Пам’ять ноутбука', ["пам'ять"])).toBe(true);
    expect(matchesKeywords('', ['ремонт'])).toBe(false);
  });
});

describe('rules', () => {
  test('are tried by priority ascending, then by name, then by id', () => {
    const rules: RoutingRule[] = [
      { id: 'b', name: 'Б', priority: 50, targetDepartmentId: 'sales' },
      { id: 'c', name: 'А', targetDepartmentId: 'sales' },
      { id: 'a2', name: 'А', priority: 50, targetDepartmentId: 'sales' },
      { id: 'a1', name: 'А', priority: 50, targetDepartmentId: 'sales' },
      { id: 'z', name: 'Я', priority: 1, targetDepartmentId: 'sales' },
    ];
    expect(orderRules(rules).map((r) => r.id)).toEqual(['z', 'a1', 'a2', 'b', 'c']);
  });

  test('every condition given must hold', () => {
    const rule: RoutingRule = {
      id: 'r',
      name: 'Опт',
      targetDepartmentId: 'sales',
      conditions: { businessLineId: 'wholesale', channel: 'web', counterpartyKind: 'client', keywords: 'прайс' },
    };
    const fits = { channel: 'web', businessLineId: 'wholesale', counterpartyKind: 'client', subject: 'Надішліть прайс' };
    expect(ruleMatches(rule, fits)).toBe(true);
    expect(ruleMatches(rule, { ...fits, businessLineId: 'retail' })).toBe(false);
    expect(ruleMatches(rule, { ...fits, businessLineId: null })).toBe(false);
    expect(ruleMatches(rule, { ...fits, channel: 'phone' })).toBe(false);
    expect(ruleMatches(rule, { ...fits, counterpartyKind: 'partner' })).toBe(false);
    expect(ruleMatches(rule, { ...fits, subject: 'Питання', message: 'Пришліть ПРАЙС-лист' })).toBe(true);
    expect(ruleMatches(rule, { ...fits, subject: 'Питання' })).toBe(false);
  });

  test('an unknown caller counts as a prospect', () => {
    const rule: RoutingRule = { id: 'r', name: 'Нові', targetDepartmentId: 'sales', conditions: { counterpartyKind: 'prospect' } };
    expect(ruleMatches(rule, { channel: 'web', counterpartyKind: null })).toBe(true);
    expect(ruleMatches(rule, { channel: 'web', counterpartyKind: 'client' })).toBe(false);
  });

  test('a rule without conditions catches everything; disabled rules and rules without a target are skipped', () => {
    const catchAll: RoutingRule = { id: 'all', name: 'Усе', priority: 1000, targetDepartmentId: 'sales', conditions: null };
    const disabled: RoutingRule = { id: 'off', name: 'Вимкнене', priority: 1, active: false, targetDepartmentId: 'service' };
    const targetless: RoutingRule = { id: 'none', name: 'Незавершене', priority: 2 };
    expect(firstMatchingRule([disabled, targetless, catchAll], { channel: 'email' })?.id).toBe('all');
    expect(firstMatchingRule([disabled, targetless], { channel: 'email' })).toBeNull();
  });
});

describe('routeRequest', () => {
  test('rule match: the rule’s employee, at work', () => {
    const decision = routeRequest(request, context({ rules: [serviceRule] }));
    expect(decision).toMatchObject({ assigneeId: 's1', targetDepartmentId: 'service', ruleId: 'r-service', path: 'rule-employee', flagged: false, reason: 'правило «Сервіс»' });
    expect(decision.checkedAt).toEqual(NOW);
  });

  test('priority: the first matching rule in order wins', () => {
    const vip: RoutingRule = { id: 'r-vip', name: 'VIP', priority: 5, conditions: { counterpartyKind: 'client' }, targetEmployeeId: 'm2' };
    const late: RoutingRule = { ...vip, id: 'r-late', name: 'Пізніше', priority: 20, targetEmployeeId: 'm3' };
    expect(routeRequest(request, context({ rules: [late, serviceRule, vip] }))).toMatchObject({ assigneeId: 'm2', ruleId: 'r-vip', reason: 'правило «VIP»' });
    expect(routeRequest(request, context({ rules: [late, serviceRule] })).ruleId).toBe('r-service');
    expect(routeRequest(request, context({ rules: [late, serviceRule, { ...vip, active: false }] })).ruleId).toBe('r-service');
  });

  test('rule match, the employee away: the duty person of the rule’s department', () => {
    const decision = routeRequest(request, context({ rules: [serviceRule], schedule: [away('s1')] }));
    expect(decision).toMatchObject({ assigneeId: 's2', targetDepartmentId: 'service', path: 'rule-duty', flagged: false });
    expect(decision.reason).toBe('правило «Сервіс»; Сидоренко Іван у відпустці → черговий підрозділу «Сервіс» (відкритих звернень: 0)');
  });

  test('rule naming only a department: its duty person; naming only a person who is away: the duty of the person’s department', () => {
    const toDepartment: RoutingRule = { ...serviceRule, targetEmployeeId: null };
    expect(routeRequest(request, context({ rules: [toDepartment], openRequests: { s1: 2, s2: 1 } }))).toMatchObject({
      assigneeId: 's2',
      path: 'rule-duty',
      reason: 'правило «Сервіс» → черговий підрозділу «Сервіс» (відкритих звернень: 1)',
    });
    const toPerson: RoutingRule = { ...serviceRule, targetDepartmentId: null };
    expect(routeRequest(request, context({ rules: [toPerson], schedule: [away('s1', 'sick-leave')] }))).toMatchObject({
      assigneeId: 's2',
      targetDepartmentId: 'service',
      reason: 'правило «Сервіс»; Сидоренко Іван на лікарняному → черговий підрозділу «Сервіс» (відкритих звернень: 0)',
    });
  });

  test('no rule: the client’s responsible manager, at work', () => {
    expect(routeRequest(request, context())).toMatchObject({ assigneeId: 'm1', targetDepartmentId: 'sales', ruleId: null, path: 'manager', flagged: false, reason: 'відповідальний менеджер' });
  });

  test('a client visit or remote work is still work', () => {
    const visit = { ...away('m1', 'client-visit', at('2026-12-01', 9), at('2026-12-01', 12)), counterpartyName: 'ТОВ «Ромашка»' };
    expect(routeRequest(request, context({ schedule: [visit] })).assigneeId).toBe('m1');
    expect(routeRequest(request, context({ schedule: [away('m1', 'remote')] })).assigneeId).toBe('m1');
  });

  test('manager away: the duty person of the manager’s department, with the fewest open requests', () => {
    const decision = routeRequest(request, context({ schedule: [away('m1')], openRequests: { m2: 3, m3: 1, 'h-sales': 5 } }));
    expect(decision).toMatchObject({ assigneeId: 'm3', targetDepartmentId: 'sales', path: 'manager-duty', flagged: false });
    expect(decision.reason).toBe('відповідальний менеджер Петренко Ольга у відпустці → черговий підрозділу «Продажі» (відкритих звернень: 1)');
  });

  test.each([
    ['business-trip', 'у відрядженні'],
    ['day-off', 'має вихідний'],
    ['sick-leave', 'на лікарняному'],
  ])('manager away on %s', (kind, words) => {
    expect(routeRequest(request, context({ schedule: [away('m1', kind)], openRequests: { m2: 0, m3: 1, 'h-sales': 1 } })).reason).toBe(
      `відповідальний менеджер Петренко Ольга ${words} → черговий підрозділу «Продажі» (відкритих звернень: 0)`,
    );
  });

  test('a manager who left counts as away; inactive colleagues are never on duty', () => {
    const decision = routeRequest({ ...request, managerId: 'gone' }, context({ openRequests: { m1: 1, m2: 1, m3: 1, 'h-sales': 1 } }));
    expect(decision.reason).toBe('відповідальний менеджер Аааа Звільнений не працює → черговий підрозділу «Продажі» (відкритих звернень: 1)');
    expect(decision.assigneeId).toBe('m3'); // 'gone' (first by name, no load) is skipped
  });

  test('load balancing: the fewest open requests wins over the name order', () => {
    const ctx = context({ schedule: [away('m1')], openRequests: { m3: 4, m2: 2, 'h-sales': 3 } });
    expect(routeRequest(request, ctx).assigneeId).toBe('m2');
  });

  test('tie-break: equal loads go to the first by Ukrainian name order, then by id', () => {
    const ctx = context({ schedule: [away('m1')], openRequests: { m2: 2, m3: 2, 'h-sales': 2 } });
    expect(routeRequest(request, ctx).assigneeId).toBe('m3'); // Андрієнко before Бондар before Коваль
    const twins = [
      { id: 'b', fullName: 'Іваненко Іван', departmentId: 'd' },
      { id: 'a', fullName: 'Іваненко Іван', departmentId: 'd' },
      { id: 'c', fullName: 'Ярош Ян', departmentId: 'd' },
    ];
    const twinsCtx = context({ employees: twins, departments: [{ id: 'd', name: 'Д' }], defaultDepartmentId: 'd' });
    expect(routeRequest({ channel: 'web' }, twinsCtx).assigneeId).toBe('a');
    // The same data gives the same person, whatever order the rows came in.
    expect(routeRequest({ channel: 'web' }, { ...twinsCtx, employees: [...twins].reverse() }).assigneeId).toBe('a');
  });

  test('nobody at work: the department head, flagged', () => {
    const schedule = ['m1', 'm2', 'm3', 'h-sales'].map((id) => away(id));
    const decision = routeRequest(request, context({ schedule }));
    expect(decision).toMatchObject({ assigneeId: 'h-sales', targetDepartmentId: 'sales', path: 'head', flagged: true });
    expect(decision.reason).toBe(
      'відповідальний менеджер Петренко Ольга у відпустці → на роботі нікого з підрозділу «Продажі» → керівник Коваль Петро',
    );
  });

  test('nobody at work and no head: the parent department’s head; nobody anywhere: unassigned, flagged', () => {
    const schedule = [away('s1'), away('s2', 'day-off')];
    const rule = { ...serviceRule, targetEmployeeId: null };
    expect(routeRequest(request, context({ rules: [rule], schedule }))).toMatchObject({ assigneeId: 'dir', targetDepartmentId: 'service', path: 'head', flagged: true });
    const orphan = context({ rules: [rule], schedule, departments: [{ id: 'service', name: 'Сервіс' }] });
    expect(routeRequest(request, orphan)).toMatchObject({
      assigneeId: null,
      targetDepartmentId: 'service',
      path: 'unassigned',
      flagged: true,
      reason: 'правило «Сервіс» → на роботі нікого з підрозділу «Сервіс» → керівника не знайдено — потрібне ручне призначення',
    });
  });

  test('no manager: the duty person of the client’s department, else of the default department, else nobody', () => {
    const noManager = { ...request, managerId: null, departmentId: 'service' };
    expect(routeRequest(noManager, context())).toMatchObject({ assigneeId: 's1', path: 'department-duty', reason: 'підрозділ контрагента → черговий підрозділу «Сервіс» (відкритих звернень: 0)' });
    const unknownCaller = { channel: 'web', subject: 'Питання' };
    expect(routeRequest(unknownCaller, context({ openRequests: { m3: 1 } }))).toMatchObject({ assigneeId: 'm2', targetDepartmentId: 'sales', path: 'default-duty', flagged: false });
    expect(routeRequest(unknownCaller, context({ defaultDepartmentId: null }))).toMatchObject({
      assigneeId: null,
      targetDepartmentId: null,
      path: 'unassigned',
      flagged: true,
      reason: 'без правила й менеджера — підрозділ за замовчуванням → підрозділ не визначено — потрібне ручне призначення',
    });
  });

  test('manager away and without a department: the client’s department', () => {
    const loner = [...employees, { id: 'solo', fullName: 'Соло Сол', departmentId: null }];
    const decision = routeRequest({ ...request, managerId: 'solo', departmentId: 'service' }, context({ employees: loner, schedule: [away('solo')] }));
    expect(decision).toMatchObject({ assigneeId: 's1', targetDepartmentId: 'service', path: 'manager-duty' });
  });

  test('after hours: judged by the schedule at the next opening (across the March change)', () => {
    // Friday 27.03.2026 20:00 Kyiv; the next opening is Monday 30.03 09:00, already summer time (06:00 UTC).
    const friday = at('2026-03-27', 20);
    const decision = routeRequest(request, context({ now: friday }));
    expect(decision.checkedAt.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(decision).toMatchObject({ assigneeId: 'm1', path: 'manager', flagged: false });
    expect(decision.reason).toBe('відповідальний менеджер; надійшло поза робочим часом, враховано графік на 30.03.2026 09:00');
    // A vacation from Monday sends it to the duty person instead, not to the head at night.
    const vacation = away('m1', 'vacation', at('2026-03-30'), at('2026-04-04'));
    expect(routeRequest(request, context({ now: friday, schedule: [vacation] }))).toMatchObject({ assigneeId: 'm3', path: 'manager-duty', flagged: false });
  });

  test('after hours: someone at work right now by an entry counts', () => {
    const saturday = at('2026-12-05', 11);
    const shift: ScheduleEntry = { id: 'shift', employeeId: 's2', kind: 'office', start: at('2026-12-05', 9), end: at('2026-12-05', 15) };
    const monday: ScheduleEntry = { id: 'mon', employeeId: 's2', kind: 'day-off', start: at('2026-12-07'), end: at('2026-12-08') };
    const rule = { ...serviceRule, targetEmployeeId: 's2' };
    expect(routeRequest(request, context({ now: saturday, rules: [rule], schedule: [shift, monday] }))).toMatchObject({ assigneeId: 's2', path: 'rule-employee' });
  });
});

describe('departmentHead', () => {
  test('the head, else a member flagged as head, else up the tree; inactive heads and the excluded person do not count', () => {
    const org = makeOrg(
      [
        { id: 'h', fullName: 'Голова', departmentId: 'a' },
        { id: 'f2', fullName: 'Яременко', departmentId: 'b', isHead: true },
        { id: 'f1', fullName: 'Антонюк', departmentId: 'b', isHead: true },
        { id: 'old', fullName: 'Колишній', departmentId: 'c', active: false },
      ],
      [
        { id: 'a', name: 'A', headId: 'h' },
        { id: 'b', name: 'B', headId: null, parentId: 'a' },
        { id: 'c', name: 'C', headId: 'old', parentId: 'a' },
        { id: 'loop1', name: 'L1', parentId: 'loop2' },
        { id: 'loop2', name: 'L2', parentId: 'loop1' },
      ],
    );
    expect(departmentHead(org, 'a')?.id).toBe('h');
    expect(departmentHead(org, 'b')?.id).toBe('f1');
    expect(departmentHead(org, 'b', 'f1')?.id).toBe('f2');
    expect(departmentHead(org, 'c')?.id).toBe('h');
    expect(departmentHead(org, 'a', 'h')).toBeNull();
    expect(departmentHead(org, 'loop1')).toBeNull();
    expect(departmentHead(org, null)).toBeNull();
  });
});

describe('forwarding', () => {
  const AT = new Date('2026-12-01T09:15:00Z');
  const open = { state: 'in-progress', assigneeId: 'm1', forwardHistory: [{ from: null, to: 'm1', reason: 'перше', at: '2026-12-01T08:00:00.000Z', by: 'sec' }] };

  test('appends a record and hands the request over, unread', () => {
    const result = forwardRequest(open, { to: 's1', reason: '  Питання сервісу ', at: AT, by: 'm1' }, employees[5]);
    expect(result.ok).toBe(true);
    expect(result.record).toEqual({ from: 'm1', to: 's1', reason: 'Питання сервісу', at: '2026-12-01T09:15:00.000Z', by: 'm1' });
    expect(result.value).toEqual({
      assigneeId: 's1',
      targetDepartmentId: 'service',
      state: 'assigned',
      readAt: null,
      forwardHistory: [open.forwardHistory[0], result.record],
    });
    expect(open.forwardHistory).toHaveLength(1); // not mutated
  });

  test('refuses a closed request, a blank or long reason, no target, the same assignee, someone who left', () => {
    const codes = (r: ReturnType<typeof forwardRequest>) => r.issues?.map((i) => `${i.field}:${i.code}`);
    expect(codes(forwardRequest({ ...open, state: 'done' }, { to: 's1', reason: 'x', at: AT }))).toEqual(['state:request.closed']);
    expect(codes(forwardRequest(open, { to: ' ', reason: ' ', at: AT }))).toEqual(['assignee:required', 'reason:required']);
    expect(codes(forwardRequest(open, { to: 'm1', reason: 'x'.repeat(501), at: AT }))).toEqual(['assignee:forward.sameAssignee', 'reason:text.tooLong']);
    expect(codes(forwardRequest(open, { to: 'gone', reason: 'x', at: AT }, employees[4]))).toEqual(['assignee:employee.inactive']);
    const issue = forwardRequest(open, { to: 'm1', reason: 'x', at: AT }).issues![0];
    expect(messageText(issue.code as any, issue.params, 'uk')).toBe('звернення вже в цього співробітника');
  });

  test('a request without an assignee or history can be forwarded', () => {
    const result = forwardRequest({ state: 'new' }, { to: 'm2', reason: 'Вручну', at: AT });
    expect(result.value?.forwardHistory).toEqual([{ from: null, to: 'm2', reason: 'Вручну', at: AT.toISOString(), by: null }]);
    expect(result.value?.targetDepartmentId).toBeNull();
  });

  test('the stored history is read defensively', () => {
    const good = { from: 'a', to: 'b', reason: 'r', at: '2026-12-01T00:00:00.000Z' };
    expect(readForwardHistory(JSON.stringify([good, { to: 1 }, null, 'x']))).toEqual([{ ...good, by: null }]);
    expect(readForwardHistory('{not json')).toEqual([]);
    expect(readForwardHistory({ a: 1 })).toEqual([]);
    expect(readForwardHistory(undefined)).toEqual([]);
  });
});

describe('forwarding to a department', () => {
  const org = makeOrg(employees, departments);
  const checkedAt = NOW;

  test('goes to its duty person: at work, fewest open requests, never the person who has it now', () => {
    const ctx = context({ openRequests: { s1: 3, s2: 1 } });
    expect(departmentForwardTarget(org, 'service', ctx, checkedAt, 'm1')).toEqual({ employee: employees[6], how: 'duty', note: 'підрозділ «Сервіс» → черговий' });
    // the one who has it is left out even when the least loaded
    expect(departmentForwardTarget(org, 'service', ctx, checkedAt, 's2')?.employee.id).toBe('s1');
  });

  test('someone on vacation is passed over; nobody at work gives the head, up the tree', () => {
    const ctx = context({ schedule: [away('s1'), away('s2', 'sick-leave')] });
    expect(departmentForwardTarget(org, 'service', ctx, checkedAt, 'm1')).toEqual({
      employee: employees[7],
      how: 'head',
      note: 'підрозділ «Сервіс»: нікого на роботі → керівник',
    });
    expect(departmentForwardTarget(org, 'service', context({ schedule: [away('s1')] }), checkedAt, null)?.employee.id).toBe('s2');
  });

  test('an unknown department, or nobody at all who could take it, gives null', () => {
    expect(departmentForwardTarget(org, 'nowhere', context(), checkedAt, null)).toBeNull();
    const lonely = makeOrg([{ id: 'a', fullName: 'А', departmentId: 'solo' }], [{ id: 'solo', name: 'Соло', headId: 'a' }]);
    expect(departmentForwardTarget(lonely, 'solo', context({ employees: [] }), checkedAt, 'a')).toBeNull();
  });
});
