import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { getErrorMessage, isApiError } from '../../api/errors';
import { findCreatedTestQuery, mayHaveBeenApplied } from '../../api/placement-tests/find-created-test';
import { useCreatePlacementTest } from '../../api/placement-tests/mutations';
import type { CreatePlacementTestBody } from '../../../core/contract/placement-test-requests';
import type { PlacementTest } from '../../../core/contract/placement-tests';
import type { CreateTestFormValues } from './form-schema';
import { fieldErrorFromApiMessage } from '../placement-test-ui/server-errors';
import { toCreateBody } from './to-create-body';

type Options = {
  form: UseFormReturn<CreateTestFormValues>;
  /** `found`: the answer was lost, and the test was found by asking Instantly for it. */
  onCreated: (created: PlacementTest, how: 'answered' | 'found') => void;
  /** Show the step holding `field` and focus it. */
  showField: (field: string) => void;
};

export type CreateFailure =
  | { kind: 'not-created'; message: string }
  /** We could not learn whether Instantly made the test, so nothing is sent again yet. */
  | { kind: 'unknown'; message: string }
  /** An earlier try, with values since changed, did make a test; the next click sends the new ones. */
  | { kind: 'created-earlier'; message: string; test: PlacementTest };

/** A create whose answer was lost (5xx, timeout, no connection): it may have made the test. */
type Unsure = { body: CreatePlacementTestBody; since: Date };

/**
 * One click makes one test:
 * - the ref drops a second submit that lands before the button has re-rendered as disabled, and
 *   the mutation is never retried on a 5xx (query-client.ts);
 * - when a create fails in a way that may still have made the test, the wizard asks Instantly
 *   for it at once, and again before sending anything more: if it is there, that is the result.
 * On failure every value stays; a 400 naming a field is shown there, anything else above the buttons.
 */
export function useCreateSubmit({ form, onCreated, showField }: Options) {
  const mutation = useCreatePlacementTest();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const unsure = useRef<Unsure | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<CreateFailure | null>(null);

  /**
   * Looks for the test an unsure create may have made, before `next` (the values about to be sent)
   * go out. True when the caller may go on and send.
   */
  const settleUnsure = async (next: CreatePlacementTestBody): Promise<boolean> => {
    const pending = unsure.current;
    if (!pending) return true;
    setChecking(true);
    try {
      const found = await queryClient.fetchQuery(findCreatedTestQuery(pending.body, pending.since));
      if (!found) return true;
      unsure.current = null;
      if (JSON.stringify(next) === JSON.stringify(pending.body)) {
        onCreated(found, 'found');
      } else {
        setFailure({
          kind: 'created-earlier',
          test: found,
          message: `An earlier try did create “${found.name}” (its answer was lost on the way back). Open it, or click “Create test” again to make another from what the form holds now.`,
        });
      }
      return false;
    } catch (error) {
      setFailure({
        kind: 'unknown',
        message: `The last try may have created “${pending.body.name}”, and asking Instantly about it failed too. ${getErrorMessage(error)} Nothing was sent again.`,
      });
      return false;
    } finally {
      setChecking(false);
    }
  };

  /** Runs with `inFlight` still set, so no click can start a second create or check meanwhile. */
  const onError = async (error: unknown, body: CreatePlacementTestBody, since: Date) => {
    const mapped = isApiError(error, 400) && error.body ? fieldErrorFromApiMessage(error.body.message) : null;
    if (mapped) {
      form.setError(mapped.field as FieldPath<CreateTestFormValues>, { type: 'server', message: mapped.message });
      showField(mapped.field);
    } else if (!mayHaveBeenApplied(error)) {
      setFailure({ kind: 'not-created', message: getErrorMessage(error) });
    } else {
      // Keep the first click's time: a slow earlier try may still land, and a retry must find it.
      unsure.current = { body, since: unsure.current?.since ?? since };
      if (await settleUnsure(body)) {
        setFailure({
          kind: 'not-created',
          message: `${getErrorMessage(error)} Instantly has no test “${body.name}” from this try, so trying again will not make two.`,
        });
      }
    }
    inFlight.current = false;
  };

  const send = async (values: CreateTestFormValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    const body = toCreateBody(values);
    if (!(await settleUnsure(body))) {
      inFlight.current = false;
      return;
    }
    const since = new Date();
    mutation.mutate(body, {
      onSuccess: (created) => {
        unsure.current = null;
        onCreated(created, 'answered');
      },
      onError: (error) => void onError(error, body, since),
    });
  };

  return {
    send,
    failure,
    /** A fresh start (the draft was discarded): forget failures, and any unsure earlier try. */
    reset: () => {
      unsure.current = null;
      setFailure(null);
    },
    isPending: mutation.isPending || checking,
  };
}
