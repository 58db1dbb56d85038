import * as z from 'zod/mini';
import { deferred } from './deferred';

/**
 * Shapes shared by every Instantly v2 resource. The contract uses zod/mini: the same schemas
 * run in the browser, the emulator and the forms, and mini keeps the first route in budget
 * (ADR 001). Reference: docs/api/reference.md §1–2.
 */

/** Instantly's error body: `{statusCode, error, message}` on every 4xx/5xx. */
export const errorBodySchema = deferred(() => z.looseObject({
  statusCode: z.number(),
  error: z.string(),
  message: z.string(),
}));
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Cursor page: `next_starting_after` is present only when more items exist. */
export function cursorPageSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    next_starting_after: z.nullish(z.string()),
  });
}
export type CursorPage<T> = { items: T[]; next_starting_after?: string | null };

/** `limit` as a query-string value: an integer 1..100. */
export const limitParam = deferred(() => z.pipe(
  z.string().check(z.regex(/^-?\d+$/, { error: 'querystring/limit must be integer' })),
  z.pipe(
    z.transform((v: string) => Number(v)),
    z.number().check(
      z.gte(1, { error: 'querystring/limit must be >= 1' }),
      z.lte(100, { error: 'querystring/limit must be <= 100' }),
    ),
  ),
));

/** Query-string booleans as Fastify coerces them: "true"/"false" (and 1/0). */
export const booleanParam = deferred(() => z.pipe(
  z.enum(['true', 'false', '1', '0'], { error: 'must be boolean' }),
  z.transform((v: 'true' | 'false' | '1' | '0') => v === 'true' || v === '1'),
));

/** A query-string number restricted to `allowed` (e.g. a status code). */
export function codeParam<const T extends readonly number[]>(allowed: T, name: string) {
  return z.pipe(
    z.string().check(
      z.refine((v) => allowed.includes(Number(v)), { error: `querystring/${name} must be equal to one of the allowed values (${allowed.join(', ')})` }),
    ),
    z.transform((v: string) => Number(v) as T[number]),
  );
}

export function literalUnion<const T extends readonly number[]>(values: T) {
  return z.union(values.map((v) => z.literal(v))) as unknown as z.ZodMiniType<T[number]>;
}

/** ESP numeric codes used by analytics rows and filters. */
export const ESP_CODES = [1, 2, 8, 12, 13] as const;
export type EspCode = (typeof ESP_CODES)[number];
export const ESP_CODE_LABELS: Record<EspCode, string> = { 1: 'Google', 2: 'Microsoft', 8: 'AirMail', 12: 'Web.de', 13: 'Libero' };
export const espCodeSchema = deferred(() => literalUnion(ESP_CODES));

export const GEO_CODES = [1, 2, 3, 4] as const;
export type GeoCode = (typeof GEO_CODES)[number];
export const GEO_CODE_LABELS: Record<GeoCode, string> = { 1: 'United States', 2: 'Italy', 3: 'Germany', 4: 'France' };
export const geoCodeSchema = deferred(() => literalUnion(GEO_CODES));

export const RECIPIENT_TYPE_CODES = [1, 2] as const;
export type RecipientTypeCode = (typeof RECIPIENT_TYPE_CODES)[number];
export const RECIPIENT_TYPE_LABELS: Record<RecipientTypeCode, string> = { 1: 'Professional', 2: 'Personal' };
export const recipientTypeCodeSchema = deferred(() => literalUnion(RECIPIENT_TYPE_CODES));

/** Optional date filters: the API takes ISO strings (date or date-time). */
export function isoDate(name: string) {
  return z.string().check(
    z.refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), { error: `${name} must be an ISO date or date-time` }),
  );
}
