import { z } from 'zod';

/**
 * Shapes shared by every Instantly v2 resource.
 * Reference: ../shared/api/inbox-placement-v2.md §1–2 (vendored contract in src/api/contract/).
 */

/** Instantly's error body: `{statusCode, error, message}` on every 4xx/5xx. */
export const errorBodySchema = z.looseObject({
  statusCode: z.number(),
  error: z.string(),
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Cursor page: `next_starting_after` is present only when more items exist. */
export function cursorPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    items: z.array(item),
    next_starting_after: z.string().nullish(),
  });
}
export type CursorPage<T> = { items: T[]; next_starting_after?: string | null };

/** `limit` as a query-string value: an integer 1..100. */
export const limitParam = z.coerce
  .number({ error: 'querystring/limit must be a number' })
  .int({ error: 'querystring/limit must be an integer' })
  .min(1, { error: 'querystring/limit must be >= 1' })
  .max(100, { error: 'querystring/limit must be <= 100' });

/** Query-string booleans as Fastify coerces them: "true"/"false" (and 1/0). */
export const booleanParam = z
  .enum(['true', 'false', '1', '0'], { error: 'must be boolean' })
  .transform((v) => v === 'true' || v === '1');

/** ESP numeric codes used by analytics rows and filters. */
export const ESP_CODES = [1, 2, 8, 12, 13] as const;
export const ESP_CODE_LABELS: Record<EspCode, string> = {
  1: 'Google',
  2: 'Microsoft',
  8: 'AirMail',
  12: 'Web.de',
  13: 'Libero',
};
export type EspCode = (typeof ESP_CODES)[number];
export const espCodeSchema = z.union(ESP_CODES.map((c) => z.literal(c)));

export const GEO_CODES = [1, 2, 3, 4] as const;
export type GeoCode = (typeof GEO_CODES)[number];
export const GEO_CODE_LABELS: Record<GeoCode, string> = {
  1: 'United States',
  2: 'Italy',
  3: 'Germany',
  4: 'France',
};
export const geoCodeSchema = z.union(GEO_CODES.map((c) => z.literal(c)));

export const RECIPIENT_TYPE_CODES = [1, 2] as const;
export type RecipientTypeCode = (typeof RECIPIENT_TYPE_CODES)[number];
export const RECIPIENT_TYPE_LABELS: Record<RecipientTypeCode, string> = {
  1: 'Professional',
  2: 'Personal',
};
export const recipientTypeCodeSchema = z.union(RECIPIENT_TYPE_CODES.map((c) => z.literal(c)));

/** Optional date filters: the API takes ISO strings (date or date-time). */
export const isoDateParam = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'must be an ISO date or date-time' });
