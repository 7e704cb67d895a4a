/**
 * Values remembered under a key together with the generation of the data they were built from. A value is
 * handed out only while the generation the caller has just read is the one it was built at: any change of
 * the data that built it moves the generation on, and the value is built again. A generation is read
 * before the data it tags, so a change racing with a build only makes the value stale sooner, never
 * lets a value outlive its data.
 *
 * The oldest entries go when more than `capacity` are held (a busy key is put back at the end when read).
 */
export class GenerationCache<V> {
  private readonly entries = new Map<string, { generation: string; value: V }>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`GenerationCache: capacity ${capacity} is not a positive whole number`);
  }

  /** The value of `key` if it was built at `generation`; a value of another generation is forgotten. */
  get(key: string, generation: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.generation !== generation) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
