import {
  dryRunRule,
  firingMeasure,
  type RuleInput,
  type RunFigures,
} from '../../../../core/rules/automations';
import { joinAnd } from './describe-rule';

/** How many of the newest runs the dry run replays. */
export const DRY_RUN_RUNS = 30;

const percent = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;

/**
 * "Over this test's last 8 runs this rule would have fired on runs 3 and 7 (inbox 62% and 58% <
 * 70%)": the rule replayed with the emulator's own evaluator (core/rules/automations.ts).
 */
export function dryRunText(rule: RuleInput, history: readonly RunFigures[], whose = 'this test’s'): string {
  const runs = history.slice(-DRY_RUN_RUNS);
  if (runs.length === 0) return `There are no runs in ${whose} history to try this rule on yet.`;
  const over = runs.length === 1 ? `Over ${whose} only run` : `Over ${whose} last ${runs.length} runs`;
  // The run before the window still counts as the first one's "previous run".
  const firings = dryRunRule(rule, history).filter((f) => runs.includes(f.run));
  if (firings.length === 0) return `${over} this rule would not have fired.`;
  const numbers = joinAnd(firings.map((f) => String(f.run.number)));
  const on = firings.length === 1 ? `on run ${numbers}` : `on runs ${numbers}`;
  const first = firings[0];
  if (first && (first.condition === 'placement_goes_below' || first.condition === 'placement_goes_above')) {
    const sign = first.condition === 'placement_goes_below' ? '<' : '>';
    const values = joinAnd(firings.map((f) => percent(f.measured)));
    return `${over} this rule would have fired ${on} (inbox ${values} ${sign} ${percent(first.threshold ?? 0)}).`;
  }
  return `${over} this rule would have fired ${on} (${firings.map((f) => `run ${f.run.number}: ${firingMeasure(f)}`).join('; ')}).`;
}
