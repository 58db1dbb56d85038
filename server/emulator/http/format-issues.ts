import type * as z from 'zod/mini';
import { badRequest } from '../http-errors';

/**
 * One place that turns zod issues into Fastify/AJV-style messages naming the field, e.g.
 * `body must have required property 'name'`, `querystring/limit must be <= 100`,
 * `body must NOT have additional properties ('foo')`. The contract schemas already carry
 * messages for many fields; messages zod would invent are replaced by AJV wording here.
 */
export type Location = 'body' | 'querystring' | 'params';

/** Marks messages written by `ajvErrorMap` (not by the schema) so the path is prepended. */
const GENERATED = '\u0000';
const REQUIRED = '\u0001';

type RawIssue = z.core.$ZodRawIssue;

const AJV_TYPE_NAMES: Record<string, string> = {
  int: 'integer',
  record: 'object',
  tuple: 'array',
  map: 'object',
};

function allowedValues(values: readonly unknown[]): string {
  const shown = values
    .slice(0, 8)
    .map((v) => JSON.stringify(v))
    .join(', ');
  return values.length > 8 ? `${shown}, …` : shown;
}

function unionValues(issue: RawIssue): unknown[] {
  const branches = (issue as { errors?: { code: string; values?: unknown[] }[][] }).errors ?? [];
  return branches.flat().flatMap((sub) => (sub.code === 'invalid_value' ? (sub.values ?? []) : []));
}

function sizeUnit(origin: unknown): string {
  if (origin === 'array' || origin === 'set') return 'items';
  if (origin === 'string') return 'characters';
  return 'properties';
}

const MISSING_CODES = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

function ajvMessage(issue: RawIssue): string {
  const i = issue as RawIssue & Record<string, unknown>;
  if (i.input === undefined && MISSING_CODES.has(issue.code ?? '')) return REQUIRED;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${AJV_TYPE_NAMES[String(i.expected)] ?? String(i.expected)}`;
    case 'invalid_value':
      return `must be equal to one of the allowed values (${allowedValues(i.values as unknown[])})`;
    case 'invalid_union': {
      const values = unionValues(issue);
      return values.length
        ? `must be equal to one of the allowed values (${allowedValues(values)})`
        : 'must match a schema in anyOf';
    }
    case 'too_big':
      return i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint'
        ? `must be ${i.inclusive === false ? '<' : '<='} ${String(i.maximum)}`
        : `must NOT have more than ${String(i.maximum)} ${sizeUnit(i.origin)}`;
    case 'too_small':
      return i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint'
        ? `must be ${i.inclusive === false ? '>' : '>='} ${String(i.minimum)}`
        : `must NOT have fewer than ${String(i.minimum)} ${sizeUnit(i.origin)}`;
    case 'invalid_format':
      return i.format === 'regex'
        ? `must match pattern "${String(i.pattern)}"`
        : `must match format "${String(i.format)}"`;
    case 'unrecognized_keys':
      return `must NOT have additional properties (${(i.keys as string[]).map((k) => `'${k}'`).join(', ')})`;
    case 'not_multiple_of':
      return `must be multiple of ${String(i.divisor)}`;
    case 'invalid_key':
      return 'must have valid property names';
    default:
      return 'is invalid';
  }
}

/** Per-parse error map: used only where the schema has no message of its own. */
const ajvErrorMap: z.core.$ZodErrorMap = (issue) => GENERATED + ajvMessage(issue);

/**
 * Schema-written messages may name all, part or none of the path ("timezone must …" at
 * body/schedule/timezone); the missing leading segments are added so every message starts
 * with the full AJV instance path.
 */
function withPath(segments: string[], message: string): string {
  for (let start = 0; start < segments.length; start++) {
    for (let end = segments.length; end > start; end--) {
      const named = segments.slice(start, end).join('/');
      if (message.startsWith(`${named} `) || message.startsWith(`${named}/`)) {
        return start === 0 ? message : `${segments.slice(0, start).join('/')}/${message}`;
      }
    }
  }
  return `${segments.join('/')} ${message}`;
}

export function formatIssue(issue: z.core.$ZodIssue, location: Location): string {
  const segments = [location, ...issue.path.map(String)];
  if (issue.message === GENERATED + REQUIRED) {
    if (issue.path.length === 0) return `${location} must be object`;
    const key = segments.pop();
    return `${segments.join('/')} must have required property '${key}'`;
  }
  if (issue.message.startsWith(GENERATED)) return `${segments.join('/')} ${issue.message.slice(1)}`;
  return withPath(segments, issue.message);
}

/** Parse or throw a 400 carrying the first problem, as Fastify (allErrors: false) reports it. */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown, location: Location): z.output<S> {
  const result = schema.safeParse(data, { error: ajvErrorMap });
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw badRequest(first ? formatIssue(first, location) : `${location} is invalid`);
}
