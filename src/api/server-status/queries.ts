import { queryOptions } from '@tanstack/react-query';
import { request } from '../http';
import { serverStatusSchema } from '../../../core/contract/server-status';

export const serverStatusQueries = {
  status: () =>
    queryOptions({
      queryKey: ['server-status'] as const,
      queryFn: ({ signal }) => request('/status', serverStatusSchema, { base: '/api', signal }),
      refetchInterval: 30_000,
      retry: false,
    }),
};
