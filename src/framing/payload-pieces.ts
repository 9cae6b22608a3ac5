/**
 * A subscription payload's inflated JSON parsed one log event at a time, without first decoding
 * the whole batch into one string (issue 12: that string is a second batch-sized copy beside the
 * inflated bytes, and V8 does not free it before the invocation ends).
 *
 *   {"messageType":…,"subscriptionFilters":[…],"logEvents":[{"id":"…",…},{"id":"…",…}]…}
 *   └──────────── head ──────────────────────────────────┘└─ piece ─┘  └─ piece ─┘  └ tail
 *
 *   head + `[]` + tail ──JSON.parse──▶ the envelope
 *   `[` + a run of pieces (some KiB) + `]` ──JSON.parse──▶ its events
 *
 * Runs are cut where CloudWatch Logs' compact JSON puts `},{"id":"` between two events. Those
 * bytes never occur inside a JSON string (a quote inside one is escaped), and a cut inside a nested
 * value leaves a run that is not JSON; so when every run parses alone, the runs joined by commas
 * are the array `JSON.parse` of the whole would read, value for value. Anything else -
 * another layout, whitespace, the array not at the top level, a tail that is not a few plain
 * string fields (a second `logEvents` key would win over the first in `JSON.parse`) - returns
 * undefined, and the caller parses the whole text as before: same result, or the same error.
 * Pure: no I/O.
 */
import { isAscii } from 'node:buffer';

const EVENTS_START = Buffer.from('"logEvents":[{"id":"');
const EVENT_SEPARATOR = Buffer.from('},{"id":"');
const EVENTS_END = Buffer.from('}]');

/**
 * Bytes of events parsed at once: far below V8's large-object size (a string of 128 KiB or more is
 * allocated apart, and freed only by a full collection), far above one event.
 */
const PIECE_BYTES = 32 * 1024;

/** What may follow the events: plain string fields (`policyLevel`), then the object's end. */
const TAIL = /^(?:,"[A-Za-z]+":"[^"\\\u0000-\u001f]*")*\}$/;

/** Whether `head` (the text before `[`) ends inside the top-level object, outside any string. */
function atTopLevel(head: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return depth === 1 && !inString;
}

/**
 * The parsed payload (as `JSON.parse` of the whole would give it), or undefined when the bytes
 * are not laid out as CloudWatch Logs writes them (then parse the whole). Throws nothing: a run
 * that is not JSON also gives undefined.
 *
 * @example
 * parsePayloadInPieces(Buffer.from('{"messageType":"DATA_MESSAGE","logEvents":[{"id":"1","timestamp":1,"message":"a"}]}'))
 * // { messageType: 'DATA_MESSAGE', logEvents: [{ id: '1', timestamp: 1, message: 'a' }] }
 */
export function parsePayloadInPieces(bytes: Buffer): Record<string, unknown> | undefined {
  const start = bytes.indexOf(EVENTS_START);
  const end = bytes.lastIndexOf(EVENTS_END);
  // `[` of the array, and its `]`.
  const open = start + EVENTS_START.length - EVENT_SEPARATOR.length + 1;
  const close = end + 1;
  // A key starts after `{` or `,`: after `\` the quote is an escaped one inside another key's name
  // (`"\"logEvents":[…]`), and taking its events would replace the real ones.
  if (start < 1 || close <= open || (bytes[start - 1] !== 0x2c && bytes[start - 1] !== 0x7b)) return undefined;
  // The byte offsets are ASCII characters: cutting there never splits a UTF-8 sequence.
  const encoding = isAscii(bytes) ? 'latin1' : 'utf8';
  const head = bytes.toString(encoding, 0, open);
  const tail = bytes.toString(encoding, close + 1);
  if (!TAIL.test(tail) || tail.includes('"logEvents"') || !atTopLevel(head)) return undefined;
  try {
    const envelope = JSON.parse(`${head}[]${tail}`) as unknown;
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return undefined;
    const events: unknown[] = [];
    // Events a run at a time, each run an array of its own: a JSON.parse per event costs a third
    // more CPU than one for the whole, a run of some KiB about the same.
    for (let from = open + 1; from < close; ) {
      let cut = from + PIECE_BYTES < close ? bytes.indexOf(EVENT_SEPARATOR, from + PIECE_BYTES) : -1;
      if (cut < 0 || cut >= close) cut = close - 1;
      const run = JSON.parse(`[${bytes.toString(encoding, from, cut + 1)}]`) as unknown[];
      for (let i = 0; i < run.length; i++) events.push(run[i]);
      from = cut + 2;
    }
    (envelope as { logEvents: unknown }).logEvents = events;
    return envelope as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
