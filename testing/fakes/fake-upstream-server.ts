// A fake Instantly on loopback, as its own process. Prints its URL.
// - Plain (bench:upstream): one fixed page for every request, nothing recorded, any free port.
// - With FAKE_UPSTREAM_KEYS (JSON: key → workspace name) and FAKE_UPSTREAM_PORT (the e2e's
//   `upstream` project): an emulator per workspace with control routes (testing/fakes/fake-instantly.ts).
import { serve } from '@hono/node-server';
import { startFakeUpstream } from './fake-upstream';
import { createFakeInstantly } from './fake-instantly';

const keys = process.env.FAKE_UPSTREAM_KEYS;
if (keys) {
  const fake = await createFakeInstantly(JSON.parse(keys) as Record<string, string>);
  // Loopback only: it answers to test keys and takes scripted answers from anyone who asks.
  serve(
    { fetch: fake.fetch, port: Number(process.env.FAKE_UPSTREAM_PORT ?? 0), hostname: '127.0.0.1' },
    (info) => console.log(`http://127.0.0.1:${info.port}`),
  );
} else {
  const page = { items: Array.from({ length: 10 }, (_, i) => ({ id: `0199-${i}`, name: `Test ${i}` })) };
  const upstream = await startFakeUpstream(() => ({ status: 200, body: page }), { record: false });
  console.log(upstream.url);
}
