import { lazy } from 'react';

/**
 * The table renderer with its cell formatting (schedule wording, time zones, ESP labels) is a
 * separate chunk, fetched when the page mounts, in parallel with the first page of data, so
 * the first route stays within its JS budget (docs/decisions/004-tooling-and-ci.md).
 */
export const loadTestsTable = () => import('./tests-table');

export const LazyTestsTable = lazy(async () => ({ default: (await loadTestsTable()).TestsTable }));
