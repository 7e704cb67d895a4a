import { ukrainianRoleName } from '../../src/workspace/strapi-role-names';

describe('Strapi’s own roles in Ukrainian', () => {
  test('a role with Strapi’s English name is renamed', () => {
    expect(ukrainianRoleName({ code: 'strapi-super-admin', name: 'Super Admin' })?.name).toBe('Суперадміністратор');
    expect(ukrainianRoleName({ code: 'strapi-editor', name: 'Editor' })?.name).toBe('Редактор');
  });

  test('a role an administrator renamed, and any other role, stay as they are', () => {
    expect(ukrainianRoleName({ code: 'strapi-super-admin', name: 'Власник' })).toBeNull();
    expect(ukrainianRoleName({ code: 'vitrylo-director', name: 'Super Admin' })).toBeNull();
  });
});
