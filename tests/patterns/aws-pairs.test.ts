/**
 * An AWS secret access key right after its access key id, with no key name (red-team N1): SES
 * SMTP credentials in Postfix's sasl_passwd, IAM's credentials CSV, `id secret` pairs in scripts
 * and tables, MinIO's `mc alias set`. The id was redacted and the secret beside it left. Both go
 * now, and whatever lies between them stays; so does everything around them.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectSecretsGone, keepsEach } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x4e1);

const keeps = keepsEach(scrubber);

const keyId = (prefix = 'AKIA'): string => `${prefix}${sample.base32(16)}`;
const secretKey = (): string => sample.base64(40);

describe('a secret access key right after its access key id', () => {
  const shapes: readonly ((id: string, secret: string) => string)[] = [
    // Postfix's sasl_passwd for SES (the SMTP password is 44 characters, base64 of a signature).
    (id, s) => `[email-smtp.us-east-1.amazonaws.com]:587 ${id}:${s}`,
    (id, s) => `${id} ${s}`,
    (id, s) => `${id}\t${s}`,
    (id, s) => `${id},${s}`,
    (id, s) => `smtp relay login ${id}:${s} (profile ci)`,
    (id, s) => `Access key ID,Secret access key ${id},${s}`,
    (id, s) => `| ci-deployer | ${id} | ${s} | Active |`,
    (id, s) => `echo -n "${id}:${s}" | base64`,
    (id, s) => `('${id}', '${s}')`,
    (id, s) => JSON.stringify({ msg: `using ${id} ${s}` }),
    (id, s) => JSON.stringify([id, s]),
    (id, s) => JSON.stringify({ msg: `keys:\n${id}\t${s}\n` }),
    (id, s) => `aws configure import: ${id},${s},us-east-1`,
  ];
  it.each(shapes.map((make) => {
    const [id, s] = [keyId(), secretKey()];
    return [make(id, s), id, s] as const;
  }))('%s', (line, id, s) => expectSecretsGone(scrubber, line, [id, s]));

  it('takes an SES SMTP password (44 characters) after its key id', () => {
    const [id, s] = [keyId(), `B${sample.base64(43)}`];
    expectSecretsGone(scrubber, `[email-smtp.eu-west-1.amazonaws.com]:587 ${id}:${s}`, [id, s]);
  });

  it('takes a temporary key id (ASIA) and its secret', () => {
    const [id, s] = [keyId('ASIA'), secretKey()];
    expectSecretsGone(scrubber, `${id} ${s}`, [id, s]);
  });
});

describe("IAM's credentials CSV", () => {
  it('takes the console password, the key id and the secret; the user and the sign-in link stay', () => {
    const [pw, id, s] = [`${sample.alnum(6)}#${sample.alnum(5)}`, keyId(), secretKey()];
    expectSecretsGone(scrubber, `ci-deployer,${pw},${id},${s},https://123456789012.signin.aws.amazon.com/console`, [pw, id, s]);
  });

  it('takes a password with a comma, quoted, as CSV quotes it', () => {
    const [pw, id, s] = [`${sample.alnum(5)},${sample.alnum(6)}`, keyId(), secretKey()];
    expectSecretsGone(scrubber, `ci-deployer,"${pw}",${id},${s},https://acme-prod.signin.aws.amazon.com/console`, [pw, id, s]);
  });

  it('takes the key id and the secret of a user without a console password', () => {
    const [id, s] = [keyId(), secretKey()];
    expectSecretsGone(scrubber, `ci-deployer,,${id},${s},https://123456789012.signin.aws.amazon.com/console`, [id, s]);
  });

  keeps([
    'User name,Password,Access key ID,Secret access key,Console login link',
    'User name,Password,Console sign-in URL',
    'ci-deployer,,https://123456789012.signin.aws.amazon.com/console',
    'Sign in at https://123456789012.signin.aws.amazon.com/console with your IAM user',
  ]);
});

describe("MinIO's mc alias set", () => {
  it.each(
    [
      (a: string, s: string) => `mc alias set minio http://minio:9000 ${a} ${s}`,
      (a: string, s: string) => `+ mc alias set myminio https://play.min.io ${a} ${s} --api S3v4`,
      (a: string, s: string) => `mc alias set local http://127.0.0.1:9000 '${a}' '${s}'`,
      (a: string, s: string) => JSON.stringify({ msg: `running mc alias set minio http://minio:9000 ${a} ${s}` }),
    ].map((make) => {
      const [a, s] = [sample.base32(20), sample.base64(40)];
      return [make(a, s), s] as const;
    }),
  )('%s', (line, s) => expectSecretsGone(scrubber, line, [s]));

  keeps([
    'mc alias set minio http://minio:9000 $MINIO_ACCESS_KEY $MINIO_SECRET_KEY',
    'mc alias set minio http://minio:9000 "${MINIO_ROOT_USER}" "${MINIO_ROOT_PASSWORD}"',
    'mc alias set minio http://minio:9000',
    'mc alias list',
    'Added `minio` successfully.',
    'mc alias set ALIAS URL ACCESSKEY SECRETKEY',
  ]);
});

describe('key ids beside other values stay as they were', () => {
  const id = keyId();
  const hex40 = sample.hex(40);
  const sha1 = sample.hex(40);
  keeps([
    `AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    `commit ${sha1} by ci`,
    `ASIAN markets ${hex40}`,
    'Asia/Tokyo 2026-12-01T23:10:00+09:00',
  ]);

  it.each([
    [`${id} ${hex40}`, [id]],
    [`${id} rotated at 2026-12-01T23:10:00Z by arn:aws:iam::123456789012:user/ci`, [id]],
    [`"accessKeyId":"${id}","principalId":"AIDA${sample.base32(17)}"`, [id]],
    [`${id}:${'x'.repeat(40)}`, [id]],
  ] as const)('takes only the id in %s', (line, secrets) => expectSecretsGone(scrubber, line, secrets));
});

describe('an STS session token by the base64 of its opening', () => {
  // A token is base64 of a protobuf that opens with a length byte, 0x0a, and the length and text
  // of `origin_ec`, `er/aws` or `aws`: IQoJb3JpZ2luX2Vj today, FwoGZXIvYXdz and AQoDYXdz from
  // older STS (round 10). The length byte varies, and with it the first two characters.
  const opening = (length: number, text: string): string => Buffer.concat([Buffer.from([length, 0x0a, text.length]), Buffer.from(text)]).toString('base64');
  const token = (open: string): string => `${open}${sample.base64(240)}`;

  it.each([
    ['today', opening(0x21, 'origin_ec')],
    ['another length', opening(0x22, 'origin_ec')],
    ['older', opening(0x17, 'er/aws')],
    ['oldest', opening(0x01, 'aws')],
  ])('takes the token after the secret in `--output text` (%s: %s)', (_, open) => {
    const [id, s, t] = [keyId('ASIA'), secretKey(), token(open)];
    expectSecretsGone(scrubber, `CREDENTIALS\t${id}\t2026-11-29T21:01:33Z\t${s}\t${t}`, [id, s, t]);
    // The same output as a JSON log's string holds it, its tabs escaped.
    expectSecretsGone(scrubber, JSON.stringify({ msg: `CREDENTIALS\t${id}\t2026-11-29T21:01:33Z\t${s}\t${t}` }), [id, s, t]);
  });

  it('takes one whose opening says origin_ec after any length byte, bare', () => {
    const t = token(opening(0x22, 'origin_ec'));
    expect(t.startsWith('IgoJb3JpZ2luX2Vj')).toBe(true);
    expectSecretsGone(scrubber, `assumed role ci-deployer, creds ${t} (expire in 3600 s)`, [t]);
  });

  // Base64 that holds such an opening in its middle.
  keeps([`blob=${sample.base64(24)}FwoGZXIvYXdz${sample.base64(200)}`]);
});

describe('an access key id as the user of a URL with a password', () => {
  // SES's SMTP credentials in a mailer's URL (round 24): the URL's match moved the scan past the
  // id, which stayed while the password went.
  it('takes both', () => {
    const [id, pw] = [keyId(), `B${sample.base64(43)}`];
    expectSecretsGone(scrubber, `SMTP_URL=smtps://${id}:${encodeURIComponent(pw)}@email-smtp.eu-west-1.amazonaws.com:465`, [id, encodeURIComponent(pw)]);
  });
});
