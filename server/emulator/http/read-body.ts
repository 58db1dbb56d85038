import { HttpError, badRequest } from '../http-errors';

/**
 * Request bodies the way Fastify's default JSON parser treats them: 1 MiB limit, JSON only, and
 * the empty-body-with-JSON-content-type trap that Instantly users hit on DELETE (docs/api/reference.md §1,
 * §3.6 DELETE).
 */
export const MAX_BODY_BYTES = 1024 * 1024;

function isJsonType(contentType: string): boolean {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);
}

const tooLarge = () => new HttpError(413, 'FST_ERR_CTP_BODY_TOO_LARGE: Request body is too large');

/**
 * The body's bytes, read only up to the limit: a chunked body of 100 MB is refused once its
 * first MiB is in, instead of being buffered whole and measured afterwards.
 */
async function readLimited(body: ReadableStream<Uint8Array> | null): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The parsed JSON body, or `undefined` when the request has none. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readLimited(request.body);

  const contentType = request.headers.get('content-type');
  if (bytes.byteLength === 0) {
    if (contentType && isJsonType(contentType)) {
      throw badRequest(
        "FST_ERR_CTP_EMPTY_JSON_BODY: Body cannot be empty when content-type is set to 'application/json'",
      );
    }
    return undefined;
  }
  if (!contentType || !isJsonType(contentType)) {
    throw new HttpError(
      415,
      `FST_ERR_CTP_INVALID_MEDIA_TYPE: Unsupported Media Type: ${contentType ?? '(none)'}`,
    );
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw badRequest(
      "FST_ERR_CTP_INVALID_JSON_BODY: Body is not valid JSON but content-type is set to 'application/json'",
    );
  }
}
