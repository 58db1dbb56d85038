import { HttpError } from '../http-errors';

/**
 * Bearer API keys with Instantly's `resource:action` scopes; an operation accepts any one of
 * its listed scopes (docs/api/reference.md §1 "Scopes").
 */
export interface ApiKey {
  key: string;
  scopes: string[];
}

export type ScopeAction = 'read' | 'create' | 'update' | 'delete';

/** `resource:action`, `resource:all`, `all:action`, `all:all`: the pattern every operation uses. */
export function acceptedScopes(resource: string, action: ScopeAction): string[] {
  return [`${resource}:${action}`, `${resource}:all`, `all:${action}`, 'all:all'];
}

export type KeyRing = Map<string, Set<string>>;

export function createKeyRing(keys: ApiKey[]): KeyRing {
  return new Map(keys.map((k) => [k.key, new Set(k.scopes)]));
}

const BEARER = /^Bearer +(\S+)\s*$/i;

/** Throws 401 for a missing, malformed or unknown key and 403 for a key without any accepted scope. */
export function authorize(ring: KeyRing, header: string | null, accepted: string[]): void {
  if (!header?.trim()) throw new HttpError(401, 'Missing Authorization header');
  const token = BEARER.exec(header)?.[1];
  const scopes = token ? ring.get(token) : undefined;
  if (!scopes) throw new HttpError(401, 'Invalid API key');
  if (!accepted.some((scope) => scopes.has(scope))) throw new HttpError(403, 'Forbidden');
}
