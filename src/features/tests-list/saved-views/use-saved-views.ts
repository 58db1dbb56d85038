import { useSyncExternalStore } from 'react';
import { readSavedViews, serverSavedViews, subscribeSavedViews } from './saved-views-store';

/** The saved views; none on the server and in the first render after it (no storage there). */
export function useSavedViews() {
  return useSyncExternalStore(subscribeSavedViews, readSavedViews, serverSavedViews);
}
