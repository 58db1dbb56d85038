import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_SEARCH_LENGTH } from '../list-view';

export interface SearchBoxProps {
  /** The search in the URL. */
  value: string;
  onSearch: (value: string) => void;
  /** Drawn by the server and not taken over yet: nothing can be typed in it (ADR 028). */
  waiting: boolean;
}

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Typing updates the URL (and so the query) after a pause; Enter searches at once. The box
 * follows the URL when it changes from elsewhere (Back, "Clear filters").
 */
export function SearchBox({ value, onSearch, waiting }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState({ url: value, sent: value });
  if (value !== seen.url) {
    // Our own debounced search coming back must not clobber what was typed since.
    const ours = value === seen.sent.trim();
    setSeen({ url: value, sent: ours ? seen.sent : value });
    if (!ours) setText(value);
  }

  const send = (next: string) => {
    setSeen((s) => ({ ...s, sent: next }));
    onSearch(next.trim());
  };
  const debounced = useDebouncedCallback(send, SEARCH_DEBOUNCE_MS);

  return (
    <TextInput
      label="Search tests"
      placeholder="Name, sender or domain…"
      type="search"
      value={text}
      maxLength={MAX_SEARCH_LENGTH}
      inert={waiting}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            size="sm"
            onClick={() => {
              debounced.cancel();
              setText('');
              send('');
            }}
          />
        ) : null
      }
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') debounced.flush();
      }}
      w={{ base: '100%', xs: 260 }}
    />
  );
}
