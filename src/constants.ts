/**
 * Limits and defaults, each with why. One place, so a number has one meaning everywhere.
 */

import type { Carry } from './types.js';

/** `\n`: every framer and scanner works on whole lines of bytes. */
export const NEWLINE = 0x0a;
/** A double quote and a backslash: what JSON strings and their escapes are made of. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

/** The carry of a stream's first block: nothing open. */
export const NO_CARRY: Carry = Object.freeze({ pemLinesLeft: 0 });

/**
 * Longest line the CLI holds before failing closed on it (`maxLineBytes`). Far above any real
 * record (CloudWatch caps an event at 1 MiB, https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html)
 * while bounding memory on a stream with no newline at all.
 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * The most `maxLineBytes` may be: a line is held whole before it is scanned, and one much past
 * this is joined into a Buffer Node may refuse, or one that exhausts the heap, where the limit
 * exists to fail that line closed instead.
 */
export const MAX_LINE_BYTES_LIMIT = 1024 * 1024 * 1024;

/**
 * HMAC-SHA256 key floor for the `hash` redactor: OpenTelemetry asks for keys of at least the
 * hash's output size, and a short key makes short tokens guessable from their fingerprints.
 */
export const MIN_HASH_KEY_BYTES = 32;

/**
 * Entropy floor (bits per character) for a value under a token-named key whose shape is a UUID or
 * a one-case key. Their alphabets are small (17 and 36 characters), so the generic 3.5 floor
 * turned away one random UUID in 22 and one 32-hex key in 5; at 3.0 about one in 10^4 goes
 * under it, while nil UUIDs and repeated patterns (`aaaaaaaa-bbbb-…`, at most 2.5) stay.
 */
export const SMALL_ALPHABET_MIN_ENTROPY = 3;

/**
 * Floors for token-shaped values shorter than `SHORT_TOKEN_CHARS`: a short string cannot spread as
 * far. Simulated (20,000 random values each): under 3.0 fell 14% of 16-hex keys and 3% of 20-hex
 * ones, under 2.6 fewer than 1%; under 3.5, 4% of 16 characters of A-Za-z0-9, under 3.2 under
 * 1% (`API_TOKEN=<16 hex>` leaked every time, s15). Repeated patterns hold few distinct characters
 * (`deadbeefdeadbeefdead` 2.2, `aaaabbbb11112222` 2.0), and a one-case value needs two letters
 * and two digits anyway; `abcdabcd12341234` (3.0) goes.
 */
export const SHORT_ONE_CASE_MIN_ENTROPY = 2.6;
export const SHORT_MIXED_MIN_ENTROPY = 3.2;
export const SHORT_TOKEN_CHARS = 24;

/**
 * How many lines a YAML block scalar under a secret key (`password: |`) may span before we stop
 * following it: a secret is a line or a key's few dozen; a config dump goes on (leaks review).
 */
export const BLOCK_SCALAR_MAX_LINES = 200;

/** How many lines a PEM body may span after its BEGIN line before we stop following it (4096-bit RSA is ~50). */
export const PEM_MAX_LINES = 200;

/**
 * Widths at which a base64-encoded key's lines count as wrapped (`base64` writes 76 columns,
 * `openssl base64` 64, some tools 60 or 72); a run that fills its line outside them is not followed.
 */
export const BASE64_WRAP_MIN = 48;
export const BASE64_WRAP_MAX = 128;

/** PuTTY writes a key file's blobs in lines of 64 base64 characters. */
export const PPK_LINE_WIDTH = 64;

/** A base64 run at least this long inside a PEM body is key material. */
export const PEM_MIN_RUN = 16;

/**
 * A `mask` text at least this long marks a value that holds it as redacted already, as `[REDACTED`
 * does, so a second scrub leaves `FlyV1 <mask>` or `[<mask>]` as they are. A shorter one (`-`,
 * `#`, `***`) could be part of a real password: only a value that is the mask whole is skipped.
 */
export const MASK_MARKER_MIN_LENGTH = 4;

