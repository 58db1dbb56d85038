import { createContext } from 'react';

/**
 * Whose run history the rules' dry run replays: the test being edited, or, in the create
 * wizard, the existing test the user picks. Null: none chosen yet.
 */
export type DryRunSource = { id: string; name: string } | null;
export const DryRunSourceContext = createContext<{ source: DryRunSource; editing: boolean }>({
  source: null,
  editing: false,
});
