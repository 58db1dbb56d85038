// A fake Instantly on loopback, as its own process (for bench:upstream). Prints its URL.
import { startFakeUpstream } from '../server/upstream/fake-upstream';

const page = { items: Array.from({ length: 10 }, (_, i) => ({ id: `0199-${i}`, name: `Test ${i}` })) };
const upstream = await startFakeUpstream(() => ({ status: 200, body: page }), { record: false });
console.log(upstream.url);
