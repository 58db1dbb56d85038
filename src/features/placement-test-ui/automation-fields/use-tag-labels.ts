import { useQuery } from '@tanstack/react-query';
import { customTagQueries } from '../../../api/custom-tags/queries';

/** Custom tags as select options, and a lookup from tag id to its label. */
export function useTagOptions() {
  const query = useQuery(customTagQueries.picker());
  const tags = query.data?.items ?? [];
  const options = tags.map((tag) => ({ value: tag.id, label: tag.label }));
  const labelOf = (id: string) => tags.find((tag) => tag.id === id)?.label ?? id;
  return { query, options, labelOf };
}
