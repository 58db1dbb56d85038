import type { FieldErrors, FieldValues } from 'react-hook-form';
import { visibleSteps, type StepId } from './wizard-steps';

function firstLeaf(node: unknown, path: string): string | null {
  if (!node || typeof node !== 'object') return null;
  if ('message' in node && typeof (node as { message: unknown }).message === 'string') return path;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'root' || key === 'type' || key === 'types') continue;
    const found = firstLeaf(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** The earliest visible step with an error, and the first field in it that has one. */
export function firstError<T extends FieldValues>(
  errors: FieldErrors<T>,
  type: number,
): { step: StepId; field: string } | null {
  for (const step of visibleSteps(type)) {
    for (const field of step.fields) {
      const leaf = firstLeaf((errors as Record<string, unknown>)[field], field);
      if (leaf) return { step: step.id, field: leaf };
    }
  }
  return null;
}
