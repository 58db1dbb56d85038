import type { EmulatorApi } from './render-with-emulator';

/** The id of the demo test whose name starts with `prefix`; throws when the demo has none. */
export async function demoTestId(api: EmulatorApi, prefix: string): Promise<string> {
  const response = await api.fetch('/api/v2/inbox-placement-tests?limit=100');
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  const found = items.find((t) => t.name.startsWith(prefix));
  if (!found) throw new Error(`No demo test starts with “${prefix}”.`);
  return found.id;
}
