import { RESULT_TERMS } from '../../../../core/rules/result-terms';
import classes from './results-glossary.module.css';

/**
 * The glossary (result-terms.ts) on the page, folded, under Completeness (outside its card: the
 * figures' labels are found by their text there, and a term would be found twice).
 */
export function ResultsGlossary() {
  return (
    <details className={classes.glossary}>
      <summary>What these words mean</summary>
      <dl>
        {Object.values(RESULT_TERMS).map((term) => (
          <div key={term.label}>
            <dt>{term.label}</dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
