import { afterEach, describe, expect, it } from 'vitest';
import { COOKIES, readCookie, writeCookie } from '../../core/rules/cookies';
import { applyWorkspace, readWorkspace } from './workspace-store';

afterEach(() => {
  writeCookie(COOKIES.workspace, null);
  localStorage.clear();
});

describe('workspace store', () => {
  it('keeps the chosen workspace in a cookie, where the server reads it to draw the first page', () => {
    applyWorkspace('globex');
    expect(readCookie(document.cookie, COOKIES.workspace)).toBe('globex');
    expect(readWorkspace()).toBe('globex');
    applyWorkspace(null);
    expect(readWorkspace()).toBeNull();
  });

  it('carries over a choice kept in localStorage by earlier versions, once', () => {
    localStorage.setItem('dashboard-workspace', 'acme');
    const workspace = readWorkspace();
    expect(workspace).toBe('acme');
    expect(localStorage.getItem('dashboard-workspace')).toBeNull();
    applyWorkspace(workspace);
    expect(readCookie(document.cookie, COOKIES.workspace)).toBe('acme');
  });

  it('prefers the cookie over an old stored choice', () => {
    applyWorkspace('globex');
    localStorage.setItem('dashboard-workspace', 'acme');
    expect(readWorkspace()).toBe('globex');
  });
});
