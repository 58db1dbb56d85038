// `npm start`: build the app if dist/ is missing or older than the sources, then serve it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), s.mtimeMs);
}

// The browser's app and the server's entry that draws the list's first page (ADR 011).
const outputs = [join('dist', 'index.html'), join('dist-server', 'entry-server.js')];
const oldest = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
const stale = oldest === 0 || inputs.some((p) => newestMtime(p) > oldest);
if (stale) {
  console.log('Building the dashboard (first start or sources changed)…');
  const started = Date.now();
  // Vite's list of every built file is for developers (`npm run build`); here it shows only
  // when the build fails. Warnings (stderr) always show.
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error('The build failed; the output above says why.');
    process.exit(result.status ?? 1);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
