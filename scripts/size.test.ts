import { describe, expect, it } from 'vitest';
import { computeSizes, formatReport, type Manifest } from './size';

// Shaped like Vite's manifest: the entry, a shared vendor chunk, two lazy routes that share a
// chunk of their own, a lazy route nested in a lazy route, and a module both loaded statically
// and imported dynamically (it belongs to the first route, not to the lazy list).
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: [
      'src/features/tests-list/page.tsx',
      'src/features/test-detail/page.tsx',
      'src/app/theme.ts',
    ],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js', imports: ['src/app/theme.ts'], css: ['assets/vendor.css'] },
  'src/app/theme.ts': { file: 'assets/theme.js', src: 'src/app/theme.ts', isDynamicEntry: true },
  'src/features/tests-list/page.tsx': {
    file: 'assets/tests-list.js',
    src: 'src/features/tests-list/page.tsx',
    isDynamicEntry: true,
    imports: ['_vendor.js', '_table.js'],
    css: ['assets/index.css', 'assets/tests-list.css'],
  },
  'src/features/test-detail/page.tsx': {
    file: 'assets/test-detail.js',
    src: 'src/features/test-detail/page.tsx',
    isDynamicEntry: true,
    imports: ['_table.js'],
    dynamicImports: ['src/features/test-detail/charts.tsx'],
  },
  '_table.js': { file: 'assets/table.js', imports: ['_vendor.js'] },
  'src/features/test-detail/charts.tsx': {
    file: 'assets/charts.js',
    src: 'src/features/test-detail/charts.tsx',
    isDynamicEntry: true,
  },
};

/** Deterministic incompressible bytes, so gzip size ≈ length. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const smallFiles = (file: string) => `/* ${file} */ export const x = 1;`;
const files = (report: ReturnType<typeof computeSizes>['firstRoute']) => [
  ...report.js.map((f) => f.file),
  ...report.css.map((f) => f.file),
];

describe('computeSizes', () => {
  const report = computeSizes(manifest, smallFiles);

  it('counts the entry, its static imports transitively and their CSS for the first route', () => {
    expect(report.firstRoute.name).toBe('index.html');
    expect(files(report.firstRoute).sort()).toEqual(
      [
        'assets/index.css',
        'assets/index.js',
        'assets/theme.js',
        'assets/vendor.css',
        'assets/vendor.js',
      ].sort(),
    );
  });

  it('lists each lazy chunk with only what the first route has not loaded', () => {
    const byName = Object.fromEntries(report.lazy.map((g) => [g.name, files(g).sort()]));
    expect(byName).toEqual({
      'src/features/tests-list/page.tsx': [
        'assets/table.js',
        'assets/tests-list.css',
        'assets/tests-list.js',
      ],
      'src/features/test-detail/page.tsx': ['assets/table.js', 'assets/test-detail.js'],
      'src/features/test-detail/charts.tsx': ['assets/charts.js'],
    });
  });

  it('sums gzip sizes per group', () => {
    const sum = (sizes: { gzip: number }[]) => sizes.reduce((total, f) => total + f.gzip, 0);
    expect(report.firstRoute.jsGzip).toBe(sum(report.firstRoute.js));
    expect(report.firstRoute.cssGzip).toBe(sum(report.firstRoute.css));
    expect(report.firstRoute.jsGzip).toBeGreaterThan(0);
  });

  it('passes when everything is within budget', () => {
    expect(report.failures).toEqual([]);
    expect(formatReport(report)).toContain('first route (index.html)');
  });

  it('fails when the first route JS exceeds 145 KB gzip', () => {
    const big = computeSizes(manifest, (file) =>
      file === 'assets/vendor.js' ? noise(160_000, 1) : smallFiles(file),
    );
    expect(big.firstRoute.jsGzip).toBeGreaterThan(145_000);
    expect(big.failures).toHaveLength(1);
    expect(big.failures[0]).toMatch(/^First route JS is 16\d\.\d KB gzip, over the 145\.0 KB budget/);
    expect(formatReport(big)).toContain('OVER BUDGET');
  });

  it("counts the HTML's own loader (ADR 023) in the first route, and against its budget", () => {
    const withLoader = computeSizes(
      manifest,
      (file) => (file === 'assets/boot.js' ? noise(2_000, 3) : file === 'assets/vendor.js' ? noise(143_500, 1) : smallFiles(file)),
      undefined,
      ['assets/boot.js'],
    );
    const without = computeSizes(manifest, (file) => (file === 'assets/vendor.js' ? noise(143_500, 1) : smallFiles(file)));
    expect(withLoader.firstRoute.js.map((f) => f.file)).toContain('assets/boot.js');
    expect(withLoader.firstRoute.jsGzip - without.firstRoute.jsGzip).toBeGreaterThan(1_900);
    expect(without.failures).toEqual([]);
    expect(withLoader.failures).toHaveLength(1);
  });

  it('fails for a lazy chunk over 150 KB gzip, but not for its siblings', () => {
    const big = computeSizes(manifest, (file) =>
      file === 'assets/charts.js' ? noise(160_000, 2) : smallFiles(file),
    );
    expect(big.failures).toHaveLength(1);
    expect(big.failures[0]).toMatch(
      /^Lazy chunk src\/features\/test-detail\/charts\.tsx is 16\d\.\d KB gzip JS/,
    );
  });

  it('does not count CSS against the JS budget', () => {
    const cssHeavy = computeSizes(manifest, (file) =>
      file === 'assets/tests-list.css' ? noise(200_000, 3) : smallFiles(file),
    );
    expect(cssHeavy.failures).toEqual([]);
  });

  it("fails when the first route's render-blocking CSS exceeds 20 KB gzip", () => {
    const big = computeSizes(manifest, (file) =>
      file === 'assets/vendor.css' ? noise(25_000, 4) : smallFiles(file),
    );
    expect(big.failures).toHaveLength(1);
    expect(big.failures[0]).toMatch(/^First route CSS is 2\d\.\d KB gzip, over the 20\.0 KB budget/);
  });

  it('names a manifest without an index.html entry', () => {
    expect(() => computeSizes({ 'src/main.tsx': { file: 'assets/main.js' } }, smallFiles)).toThrow(
      /index\.html/,
    );
  });
});
