/**
 * The fixed mutants `npm run mutate` applies (scripts/mutate.ts), one line each, with the tests
 * that must kill them. A mutant is a plausible slip, not a random edit: a bound off by one, a
 * sign, a dropped condition, a swapped argument. `from` must occur exactly once in `file`; when
 * the code changes, the run says which mutant went stale, and this list is updated with it.
 */
export interface Mutant {
  file: string;
  from: string;
  to: string;
}
export interface MutantGroup {
  name: string;
  /** Test files that cover the module (run for every mutant of the group). */
  tests: string[];
  mutants: Mutant[];
}

const SCHEDULE = 'core/rules/schedule.ts';
const ESP = 'core/rules/esp-labels.ts';
const CSV = 'src/lib/csv.ts';
const KEYSET = 'server/emulator/store/keyset.ts';
const REPO = 'server/emulator/store/placement-tests-repo.ts';

const m = (file: string, from: string, to: string): Mutant => ({ file, from, to });

export const MUTANT_GROUPS: MutantGroup[] = [
  {
    name: 'schedule math',
    tests: ['core/rules/schedule.test.ts'],
    mutants: [
      m(SCHEDULE, 'for (let offset = -1; offset <= 8; offset++)', 'for (let offset = 0; offset <= 8; offset++)'),
      m(SCHEDULE, 'if (run.getTime() > after.getTime()) return run;', 'if (run.getTime() >= after.getTime()) return run;'),
      m(SCHEDULE, ".sort((a, b) => a - b);", ".sort((a, b) => b - a);"),
      m(SCHEDULE, 'return new Date(matches[0] ?? wall - offsetBefore * MINUTE_MS);', 'return new Date(matches[0] ?? wall - offsetAfter * MINUTE_MS);'),
      m(SCHEDULE, "const sign = minutes > 0 ? '+' : minutes < 0 ? '\\u2212' : '±';", "const sign = minutes >= 0 ? '+' : minutes < 0 ? '\\u2212' : '±';"),
      m(SCHEDULE, "const mm = String(abs % 60).padStart(2, '0');", 'const mm = String(abs % 60);'),
      m(SCHEDULE, 'if (days.length === 0 || !time || !timeZone || !KNOWN_ZONES.has(timeZone)) return null;', 'if (!time || !timeZone || !KNOWN_ZONES.has(timeZone)) return null;'),
      m(SCHEDULE, 'if (days.length === 0 || !time || !timeZone || !KNOWN_ZONES.has(timeZone)) return null;', 'if (days.length === 0 || !time || !timeZone) return null;'),
      m(SCHEDULE, 'while (runs.length < count && cursor) {', 'while (runs.length <= count && cursor) {'),
      m(SCHEDULE, 'const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();', 'const weekday = new Date(Date.UTC(year, month, day)).getUTCDay();'),
      m(SCHEDULE, 'if (!parsed || Number.isNaN(after.getTime())) return null;', 'if (!parsed) return null;'),
    ],
  },
  {
    name: 'ESP labels',
    tests: ['core/rules/esp-labels.test.ts'],
    mutants: [
      m(ESP, 'const normalize = (value: string) => value.trim().toLowerCase();', 'const normalize = (value: string) => value.toLowerCase();'),
      m(ESP, "{ Outlook: 2, 'Libero.it': 13 }", "{ 'Libero.it': 13 }"),
      m(ESP, "{ 1: 'US', 2: 'IT', 3: 'DE', 4: 'FR' }", "{ 1: 'US', 2: 'IT', 3: 'FR', 4: 'DE' }"),
      m(ESP, 'return esp && geo && type ? { esp, geo, type } : null;', 'return esp && geo ? { esp, geo, type } : null;'),
      m(ESP, "if (unique.length === 0) return '—';", "if (unique.length === 0) return '';"),
      m(ESP, 'const shown = unique.slice(0, max);', 'const shown = unique.slice(0, max + 1);'),
      m(ESP, 'subRegions.size === 1', 'subRegions.size >= 1'),
      m(ESP, 'return rest > 0 ? `${text} +${rest}` : text;', 'return rest >= 0 ? `${text} +${rest}` : text;'),
      m(ESP, "recipientTypeCode(label.type) === 1 ? 'Pro'", "recipientTypeCode(label.type) === 2 ? 'Pro'"),
      m(ESP, "return a[0] - b[0] || a[1].localeCompare(b[1], 'en');", "return b[0] - a[0] || a[1].localeCompare(b[1], 'en');"),
      m(ESP, "return [code ?? Number.MAX_SAFE_INTEGER, code === null ? name : ''];", "return [code ?? 0, code === null ? name : ''];"),
      m(ESP, ".sort((a, b) => a.subRegionLabel.localeCompare(b.subRegionLabel, 'en')),", '),'),
      m(ESP, 'for (const label of labels) if (!seen.has(labelKey(label))) seen.set(labelKey(label), label);', 'for (const label of labels) seen.set(labelKey(label), label);'),
    ],
  },
  {
    name: 'CSV',
    tests: ['src/lib/csv.test.ts'],
    mutants: [
      m(CSV, 'const FORMULA_START = /^[=+\\-@\\t\\r]/;', 'const FORMULA_START = /^[=+\\-@\\t]/;'),
      m(CSV, 'const FORMULA_START = /^[=+\\-@\\t\\r]/;', 'const FORMULA_START = /^[=+\\-\\t\\r]/;'),
      m(CSV, 'const FORMULA_START = /^[=+\\-@\\t\\r]/;', 'const FORMULA_START = /[=+\\-@\\t\\r]/;'),
      m(CSV, "if (typeof value === 'boolean') return value ? 'true' : 'false';", "if (typeof value === 'boolean') return value ? 'true' : '';"),
      m(CSV, "return Number.isFinite(value) ? String(value) : '';", "return !Number.isNaN(value) ? String(value) : '';"),
      m(CSV, `return \`"\${safe.replaceAll('"', '""')}"\`;`, `return \`"\${safe}"\`;`),
      m(CSV, "if (value === null || value === undefined) return '';", "if (value === undefined) return '';"),
      m(CSV, ".join('\\r\\n') + '\\r\\n';", ".join('\\r\\n');"),
    ],
  },
  {
    name: 'keyset pagination',
    tests: ['server/emulator/pagination.test.ts'],
    mutants: [
      m(KEYSET, "const op = q.desc ? '<' : '>';", "const op = q.desc ? '<=' : '>';"),
      m(KEYSET, "const dir = q.desc ? 'DESC' : 'ASC';", "const dir = q.desc ? 'ASC' : 'DESC';"),
      m(KEYSET, 'params.push(q.cursorSortValue, q.cursor);', 'params.push(q.cursor, q.cursorSortValue);'),
      m(KEYSET, 'return { sql, params: [...params, q.limit + 1] };', 'return { sql, params: [...params, q.limit] };'),
      m(KEYSET, 'return { sql, params: [...q.candidates.params, ...params, q.limit + 1] };', 'return { sql, params: [...q.candidates.params, ...params, q.limit] };'),
      m(KEYSET, 'if (rows.length <= q.limit) return { rows };', 'if (rows.length < q.limit) return { rows };'),
      m(KEYSET, 'return { rows, next: String(rows[rows.length - 1]?.[q.keyColumn]) };', 'return { rows, next: String(rows[0]?.[q.keyColumn]) };'),
      m(KEYSET, "const order = q.sortColumn ? `${q.sortColumn} ${dir}, ${q.keyColumn} ${dir}` : `${q.keyColumn} ${dir}`;", "const order = q.sortColumn ? `${q.sortColumn} ${dir}` : `${q.keyColumn} ${dir}`;"),
    ],
  },
  {
    name: 'tests repository',
    tests: ['server/emulator/pagination.test.ts', 'server/emulator/placement-tests-update.test.ts'],
    mutants: [
      m(REPO, "if (p.status !== undefined) c.add('status = ?', p.status);", ''),
      m(REPO, "if (search) c.add('instr(name_lc, ?) > 0', search);", ''),
      m(REPO, 'const search = p.search?.toLowerCase();', 'const search = p.search;'),
      m(REPO, 'if (chars.length < 3) return undefined;', 'if (chars.length < 2) return undefined;'),
      m(REPO, 'return bound < FTS_MAX_MATCHES ? ftsPhrase(search) : undefined;', 'return bound <= FTS_MAX_MATCHES ? ftsPhrase(search) : undefined;'),
      m(REPO, 'if (row.next_run_ms === null || row.next_run_ms > now.getTime()) return row.doc;', 'if (row.next_run_ms === null || row.next_run_ms > 0) return row.doc;'),
    ],
  },
];
