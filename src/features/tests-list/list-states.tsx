import { ListEmpty } from './list-empty';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ListNoResults } from './list-no-results';

export type ListStateProps =
  | { kind: 'empty' }
  | { kind: 'no-results'; search: string; onClear: () => void }
  | { kind: 'error'; error: unknown; onRetry: () => void; retrying: boolean };

/** The list's non-table states, in one chunk loaded when first needed (not on every visit). */
export function ListState(props: ListStateProps) {
  if (props.kind === 'empty') return <ListEmpty />;
  if (props.kind === 'no-results') return <ListNoResults search={props.search} onClear={props.onClear} />;
  return (
    <QueryErrorAlert
      title="Could not load tests"
      error={props.error}
      onRetry={props.onRetry}
      retrying={props.retrying}
    />
  );
}
