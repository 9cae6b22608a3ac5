/**
 * Red-team leak class 2: Oracle's `user/password@connect` logon, in a JDBC URL
 * (`jdbc:oracle:thin:scott/…@db:1521:ORCL`), a Python driver's connect call, and on the command
 * lines of Oracle's tools. The user and the connect string stay; the password goes. A URL with no
 * user, `/ as sysdba`, `/nolog` and `user/role@host` in prose stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x0ac1e);
const password = (): string => `${sample.alnum(5)}${sample.digits(3)}${sample.alnum(3)}`;

const keeps = keepsEach(scrubber);

describe("Oracle's user/password logon in a JDBC URL or a driver's connect call", () => {
  it.each(
    planted(
      [
        (s) => `jdbc:oracle:thin:scott/${s}@db.example.com:1521:ORCL`,
        (s) => `url=jdbc:oracle:thin:app_user/${s}@//db:1521/svc`,
        (s) => `spring.datasource.url=jdbc:oracle:thin:APP/${s}@tcps://db.example.com:2484/svc.example.com`,
        (s) => `jdbc:oracle:oci:scott/${s}@orcl`,
        (s) => `jdbc:oracle:thin:app/${s}@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=svc)))`,
        (s) => `jdbc:oracle:thin:proxy_user[app_schema]/${s}@db:1521/svc`,
        (s) => `jdbc:oracle:thin:"scott"/"${s}"@db:1521/svc`,
        (s) => JSON.stringify({ level: 'INFO', msg: 'HikariPool-1 - Starting...', jdbcUrl: `jdbc:oracle:thin:app/${s}@//db:1521/svc` }),
        (s) => `2024-05-01 10:00:00 ERROR o.h.e.j.s.SqlExceptionHelper - Cannot connect to jdbc:oracle:thin:app/${s}@db:1521:ORCL: ORA-01017`,
        (s) => `<property name="url" value="jdbc:oracle:thin:app/${s}@db:1521/svc"/>`,
        (s) => `conn = cx_Oracle.connect("scott/${s}@orcl")`,
        (s) => `oracledb.connect('app/${s}@db.example.com:1521/svc')`,
        (s) => `cx_Oracle.connect("scott", "${s}", "db:1521/orcl")`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'jdbc:oracle:thin:@//db:1521/svc',
    'jdbc:oracle:thin:@db.example.com:1521:ORCL',
    'jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521)))',
    'jdbc:oracle:thin:/@wallet_alias',
    'jdbc:oracle:thin:@tnsalias?TNS_ADMIN=/opt/oracle/wallet',
    'url=jdbc:oracle:thin:@${DB_HOST}:1521/${DB_SERVICE}',
    'jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@db:1521/svc',
    'Loaded driver oracle.jdbc.OracleDriver for jdbc:oracle:thin',
    'cx_Oracle.connect(dsn)',
    'oracledb.connect(dsn=dsn, config_dir="/opt/oracle/config")',
    'grant role dba/readonly@host to ada',
    'user/role@host mapping refreshed',
  ]);
});

describe("Oracle's tools, user/password@tns on the command line", () => {
  it.each(
    planted(
      [
        (s) => `sqlplus scott/${s}@orcl`,
        (s) => `sqlplus -s app/${s}@//db:1521/svc`,
        (s) => `sqlplus -L "app/${s}@db:1521/svc" @deploy.sql`,
        (s) => `expdp system/${s}@orcl directory=DATA_PUMP_DIR dumpfile=full.dmp`,
        (s) => `impdp system/${s}@orcl directory=DATA_PUMP_DIR dumpfile=full.dmp remap_schema=a:b`,
        (s) => `rman target sys/${s}@db`,
        (s) => `sqlldr userid=app/${s}@db control=load.ctl`,
        (s) => `dgmgrl sys/${s}@prod "show configuration"`,
        (s) => `+ /u01/app/oracle/product/19c/bin/sqlplus -s app/${s}@svc`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps(['sqlplus / as sysdba', 'sqlplus /nolog', 'sqlplus -s /nolog @run.sql', 'rman target /', 'expdp parfile=exp.par', 'sqlplus -v']);
});
