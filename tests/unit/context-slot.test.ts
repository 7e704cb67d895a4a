import { contextSlot } from '../../src/context/context-slot';

const job = contextSlot<string>('job');
const writer = contextSlot<true>('writer');

test('a slot is set for what runs inside, across awaits and timers, and unset outside', async () => {
  expect(job.get()).toBeUndefined();
  const seen = await job.run('import', async () => {
    await Promise.resolve();
    const later = await new Promise((resolve) => setTimeout(() => resolve(job.get()), 1));
    return [job.get(), later];
  });
  expect(seen).toEqual(['import', 'import']);
  expect(job.get()).toBeUndefined();
});

test('slots are independent: setting one keeps the other as the caller had it', async () => {
  const inner = await job.run('import', () => writer.run(true, async () => [job.get(), writer.get()]));
  expect(inner).toEqual(['import', true]);
  const shadowed = await job.run('outer', () => job.run('inner', async () => job.get()).then((value) => [value, job.get()]));
  expect(shadowed).toEqual(['inner', 'outer']);
  expect(await writer.run(true, async () => job.get())).toBeUndefined();
});

test('two runs at once do not see each other\'s values', async () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 2));
  const results = await Promise.all(['a', 'b', 'c'].map((name) => job.run(name, async () => { await tick(); return job.get(); })));
  expect(results).toEqual(['a', 'b', 'c']);
});
