/**
 * The plain types every stage shares. Data flows one way:
 * bytes → lines → `Finding[]` → the same bytes with spans replaced.
 * See `src/scrubber.ts` for the diagram.
 *
 * Words: a **rule** is one detection unit of the catalog (`patterns/`): an id, a regex (its
 * pattern), keywords and examples. A **redactor** is how a found secret is replaced. The
 * **scrubber** is the engine that applies rules and redactors to text.
 */

/**
 * How a secret is replaced. A closed union, normalised once by `resolveOptions`.
 *
 * - `label`: `[REDACTED:<rule id>]` (default)
 * - `mask`: a fixed text, e.g. `****`
 * - `hash`: `[REDACTED:<rule id>:<8 hex>]`, a keyed HMAC-SHA256 fingerprint so one token can be
 *   followed across lines without being exposed
 * - `partial`: the first `keep` characters, then `[REDACTED:<rule id>:len<N>]`
 */
export type Redactor =
  | { readonly type: 'label' }
  | { readonly type: 'mask'; readonly text: string }
  | { readonly type: 'hash' }
  | { readonly type: 'partial'; readonly keep: number };

/** What a rule or the config may write for a redactor: the object form or a shorthand name. */
export type RedactorInput = Redactor | 'label' | 'mask' | 'hash' | 'partial';

/**
 * How the engine treats a match beyond replacing its secret group.
 *
 * - `span` (default): the secret group is replaced.
 * - `json-key`: the match ends at the `:` after a sensitive JSON key; the value that follows (string,
 *   number, object, array, also inside JSON that is itself a string) is redacted leaf by leaf.
 * - `pem-begin`: the match is a `-----BEGIN … PRIVATE KEY-----` marker; the key body after it is
 *   redacted, on the same line or on the following lines up to the END marker.
 * - `pem-base64`: group 1 is a PEM key encoded in base64 again (`LS0tLS1CRUdJTi…`); when its run
 *   fills its line, as `base64` wraps its output, the lines of the same width that follow at the
 *   same column, and the shorter last one, go too.
 * - `ppk-private-lines`: the match is a PuTTY key file's `Private-Lines: N` (group 1: N); the N
 *   lines that follow go, or group 2, the same lines as `\n` escapes in one JSON string.
 * - `cookie-header`: the match ends where a `Cookie` header's value begins; each `name=value` pair
 *   is judged on its own: session-like names and token-like values go, harmless cookies stay.
 * - `block-scalar`: the match is a YAML key that opens a block scalar (`password: |`); group 1 is
 *   what stands before the key on its line, group 2 the line break after the indicator (`\n` in
 *   a JSON string, or none at the line's end). The lines indented deeper than the key that
 *   follow go, each on its own.
 * - `yaml-named`: the match is a YAML name/value pair's name (`- name: DB_PASSWORD`); group 1 is
 *   what stands before `name` on its line, group 2 the line break after it. The `value:` of the
 *   same mapping on one of the next lines goes, judged as a `span` rule's secret.
 * - `jwk`: the match is a JSON Web Key's type (`"kty":"RSA"`); the private members on its line
 *   (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`), before or after it, go.
 * - `object-values`: the secret group runs from the first string value of a JSON object to the end
 *   of its last (a Kubernetes Secret's `data`); each value in it goes on its own, the keys stay.
 * - `base64-json`: the secret group is a base64 run of JSON; it goes whole when the JSON in it has
 *   a sensitive key with a value that is one, by the JSON rules' key and value policies.
 * - `spans`: every group from `secretGroup` on that took part is a secret of its own, each judged
 *   as a `span` rule's: a change's old and new value (`~ password = "…" -> "…"`).
 * - `sql-bindings`: group 1 is a SQL statement and group 2 the list of values bound to its
 *   parameters (or groups 4 and 3, the list first); a value bound to a sensitive key's column goes,
 *   judged as a `span` rule's secret (`src/detect/sql-bindings.ts`).
 * - `dynamodb-expression`: the match is a DynamoDB expression's key (`"UpdateExpression":`); the
 *   values its placeholders set to or compare with a sensitive attribute, in the request around
 *   it, go, judged as a `span` rule's secret (`src/detect/dynamodb-expression.ts`).
 */
export type RuleKind = 'span' | 'json-key' | 'pem-begin' | 'pem-base64' | 'ppk-private-lines' | 'cookie-header' | 'set-cookie' | 'block-scalar' | 'yaml-named' | 'jwk' | 'object-values' | 'base64-json' | 'spans' | 'sql-bindings' | 'dynamodb-expression' | 'audit-hex';

/** One example a rule must redact: the input and the exact output with the default `label` redactor. */
export interface MatchExample {
  readonly input: string;
  readonly output: string;
}

