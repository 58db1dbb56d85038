import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

const key = 'k'.repeat(24);

describe('server configuration from the environment', () => {
  it('defaults to the emulator on loopback port 3000', () => {
    expect(readConfig({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', upstream: null, EMULATOR_CONTROL: false });
  });

  it('switches to Instantly when a key is set, with the default URL', () => {
    const config = readConfig({ INSTANTLY_API_KEY: key });
    expect(config.upstream).toEqual({ baseUrl: 'https://api.instantly.ai', workspaces: [{ id: 'default', name: 'Default workspace', key }] });
  });

  it('reads several workspaces from INSTANTLY_WORKSPACES', () => {
    const config = readConfig({ INSTANTLY_WORKSPACES: JSON.stringify([{ name: 'Acme Co', key }, { name: 'Globex', key: 'g'.repeat(20) }]) });
    expect(config.upstream?.workspaces.map((w) => [w.id, w.name])).toEqual([['acme-co', 'Acme Co'], ['globex', 'Globex']]);
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT/],
    [{ PORT: '70000' }, /^PORT/],
    [{ HOST: '0.0.0.0' }, /^HOST/],
    [{ EMULATOR_CONTROL: 'yes' }, /^EMULATOR_CONTROL/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY must be 1 or 0/],
    [{ PUBLIC_ORIGIN: 'placement.example.com' }, /^PUBLIC_ORIGIN: "placement.example.com" is not a URL/],
    [{ PUBLIC_ORIGIN: 'https://placement.example.com/dashboard' }, /^PUBLIC_ORIGIN: give only the scheme and host/],
    [{ PUBLIC_ORIGIN: 'ftp://placement.example.com' }, /^PUBLIC_ORIGIN/],
    [{ INSTANTLY_API_KEY: 'short' }, /^INSTANTLY_API_KEY: the API key looks malformed/],
    [{ INSTANTLY_API_KEY: `${key} extra` }, /^INSTANTLY_API_KEY/],
    [{ INSTANTLY_API_KEY: key, INSTANTLY_API_URL: 'not a url' }, /^INSTANTLY_API_URL: .* is not a URL/],
    [{ INSTANTLY_API_KEY: key, INSTANTLY_API_URL: 'http://api.instantly.ai' }, /^INSTANTLY_API_URL: must use https/],
    [{ INSTANTLY_API_KEY: key, INSTANTLY_API_URL: 'https://api.instantly.ai/api/v2' }, /^INSTANTLY_API_URL: give only the origin/],
    [{ INSTANTLY_API_KEY: key, INSTANTLY_WORKSPACES: '[]' }, /both set/],
    [{ INSTANTLY_WORKSPACES: '{oops' }, /^INSTANTLY_WORKSPACES: not valid JSON/],
    [{ INSTANTLY_WORKSPACES: '[{"name":"A"}]' }, /^INSTANTLY_WORKSPACES: expected/],
    [{ INSTANTLY_WORKSPACES: JSON.stringify([{ name: 'A', key }, { name: 'a', key }]) }, /used twice/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('never echoes a key in an error', () => {
    const secret = 'secret value with spaces 1234567890';
    expect(() => readConfig({ INSTANTLY_API_KEY: secret })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(secret) }));
  });

  it('reads PUBLIC_ORIGIN as an origin and TRUST_PROXY as a flag', () => {
    expect(readConfig({})).toMatchObject({ publicOrigin: null, TRUST_PROXY: false });
    expect(readConfig({ PUBLIC_ORIGIN: 'https://Placement.Example.com/', TRUST_PROXY: '1' })).toMatchObject({
      publicOrigin: 'https://placement.example.com',
      TRUST_PROXY: true,
    });
  });

  it('accepts plain http only for a loopback test upstream', () => {
    expect(readConfig({ INSTANTLY_API_KEY: key, INSTANTLY_API_URL: 'http://127.0.0.1:8080' }).upstream?.baseUrl).toBe('http://127.0.0.1:8080');
  });
});
