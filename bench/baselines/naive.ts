/**
 * The naive redactor a team writes first, our baseline: JSON.parse each line, walk every value,
 * run about ten JS regexes over every string, JSON.stringify. Text lines get the regexes whole.
 * It is honest work (it finds most of what logscrub finds), not a straw man.
 */

const SENSITIVE_KEY = /pass(word|wd)|secret|token|api.?key|session.?id|credential/i;

/** The regexes, exported for the baselines that make one pass of them all (the Lambda's naive forwarder). */
export const RULES: readonly RegExp[] = [
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  /\b(Bearer|Basic) [A-Za-z0-9._~+/=-]{6,}/gi,
  /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g,
  /(aws_secret_access_key\s*[=:]\s*)[A-Za-z0-9/+]{40}/gi,
  /\b[0-9a-f]{64,}\b/g,
  /\boat_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}/g,
  /(adonis-session|remember_\w+|XSRF-TOKEN|connect\.sid|PHPSESSID)=[^;\s"]+/gi,
  /(password|passwd|secret|token|api_key)=[^\s&"]+/gi,
  /:\/\/([^:/@\s"]+):[^@/\s"]+@/g,
  /\b(?:ghp|gho|ghs)_[A-Za-z0-9]{36}\b|\bxox[bpas]-[A-Za-z0-9-]{10,}|\bsk_live_[A-Za-z0-9]{20,}/g,
];

function redactString(value: string): string {
  let out = value;
  for (const rule of RULES) out = out.replace(rule, '[REDACTED]');
  return out;
}

function walk(value: unknown, sensitive: boolean): unknown {
  if (typeof value === 'string') return sensitive ? '[REDACTED]' : redactString(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, sensitive));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = walk(v, sensitive || SENSITIVE_KEY.test(key));
    return out;
  }
  return value;
}

/** Redacts one line: a JSON record is parsed, walked and re-serialised; text gets the regexes. */
export function naiveRedactLine(line: string): string {
  if (line.startsWith('{')) {
    try {
      return JSON.stringify(walk(JSON.parse(line), false));
    } catch {
      // not JSON after all
    }
  }
  return redactString(line);
}
