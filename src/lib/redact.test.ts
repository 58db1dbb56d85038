import { describe, expect, it } from 'vitest';
import { redactEmails } from './redact';

describe('redactEmails', () => {
  it('keeps the first letter and the domain of every address in a text', () => {
    expect(redactEmails('Sent by alex@getacme.io and jane.cooper@acme-outbound.com.')).toBe(
      'Sent by a•••@getacme.io and j•••@acme-outbound.com.',
    );
  });

  it('leaves text without an address, and a bare domain, alone', () => {
    expect(redactEmails('getacme.io: 81% inbox')).toBe('getacme.io: 81% inbox');
  });
});
