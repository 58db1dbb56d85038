/**
 * `npm run mutate`: does each test suite notice a plausible slip in the module it covers?
 * Applies the fixed single-line mutants of scripts/mutants.ts, one at a time, to a COPY of the
 * working tree (the sources you edit are never touched, even if this is interrupted), runs that
 * module's tests, and prints killed / survived per mutant and a score. Not part of `npm test`: it
 * takes a few minutes on a 2-core machine (docs/benchmarks.md, "Mutation score").
 *
 *   npm run mutate                   # every group
 *   npm run mutate -- CSV keyset     # groups whose name contains one of the words
 *
 * Exit code 1 when a mutant survives or a group's tests fail before any mutant (nothing to learn).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MUTANT_GROUPS, type Mutant } from './mutants';

const root = resolve(import.meta.dirname, '..');
/** A test run longer than this counts as killed (a mutant that loops is caught, as Stryker does). */
const RUN_TIMEOUT_MS = 60_000;

function copyWorkingTree(): string {
  const copy = mkdtempSync(join(tmpdir(), 'mutate-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (file === 'node_modules') continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(copy, file));
    } catch {
      // Deleted in the working tree but still in the index: not part of what is tested.
    }
  }
  symlinkSync(realpathSync(join(root, 'node_modules')), join(copy, 'node_modules'), 'dir');
  return copy;
}

type Verdict = 'killed' | 'survived' | 'timed out';

function runTests(copy: string, tests: string[]): { passed: boolean; timedOut: boolean } {
  const run = spawnSync(join(copy, 'node_modules/.bin/vitest'), ['run', '--reporter=dot', ...tests], {
    cwd: copy,
    timeout: RUN_TIMEOUT_MS,
    stdio: 'ignore',
    env: { ...process.env, CI: '1' },
  });
  return { passed: run.status === 0, timedOut: run.error !== undefined || run.signal !== null };
}

function applyMutant(copy: string, mutant: Mutant): () => void {
  const path = join(copy, mutant.file);
  const original = readFileSync(path, 'utf8');
  const at = original.indexOf(mutant.from);
  if (at < 0 || original.indexOf(mutant.from, at + 1) >= 0) {
    throw new Error(`stale mutant in ${mutant.file}: "${mutant.from}" must occur exactly once (update scripts/mutants.ts)`);
  }
  writeFileSync(path, original.slice(0, at) + mutant.to + original.slice(at + mutant.from.length));
  return () => writeFileSync(path, original);
}

function main() {
  const words = process.argv.slice(2).map((w) => w.toLowerCase());
  const groups = MUTANT_GROUPS.filter((g) => words.length === 0 || words.some((w) => g.name.toLowerCase().includes(w)));
  const started = Date.now();
  const copy = copyWorkingTree();
  let total = 0;
  let killed = 0;
  let broken = false;
  const survivors: string[] = [];
  try {
    for (const group of groups) {
      const baseline = runTests(copy, group.tests);
      if (!baseline.passed) {
        console.log(`\n${group.name}: its tests fail WITHOUT a mutant; fix them first (${group.tests.join(', ')})`);
        broken = true;
        continue;
      }
      console.log(`\n${group.name} (${group.tests.join(', ')})`);
      for (const mutant of group.mutants) {
        const restore = applyMutant(copy, mutant);
        let verdict: Verdict;
        try {
          const result = runTests(copy, group.tests);
          verdict = result.timedOut ? 'timed out' : result.passed ? 'survived' : 'killed';
        } finally {
          restore();
        }
        total += 1;
        if (verdict !== 'survived') killed += 1;
        else survivors.push(`${mutant.file}: ${mutant.from} → ${mutant.to || '(line removed)'}`);
        console.log(`  ${verdict.padEnd(9)} ${mutant.from.trim().slice(0, 70)} → ${(mutant.to.trim() || '(removed)').slice(0, 50)}`);
      }
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const score = total === 0 ? 0 : (100 * killed) / total;
  console.log(`\nMutation score: ${killed} of ${total} killed (${score.toFixed(1)}%) in ${Math.round((Date.now() - started) / 1000)} s`);
  if (survivors.length) console.log(`Survived:\n  ${survivors.join('\n  ')}`);
  process.exitCode = survivors.length > 0 || broken ? 1 : 0;
}

main();
