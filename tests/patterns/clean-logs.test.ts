/**
 * Clean lines that real systems write and the catalog once redacted (fp6: generated logs of 27
 * families, 77,500 lines; 4,543 changed before, 1,325 after). Each case is a false-positive class
 * fixed in patterns/, with a near miss that must still be redacted.
 *
 * Why here and not in each rule's `examples.noMatch`: added there, these lines tip
 * tests/unit/detect/compile.test.ts's guard on the pass over every byte. That pass is one RE2 DFA
 * at its memory budget; main's own pass over main's examples plus one ordinary clean line (a
 * CloudFront access log line, a SQLAlchemy SELECT, Terraform's `master_password = (sensitive
 * value)`) goes from ~0.04 s to ~1.4 s of CPU, which is RE2 leaving its DFA. Until the pass
 * has room again, the lines live in this file, run through the same production path.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const scrubber = createScrubber();
const sample = createSampler(6);
const hex32 = sample.hex(32);
const hex64 = sample.hex(64);
const apiKey = sample.alnum(32);

const clean: readonly (readonly [string, string])[] = [
  // password-assignment: what follows the key holds no value.
  ['Spring empty default', 'jasypt.encryptor.password=${JASYPT_PASSWORD:}'],
  ["Terraform's plan", '      + master_password  = (sensitive value)'],
  ["MySQL's access denied", "Access denied for user 'root'@'10.0.0.7' (using password: NO) and 'app'@'10.0.0.8' (using password: YES)"],
  ["PAM's passwd service", 'Nov 28 10:00:00 host passwd[4242]: pam_unix(passwd:chauthtok): password changed for ada'],
  ["sudo's working directory", 'Nov 28 10:00:00 host sudo[4242]:   ada : TTY=pts/0 ; PWD=/home/ada ; USER=root ; COMMAND=/usr/bin/id'],
  // sensitive-key: stand-ins for a secret.
  ["CloudTrail's hidden session token", '{"credentials":{"sessionToken":"HIDDEN_DUE_TO_SECURITY_REASONS"}}'],
  ["Vault's audit HMACs", `{"response":{"data":{"data":{"password":"hmac-sha256:${hex64}"}}}}`],
  // strict-secret-assignment: prose after the key.
  ['a status word after a key', 'apikey: created key id=42 scopes=[read,write]'],
  // secret-assignment: a Secrets Manager ARN names a secret.
  ['a Secrets Manager ARN', 'aws_secretsmanager_secret.db: Refreshing state... [id=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/api-token-AbC12x]'],
  // secret-query-param: `key=` with a settings name.
  ['key= with a settings name', 'GET /dash?key=dashboard&key=ui.theme&key=user_settings HTTP/1.1'],
  // secret-field: a path's last segment before a tab.
  ["CloudFront's URI stem and status", `2026-11-28\t06:39:57\tFRA56-P3\t12727\t198.51.100.7\tGET\td111111abcdef8.cloudfront.net\t/reset-password\t304\t-`],
  // password-hash: Puppet's checksums.
  ["Puppet's file checksums", `Notice: /Stage[main]/App/File[/etc/app.conf]/content: content changed '{md5}${hex32}' to '{sha256}${hex64}'`],
  // hex-token-long: digests and ids.
  ['an S3 access log', `${hex64} logs-bucket [28/Nov/2026:10:00:00 +0000] 198.51.100.7 ${hex64} 3E57427F3EXAMPLE REST.GET.VERSIONING - "GET /logs-bucket?versioning HTTP/1.1" 200`],
  ["Helm's checksum annotations", `    checksum/config: ${hex64}\n    checksum/secret: ${hex64}`],
  ["Docker's container paths", `/var/lib/docker/containers/${hex64}/${hex64}-json.log`],
  ["containerd's messages", `level=info msg="StartContainer for \\"${hex64}\\" returns successfully"\nlevel=info msg="shim disconnected" id=${hex64} namespace=k8s.io`],
  ["botocore's signed headers", `headers={'X-Amz-Content-SHA256': b'${hex64}'}`],
  ["upload-artifact's digest", `SHA256 digest of uploaded artifact zip is ${hex64}`],
  ['a file named by its digest', `aws_s3_object.bundle: Modifications complete after 2s [id=orders/${hex64}.zip]`],
  ["Tailscale's public keys", `tailscale: node key nodekey:${hex64} machine key mkey:${hex64}`],
];

const secrets: readonly (readonly [string, string, string])[] = [
  ['an API key passed as key=', `GET /geocode/json?address=Paris&key=${apiKey}&x=1`, 'GET /geocode/json?address=Paris&key=[REDACTED:secret-query-param]&x=1'],
  ['a password field after a word', `login\tpassword\t${apiKey}!`, 'login\tpassword\t[REDACTED:secret-field]'],
  ['a secret after a non-ARN colon', `app:secret=${apiKey}`, 'app:secret=[REDACTED:secret-assignment]'],
  ['a hex token in a path segment', `GET /password/reset/${hex64}?email=a HTTP/1.1`, 'GET /password/reset/[REDACTED:link-path-token]?email=a HTTP/1.1'],
  ['a password that is not a path', `DB_PASSWORD=/${apiKey}`, 'DB_PASSWORD=[REDACTED:password-assignment]'],
];

describe('clean lines of real systems', () => {
  it.each(clean)('leaves %s byte for byte', (_name, line) => {
    expect(scrubber.redactText(line)).toBe(line);
  });

  it.each(secrets)('still redacts %s', (_name, line, redacted) => {
    expect(scrubber.redactText(line)).toBe(redacted);
  });
});
