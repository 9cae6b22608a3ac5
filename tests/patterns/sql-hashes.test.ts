/**
 * A MySQL password hash in a statement log (review3, L7): `IDENTIFIED WITH <plugin> AS '<hash>'`,
 * as SHOW CREATE USER and mysqldump print a user. Only the hash goes. (pgcrypto's and MySQL's
 * crypto functions with a literal key, `pgp_sym_decrypt(col, '<key>')`, wait for room in the
 * pass over every byte: their names as literals took it out of RE2's DFA with four short keys of
 * a config's own.)
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5c1a);
const keeps = keepsEach(scrubber);

describe('a password hash after IDENTIFIED WITH … AS', () => {
  it.each([
    (h: string) => `CREATE USER 'repl'@'10.%' IDENTIFIED WITH mysql_native_password AS '${h}' REQUIRE NONE`,
    (h: string) => `/*!80001 ALTER USER 'app'@'%' IDENTIFIED WITH 'mysql_native_password' AS '${h}' */;`,
  ])('%s', (make) => {
    const h = `*${sample.from('0123456789ABCDEF', 40)}`;
    expectOnlySecretGone(scrubber, make(h), h);
  });
  keeps(["CREATE USER 'ada'@'localhost' IDENTIFIED WITH auth_socket AS 'ada'", "CREATE USER 'x'@'%' IDENTIFIED WITH authentication_ldap_simple AS 'uid=x,ou=People,dc=example,dc=com'"]);
});