/** A group of a rule's match that is a secret besides its secret group (see `RuleSpec.moreSecrets`). */
export interface MoreSecret {
  readonly group: number;
  /** The label its placeholder carries: a rule's id. */
  readonly ruleId: string;
  readonly minEntropy?: number;
}

/**
 * A token-detection rule: plain, structured-clone-safe data (the pino worker compiles it itself).
 *
 * @example
 * const rule: RuleSpec = {
 *   id: 'npm-token', family: 'vendor', description: 'npm access token',
 *   regex: String.raw`\b(npm_[A-Za-z0-9]{36})\b`, keywords: ['npm_'],
 *   examples: { match: [], noMatch: ['npm_install'] },
 * };
 */
export interface RuleSpec {
  /** Stable kebab-case id, used in placeholders, stats and config. */
  readonly id: string;
  /** A family groups rules so a config can enable or disable them together. */
  readonly family: string;
  readonly description: string;
  /** RE2 source. It must not match across a line break (no `\s`, negated classes exclude `\n`). */
  readonly regex: string;
  /**
   * Lower-case literals; every match contains at least one (checked by tests). For a rule without
   * an anchor they drive the prefilter's pass over every byte: only lines holding a keyword of
   * such a rule, or an anchor of another, are looked at further.
   */
  readonly keywords: readonly string[];
  /**
   * An RE2 source, precise: the pass over every byte looks for it instead of the rule's keywords,
   * and on a line the pass hit, the rule runs only if its anchor is found there. The line of every
   * match must hold a hit of it (checked by tests). Keep it cheap over every byte: a literal or a
   * short alternation first. One with a counted repetition (`[a-z]{40}`) or longer than
   * `MAX_PASS_ANCHOR_CHARS` stays out of the pass, where it would multiply the automaton's states:
   * the keywords find the line there.
   */
  readonly anchor?: string;
  /**
   * `false`: the pass looks for the keywords even though the anchor is cheap, and the anchor only
   * picks the rule on the lines they hit. For an anchor common in logs (`"value":`): in the pass,
   * even that took the automaton past RE2's DFA memory (the catalog is at its edge).
   */
  readonly anchorInPass?: boolean;
  /**
   * `true`: the pass over every byte looks for the rule's source there (anchor, prefilter or
   * regex) in its own case. By default it looks for it in any case, a superset, and on the lines it
   * hits tier 1b asks the exact source. Letters of one case split RE2's byte classes (`A` from
   * `a`), every state of the automaton grows with them, and it leaves RE2's DFA memory the sooner.
   * For a source that in any case is common in logs and cannot be made rarer, or that counts a
   * class after a few letters (Twilio's `AC` + 32 hex: each `ac` of a hex id starts a count). The
   * catalog uses none: Facebook's `EAA` in capitals alone took ~100 keywords of a config's room
   * (s39); its anchor now asks for a letter past `f` instead, rare in any case.
   */
  readonly passExactCase?: boolean;
  /**
   * For a rule without keywords whose anchor is precise but costly over every byte: a looser
   * RE2 source the pass looks for instead. Every line with an anchor hit must hold a hit of it.
   */
  readonly prefilter?: string;
  /** Which capture group is the secret; the rest of the match is context and stays. Default 1. */
  readonly secretGroup?: number;
  /**
   * For a `span` rule, groups of its context that are secrets of their own, each labelled with a
   * rule id: an AWS access key id and the secret key right after it (red-team N1), where the scan,
   * which moves past an accepted match, would never come back for the second. Each that took part
   * goes with the secret group, if it is a candidate value and above its `minEntropy`; what lies
   * between them stays. Built-in rules only.
   */
  readonly moreSecrets?: readonly MoreSecret[];
  /** Shannon entropy floor (bits per character) of the secret; lower is a look-alike. */
  readonly minEntropy?: number;
  /**
   * Generic rules (long hex, opaque ids) do not fire under a safe key (`traceId`, `sha`, `etag`…),
   * nor in a digest context (`sha256:`). Specific rules always fire.
   */
  readonly generic?: boolean;
  /** The secret must look like a random token: upper, lower and digits, and not a path. */
  readonly tokenShape?: boolean;
  readonly kind?: RuleKind;
  /** Case-insensitive flag for the whole regex. */
  readonly ignoreCase?: boolean;
  readonly redactor?: RedactorInput;
  readonly examples: {
    readonly match: readonly MatchExample[];
    readonly noMatch: readonly string[];
  };
}

/** @deprecated Since 0.2: the same type under its one name, `RuleSpec`. */
export type PatternSpec = RuleSpec;

/** A secret found in scanned bytes: a rule id and a byte span, never the secret text. */
export interface Finding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  /**
   * Quotes to put around the placeholder: a JSON number under a sensitive key becomes a string.
   * A quote as written at the value's JSON depth: `"`, `\"`, `\\\"`, … (backslashes and one quote).
   */
  readonly wrap?: string;
}

