/**
 * The CloudWatch Logs clients logscrub creates: the SDK's own, with request bodies written by
 * `JSON.stringify` rather than by the SDK's default JSON serializer.
 *
 * Why: since @smithy/core 3.x the default codec (`JsonCodec2`) escapes every string of a request
 * in a JavaScript loop, a byte at a time. For `PutLogEvents` that is most of the work: sending a
 * 1 MB batch cost 10.8 ms of CPU with it and 6.3 ms with the SDK's own `JsonCodec`, which builds
 * the same body with `JSON.stringify` (SDK 3.1169, Node 20, no network; issue 12). The bodies
 * are the same JSON value; escapes may differ (`JSON.stringify` writes `\u2028` raw), which JSON
 * allows and CloudWatch reads alike.
 *
 * The body is handed on as UTF-8 bytes rather than the string `JSON.stringify` returns: SigV4's
 * payload hash and the socket each encode a string body again (2 × 1.2 MB for a full batch), a
 * Buffer they take as it is. A plain PutLogEvents request is written straight into those bytes, a
 * run of events at a time (`putLogEventsBody`: the same bytes as `JsonCodec`, without its copy of
 * the input and its batch-sized string); any other request goes through `JsonCodec`.
 *
 * The codec's settings, the service's namespace and target are read from a default client, not
 * copied here. `JsonCodec` is marked deprecated in the SDK: when a release no longer has it, or
 * configures its protocol in another way, the client is the SDK's default, unchanged (slower,
 * never wrong). A unit test fails when that happens, so it is noticed.
 */
import * as sdk from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchLogsClient, type CloudWatchLogsClientConfig } from '@aws-sdk/client-cloudwatch-logs';
import * as protocols from '@aws-sdk/core/protocols';
import { putLogEventsBody } from '../sink/put-body.js';

/** What is read from the default client's protocol: the codec's settings. */
interface WithCodec {
  readonly codec?: { readonly settings?: unknown };
}

/**
 * A `CloudWatchLogsClient` for `config`, writing its request bodies with `JSON.stringify`, as bytes.
 *
 * @example
 * const client = createCloudWatchLogsClient({ region: 'eu-west-1', maxAttempts: 8 });
 */
export function createCloudWatchLogsClient(config: CloudWatchLogsClientConfig = {}): CloudWatchLogsClient {
  const client = new CloudWatchLogsClient(config);
  const fast = stringifyProtocolSettings(client);
  if (fast === undefined) return client;
  client.destroy();
  return new CloudWatchLogsClient({ ...config, protocol: protocols.AwsJson1_1Protocol, protocolSettings: fast });
}

/** The default client's protocol settings with a `JsonCodec` of the same settings, or undefined when the SDK is not laid out as expected. */
function stringifyProtocolSettings(client: CloudWatchLogsClient): Record<string, unknown> | undefined {
  const { protocol, protocolSettings } = client.config;
  const codecSettings = (protocol as WithCodec).codec?.settings;
  const { JsonCodec, AwsJson1_1Protocol } = protocols as Partial<typeof protocols>;
  if (typeof JsonCodec !== 'function' || typeof AwsJson1_1Protocol !== 'function' || !(protocol instanceof AwsJson1_1Protocol)) return undefined;
  if (typeof codecSettings !== 'object' || codecSettings === null || typeof protocolSettings !== 'object' || protocolSettings === null) return undefined;
  return { ...protocolSettings, jsonCodec: new (utf8Codec(JsonCodec))(codecSettings as ConstructorParameters<typeof JsonCodec>[0]) };
}

/**
 * `JsonCodec` whose serializer returns the body's UTF-8 bytes, and writes a plain PutLogEvents
 * request itself (`putLogEventsBody`: the same bytes, without the SDK's batch-sized copies).
 */
function utf8Codec(JsonCodec: typeof protocols.JsonCodec): typeof protocols.JsonCodec {
  // Read from the namespace: an SDK without it still loads this module (its requests then all go through JsonCodec).
  const putSchema = (sdk as Partial<typeof sdk>).PutLogEventsRequest$;
  return class Utf8JsonCodec extends JsonCodec {
    override createSerializer(): ReturnType<protocols.JsonCodec['createSerializer']> {
      const serializer = super.createSerializer();
      const write = serializer.write.bind(serializer);
      const flush = serializer.flush.bind(serializer);
      let body: Buffer | undefined;
      const writeRequest = (schema: unknown, value: unknown): void => {
        body = schema === putSchema && putSchema !== undefined && typeof value === 'object' && value !== null ? putLogEventsBody(value as Record<string, unknown>) : undefined;
        if (body === undefined) write(schema as Parameters<typeof write>[0], value);
      };
      const toBytes = (): Buffer | string => {
        if (body !== undefined) {
          const bytes = body;
          body = undefined;
          return bytes;
        }
        const text = flush();
        return typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      };
      // Typed as the string it was; the protocol takes bytes as well (the default codec's output is bytes).
      return Object.assign(serializer, { write: writeRequest, flush: toBytes as () => string });
    }
  };
}