/** Read size for files: large enough that one prefilter pass covers many lines. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * What stands in place of a line or record that could not be processed (fail closed: it is never
 * passed on raw). Each names its reason; like every placeholder, none holds `"`, `\` or a line break.
 */
export const FAILED_PLACEHOLDER = {
  /** A line longer than `maxLineBytes`. */
  lineTooLong: '[REDACTED:line-too-long]',
  /** The engine threw on this line (a bug of ours, or a limit of the runtime): counted in `stats.failed`. */
  engineError: '[REDACTED:engine-error]',
} as const;

/**
 * CloudWatch Logs `PutLogEvents` quotas
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html,
 * ../shared/FACTS.md). A batch over any of them is refused whole with `InvalidParameterException`.
 */
export const CLOUDWATCH = Object.freeze({
  /** Batch size, counted as the sum of each message's UTF-8 bytes plus `eventOverheadBytes`. */
  maxBatchBytes: 1_048_576,
  eventOverheadBytes: 26,
  maxBatchEvents: 10_000,
  /** The first and last event of a batch may be at most 24 hours apart. */
  maxBatchSpanMs: 24 * 60 * 60 * 1000,
  /**
   * Largest event (message + 26). The documentation once said 256 KB and now says 1 MB; the safe
   * value is the default, and the writer's `maxEventBytes` raises it.
   */
  maxEventBytes: 262_144,
  /** Events older than this, or further in the future than `maxFutureMs`, are rejected one by one. */
  maxAgeMs: 14 * 24 * 60 * 60 * 1000,
  maxFutureMs: 2 * 60 * 60 * 1000,
});

/**
 * Lambda limits of the subscription and Firehose handlers (issue 12).
 */
export const LAMBDA = Object.freeze({
  /**
   * Largest subscription payload we inflate. CloudWatch Logs sends about 1 MB of events per batch
   * (../shared/FACTS.md); a gzip that inflates far beyond that is not one of its payloads (or is a
   * bomb), and would cost the function its memory.
   */
  maxDecodedBytes: 64 * 1024 * 1024,
  /**
   * The Firehose response budget. Lambda refuses a synchronous response over 6 MB (6,291,456
   * bytes) and Firehose then fails every record of the batch; the rest is room for the JSON around
   * the records (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
   */
  firehoseMaxResponseBytes: 6_000_000,
});

/** The S3 object handler (issue 14; src/lambda/s3.ts, src/io/s3/). */
export const S3 = Object.freeze({
  /**
   * Bytes per multipart part: S3's minimum. S3 takes 5 MiB to 5 GiB per part and at most 10,000
   * parts (https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html); an object that
   * would need more gets bigger parts (`partBytesFor`). Memory is about
   * `partBytes × (queueSize + 2)`, whatever the object's size: measured with
   * bench/s3-memory.ts on a 300 MiB object, peak RSS +68 MiB with 5 MiB parts, +98 MiB with 8 MiB
   * (issue 14); the upload is no slower (CPU and wall within the noise, same process, alternating).
   */
  partBytes: 5 * 1024 * 1024,
  /** The smallest part S3 accepts (the last part excepted). */
  minPartBytes: 5 * 1024 * 1024,
  /** The largest part S3 accepts. */
  maxPartBytes: 5 * 1024 * 1024 * 1024,
  /** Parts in one multipart upload, at most. */
  maxParts: 10_000,
  /** Parts uploaded at once: enough to keep the network busy while the CPU scrubs the next one. */
  queueSize: 2,
  /**
   * Time kept back from the Lambda's deadline: room to abort the multipart upload (one request,
   * after the parts in flight) and answer, rather than be killed with an upload left open.
   */
  deadlineMarginMs: 10_000,
  /** Longest reason in a Batch Operations result or a failed item (S3's report keeps a short string). */
  maxReasonChars: 400,
  /** Keys per ListObjectsV2 page: S3's maximum (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html). */
  listPageKeys: 1000,
  /**
   * Objects in flight at once in `logscrub scrub|check s3://…` by default. They share the main
   * thread: more in flight hides the latency of small objects; each holds up to
   * `partBytes × (queueSize + 1)` while it uploads, so 4 stay near 100 MB.
   */
  cliJobs: 4,
});

