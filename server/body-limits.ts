import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { carriesBody } from './backend';

/** API and control bodies: what Instantly's own parser accepts (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A sign-in form holds one password: a few KB is plenty. */
export const MAX_FORM_BYTES = 8 * 1024;

/**
 * Hono's `bodyLimit` for every route that reads a body, only for methods that carry one:
 * bodyLimit reads `c.req.raw.body`, which makes @hono/node-server build a full fetch Request. For
 * a GET that object was most of what a forwarded call left for the garbage collector, and the
 * p99 it added (docs/benchmarks.md). A declared Content-Length over the limit is refused before
 * any byte is read; a chunked body is read up to the limit and no further.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: (c) =>
      c.json({ statusCode: 413, error: 'Payload Too Large', message: `Request body is larger than ${maxSize >= 1024 * 1024 ? `${maxSize / 1024 / 1024} MB` : `${maxSize / 1024} KB`}` }, 413),
  });
  return (c, next) => (carriesBody(c.req.method) ? limit(c, next) : next());
}

/**
 * An answer sent before the request's body was read to its end (a 413 on the declared length,
 * a 401 or 403 that never looks at the body) says `Connection: close`. The rest of the body is
 * still on the socket: a client that stops sending it would otherwise wait on a connection the
 * server drops once its short drain gives up, and its next request on it fails. Closing says so
 * plainly, and nobody can make us read megabytes nobody wants.
 */
export const closeUnreadBodies: MiddlewareHandler = async (c, next) => {
  await next();
  const incoming = (c.env as HttpBindings | undefined)?.incoming;
  if (incoming && carriesBody(c.req.method) && !incoming.readableEnded) c.header('Connection', 'close');
};
