/**
 * A schema built the first time it is used instead of when its module is imported. zod builds
 * each schema eagerly, and the list's first route imports the contracts of placement tests,
 * analytics and the server status: building them all was 113 ms of the entry's evaluation on a
 * phone (4× CPU), before the drawn page could be taken over, though that page parses nothing
 * until its first refetch (docs/benchmarks.md, ADR 022). The proxy stands in for the schema in
 * every way zod and the callers use it (properties, methods, `instanceof`, spreading its shape).
 */
export function deferred<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report a property as non-configurable that its own target lacks.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