/**
 * Rules per RE2.Set in tier 1b (the per-line trigger match, issue 9). One Set of all 140 triggers
 * outgrew RE2's DFA memory on lines with secrets and fell back to its slow path: the request log at
 * 10% secret lines ran at 10 MB/s; two Sets of at most 75 ran it at 46 MB/s, for ~5–10% more time on
 * clean-ish corpora (two calls per hit line instead of one). Measured by CPU time, same machine.
 */
export const TRIGGERS_PER_SET = 75;

/**
 * A tier-1b trigger longer than this gets a Set of its own (issue 9). `vendor-keyed-secret`'s
 * (285 vendor names, then any identifier characters up to `key`, `token`, …; 2,591 characters)
 * kept its Set building DFA states, in product with its neighbours', through the whole request
 * log: of the 4,541 lines of 256 MiB that reach tier 1b, the Sets took 284 ms of CPU with it
 * inside, 223 ms with it apart (~2 µs more per line once warm). Shorter triggers apart cost more
 * calls than they saved: at 2,000, `secret-code-assignment`'s trigger (2,009 characters once s33's
 * keys were in the vocabulary) went into a Set of its own, a ninth call on every hit line.
 */
export const MAX_SHARED_TRIGGER_CHARS = 2_100;

/**
 * The pino transport's batching (issue 11). A call into the engine has a fixed cost, so lines are
 * scrubbed in blocks: the worker takes the chunks thread-stream hands it whole (many lines each),
 * and `destination()`, which pino calls once per line, gathers lines up to `blockChars` first
 * (per line it cost ~10 µs per record, in 64 KiB blocks ~5, measured by CPU time). Lines wait at
 * most `maxWaitMs` for their block, as long as sonic-boom's periodic flush held them before.
 */
export const PINO_TRANSPORT = Object.freeze({
  /** `destination()`: characters of serialized lines gathered before they are scrubbed and written. */
  blockChars: 64 * 1024,
  /** `destination()`: the longest a line waits in a block that is not full. */
  maxWaitMs: 100,
  /**
   * The worker's stream: characters buffered before thread-stream is told to wait for 'drain'
   * (Node's default, 16 KiB, is less than one of its chunks, which costs an event-loop turn each).
   */
  highWaterMarkChars: 1024 * 1024,
});

/**
 * Bytes a file or fd sink holds, handed to sonic-boom and not yet written, before it asks its
 * writer to wait: room for a block being written while the next is scrubbed (sonic-boom's own
 * mark, 16 KiB, is less than one block, so writes and scrubbing took turns).
 */
export const SINK_HIGH_WATER_BYTES = 4 * 1024 * 1024;

/**
 * Longest anchor (RE2 source characters) the pass over every byte looks for; a longer one's rule
 * is found there by its keywords, and tier 1b still runs it by its anchor. A long anchor is a big
 * alternation, and around a loop (`(?:vendors)[a-z0-9_.-]*(?:keys)`) its DFA states multiply:
 * measured, `vendor-keyed-secret` at 2,591 characters (195 vendor names more) took the pass from
 * ~400 MB/s to 0.4 MB/s, RE2's DFA out of memory and searching without it; at 818 it cost
 * nothing. Counted on the anchor as written: the key rules' spell the whole vocabulary (~1,250
 * characters in s33, when five keys more took them past 1,200 and out of the pass, and the
 * request log's hit lines from 462 to 1,549 per 4 MiB), and go in without the keys the pass's
 * literals find anyway (~300; `passAnchors`). The longest anchor in the pass is 612 characters.
 * At 1,600 in s42 the key rules' were at 1,596, and four keys more (`stream key`, `key seed`,
 * `amz bearer`, `md5 cred`: 1,642) took them all out; 1,700 takes them back, the pass unchanged
 * but for those keys (`node dist/scripts/pass-room.js`). In s44 four keys more (`recovery code`,
 * `backup code`, `bind credential`, `bind dn credential`: 1,785) took them out again, and the
 * request log's scrub from ~230 to ~620 ms of CPU per 16 MiB; the pass's literals find those keys
 * already, so the anchors the pass holds stayed 4,758 characters in all. 2,000 takes them back.
 */
