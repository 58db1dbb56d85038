// `npm run bench:upstream`: the dashboard server in Instantly mode against a fake upstream, each
// in its own process on loopback (bounded: a fixed rate for a fixed time). Requests go directly
// to the fake upstream and through the server; the difference is what the server adds.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get } from 'node:http';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';

// A throwaway key made per run: the fake upstream accepts any key, and no key lives in the repo.
const BENCH_KEY = `bench-${randomBytes(12).toString('hex')}`;
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// The p99 of one 10 s round moves by a factor of 3 between rounds on a 2-core machine (three
// processes share it), so several rounds run and the median is the figure.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const children: ChildProcess[] = [];

function startProcess(args: string[], env: Record<string, string>, pattern: RegExp): Promise<string> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(match[1]!);
    });
    proc.on('exit', (code) => reject(new Error(`${args[0]} exited (${code}): ${out}`)));
  });
}

// node:http with keep-alive: a lighter client than fetch, so the generator is not the bottleneck.
// It asks for compression as browsers do, so the server's gzip of API JSON is in the figure.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const headers = { 'Accept-Encoding': process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br' };
function request(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function drive(url: string, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const total = RATE * seconds;
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    // Open loop: request i leaves at i/RATE s whether or not earlier ones have returned.
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    inflight.push(
      request(url)
        .then((status) => {
          if (status === 200) latencies.push(performance.now() - t0);
          else errors += 1;
        })
        .catch(() => void (errors += 1)),
    );
  }
  await Promise.all(inflight);
  return {
    latencies: latencies.sort((a, b) => a - b),
    errors,
    rps: total / ((performance.now() - started) / 1000),
  };
}

try {
  const upstreamUrl = await startProcess(
    ['testing/fakes/fake-upstream-server.ts'],
    {},
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  const serverUrl = await startProcess(
    ['server/main.ts'],
    { PORT: '0', HOST: '127.0.0.1', INSTANTLY_API_KEY: BENCH_KEY, INSTANTLY_API_URL: upstreamUrl },
    /(http:\/\/127\.0\.0\.1:\d+)\//,
  );
  const path = '/api/v2/inbox-placement-tests?limit=10';
  await drive(`${upstreamUrl}${path}`, 2);
  await drive(`${serverUrl}${path}`, 2);
  type Run = Awaited<ReturnType<typeof drive>>;
  const rounds: { direct: Run; proxied: Run }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    rounds.push({ direct: await drive(`${upstreamUrl}${path}`, SECONDS), proxied: await drive(`${serverUrl}${path}`, SECONDS) });
  }
  const p = (r: Run, q: number) => percentile(r.latencies, q);
  const row = (name: string, r: Run) =>
    `| ${name} | ${r.rps.toFixed(0)} | ${p(r, 50).toFixed(2)} | ${p(r, 99).toFixed(2)} | ${r.errors} |`;
  console.log(
    `Upstream mode: ${RATE} requests/s for ${SECONDS} s, ${ROUNDS} rounds; Node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  );
  console.log('| round | path | requests/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
  rounds.forEach((r, i) => {
    console.log(`| ${i + 1} ${row('direct to the fake upstream', r.direct)}`);
    console.log(`| ${i + 1} ${row('through the dashboard server', r.proxied)}`);
  });
  const added = (q: number) => rounds.map((r) => p(r.proxied, q) - p(r.direct, q)).sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
  const p99 = added(99);
  console.log(
    `\nAdded by the server (median of ${ROUNDS} rounds): p50 ${median(added(50)).toFixed(2)} ms, p99 ${median(p99).toFixed(2)} ms (p99 range ${p99[0]!.toFixed(2)}–${p99.at(-1)!.toFixed(2)} ms)`,
  );
} finally {
  for (const child of children) child.kill();
}
