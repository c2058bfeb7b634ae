// `out.push(...items)` passes every item as an argument and overflows the stack past ~100,000
// items (a value of 200,000 lines is 200,000 runs); this appends one at a time.
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const item of items) out.push(item);
  return out;
}