export const MAX_PASS_ANCHOR_CHARS = 2_000;

/**
 * The longest counted repetition the pass over every byte takes as written. One longer, `X{n}` or
 * `X{n,m}`, goes there as `X{PASS_OPEN_COUNT,}`, a superset, and tier 1b asks the exact source on
 * the lines it hits. Each count multiplies the automaton's states by its length: Square's
 * `EAAA[A-Za-z0-9_-]{60}`, Twilio's `SK[0-9a-f]{32}`, ClickHouse's `{38}` and Octopus's `{26}` had
 * the catalog's pass at the edge of RE2's DFA memory (60 keywords of a user's rule more took its
 * examples from ~50 to ~400 ms of CPU); opened at 8, 200 fit (s34). Up to 16 they stay: the
 * Cookie header's `{16}` (a value as long as a token's) opened at 8 woke 3,071 request-log lines
 * of 4 MiB instead of none, and opened at 16 the long ones cost as much room as before.
 */
export const PASS_MAX_COUNT = 16;

/** Where a count past `PASS_MAX_COUNT` opens in the pass: eight characters of a class after a prefix are rare in logs. */
export const PASS_OPEN_COUNT = 8;

/**
 * Characters of all the anchors in the pass together, the key rules' merged (`mergeKeyAnchors`).
 * Each anchor below `MAX_PASS_ANCHOR_CHARS` can still add up with the others past RE2's DFA
 * memory: five `sensitiveKeys` of a user's own, which every key rule's anchor spells, took the pass
 * over the request log from ~55 MB/s (cold) to 0.4 MB/s. Past this total, the anchors that do not
 * fit go out and their rules are found by their keywords: more lines reach the rules, but the pass
 * stays a DFA. What an anchor out costs a config: the request log ~190 → ~145 MB/s.
 * The automaton's literals and anchors share RE2's memory, so the budget shrinks as the catalog's
 * keywords grow. Measured in s16 on the catalog's examples (2 MiB, CPU of a warm pass), after that
 * session's rules: at 7,700 as this was, any two to five keys of a config's own took the pass out
 * of the DFA (~20 ms to ~700 ms), the catalog's 5,275 characters and one key (5,377) not. At 5,400
 * a second key pushes the last anchor (`secret-token-field`'s) out to its keywords, and two to
 * eight keys take ~20-100 ms. The catalog has ~120 characters of room: an anchor past it is found
 * by its keywords, and compile.test.ts says so.
 */
export const MAX_PASS_ANCHORS_TOTAL_CHARS = 5_400;

/**
 * The pass over every byte runs as one automaton until a window of this many bytes goes slower
 * than `PASS_MIN_MB_S`; then as two for good (`createPass` in detect/compile.ts). A window is
 * short enough to decide within a log's first megabytes, long enough for a few hundred searches.
 */
export const PASS_WINDOW_BYTES = 1024 * 1024;

/** Windows the pass runs before it judges its speed: while its DFA is still being built. */
export const PASS_WARM_WINDOWS = 4;

/**
 * Slow windows in a row that take the pass to two automata. Where one falls out of RE2's DFA every
 * window is slow; elsewhere a window now and then is too, by the thread's own CPU time: in the
 * CLI's pool on 2 cores, two workers' automata share the caches, and RE2 starts a full DFA cache
 * over. With two in a row, a worker of each run of 256 MiB of the request log went to two
 * automata for good (after 8 to 59 windows); with four, none in ten runs.
 */
export const PASS_SLOW_WINDOWS = 4;

/**
 * MB/s below which the one automaton is taken to be falling out of RE2's DFA: it runs 350-550
 * MB/s where it fits (250 on a busy machine), ~50 where it does not; the two together ~200.
 */
export const PASS_MIN_MB_S = 100;
