/**
 * DynamoDB requests logged while debugging name an item's attributes through placeholders
 * (rounds 10 and 25): `"UpdateExpression":"SET #s = :s"`, `"ExpressionAttributeNames":{"#s":
 * "smtpPassword"}`, `"ExpressionAttributeValues":{":s":"…"}`. No key names the secret where it
 * stands; the value of a sensitive attribute goes, every other value and the request's shape stay.
 */
import { inspect } from 'node:util';
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xdd8);
const keeps = keepsEach(scrubber);

const secret = (): string => `${sample.alnum(9)}?${sample.alnum(8)}`;
const user = sample.uuid();

/** An UpdateItem input as the document client takes it. */
const update = (expression: string, names: Record<string, string> | undefined, values: Record<string, unknown>): object => ({
  TableName: 'tenant-config',
  Key: { userId: user },
  UpdateExpression: expression,
  ...(names === undefined ? {} : { ExpressionAttributeNames: names }),
  ExpressionAttributeValues: values,
});

describe('a sensitive attribute set through placeholders', () => {
  it.each(
    planted(
      [
        // The SDK's JSON, a name placeholder.
        (s) => JSON.stringify(update('SET #s = :s, updatedAt = :u', { '#s': 'smtpPassword' }, { ':s': s, ':u': '2026-11-30T10:46:20.474Z' })),
        // The attribute named in the expression itself.
        (s) => `update params: ${inspect(update('SET mfaSecret = :v, updatedAt = :now', undefined, { ':v': s, ':now': 1797416633681 }), { breakLength: Infinity })}`,
        // The low-level client: a typed value.
        (s) => `UpdateItem input=${JSON.stringify(update('SET #t = :t, #u = :u, #v = #v + :one', { '#t': 'refresh_token', '#u': 'updatedAt', '#v': 'version' }, { ':t': { S: s }, ':u': { S: '2026-11-28T15:44:58.809Z' }, ':one': { N: '1' } }))}`,
        (s) => `input: ${inspect(update('SET #k = :k', { '#k': 'apiKey' }, { ':k': { S: s } }), { breakLength: Infinity, depth: 5 })}`,
        // boto3's repr.
        (s) => `{'TableName': 'users', 'UpdateExpression': 'SET #p = :p', 'ExpressionAttributeNames': {'#p': 'password'}, 'ExpressionAttributeValues': {':p': {'S': '${s}'}}}`,
        // A function of the expression, and a path's last step.
        (s) => JSON.stringify(update('SET #c = if_not_exists(#c, :c)', { '#c': 'clientSecret' }, { ':c': s })),
        (s) => JSON.stringify(update('SET profile.#pw = :pw', { '#pw': 'password' }, { ':pw': s })),
        // A condition that compares with it.
        (s) => JSON.stringify({ TableName: 'sessions', KeyConditionExpression: 'sessionToken = :t', ExpressionAttributeValues: { ':t': s } }),
        // A list or a range of placeholders; a typed value nested in a map, a list or a set;
        // Python's bytes (a review).
        (s) => JSON.stringify({ TableName: 'keys', FilterExpression: '#t IN (:a, :b)', ExpressionAttributeNames: { '#t': 'apiToken' }, ExpressionAttributeValues: { ':a': s, ':b': 'x' } }),
        (s) => JSON.stringify({ TableName: 'keys', FilterExpression: '#t BETWEEN :a AND :b', ExpressionAttributeNames: { '#t': 'apiToken' }, ExpressionAttributeValues: { ':a': s, ':b': 'x' } }),
        (s) => JSON.stringify(update('SET #t = :t', { '#t': 'secret' }, { ':t': { M: { v: { S: s } } } })),
        (s) => JSON.stringify(update('SET #t = :t', { '#t': 'secret' }, { ':t': { L: [{ S: s }] } })),
        (s) => JSON.stringify(update('SET #t = :t', { '#t': 'secret' }, { ':t': { SS: [s] } })),
        (s) => `{'UpdateExpression': 'SET #t = :t', 'ExpressionAttributeNames': {'#t': 'password'}, 'ExpressionAttributeValues': {':t': b'${s}'}}`,
        // Two requests of a transaction on one line: each reads its own names and values.
        (s) =>
          JSON.stringify({
            TransactItems: [
              { Update: update('SET #t = :t', { '#t': 'password' }, { ':t': { S: s } }) },
              { Update: update('SET #t = :t', { '#t': 'status' }, { ':t': { S: 'ok' } }) },
            ],
          }),
        // Values far from the expression, past a long key.
        (s) => JSON.stringify({ UpdateExpression: 'SET #t = :t', Key: { pk: 'x'.repeat(2100) }, ExpressionAttributeNames: { '#t': 'password' }, ExpressionAttributeValues: { ':t': s } }),
        // The request as a string inside a JSON log line.
        (s) => JSON.stringify({ level: 20, msg: 'ddb update', params: JSON.stringify(update('SET #s = :s', { '#s': 'secret' }, { ':s': s })) }),
      ],
      secret,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));
});

describe('requests whose values set or compare no sensitive attribute', () => {
  keeps([
    JSON.stringify(update('SET #s = :s', { '#s': 'status' }, { ':s': 'active' })),
    JSON.stringify({ TableName: 'tokens', KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)', ExpressionAttributeValues: { ':pk': `TOKEN#${user}`, ':sk': 'META#' } }),
    // The value of another placeholder than the secret attribute's.
    JSON.stringify(update('SET #t = :t, lastUsedAt = :u', { '#t': 'token_type' }, { ':t': 'bearer', ':u': '2026-11-30T10:46:20.474Z' })),
    JSON.stringify(update('REMOVE #p', { '#p': 'password' }, {})),
    // A sensitive name, then the next name's placeholder: a key, not the password (round 25).
    JSON.stringify(update('SET #t = :t, #u = :u', { '#t': 'password', '#u': 'updatedAt' }, { ':t': { S: '…239@' }, ':u': { S: '2026-08-25T19:39:36.992Z' } })),
    `names: { '#t': 'password', '#u': 'updatedAt' }`,
  ]);
});

describe("PartiQL's parameters, typed, bound to a sensitive attribute (round 25)", () => {
  it.each(
    planted(
      [
        (s) => `ExecuteStatement ${JSON.stringify({ Statement: 'UPDATE "AuthTokens" SET dbPassword=? WHERE pk=? AND sk=?', Parameters: [{ S: s }, { S: `TENANT#${user}` }, { S: 'CONFIG' }], ConsistentRead: false })}`,
        (s) => `ExecuteStatementCommand input: ${JSON.stringify({ Statement: 'UPDATE "tenant-config" SET api_key=? WHERE id=?', Parameters: [{ S: s }, { S: user }] })}`,
        (s) => `input: ${inspect({ Statement: 'SELECT * FROM "Sessions" WHERE sessionToken = ?', Parameters: [{ S: s }] }, { breakLength: Infinity })}`,
      ],
      secret,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    JSON.stringify({ Statement: 'UPDATE "users" SET status=? WHERE pk=?', Parameters: [{ S: 'active' }, { S: `TOKEN#${user}` }] }),
    JSON.stringify({ Statement: 'SELECT * FROM "tokens" WHERE pk=?', Parameters: [{ S: `USER#${user}` }] }),
  ]);
});