/** Counters per rule and for records that could not be processed. Numbers only. */
export interface StatsSnapshot {
  /** Bytes scanned. */
  readonly bytes: number;
  /** Lines (or records) that held at least one secret. */
  readonly linesRedacted: number;
  /** Secrets replaced, per rule id. */
  readonly byRule: Readonly<Record<string, number>>;
  /** Records or lines replaced whole because they could not be processed (fail closed). */
  readonly failed: number;
}

/** The counts of one stream (`LineScrubber.stats()`, the CLI's `--stats`): the engine's and the framing's. */
export interface StreamStats extends StatsSnapshot {
  /** Bytes read: those scanned, and those of the lines replaced whole for their length. */
  readonly bytes: number;
  /** Lines read. */
  readonly lines: number;
  /** Lines longer than `maxLineBytes`, replaced whole (also counted in `failed`). */
  readonly linesTooLong: number;
  /** The number (from 1) of the first of them, so an error can name its line; absent when there is none. */
  readonly firstLineTooLong?: number;
}

/**
 * What one block of a stream leaves for the next: lines still to follow in an open PEM key body,
 * and, for a key encoded in base64 again and wrapped over lines (`base64 key.pem`), its wrapping.
 * Plain data (it crosses to worker threads); the caller owns it, one per stream.
 */
export interface Carry {
  readonly pemLinesLeft: number;
  readonly base64Wrap?: Base64Wrap;
  /** A YAML value that goes on in the next block: a block scalar's lines, or a name's `value:` (`YamlCarry`). */
  readonly yaml?: YamlCarry;
}

/**
 * A YAML value a block ended inside: the lines of a block scalar (`password: |` and its deeper
 * lines), or the rest of a name/value pair's mapping whose `value:` is still to come. The column
 * of its key, the rule, and how many more lines it may take.
 */
export interface YamlCarry {
  readonly kind: 'block' | 'named';
  readonly ruleId: string;
  readonly column: number;
  readonly linesLeft: number;
}

/**
 * How key material is wrapped over lines: their width, the column they begin at, and the rule
 * that found the key (it labels the lines that follow).
 */
export interface Base64Wrap {
  readonly width: number;
  readonly column: number;
  readonly ruleId: string;
}

/**
 * The word lists the rules and the engine share (`patterns/vocabulary.ts` holds the default).
 * Keys are lower-case words separated by spaces (`api key`); every spelling is derived from them.
 */
export interface Vocabulary {
  /** Keys whose values are passwords (no entropy floor). Also in `sensitiveKeys`. */
  readonly passwordKeys: readonly string[];
  /** Keys that name only secrets (`SECRET_KEY`, `APP_KEY`): in text, their value goes without an entropy floor. */
  readonly strictSecretKeys: readonly string[];
  /** Keys whose values are secrets, whatever they look like. */
  readonly sensitiveKeys: readonly string[];
  /** Keys whose values look random but are not credentials (trace ids, digests, pagination). */
  readonly safeKeys: readonly string[];
  /** Keys that make a hex run next to them a token, though they name no credential (`nonce`). */
  readonly hexTokenKeys: readonly string[];
  /** Words that, just before a value, mark it as a digest (`sha256:`, `etag`). */
  readonly digestMarkers: readonly string[];
  /** Session and credential cookie names; `*` stands for any name characters. */
  readonly sessionCookieNames: readonly string[];
  /** Inside a Cookie header: a cookie whose name holds one of these is a credential. */
  readonly secretCookieNameParts: readonly string[];
  /** Whole values that say "no secret here" (compared ignoring case). */
  readonly trivialValues: readonly string[];
  /** The same as shapes: JavaScript regex sources matched against the whole value, ignoring case. */
  readonly trivialShapes: readonly string[];
  /** Placeholders by their case (`${TOKEN}`, `$(PGPASSWORD)`, `{PASS}`): regex sources matched against the whole value, case-sensitive. */
  readonly placeholderShapes: readonly string[];
  /** Words that, after `key: ` and before more words, start a sentence, not a value (`password: must be …`). */
  readonly proseWords: readonly string[];
  /**
   * Sensitive keys that may hold an object of metadata (`session: {id, userId, expiresAt}`): such
   * an object is walked, not wiped. Only the members named in `containerSecretKeys` go, and any
   * sensitive key nested inside; a value that is not an object goes whole as before.
   */
  readonly containerKeys: readonly string[];
  /** Inside a container key's object, the members whose value is the secret itself (`id`). */
  readonly containerSecretKeys: readonly string[];
  readonly thresholds: {
    readonly sessionCookieMinEntropy: number;
    readonly tokenCookieMinLength: number;
    readonly tokenCookieMinEntropy: number;
    readonly cookieMinLength: number;
  };
}
