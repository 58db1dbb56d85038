import { Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { accountQueries } from '../../../api/accounts/queries';
import { customTagQueries } from '../../../api/custom-tags/queries';
import { pluralize } from '../../../lib/format';
import type { CreateTestFormValues } from '../form-schema';

/**
 * Under the tag picker: how many accounts each chosen tag adds ("Brightleaf adds 3 accounts"),
 * so a tag is not a blind number of senders (each one multiplies the emails a run sends).
 */
export function TagAccountCounts() {
  const tagIds = useWatch<CreateTestFormValues, 'tags'>({ name: 'tags' }) ?? [];
  const tags = useQuery(customTagQueries.picker());
  const counts = useQueries({ queries: tagIds.map((id) => accountQueries.tagged([id])) });
  if (tagIds.length === 0) return null;
  const labelOf = new Map((tags.data?.items ?? []).map((t) => [t.id, t.label]));
  const parts = tagIds.map((id, i) => {
    const query = counts[i];
    const count = query?.data
      ? `adds ${pluralize(query.data.items.length, 'account')}`
      : query?.isError
        ? 'could not be counted'
        : 'counting…';
    return `${labelOf.get(id) ?? 'Tag'} ${count}`;
  });
  return (
    <Text size="sm" mt={-8} aria-live="polite">
      {parts.join('; ')}.
    </Text>
  );
}
