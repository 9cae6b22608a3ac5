/**
 * The records the pino transport tests log: deterministic (a seeded sampler), half with planted
 * credentials of several families and places (a header, a cookie, a query string, a message),
 * half clean with unicode, escapes and ids that must come out byte for byte.
 */
import { createSampler } from '../../patterns/sample.js';

export interface PlantedRecord {
  readonly record: Record<string, unknown>;
  /** The credentials planted in it: none may reach a destination. */
  readonly secrets: readonly string[];
}

/** The i-th record of a run seeded with `seed`. */
export function pinoRecord(seed: number, i: number): PlantedRecord {
  const s = createSampler(seed * 1_000_003 + i);
  const requestId = s.uuid();
  if (i % 2 === 1) {
    return {
      record: { i, requestId, note: 'café ünïcödé "quoted" \\ back\tslash \u2028 🚀', sha: s.hex(40) },
      secrets: [],
    };
  }
  const jwt = s.jwt();
  const cookie = s.signedCookie();
  const token = s.hex(64);
  const oat = s.oat();
  return {
    record: {
      i,
      requestId,
      req: {
        method: 'GET',
        url: `/api/items?page=${i}&access_token=${token}`,
        headers: { authorization: `Bearer ${jwt}`, cookie: `theme=dark; adonis-session=${cookie}`, 'user-agent': 'Mozilla/5.0' },
      },
      note: `retrying with ${oat}`,
    },
    secrets: [jwt, cookie, token, oat],
  };
}

/** The line pino writes for `logger.info(record, 'request')` with `base: null, timestamp: false`. */
export function pinoLine(record: Record<string, unknown>, level = 30, msg = 'request'): string {
  return `{"level":${level},${JSON.stringify(record).slice(1, -1)},"msg":${JSON.stringify(msg)}}`;
}
