import type { RuleSpec } from '../src/types.js';
import { label, QUOTED, SEP, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

const keyId = sample.awsAccessKeyId();
const bucketKeyId = `ABIA${sample.base32(16)}`;
const lwaToken = `Atza|IwEB${createSampler(2026120543).base64url(120)}`;

/**
 * The characters of an access key id after its prefix. AWS issues base32 (`A-Z2-7`); trufflehog
 * and older gitleaks take any capital or digit, and test suites and fixtures write ids so: an id
 * with a 0, 1, 8 or 9 went through whole (round 8).
 */
const KEY_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const KEY_ID_CHAR = 'A-Z0-9';

/**
 * An RE2 source for `length` key-id characters that do not end in `word`: AWS documentation's
 * `AKIAIOSFODNN7EXAMPLE` and its kin are no secrets. Without lookahead, "not ending in EXAMPLE"
 * is spelled out: the first character that differs from the word, at each position.
 */
function keyIdBodyNotEndingIn(word: string, length: number): string {
  const other = (c: string): string => `[${KEY_ID_CHARS.replace(c, '')}]`;
  const differs = [...word].map((c, i) => `${word.slice(0, i)}${other(c)}[${KEY_ID_CHAR}]{${word.length - i - 1}}`);
  return `[${KEY_ID_CHAR}]{${length - word.length}}(?:${differs.join('|')})`;
}
/** An access key id; AWS documentation's `…EXAMPLE` ids are not matched. */
const KEY_ID = String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])${keyIdBodyNotEndingIn('EXAMPLE', 16)}`;

/** A date and time as the AWS CLI prints a key's creation or expiry (ISO 8601). */
const CREATED = String.raw`20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?`;

/**
 * Between an access key id and the secret right after it, with no key name: `:` (SES SMTP
 * credentials in Postfix's sasl_passwd), `,` (IAM's CSV), spaces or a tab (scripts, tables,
 * `\t` in a JSON string), `|` (a table), each side perhaps quoted (`"…","…"`, `('…', '…')`);
 * or the expiry between them, as `aws sts get-session-token --output text` prints it
 * (`CREDENTIALS <id> <ISO 8601> <secret> <token>`; round 10), or the creation date as a column of
 * `aws iam create-access-key --output table` (`|  <id> |  <ISO 8601> |  <secret> |`; round 72).
 */
const PAIR_SEP = String.raw`\\*["']?(?:[ \t]*[:,;|][ \t]*(?:${CREATED}[ \t]*[,|][ \t]*)?|[ \t]+(?:${CREATED}[ \t]+)?|\\t)\\*["']?`;

/**
 * A secret access key (40 base64 characters) or an SES SMTP password (44: base64 of a signature)
 * and the character after it, outside the group. A hex digest is no secret key: random base64
 * has more entropy than 40 hex characters can (≤ 4 bits), see `PAIR_SECRET_MIN_ENTROPY`.
 */
/** Between the columns of the CLI's text output: blanks, or a tab as a JSON string escapes it. */
const COLUMN = String.raw`(?:[ \t]+|\\t)`;
const PAIR_SECRET = String.raw`([A-Za-z0-9/+]{40}(?:[A-Za-z0-9/+]{4})?)(?:[^A-Za-z0-9/+=]|$)`;
/** Above a hex string's most (4 bits a character); 40 random base64 characters measured ≥ 4.17 in 200,000. */
const PAIR_SECRET_MIN_ENTROPY = 4.05;

/**
 * A line of IAM's credentials CSV, `user,password,key id,secret,console link`: the console
 * password (groups 1 and 2: quoted, as CSV quotes one with a comma, or bare), the id (3) and the
 * secret (4). The user's name and the sign-in link stay. The link makes the second column a password.
 */
const IAM_CSV_LINE = String.raw`(?:^|[ \t"'>\[(]|\\n)[A-Za-z0-9+=.@_-]+,(?:"((?:[^"\r\n]|"")+)"|([^,\r\n]+)),(${KEY_ID}),([A-Za-z0-9/+]{40}),https://[A-Za-z0-9-]+\.signin\.aws\.amazon\.com/console`;

const secret = sample.awsSecretKey();
const sessionToken = `IQoJb3JpZ2luX2Vj${sample.base64(300)}`;
/** Round 3's samples, from a sampler of their own so the samples above stay as they were. */
const round3 = createSampler(2026120203);
const bedrockLongLived = `ABSK${Buffer.from(`BedrockAPIKey-${round3.alnum(4).toLowerCase()}-at-${round3.digits(12)}:${round3.base64(40)}`).toString('base64')}`;
const bedrockShortLived = `bedrock-api-key-${Buffer.from(
  `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${round3.base32(16)}%2F20260101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${round3.base64(120)}&X-Amz-Signature=${round3.hex(64)}&Version=1`,
).toString('base64')}`;

/** Samples of their own for the key pairs (red-team N1), so the samples above stay as they were. */
/** Round 25's samples. */
const round25 = createSampler(2026120225);
const ddbUser = round25.uuid();
const ddbPassword = `${round25.alnum(7)}?${round25.alnum(8)}`;
const ddbSecret = round25.base32(32);
const pairs = createSampler(2026120104);
const pairId = pairs.awsAccessKeyId();
const pairSecret = pairs.awsSecretKey();
/** Round 10's, from a sampler of its own. */
/** A signature of CloudFront's signed cookies: URL-safe base64 of an RSA-2048 signature, CloudFront's alphabet. */
/** Round 75's API Gateway key, from a sampler of its own. */
const apiGatewayKey = createSampler(2026120475).alnum(40);
const cfSignature = createSampler(2026120342).base64(342).replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~');
const secretHash = `${createSampler(2026120316).base64(43).replace(/=+$/, '')}=`;
const consolePassword = `${pairs.alnum(6)}#${pairs.alnum(5)}`;
/** Round 10's SSM parameters, from a sampler of their own. */
const ssm = createSampler(2026120217);
const ssmPassword = `${ssm.alnum(8)}?${ssm.digits(3)}`;
const ssmSecret = ssm.base64url(30);

/** A field's key as JSON, Python's repr and util.inspect write it, then its separator. */
const field = (name: string): string => String.raw`\\*["']?${name}\\*["']?[ \t]*[:=][ \t]*`;

/**
 * AWS credentials. The access key id is matched by its shape; the secret key next to its keyword
 * or right after its access key id (40 base64 characters are everywhere); the session token by
 * keyword or its STS prefix.
 */
export const awsRules: readonly RuleSpec[] = [
  {
    id: 'apigateway-api-key-value',
    family: 'aws',
    description: "an API Gateway API key's value as get-api-key(s) --include-value and the SDK answer it: {\"id\":…,\"value\":\"…\",…,\"stageKeys\":[…]}",
    // Round 75. `value` alone names nothing; the object's `stageKeys` says it is an API key.
    regex: String.raw`\\*"value\\*"[ \t]*:[ \t]*\\*"([A-Za-z0-9]{20,128})\\*"[^\r\n{}]{0,400}?\\*"stageKeys\\*"`,
    keywords: ['stagekeys'],
    examples: {
      match: [{ input: `{"id":"u6fvrnmug8","value":"${apiGatewayKey}","name":"partner","enabled":true,"stageKeys":[]}`, output: `{"id":"u6fvrnmug8","value":"${label('apigateway-api-key-value')}","name":"partner","enabled":true,"stageKeys":[]}` }],
      noMatch: ['{"id":"u6fvrnmug8","name":"partner","enabled":true,"stageKeys":[]}'],
    },
  },
  {
    id: 'aws-access-key-id',
    family: 'aws',
    description: 'AWS access key id (AKIA long-term, ASIA temporary, ABIA STS bearer, ACCA context-specific, A3T… older), and the secret key right after it with no key name (id:secret, id,secret, id secret) and the console password of a line of IAM\'s credentials CSV; …EXAMPLE ids of the documentation stay',
    // A3T and one more character: the older ids gitleaks and trufflehog still take (recall round).
    // The secret key right after it, with no key name, goes too (red-team N1: SES SMTP
    // credentials, `id secret` pairs), and so does the console password of a line of IAM's
    // credentials CSV: this rule's match takes them, since the scan moves past it and a rule of
    // their own could not look back for the id. They carry the labels their keyed rules give them.
    // `aws sts get-session-token --output text` (round 10): its `CREDENTIALS` is a secret's key
    // to the generic rules, whose match would move the scan past the id, so this one starts where
    // theirs does (secret-token-field's, a character before the key), and wins there by catalog order.
    regex: String.raw`${IAM_CSV_LINE}|${TOKEN_START}(${KEY_ID})\b(?:${PAIR_SEP}${PAIR_SECRET})?|(?:^|[^/0-9A-Za-z_.-]|\\t)CREDENTIALS${COLUMN}(${KEY_ID})${COLUMN}(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?${COLUMN})?([A-Za-z0-9/+]{40}(?:[A-Za-z0-9/+]{4})?)(?:${COLUMN}([A-Za-z0-9/+=]{80,})|[^A-Za-z0-9/+=]|$)`,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    secretGroup: 3,
    moreSecrets: [
      { group: 1, ruleId: 'password-assignment' },
      { group: 2, ruleId: 'password-assignment' },
      { group: 4, ruleId: 'aws-secret-access-key', minEntropy: PAIR_SECRET_MIN_ENTROPY },
      { group: 6, ruleId: 'aws-secret-access-key', minEntropy: PAIR_SECRET_MIN_ENTROPY },
      { group: 8, ruleId: 'aws-secret-access-key', minEntropy: PAIR_SECRET_MIN_ENTROPY },
      // The session token after it, whatever its opening (older STS's FwoGZXIvYXdz and AQoDYXdz).
      { group: 9, ruleId: 'aws-session-token' },
    ],
    // The keywords prefilter; the anchor, case-sensitive as the regex, picks the lines. Literals
    // only: a counted repeat in an anchor multiplies the DFA's states (measured: five such anchors
    // made the prefilter 3-5x slower on clean text). The pass looks for it in any case: its
    // keywords then, which hit `Asia/Tokyo` and its like (~40 lines of each bench corpus, a
    // tier-1b Set match each); in capitals, its letters took room there for ~80 literals more.
    anchor: 'AKIA|ASIA|ABIA|ACCA|A3T',
    examples: {
      match: [
        { input: `aws_access_key_id = ${keyId}`, output: `aws_access_key_id = ${label('aws-access-key-id')}` },
        { input: `bearer ${bucketKeyId} and ${bucketKeyId}`, output: `bearer ${label('aws-access-key-id')} and ${label('aws-access-key-id')}` },
        { input: `cookie: theme=dark; aws=${keyId}`, output: `cookie: theme=dark; aws=${label('aws-access-key-id')}` },
        // After a percent escape or a JSON escape, where `\b` sees no boundary (leaks review).
        { input: `q=creds%20${keyId}%20x {"msg":"env:\\n${keyId}"}`, output: `q=creds%20${label('aws-access-key-id')}%20x {"msg":"env:\\n${label('aws-access-key-id')}"}` },
        { input: `key ${keyId.replace('AKIA', 'A3TX')} rotated`, output: `key ${label('aws-access-key-id')} rotated` },
        // The secret right after it (red-team N1): Postfix's sasl_passwd for SES, a pair in a script.
        {
          input: `[email-smtp.us-east-1.amazonaws.com]:587 ${pairId}:${pairSecret}`,
          output: `[email-smtp.us-east-1.amazonaws.com]:587 ${label('aws-access-key-id')}:${label('aws-secret-access-key')}`,
        },
        { input: `${pairId}\t${pairSecret}`, output: `${label('aws-access-key-id')}\t${label('aws-secret-access-key')}` },
        {
          input: `CREDENTIALS\t${pairId.replace('AKIA', 'ASIA')}\t2026-12-02T03:35:25Z\t${pairSecret}\t${sessionToken}`,
          output: `CREDENTIALS\t${label('aws-access-key-id')}\t2026-12-02T03:35:25Z\t${label('aws-secret-access-key')}\t${label('aws-session-token')}`,
        },
        {
          input: `CREDENTIALS\t${pairId.replace('AKIA', 'ASIA')}\t2026-12-02T03:35:25Z\t${pairSecret}\tFwoGZXIvYXdz${sessionToken.slice(16)}`,
          output: `CREDENTIALS\t${label('aws-access-key-id')}\t2026-12-02T03:35:25Z\t${label('aws-secret-access-key')}\t${label('aws-session-token')}`,
        },
        {
          input: `ci-deployer,${consolePassword},${pairId},${pairSecret},https://123456789012.signin.aws.amazon.com/console`,
          output: `ci-deployer,${label('password-assignment')},${label('aws-access-key-id')},${label('aws-secret-access-key')},https://123456789012.signin.aws.amazon.com/console`,
        },
      ],
      noMatch: ['AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAEXAMPLE', `X${keyId}`, `%2X${keyId}`, 'q=%20AKIA%20', 'ASIAN markets', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE', 'A3T build', `A3T${keyId}`],
    },
  },
  {
    id: 'aws-secret-access-key',
    family: 'aws',
    description: 'AWS secret access key, next to its keyword (aws_secret_access_key, SecretAccessKey, …)',
    regex: String.raw`(?i:aws[_.-]?secret[_.-]?access[_.-]?key|secret[_.-]?access[_.-]?key|aws[_.-]?secret[_.-]?key|aws[_.-]?secret)(?:${SEP}|[ \t]+)([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
    keywords: ['secret'],
    examples: {
      match: [
        { input: `AWS_SECRET_ACCESS_KEY=${secret}`, output: `AWS_SECRET_ACCESS_KEY=${label('aws-secret-access-key')}` },
        { input: `{"SecretAccessKey":"${secret}","Expiration":"2026-01-01"}`, output: `{"SecretAccessKey":"${label('sensitive-key')}","Expiration":"2026-01-01"}` },
        // `aws configure set` takes its value after a space (issue 8).
        { input: `+ aws configure set aws_secret_access_key ${secret} --profile ci`, output: `+ aws configure set aws_secret_access_key ${label('aws-secret-access-key')} --profile ci` },
      ],
      noMatch: ['aws_secret_access_key is not set', `digest=${secret}`, 'aws configure set aws_secret_access_key $AWS_SECRET_ACCESS_KEY'],
    },
  },
  {
    id: 'aws-session-token',
    family: 'aws',
    description: 'AWS STS session token (keyword-gated, or the base64 of its opening, IQoJb3JpZ2luX2Vj)',
    // A token is base64 of a protobuf that opens with a length byte, 0x0a, and the length and text
    // of `origin_ec` (IQoJb3JpZ2luX2Vj): the length byte varies, and with it the first two
    // characters. Older STS's openings (FwoGZXIvYXdz, AQoDYXdz) as literals of the pass took it
    // out of RE2's DFA: aws-access-key-id takes such a token after its key id in `--output text`.
    regex: String.raw`(?:(?i:aws[_.-]?session[_.-]?token|session[_.-]?token|security[_.-]?token)(?:${SEP}|[ \t]+)([A-Za-z0-9/+=%]{100,})|${TOKEN_START}([A-Za-z0-9+/][AQgw]oJb3JpZ2luX2Vj[A-Za-z0-9/+=%]{80,}))`,
    keywords: ['token', 'ojb3jpz2lux2vj'],
    examples: {
      match: [
        { input: `AWS_SESSION_TOKEN=${sessionToken}`, output: `AWS_SESSION_TOKEN=${label('aws-session-token')}` },
        { input: `creds ${sessionToken} end`, output: `creds ${label('aws-session-token')} end` },
        { input: `aws configure set aws_session_token ${sessionToken.slice(16)}`, output: `aws configure set aws_session_token ${label('aws-session-token')}` },
      ],
      noMatch: ['AWS_SESSION_TOKEN=', 'IQoJb3JpZ2luX2Vjshort'],
    },
  },
  {
    id: 'amazon-lwa-token',
    family: 'vendor',
    description: "Login with Amazon's access and refresh tokens (Atza|…, Atzr|…), which the Selling Partner API, Alexa skills and Amazon Pay send, and the SP-API's restricted data token (Atz.sprdt|…)",
    // Round 100. The `|` after the prefix ends a bare value for the key rules, which then left the
    // token (`x-amz-access-token=Atza|…`, `Authorization: Bearer Atza|…`). One short literal: the
    // three prefixes as literals took the pass over every byte out of RE2's DFA.
    regex: String.raw`${TOKEN_START}(Atz(?:[ar]|\.sprdt)\|[A-Za-z0-9_+/=-]{40,})`,
    keywords: ['atz'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `x-amz-access-token=${lwaToken}`, output: `x-amz-access-token=${label('amazon-lwa-token')}` }],
      noMatch: ['Atza|<access token>', 'Atza|IwEB…'],
    },
  },
  {
    id: 'aws-bedrock-api-key',
    family: 'aws',
    description: 'Amazon Bedrock API keys: long-term (ABSK and the base64 of BedrockAPIKey-…) and short-term (bedrock-api-key- and a base64 presigned URL), as AWS_BEARER_TOKEN_BEDROCK holds them',
    // gitleaks' and GitHub secret scanning's formats: both prefixes are base64 of fixed text
    // ("BedrockAPIKey-", "bedrock.amazonaws.com"), so the literal holds only in a key.
    regex: String.raw`${TOKEN_START}(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{20,}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{20,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
    keywords: ['abskqmvkcm9ja0fqsutles', 'bedrock-api-key-'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `AWS_BEARER_TOKEN_BEDROCK=${bedrockLongLived}`, output: `AWS_BEARER_TOKEN_BEDROCK=${label('aws-bedrock-api-key')}` },
        { input: `{"headers":{"x-api-key":"${bedrockShortLived}"}}`, output: `{"headers":{"x-api-key":"${label('aws-bedrock-api-key')}"}}` },
      ],
      noMatch: ['AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...', 'bedrock-api-key-generator started', `XABSKQmVkcm9ja0FQSUtleS${round3.base64(60)}`],
    },
  },
  {
    id: 'cloudfront-signed-cookie',
    family: 'aws',
    description: "the signature of CloudFront's signed cookies (CloudFront-Signature=…), in a message and in CloudFront's access log, whose cs(Cookie) field percent-encodes the header; its Key-Pair-Id and Policy stay",
    // Round 42: with the policy beside it, the signature opens the private content it covers to
    // whoever replays the cookies until the policy expires. CloudFront's URL-safe base64 writes
    // `-`, `_` and `~` for `+`, `=` and `/`. In the access log the header's `; ` is `%3B%20`. In a
    // Cookie or Set-Cookie header the cookie rules take it (`signature` names a secret cookie).
    regex: String.raw`(?:\b|%20|%3[Bb])CloudFront-Signature(?:=|%3[Dd])([A-Za-z0-9_~-]{20,})`,
    keywords: ['cloudfront-signature'],
    examples: {
      match: [
        {
          input: `2024-12-05\t17:55:58\tLHR61-P4\t499271\t92.225.151.81\tGET\td111111abcdef8.cloudfront.net\t/private/index.m3u8\t200\t-\tMozilla/5.0\t-\tCloudFront-Key-Pair-Id=K2JCJMDEHXQW5F%3B%20CloudFront-Signature=${cfSignature}%3B%20theme=dark\tMiss`,
          output: `2024-12-05\t17:55:58\tLHR61-P4\t499271\t92.225.151.81\tGET\td111111abcdef8.cloudfront.net\t/private/index.m3u8\t200\t-\tMozilla/5.0\t-\tCloudFront-Key-Pair-Id=K2JCJMDEHXQW5F%3B%20CloudFront-Signature=${label('cloudfront-signed-cookie')}%3B%20theme=dark\tMiss`,
        },
        { input: `issued signed cookies for /private/*: CloudFront-Signature=${cfSignature} expires=1733400000`, output: `issued signed cookies for /private/*: CloudFront-Signature=${label('cloudfront-signed-cookie')} expires=1733400000` },
      ],
      noMatch: ['CloudFront-Key-Pair-Id=K2JCJMDEHXQW5F', 'CloudFront-Signature=', 'missing cookie CloudFront-Signature for /private'],
    },
  },
  {
    id: 'cognito-secret-hash',
    family: 'aws',
    description: "Amazon Cognito's SECRET_HASH (base64 of an HMAC-SHA256 keyed by the app client's secret) in InitiateAuth, SignUp and ForgotPassword parameters",
    // Round 10: a login's parameters logged with it. Under its own name only: `hash` alone names
    // digests. Woken by `secret`, which the pass holds already.
    regex: String.raw`(?i:secret[_-]?hash)\\*["']?[ \t]*(?:=>|[:=])[ \t]*\\*["']?([A-Za-z0-9+/]{43}=)`,
    keywords: ['secret'],
    anchor: String.raw`(?i:secret[_-]?hash)`,
    anchorInPass: false,
    examples: {
      match: [
        {
          input: `{"AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"ada@example.com","SECRET_HASH":"${secretHash}"}}`,
          output: `{"AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"ada@example.com","SECRET_HASH":"${label('cognito-secret-hash')}"}}`,
        },
        { input: `AuthParameters={'USERNAME': 'ada', 'SECRET_HASH': '${secretHash}'}`, output: `AuthParameters={'USERNAME': 'ada', 'SECRET_HASH': '${label('cognito-secret-hash')}'}` },
      ],
      noMatch: ['SECRET_HASH: missing', '"SecretHash":"${SECRET_HASH}"'],
    },
  },
  {
    id: 'ssm-secure-string',
    family: 'aws',
    description:
      "the decrypted value of an SSM SecureString parameter, as GetParameter(s) WithDecryption returns it: JSON, Python's repr, util.inspect, and the CLI's text output",
    // Round 10: `aws ssm get-parameter --with-decryption` and SDK responses logged while debugging.
    // The parameter's name need not name a secret (`/prod/db/url`): its type says it is one. The
    // API returns Type right before Value; the CLI's text output has the columns in key order
    // (… Name, Type, Value, Version).
    regex: String.raw`${field('Type')}\\*["']?SecureString\\*["']?[ \t]*,[ \t]*${field('Value')}(?:${QUOTED})|\tSecureString\t([^\t\r\n]+)\t[0-9]+(?:\t|\r?$)`,
    keywords: ['securestring'],
    examples: {
      match: [
        {
          input: `{"Parameter":{"Name":"/prod/db/url","Type":"SecureString","Value":"${ssmSecret}","Version":8,"DataType":"text"}}`,
          output: `{"Parameter":{"Name":"/prod/db/url","Type":"SecureString","Value":"${label('ssm-secure-string')}","Version":8,"DataType":"text"}}`,
        },
        { input: `{'Parameter': {'Name': '/app/smtp', 'Type': 'SecureString', 'Value': '${ssmPassword}', 'Version': 3}}`, output: `{'Parameter': {'Name': '/app/smtp', 'Type': 'SecureString', 'Value': '${label('ssm-secure-string')}', 'Version': 3}}` },
        { input: `Parameters: [ { Name: '/prod/key', Type: 'SecureString', Value: '${ssmSecret}', Version: 1 } ]`, output: `Parameters: [ { Name: '/prod/key', Type: 'SecureString', Value: '${label('ssm-secure-string')}', Version: 1 } ]` },
        {
          input: `PARAMETER\tarn:aws:ssm:eu-west-1:123456789012:parameter/prod/db\ttext\t2026-11-29T21:50:52Z\t/prod/db\tSecureString\t${ssmPassword}\t4`,
          output: `PARAMETER\tarn:aws:ssm:eu-west-1:123456789012:parameter/prod/db\ttext\t2026-11-29T21:50:52Z\t/prod/db\tSecureString\t${label('ssm-secure-string')}\t4`,
        },
      ],
      noMatch: [
        '{"Parameter":{"Name":"/prod/db/host","Type":"String","Value":"db.internal","Version":2}}',
        '{"Name":"/prod/db/url","Type":"SecureString","Version":8}',
        'PutParameter Type=SecureString Overwrite=true',
      ],
    },
  },
  {
    id: 'dynamodb-expression-value',
    family: 'aws',
    description:
      "a value a DynamoDB expression sets a sensitive attribute to, or compares one with, through placeholders: UpdateExpression SET #s = :s with ExpressionAttributeNames {#s: smtpPassword} and ExpressionAttributeValues {:s: …}, in the SDK's JSON, util.inspect and Python's repr",
    // Rounds 10 and 25: no key names the secret where it stands (`src/detect/dynamodb-expression.ts`
    // reads the request around the expression's key). Tier 1b only: the attribute's word is in the
    // pass already.
    regex: String.raw`\b(?:Update|KeyCondition|Filter|Condition)Expression\\*["']?[ \t]*[:=]`,
    keywords: ['token', 'pass', 'pwd', 'secret', 'key', 'auth'],
    anchor: String.raw`Expression\\*["']?[ \t]*[:=]`,
    anchorInPass: false,
    kind: 'dynamodb-expression',
    examples: {
      match: [
        {
          input: `{"TableName":"Customers","Key":{"userId":"${ddbUser}"},"UpdateExpression":"SET #s = :s, updatedAt = :u","ExpressionAttributeNames":{"#s":"smtpPassword"},"ExpressionAttributeValues":{":s":"${ddbPassword}",":u":"2026-11-30T10:46:20.474Z"}}`,
          output: `{"TableName":"Customers","Key":{"userId":"${ddbUser}"},"UpdateExpression":"SET #s = :s, updatedAt = :u","ExpressionAttributeNames":{"#s":"smtpPassword"},"ExpressionAttributeValues":{":s":"${label('dynamodb-expression-value')}",":u":"2026-11-30T10:46:20.474Z"}}`,
        },
        {
          input: `update params: { TableName: 'tenant_config', UpdateExpression: 'SET mfaSecret = :v, updatedAt = :now', ExpressionAttributeValues: { ':v': '${ddbSecret}', ':now': 1797416633681 } }`,
          output: `update params: { TableName: 'tenant_config', UpdateExpression: 'SET mfaSecret = :v, updatedAt = :now', ExpressionAttributeValues: { ':v': '${label('dynamodb-expression-value')}', ':now': 1797416633681 } }`,
        },
        {
          input: `{"UpdateExpression":"SET #t = :t","ExpressionAttributeNames":{"#t":"refresh_token"},"ExpressionAttributeValues":{":t":{"S":"${ddbSecret}"}}}`,
          output: `{"UpdateExpression":"SET #t = :t","ExpressionAttributeNames":{"#t":"refresh_token"},"ExpressionAttributeValues":{":t":{"S":"${label('dynamodb-expression-value')}"}}}`,
        },
      ],
      noMatch: [
        `{"UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":"active"}}`,
        `{"KeyConditionExpression":"pk = :pk","ExpressionAttributeValues":{":pk":"TOKEN#${ddbUser}"}}`,
      ],
    },
  },
];
