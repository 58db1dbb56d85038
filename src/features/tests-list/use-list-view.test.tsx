import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import {
  DEFAULT_VIEW,
  isSenderSearch,
  parseListView,
  refinesLoaded,
  serializeListView,
  toListParams,
} from './list-view';
import { useListView } from './use-list-view';

const parse = (search: string) => parseListView(new URLSearchParams(search));

describe('list view in the URL', () => {
  it('reads search, status, sort and page size', () => {
    expect(parse('q=gmail&status=paused&sort=oldest&size=50')).toEqual({
      ...DEFAULT_VIEW,
      q: 'gmail',
      status: 'paused',
      sort: 'oldest',
      size: 50,
    });
  });

  it('falls back to the default for anything missing, unknown or malformed', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
    expect(parse('status=archived&sort=popular&size=1000&q=%20%20')).toEqual(DEFAULT_VIEW);
    expect(parse('size=abc').size).toBe(25);
    expect(parse('size=10.0').size).toBe(10);
  });

  it('trims the search and caps its length', () => {
    expect(parse('q=%20weekly%20').q).toBe('weekly');
    expect(parse(`q=${'x'.repeat(300)}`).q).toHaveLength(200);
  });

  it('writes only what differs from the default, so the plain list is /tests', () => {
    expect(serializeListView(DEFAULT_VIEW).toString()).toBe('');
    const view = {
      ...DEFAULT_VIEW,
      q: 'Weekly Gmail',
      status: 'completed',
      sort: 'name',
      size: 100,
    } as const;
    expect(serializeListView(view).toString()).toBe('q=Weekly+Gmail&status=completed&sort=name&size=100');
    expect(parseListView(serializeListView(view))).toEqual(view);
  });

  it('turns a view into the API query', () => {
    expect(toListParams(DEFAULT_VIEW, { nameSort: true })).toEqual({ limit: 25, sort_order: 'desc' });
    expect(
      toListParams(
        { ...DEFAULT_VIEW, q: 'gmail', status: 'active', sort: 'oldest', size: 10 },
        { nameSort: true },
      ),
    ).toEqual({
      limit: 10,
      search: 'gmail',
      status: 1,
      sort_order: 'asc',
    });
    expect(toListParams({ ...DEFAULT_VIEW, sort: 'name-desc' }, { nameSort: true })).toEqual({
      limit: 25,
      sort_order: 'desc',
      sort_column: 'name',
    });
  });

  it('sorts newest first where the backend has no name sort (the real API dropped sort_column)', () => {
    expect(toListParams({ ...DEFAULT_VIEW, sort: 'name' }, { nameSort: false })).toEqual({
      limit: 25,
      sort_order: 'desc',
    });
  });
});

describe('latest-run sorts and filters in the URL', () => {
  it('reads and writes them, and survives a round trip', () => {
    const search =
      'q=acme.io&below=80&not-sending=1&type=automated&method=instantly&provider=2&sort=drop&figures=all-time';
    const view = parse(search);
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      q: 'acme.io',
      below: 80,
      notSending: true,
      type: 'automated',
      method: 'instantly',
      provider: 2,
      sort: 'drop',
      figures: 'all-time',
    });
    expect(serializeListView(view).toString()).toBe(search);
  });

  it('drops what is out of range or unknown', () => {
    expect(parse('below=0&provider=99&type=weekly&method=smtp&figures=best&not-sending=yes')).toEqual(
      DEFAULT_VIEW,
    );
    expect(parse('below=101').below).toBeNull();
    expect(parse('below=7.5').below).toBeNull();
  });

  it('asks the API newest first for a figure sort, and leaves a sender search out of its name search', () => {
    expect(
      toListParams({ ...DEFAULT_VIEW, sort: 'inbox-low', q: 'bob@acme.io' }, { nameSort: true }),
    ).toEqual({
      limit: 25,
      sort_order: 'desc',
    });
    expect(isSenderSearch('acme.io')).toBe(true);
    expect(isSenderSearch('Weekly Gmail')).toBe(false);
    expect(refinesLoaded({ ...DEFAULT_VIEW, q: 'Weekly' })).toBe(false);
    expect(refinesLoaded({ ...DEFAULT_VIEW, below: 80 })).toBe(true);
  });
});

describe('useListView', () => {
  function setup(path: string) {
    const location = memoryLocation({ path, record: true });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Router hook={location.hook} searchHook={location.searchHook}>
        {children}
      </Router>
    );
    return { ...renderHook(() => useListView(), { wrapper }), history: location.history };
  }

  it('changes one part of the view and keeps the rest, as a new history entry', () => {
    const { result, history } = setup('/tests?q=gmail&size=50');
    act(() => result.current.update({ status: 'paused' }));
    expect(result.current.view).toEqual({ ...DEFAULT_VIEW, q: 'gmail', status: 'paused', size: 50 });
    expect(history).toEqual(['/tests?q=gmail&size=50', '/tests?q=gmail&status=paused&size=50']);
  });

  it('keeps a search that looks URL-encoded exactly as typed (no second decoding)', () => {
    const { result, history } = setup(`/tests?q=${encodeURIComponent('%3Cb%3E 100%25')}`);
    expect(result.current.view.q).toBe('%3Cb%3E 100%25');
    act(() => result.current.update({ status: 'paused' }));
    expect(result.current.view.q).toBe('%3Cb%3E 100%25');
    expect(history.at(-1)).toBe('/tests?q=%253Cb%253E+100%2525&status=paused');
  });

  it('replaces the entry while typing a search, and clears filters but keeps sort and size', () => {
    const { result, history } = setup('/tests?status=active&sort=oldest');
    act(() => result.current.update({ q: 'weekly' }, { replace: true }));
    expect(history).toEqual(['/tests?q=weekly&status=active&sort=oldest']);
    act(() => result.current.clearFilters());
    expect(result.current.view).toEqual({ ...DEFAULT_VIEW, sort: 'oldest' });
    expect(history.at(-1)).toBe('/tests?sort=oldest');
  });
});
