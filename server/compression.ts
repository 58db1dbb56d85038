import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** File kinds worth compressing; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = ['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest'];
const MIN_COMPRESS_BYTES = 1024;
/** What a pre-compressed copy of `file` is called next to it (written by the build). */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

export function isCompressible(file: string, size: number): boolean {
  return COMPRESSIBLE.includes(extname(file)) && size >= MIN_COMPRESS_BYTES;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Smallest output: built files are compressed once (at build, or once per server run). */
export function compressBytes(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gz(body, { level: 9 });
}

/** For a body made per request: about as small as gzip -9, in well under a millisecond for a page. */
export function compressFast(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gz(body, { level: 6 });
}
