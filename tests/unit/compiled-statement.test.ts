import knexFactory, { Knex } from 'knex';
import { compiledStatement } from '../../src/database/compiled-statement';

/** A statement built once and run with new values answers exactly what the builder answers, on SQLite. */
describe('compiledStatement', () => {
  let knex: Knex;
  let strapi: any;
  const compiles = { count: 0 };

  beforeAll(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await knex.schema.createTable('people', (table) => {
      table.increments('id');
      table.string('phone');
      table.string('name');
      table.boolean('active');
      table.datetime('seen_at');
    });
    await knex('people').insert([
      { phone: '+380671234567', name: 'Олена', active: true, seen_at: new Date('2026-01-01T10:00:00Z') },
      { phone: '0671234567', name: 'Петро', active: false, seen_at: new Date('2026-02-01T10:00:00Z') },
      { phone: '+380501112233', name: 'Ірина', active: true, seen_at: new Date('2026-03-01T10:00:00Z') },
    ]);
    strapi = { db: { connection: knex, dialect: { client: 'sqlite' } }, config: { get: () => undefined } };
  });

  afterAll(() => knex.destroy());

  const build = (phones: string[], active: boolean, before: Date) => {
    compiles.count += 1;
    return knex('people').whereIn('phone', phones).where('active', active).where('seen_at', '<', before).orderBy('id').limit(10).select('name', 'phone');
  };

  it('answers as the builder does, for each set of values, building once per number of list values', async () => {
    const read = compiledStatement(strapi, build);
    compiles.count = 0;
    const cases: Array<[string[], boolean, Date]> = [
      [['+380671234567', '0671234567'], true, new Date('2027-01-01T00:00:00Z')],
      [['+380671234567', '0671234567'], false, new Date('2027-01-01T00:00:00Z')],
      [['+380501112233', '0671234567'], true, new Date('2026-02-15T00:00:00Z')],
      [['+380501112233'], true, new Date('2027-01-01T00:00:00Z')],
      [['+380501112233'], true, new Date('2026-01-15T00:00:00Z')],
    ];
    for (const [phones, active, before] of cases) {
      const compiled = await read(phones, active, before);
      const built = await build(phones, active, before);
      expect(compiled).toEqual(built);
    }
    expect((await read(['+380671234567', '0671234567'], true, new Date('2027-01-01T00:00:00Z'))).map((row) => row.name)).toEqual(['Олена']);
    expect((await read(['0671234567', '+380501112233'], false, new Date('2027-01-01T00:00:00Z'))).map((row) => row.name)).toEqual(['Петро']);
    // five builds by the test itself; the statement built two shapes (two values and one value)
    expect(compiles.count).toBe(cases.length + 2);
  });

  it('refuses a builder that writes a parameter into the SQL text', async () => {
    const read = compiledStatement(strapi, (name: string) => knex('people').whereRaw(`name = '${name}'`));
    await expect(read('Олена')).rejects.toThrow(/written into the SQL text/);
  });

  it('refuses a builder that leaves a parameter unbound', async () => {
    const read = compiledStatement(strapi, (_name: string) => knex('people').select('name'));
    await expect(read('Олена')).rejects.toThrow(/parameter 0 is not bound/);
  });
});
