import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { sample } from './sample.js';

const password = sample.password();
const weak = sample.from('abcdefghijklmnopqrstuvwxyz', 9);
const token = sample.base64url(32);

/**
 * curl's short options that take no value, which may come before `-u` in one bundle (`-fsSku`);
 * one that takes a value (`-H`, `-o`) ends a bundle, so `-Hauthorization:…` is no `-u`.
 */
const CURL_SWITCHES = '[sSfLkviIgGNnqOJRjlZ46]{0,8}';

/** `curl -u user:password`'s password: `FLAG_VALUE` that does not open with `/` (`http://…`). */
const CURL_PASSWORD = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^/ \t\r\n"'][^ \t\r\n"']*))`;

/** A password after a flag: quoted to its quote, else to the next space. */
const FLAG_VALUE = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"']+))`;

/**
 * Credentials on command lines that logs echo (CI steps, shell history, process listings): the
 * command and its other arguments stay, the password goes. `--password=…` and `PGPASSWORD=…` are
 * the password rule's.
 */
export const commandLineRules: readonly RuleSpec[] = [
  {
    id: 'curl-user',
    family: 'command-line',
    description: 'curl -u user:password and --user user:password: the user stays, the password goes',
    // Found by the flag, not by `curl`: user agents (`curl/8.4.0`) put `curl` on a third of
    // request lines. `--user` may take `=`; `-u` may close a bundle of short flags (`-su`, `-ku`)
    // and take its value attached (`-uadmin:pw`). A password never opens with `/`: what follows
    // `-o out:` or a bundle's letters before `http://` is a path or a URL, not a credential.
    regex: String.raw`\b(?i:curl)\b[^\r\n]*?([ \t]-${CURL_SWITCHES}u|--user)(?:[ \t]+|=)?["']?[^ \t\r\n"':/]*:${CURL_PASSWORD}`,
    // No keywords: the anchor prefilters on its own, the flag and a `user:` after it. An unbounded
    // class, not the regex's counted one: a counted repeat multiplies prefilter DFA states.
    keywords: [],
    anchor: String.raw`(?:[ \t]-[sSfLkviIgGNnqOJRjlZ46]*u|--user)(?:[ \t]+|=)?["']?[^ \t\r\n"':/]*:`,
    secretGroup: 2,
    examples: {
      match: [
        { input: `curl -u admin:${password} https://api.example.com`, output: `curl -u admin:${label('curl-user')} https://api.example.com` },
        { input: `+ curl -fsS --user "ci:${weak}" https://repo/x`, output: `+ curl -fsS --user "ci:${label('curl-user')}" https://repo/x` },
        { input: `curl -s -u 'deploy:${password}' -X POST https://x`, output: `curl -s -u 'deploy:${label('curl-user')}' -X POST https://x` },
        // A bundle of short flags ending in -u, and the value attached (issue 8).
        { input: `curl -su admin:${password} https://api.example.com`, output: `curl -su admin:${label('curl-user')} https://api.example.com` },
        { input: `curl -fsSLku ci:${weak} https://repo/x`, output: `curl -fsSLku ci:${label('curl-user')} https://repo/x` },
        { input: `curl -uadmin:${password} https://x`, output: `curl -uadmin:${label('curl-user')} https://x` },
      ],
      noMatch: [
        'curl -u admin https://api.example.com',
        'curl -u "$USER:$PASS" https://x',
        'curl --user-agent x:y https://x',
        'curl -sou http://example.com/a:b',
        'curl -fsSL https://example.com:8443/x -o out',
        'curl -u admin http://host:8080/x',
      ],
    },
  },
  {
    id: 'cli-password-flag',
    family: 'command-line',
    description: 'mysql/mysqldump/mariadb -p<password>, sshpass -p <password>, redis-cli -a <password>',
    // mysql's `-p` takes its value only attached (`-p db` prompts); `-P` is the port.
    regex: String.raw`\b(?:(?i:mysql|mysqldump|mysqladmin|mariadb)\b[^\r\n]*?[ \t]-p|(?i:sshpass)(?:[ \t]+-[A-Za-oq-z][^ \t\r\n]*)*[ \t]+-p[ \t]*|(?i:redis-cli)\b[^\r\n]*?[ \t]-a[ \t]+)${FLAG_VALUE}`,
    keywords: ['mysql', 'mariadb', 'sshpass', 'redis-cli'],
    examples: {
      match: [
        { input: `mysql -h db -uroot -p${password} app`, output: `mysql -h db -uroot -p${label('cli-password-flag')} app` },
        { input: `mysqldump -u app -p'${weak}' app`, output: `mysqldump -u app -p'${label('cli-password-flag')}' app` },
        { input: `sshpass -p ${password} ssh deploy@web1`, output: `sshpass -p ${label('cli-password-flag')} ssh deploy@web1` },
        { input: `redis-cli -h cache -a ${token} ping`, output: `redis-cli -h cache -a ${label('cli-password-flag')} ping` },
      ],
      noMatch: ['mysql -h db -P 3306 -p app', 'mysql -u root -p', 'sshpass -e ssh host', 'mysqld: ready for connections', 'mysql -p$MYSQL_PASSWORD app'],
    },
  },
  {
    id: 'cli-password-argument',
    family: 'command-line',
    description: 'passwords other tools take as arguments: keytool/jarsigner -storepass/-keypass, openssl -passin/-passout pass:…, ldapsearch/ldapmodify … -w, net user <name> <password>, PowerShell ConvertTo-SecureString "…" -AsPlainText',
    // Recall round: command lines CI logs and process listings echo, as other scanners' suites
    // list them. Each flag or command is its own keyword; the tool's other arguments stay.
    regex: [
      String.raw`[ \t]-(?:store|key|srcstore|deststore|srckey|destkey|new)pass[ \t]+${FLAG_VALUE}`,
      String.raw`[ \t]-pass(?:in|out)?[ \t]+pass:${FLAG_VALUE}`,
      String.raw`\b(?i:ldap(?:search|modify|add|delete|passwd|compare|whoami|modrdn|exop))\b[^\r\n]*?[ \t]-w[ \t]+${FLAG_VALUE}`,
      String.raw`\b(?i:net)[ \t](?i:user)[ \t]+[^ \t\r\n/*"']+[ \t]+(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"'/*][^ \t\r\n"']*))`,
      String.raw`(?i:ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?(?:"([^"\r\n]+)"|'([^'\r\n]+)')[ \t]+[^\r\n]*?-AsPlainText`,
    ].join('|'),
    // Few and short: every keyword of every rule is one automaton over every byte, and twenty
    // more literals here slowed the request log by a tenth (measured); the regex tells them apart.
    // A keyword for each separator the regex allows before `pass:` and `user`: a match the pass over
    // every byte cannot see is a secret left in (a tab-separated `net\tuser … <password>` was).
    keywords: ['storepass', 'keypass', 'newpass', ' pass:', '\tpass:', 'ldap', 'net user', 'net\tuser', 'convertto-securestring'],
    examples: {
      match: [
        { input: `keytool -importkeystore -storepass ${password} -keypass '${weak}'`, output: `keytool -importkeystore -storepass ${label('cli-password-argument')} -keypass '${label('cli-password-argument')}'` },
        { input: `openssl pkcs12 -export -passout pass:${password} -out a.p12`, output: `openssl pkcs12 -export -passout pass:${label('cli-password-argument')} -out a.p12` },
        { input: `ldapsearch -x -D "cn=admin,dc=example,dc=org" -w ${password} -H ldap://ldap`, output: `ldapsearch -x -D "cn=admin,dc=example,dc=org" -w ${label('cli-password-argument')} -H ldap://ldap` },
        { input: `net user ada ${password} /add`, output: `net user ada ${label('cli-password-argument')} /add` },
        // Tab-separated, as scripts and process listings print them: a keyword for each separator.
        { input: `net\tuser ada ${password} /add`, output: `net\tuser ada ${label('cli-password-argument')} /add` },
        { input: `openssl rsa -passin\tpass:${password}\t-in k.pem`, output: `openssl rsa -passin\tpass:${label('cli-password-argument')}\t-in k.pem` },
        { input: `$pw = ConvertTo-SecureString "${password}" -AsPlainText -Force`, output: `$pw = ConvertTo-SecureString "${label('cli-password-argument')}" -AsPlainText -Force` },
      ],
      noMatch: [
        'openssl rsa -passin env:KEY_PASS -in k.pem',
        'openssl rsa -passin file:/run/secrets/pass -in k.pem',
        'ldapsearch -x -W -D cn=admin',
        'net user ada /delete',
        'net user ada * /add',
        'net use Z: \\\\srv\\share',
        'ConvertTo-SecureString $plain -AsPlainText -Force',
        'keytool -list -storepass:env STOREPASS',
      ],
    },
  },
];
