import * as z from 'zod/mini';
import { deferred } from './deferred';

/** GET /api/status: our own server's view of the backend it forwards to. */
export const serverStatusSchema = deferred(() => z.looseObject({
  backend: z.enum(['emulator', 'instantly']),
  label: z.string(),
  ok: z.boolean(),
  /** server/backend.ts `backendState`. */
  state: z.enum(['connected', 'errors', 'refused', 'down']),
  message: z.optional(z.string()),
  workspaces: z.optional(z.array(z.looseObject({ id: z.string(), name: z.string() }))),
  auth: z.optional(z.boolean()),
  workspace: z.nullish(z.looseObject({ id: z.string(), name: z.string() })),
}));
export type ServerStatus = z.infer<typeof serverStatusSchema>;
