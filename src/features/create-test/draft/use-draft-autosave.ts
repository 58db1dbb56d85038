import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearDraft, writeDraft } from './draft-storage';
import type { CreateTestFormValues } from '../form-schema';

const SAVE_DELAY_MS = 400;

/**
 * Saves the draft (debounced) whenever the user changes a value or moves between steps.
 * `hasDraft` is what the leave guard protects; `discard` and `finish` end the draft.
 */
export function useDraftAutosave(form: UseFormReturn<CreateTestFormValues>, step: number, restored: boolean) {
  const [hasDraft, setHasDraft] = useState(restored);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const paused = useRef(false);
  const pending = useRef(false);
  const stepRef = useRef(step);

  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = false;
    const now = new Date();
    if (writeDraft({ savedAt: now.toISOString(), step: stepRef.current, values: form.getValues() }))
      setSavedAt(now);
  }, [form]);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (paused.current) return;
      setHasDraft(true);
      clearTimeout(timer.current);
      pending.current = true;
      timer.current = setTimeout(saveNow, SAVE_DELAY_MS);
    });
    // A reload or a closed tab inside the debounce window still keeps the last keystrokes.
    const flush = () => {
      if (pending.current && !paused.current) saveNow();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer.current);
    };
  }, [form, saveNow]);

  // Moving between steps is saved too, so a reload continues on the same step.
  useEffect(() => {
    if (stepRef.current === step) return;
    stepRef.current = step;
    if (hasDraft && !paused.current) saveNow();
  }, [step, hasDraft, saveNow]);

  /** Stop saving and forget the draft (after "Discard draft" or a successful create). */
  const end = useCallback((reset?: () => void) => {
    paused.current = true;
    pending.current = false;
    clearTimeout(timer.current);
    reset?.();
    clearDraft();
    setHasDraft(false);
    setSavedAt(null);
  }, []);

  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  return { hasDraft, savedAt, end, resume };
}
