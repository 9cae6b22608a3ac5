/**
 * Async chunk plumbing for the archive scrubber: peek at a source's first bytes without losing
 * them, inflate a gzip layer, deflate output. zlib runs on libuv's thread pool, so on a `.gz` the
 * main thread scans while another thread inflates (issue 13).
 */
import { createRequire } from 'node:module';
import { Readable, pipeline } from 'node:stream';
import { InputError } from '../../errors.js';
import { GUNZIP_CHUNK_BYTES } from './constants.js';

/** Loaded on the first gzip layer: plain input never needs zlib, and it costs start-up (issue 9). */
const zlib = (): typeof import('node:zlib') => createRequire(import.meta.url)('node:zlib');

/** Where output bytes go. A returned promise is awaited (back-pressure). */
export type Sink = (bytes: Buffer) => void | Promise<void>;

/** A source's first bytes, and the whole source again (those bytes included). */
export interface Peeked {
  readonly head: Buffer;
  readonly source: AsyncIterable<Buffer>;
}

const toBuffer = (chunk: Uint8Array): Buffer => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));

/**
 * Reads chunks until `bytes` are in hand (or the source ends).
 *
 * @example const { head, source } = await peek(createReadStream(path), 65536);
 */
export async function peek(source: AsyncIterable<Uint8Array>, bytes: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const chunk = toBuffer(next.value);
    taken.push(chunk);
    size += chunk.length;
  }
  const head = taken.length === 1 ? (taken[0] as Buffer) : Buffer.concat(taken);
  async function* again(): AsyncGenerator<Buffer> {
    yield* taken;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield toBuffer(next.value);
  }
  return { head, source: again() };
}

/** zlib's error codes in words a user can act on. */
function gzipReason(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Z_BUF_ERROR') return 'truncated gzip (the stream ends before its end marker)';
  if (code === 'Z_DATA_ERROR') return `corrupt gzip data (${(error as Error).message})`;
  return `cannot inflate gzip (${code === '' ? (error as Error).message : code})`;
}

/**
 * Inflates one gzip layer (several concatenated gzip members too, as Firehose writes them). A
 * truncated or corrupt stream rejects the iteration with an `InputError` saying which.
 *
 * @example for await (const chunk of gunzipChunks(source)) lines.push(chunk);
 */
export async function* gunzipChunks(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = zlib().createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES });
  let sourceError: unknown;
  pipeline(Readable.from(source), gunzip, (error) => {
    if (error !== undefined && error !== null) sourceError ??= error;
  });
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    // The source's own failure (a read error) wins over what it did to the gunzip.
    const first = sourceError ?? error;
    if ((first as { code?: string }).code?.startsWith('Z_') === true) throw new InputError(gzipReason(first));
    throw first;
  } finally {
    gunzip.destroy();
  }
}

/** A sink that deflates into another sink. */
export interface GzipSink {
  readonly write: Sink;
  /** Flushes the gzip trailer into the sink; resolves once it is written. */
  end(): Promise<void>;
  /** Stops without writing more (after a failure). */
  destroy(): void;
}

/**
 * @example
 * const gz = createGzipSink(writeFile, 6);
 * await gz.write(bytes); await gz.end();
 */
export function createGzipSink(next: Sink, level: number): GzipSink {
  const gzip = zlib().createGzip({ level, chunkSize: GUNZIP_CHUNK_BYTES });
  // Drained as it fills: what gzip produces goes straight on, in order.
  const pumped = (async () => {
    for await (const chunk of gzip) await next(chunk as Buffer);
  })();
  let failure: unknown;
  pumped.catch((error: unknown) => {
    failure ??= error;
  });
  return {
    async write(bytes) {
      if (failure !== undefined) throw failure;
      if (!gzip.write(bytes)) {
        await Promise.race([new Promise((resolve) => gzip.once('drain', resolve)), pumped]);
        if (failure !== undefined) throw failure;
      }
    },
    async end() {
      gzip.end();
      await pumped;
    },
    destroy() {
      gzip.destroy();
    },
  };
}
