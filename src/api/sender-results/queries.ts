import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from '../http';
import {
  domainsAnswerSchema,
  senderDetailSchema,
  sendersAnswerSchema,
  syncStatusesSchema,
  type ResultsWindow,
} from '../../../core/contract/sender-results';

/** The window part of the query the server reads (`resultsQuerySchema`); dates only for custom. */
export interface ResultsParams {
  window: ResultsWindow;
  from?: string;
  to?: string;
}

const base = '/api';
/** While a sync runs, what the store already has is shown and refreshed this often. */
const WHILE_SYNCING_MS = 3_000;

export const senderResultsKeys = {
  all: ['sender-results'] as const,
  senders: (params: ResultsParams) => [...senderResultsKeys.all, 'senders', params] as const,
  domains: (params: ResultsParams) => [...senderResultsKeys.all, 'domains', params] as const,
  sender: (email: string, params: ResultsParams) => [...senderResultsKeys.all, 'sender', email, params] as const,
  sync: () => [...senderResultsKeys.all, 'sync'] as const,
};

const query = (params: ResultsParams) => ({ window: params.window, from: params.from, to: params.to });

export const senderResultsQueries = {
  senders: (params: ResultsParams, syncing = false) =>
    queryOptions({
      queryKey: senderResultsKeys.senders(params),
      queryFn: ({ signal }) => request('/results/senders', sendersAnswerSchema, { base, query: query(params), signal }),
      placeholderData: keepPreviousData,
      refetchInterval: syncing ? WHILE_SYNCING_MS : false,
    }),
  domains: (params: ResultsParams, syncing = false) =>
    queryOptions({
      queryKey: senderResultsKeys.domains(params),
      queryFn: ({ signal }) => request('/results/domains', domainsAnswerSchema, { base, query: query(params), signal }),
      placeholderData: keepPreviousData,
      refetchInterval: syncing ? WHILE_SYNCING_MS : false,
    }),
  sender: (email: string, params: ResultsParams) =>
    queryOptions({
      queryKey: senderResultsKeys.sender(email, params),
      queryFn: ({ signal }) =>
        request(`/results/senders/${encodeURIComponent(email)}`, senderDetailSchema, { base, query: query(params), signal }),
      placeholderData: keepPreviousData,
    }),
  sync: () =>
    queryOptions({
      queryKey: senderResultsKeys.sync(),
      queryFn: ({ signal }) => request('/results/sync', syncStatusesSchema, { base, signal }),
      // Follows a running sync closely enough for its progress bar.
      refetchInterval: (q) => (q.state.data?.workspaces.some((w) => w.state === 'syncing') ? 1_000 : false),
    }),
};
