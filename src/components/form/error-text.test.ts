import { describe, expect, it } from 'vitest';
import { errorText, humanizeMessage } from './error-text';

describe('humanizeMessage', () => {
  it('drops the API path and capitalises', () => {
    expect(humanizeMessage('body/schedule/timing/from must be a 24-hour time HH:MM')).toBe(
      'Must be a 24-hour time HH:MM',
    );
    expect(humanizeMessage('body must NOT have additional properties')).toBe(
      'Must NOT have additional properties',
    );
  });
  it('turns a missing property into "Required"', () => {
    expect(humanizeMessage("body must have required property 'name'")).toBe('Required');
  });
  it('leaves form-written messages alone', () => {
    expect(humanizeMessage('Pick at least one weekday')).toBe('Pick at least one weekday');
  });
  it('errorText is undefined without an error', () => {
    expect(errorText(undefined)).toBeUndefined();
    expect(errorText({ message: 'body/name must not be empty' })).toBe('Must not be empty');
  });
});
