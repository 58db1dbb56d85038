import type { ReportFinding } from './report-model';

/**
 * The slot for "What to fix first" (the findings core/rules/fix-first.ts will give, issue 16):
 * drawn only when there are findings; this report ranks nothing itself.
 */
export function ReportFindingsSlot({ findings }: { findings: ReportFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="ipr-section ipr-findings" aria-label="What to fix first">
      <h2>What to fix first</h2>
      <ol>
        {findings.map((f) => (
          <li key={f.title}>
            <strong>{f.title}</strong>: {f.detail}
          </li>
        ))}
      </ol>
    </section>
  );
}
