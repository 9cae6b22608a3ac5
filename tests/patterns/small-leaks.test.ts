/**
 * Red-team leak class 4, the smaller ones: AWS SSM parameters whose name ends in a secret word
 * (the value stands after the parameter's type), the MongoDB shell's db.auth/changeUserPassword,
 * GitHub Actions' ::add-mask:: (its value is secret by definition), and htpasswd lines in Traefik
 * labels, `$` doubled for docker-compose. Only the secret goes; look-alikes stay byte for byte.
 * PKCE's code_verifier, a SAMLResponse and a SecureString under a plain name wait for room in the
 * pass over every byte: each needs a literal of its own there (see the commit that added this).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5a11);
const password = (): string => `${sample.alnum(6)}!${sample.digits(4)}`;
const token = (): string => sample.alnum(32);

const keeps = keepsEach(scrubber);

describe('AWS SSM parameters', () => {
  it.each(
    planted(
      [
        (s) => JSON.stringify({ Parameter: { Name: '/prod/db/password', Type: 'SecureString', Value: s, Version: 3 } }),
        (s) => JSON.stringify({ Parameters: [{ Name: '/prod/api/token', Type: 'String', Value: s, Version: 1 }] }),
        (s) => `{"Name": "/prod/db/password", "Type": "SecureString", "Value": "${s}", "Version": 3}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    '{"Parameter":{"Name":"/prod/app/region","Type":"String","Value":"eu-west-1","Version":3}}',
    '{"Name":"/prod/db/password","Type":"SecureString","Version":3}',
  ]);
});

describe("the MongoDB shell's db.auth and changeUserPassword", () => {
  it.each(
    planted(
      [
        (s) => `db.auth("app", "${s}")`,
        (s) => `> db.auth('admin', '${s}')`,
        (s) => `db.getSiblingDB("admin").auth("root", "${s}")`,
        (s) => `db.changeUserPassword("app", "${s}")`,
        (s) => `db.createUser({user:"app", pwd:"${s}", roles:[{role:"readWrite", db:"app"}]})`,
        (s) => `mongosh --eval 'db.auth("app", "${s}")'`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps(['db.auth("app", passwordPrompt())', 'db.changeUserPassword("app", passwordPrompt())', 'db.auth(user, pw)']);
});

describe("GitHub Actions' ::add-mask::", () => {
  it.each(
    planted(
      [
        (s) => `echo "::add-mask::${s}"`,
        (s) => `::add-mask::${s}`,
        (s) => `2024-05-01T10:00:00.0000000Z ::add-mask::${s}`,
        (s) => `echo '::add-mask::${s}'`,
        (s) => `Write-Output "::add-mask::${s}"`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps(['echo "::add-mask::$TOKEN"', 'echo "::add-mask::${{ steps.x.outputs.token }}"', '::add-mask::***', 'echo "::add-mask::"']);
});

describe('htpasswd lines in Traefik labels, `$` doubled for docker-compose', () => {
  const bcrypt = (): string => sample.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53);
  const apr1 = (): string => `${sample.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8)}$$${sample.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`;
  it.each(
    planted(
      [
        (s) => `traefik.http.middlewares.auth.basicauth.users=admin:$$2y$$05$$${s}`,
        (s) => `      - "traefik.http.middlewares.auth.basicauth.users=admin:$$2y$$10$$${s}"`,
        (s) => `traefik.http.middlewares.auth.basicauth.users=admin:$$2y$$05$$${s},ops:$$2y$$05$$${s}`,
      ],
      bcrypt,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(planted([(s) => `- "traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$${s}"`], apr1))('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );

  keeps(['traefik.http.middlewares.auth.basicauth.usersfile=/etc/traefik/users', 'traefik.http.middlewares.auth.basicauth.realm=internal', 'price $$5$$ each']);
});
