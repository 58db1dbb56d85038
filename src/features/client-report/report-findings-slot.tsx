import { HEALTHY_LINE } from '../../../core/rules/fix-first';

/**
 * "What to fix first", ranked by core/rules/fix-first.ts from the evidence the test page counts
 * (src/lib/results/fix-first-evidence.ts): each finding as its one sentence, figure included, or one
 * line when the run is healthy. Nothing is drawn where nothing was ranked (a comparison).
 */
export function ReportFindingsSlot({ findings }: { findings: string[] | null }) {
  if (findings === null) return null;
  return (
    <section className="ipr-section ipr-findings" aria-label="What to fix first">
      <h2>What to fix first</h2>
      {findings.length === 0 ? (
        <p className="ipr-empty">{HEALTHY_LINE}</p>
      ) : (
        <ol>
          {findings.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
