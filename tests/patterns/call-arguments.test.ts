/**
 * PHP prints a call's arguments in every stack trace (a red-team review, N7): a failed database,
 * LDAP, FTP, SSH or Redis login writes its password into the log as the n-th argument of the
 * call that failed (`PDO->__construct('mysql:host=db', 'app', '<password>', Array)`). Only the
 * password goes; the DSN, the user and the other frames stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xca11);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;

describe("a password among a PHP stack trace's arguments", () => {
  it.each([
    (s: string) => `#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${s}', Array)`,
    (s: string) => `#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(46): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=db;p...', 'app', '${s}', Array)`,
    (s: string) => `#0 /app/src/Db.php(12): PDO->__construct('pgsql:host=pg;dbname=app', 'app', '${s}')`,
    (s: string) => `#0 [internal function]: PDO::__construct('mysql:host=db', 'root', '${s}', Array)`,
    (s: string) => `#0 /app/lib/db.php(8): mysqli->__construct('db.internal', 'app', '${s}', 'shop')`,
    (s: string) => `#0 /app/lib/db.php(8): mysqli_connect('db.internal', 'app', '${s}', 'shop', 3306)`,
    (s: string) => `#0 /app/lib/db.php(9): mysqli_real_connect(Object(mysqli), 'db.internal', 'app', '${s}')`,
    (s: string) => `#0 /app/lib/db.php(9): mysqli->real_connect('db.internal', 'app', '${s}', 'shop')`,
    (s: string) => `#0 /app/src/Ldap.php(31): ldap_bind(Object(LDAP\\Connection), 'cn=admin,dc=example,dc=org', '${s}')`,
    (s: string) => `#0 /app/src/Ldap.php(31): ldap_bind(Resource id #12, 'cn=admin,dc=example,dc=org', '${s}')`,
    (s: string) => `#0 /app/src/Sftp.php(20): ssh2_auth_password(Resource id #7, 'deploy', '${s}')`,
    (s: string) => `#0 /app/src/Ftp.php(14): ftp_login(Object(FTP\\Connection), 'backup', '${s}')`,
    (s: string) => `#0 /app/vendor/predis/predis/src/Client.php(320): Predis\\Client->auth('${s}')`,
    (s: string) => `#0 /app/src/Cache.php(18): Redis->auth('${s}')`,
    (s: string) => JSON.stringify({ message: 'SQLSTATE[HY000] [1045] Access denied', context: { exception: `[object] (PDOException(code: 1045): SQLSTATE[HY000] [1045] at /app/Connector.php:70)\n[stacktrace]\n#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${s}', Array)\n#1 {main}` } }),
  ])('%s', (make) => {
    const s = password();
    expectOnlySecretGone(scrubber, make(s), s);
  });

  it("a password PHP cut at 15 characters goes as it was printed, its '...' too", () => {
    const s = `${sample.alnum(12)}...`;
    expectOnlySecretGone(scrubber, `#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${s}', Array)`, s);
  });

  it.each([
    "#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', NULL, Array)",
    "#0 /app/Connector.php(70): PDO->__construct('sqlite:/var/db/app.sqlite')",
    "#0 /app/src/Cache.php(18): Redis->auth(Array)",
    "#0 /app/src/Cache.php(18): Redis->connect('redis', 6379)",
    "#0 /app/lib/db.php(8): mysqli->__construct('db.internal', 'app')",
    "#2 /app/src/Kernel.php(44): App\\Kernel->handle(Object(Illuminate\\Http\\Request))",
    'PHP Warning:  mysqli_connect(): (HY000/2002): Connection refused in /app/lib/db.php on line 8',
    "#0 /app/src/Ldap.php(31): ldap_bind(Object(LDAP\\Connection))",
    "#0 /app/src/Ldap.php(31): ldap_bind(Object(LDAP\\Connection), 'cn=admin,dc=example,dc=org', '')",
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
