import { pluralize } from '../../../lib/format';

/** Names listed in the bulk delete dialog; past this, "and K more". */
export const LISTED_NAMES = 5;

/** The bulk delete dialog's text: which tests go, by name, so a stray selection is caught before. */
export function BulkDeleteMessage({ names }: { names: readonly string[] }) {
  const shown = names.slice(0, LISTED_NAMES);
  const more = names.length - shown.length;
  return (
    <>
      <p style={{ margin: 0 }}>
        {names.length === 1 ? 'This test and its results' : `These ${names.length} tests and their results`}{' '}
        will be deleted. This cannot be undone.
      </p>
      <ul
        aria-label="Tests to delete"
        style={{ margin: '8px 0 0', paddingInlineStart: 20, overflowWrap: 'anywhere' }}
      >
        {shown.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
        {more > 0 && <li>and {pluralize(more, 'more test')}</li>}
      </ul>
    </>
  );
}
