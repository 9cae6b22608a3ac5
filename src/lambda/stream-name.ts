/**
 * The destination log stream's name, from a template and the source payload (issue 12).
 *
 *   '{logGroup}/{logStream}' + { logGroup: '/aws/lambda/app', logStream: '2026/11/29/[$LATEST]ab' }
 *     ──▶ '/aws/lambda/app/2026/11/29/[$LATEST]ab'
 *
 * CloudWatch refuses a stream name holding `:` or `*`, or longer than 512 characters
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html):
 * those characters become `_`, and a longer name is cut (keeping its end, where a source stream's
 * unique part is, and a short fingerprint of the whole so that two long names stay apart).
 */
import { createHash } from 'node:crypto';
import { OptionsError } from '../errors.js';

/** What a template may name. */
export const STREAM_NAME_FIELDS = ['logGroup', 'logStream', 'owner'] as const;

export type StreamNameField = (typeof STREAM_NAME_FIELDS)[number];

/** The default template: one destination stream per source group and stream. */
export const DEFAULT_STREAM_TEMPLATE = '{logGroup}/{logStream}';

const MAX_STREAM_NAME = 512;
const FIELD = /\{([^{}]*)\}/g;

/**
 * Checks a template once (at cold start) and returns the function that fills it in.
 *
 * @example
 * const name = compileStreamName('{logGroup}/{logStream}');
 * name({ logGroup: '/aws/ecs/api', logStream: 'web/abc', owner: '123456789012' }); // '/aws/ecs/api/web/abc'
 */
export function compileStreamName(template: string, variable = 'LOGSCRUB_DESTINATION_LOG_STREAM'): (source: Readonly<Record<StreamNameField, string>>) => string {
  if (template.length === 0) throw new OptionsError(`${variable} must not be empty; leave it unset for ${DEFAULT_STREAM_TEMPLATE}`);
  for (const [, field] of template.matchAll(FIELD)) {
    if (!(STREAM_NAME_FIELDS as readonly string[]).includes(field as string)) {
      throw new OptionsError(`${variable}: unknown field {${field}}; allowed: ${STREAM_NAME_FIELDS.map((f) => `{${f}}`).join(', ')}`);
    }
  }
  return (source) => {
    const name = template.replace(FIELD, (_, field: StreamNameField) => source[field]).replace(/[:*]/g, '_');
    if (name.length === 0) return '_';
    if (name.length <= MAX_STREAM_NAME) return name;
    const fingerprint = createHash('sha256').update(name).digest('hex').slice(0, 12);
    return `${fingerprint}…${name.slice(name.length - (MAX_STREAM_NAME - fingerprint.length - 1))}`;
  };
}
