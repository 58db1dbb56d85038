import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The real server (`server/main.ts`, as `npm start` runs it) in its own process on a free port,
 * for tests that kill it or run two of them. Resolves once it prints its address; rejects with
 * its output when it exits first.
 */
export function spawnServer(env: Record<string, string>): Promise<{ url: string; process: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', EMULATOR_CONTROL: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
  };
  proc.stderr!.on('data', collect);
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => {
      collect(chunk);
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, process: proc, output: () => out });
    });
    proc.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}
