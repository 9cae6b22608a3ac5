import type { RuleSpec } from '../src/types.js';
import { EXECVE_NEXT, label } from './parts.js';
import { createSampler, sample } from './sample.js';

const password = sample.password();
const weak = sample.from('abcdefghijklmnopqrstuvwxyz', 9);
const token = sample.base64url(32);
/** Samples of their own (red-team N1), so the samples above stay as they were. */
const minio = createSampler(2026120105);
const minioAccess = minio.base32(20);
const minioSecret = minio.base64(40);

/** A CI tool's token after its flag or command: quoted, or bare to the next space; never a variable. */
const TOOL_TOKEN = String.raw`(?:"([^"$ \t\r\n]{16,})"|'([^'$ \t\r\n]{16,})'|([A-Za-z0-9][^ \t\r\n"'$]{15,}))`;
/** Samples of their own for ci-tool-token (round 39), so the samples above stay as they were. */
const tool = createSampler(2026120339);
const toolUuid = tool.uuid();
const toolHex = tool.hex(40);
const toolKey = tool.from('abcdefghijklmnopqrstuvwxyz0123456789', 52);

/**
 * curl's short options that take no value, which may come before `-u` in one bundle (`-fsSku`);
 * one that takes a value (`-H`, `-o`) ends a bundle, so `-Hauthorization:…` is no `-u`.
 */
const CURL_SWITCHES = '[sSfLkviIgGNnqOJRjlZ46]{0,8}';

/** `curl -u user:password`'s password: `FLAG_VALUE` that does not open with `/` (`http://…`). */
const CURL_PASSWORD = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^/ \t\r\n"'][^ \t\r\n"']*))`;

/**
 * A double-quoted value, also with its quotes escaped (`\"pw\"`, a command line inside a JSON
 * string): a backslash inside is the password's, unless it escapes the closing quote.
 */
const DQ = String.raw`\\?"((?:[^"\\\r\n]|\\[^"\r\n])+)\\?"`;

/** A password after a flag: quoted to its quote, else to the next space. */
const FLAG_VALUE = String.raw`(?:${DQ}|'([^'\r\n]+)'|([^ \t\r\n"']+))`;

/**
 * A password after a flag whose value may be glued to it (`-wS3cret`, `-pS3cret`): as `FLAG_VALUE`,
 * but never the next flag (`ldapsearch -w -D …` is a mistake, not a password), nor a shell
 * operator (`htpasswd -nb u pw > file`).
 */
const GLUED_VALUE = String.raw`(?:${DQ}|'([^'\r\n]+)'|([^- \t\r\n"'<>|&;\\][^ \t\r\n"']*))`;

/**
 * `GLUED_VALUE` for a `-p` that other tools on the same line take for a port (`docker run --name
 * mongo -p 27017:27017`, `kubectl port-forward svc/mongo -p 27017`): a bare value of digits,
 * colons and dots alone is a port or an address, not a password (review3).
 */
const NOT_PORT_VALUE = String.raw`(?:${DQ}|'([^'\r\n]+)'|([^-0-9:. \t\r\n"'<>|&;\\][^ \t\r\n"']*|[0-9:.]+[^0-9:. \t\r\n"'<>|&;][^ \t\r\n"']*))`;

/** A positional argument before the password (a file, a user name): not a flag, not quoted. */
const ARGUMENT = String.raw`[^- \t\r\n"'<>|&;][^ \t\r\n"']*`;

/** Short flags of htpasswd, with the number `-C` takes: `-bc`, `-nbB`, `-B -C 10`. */
const HTPASSWD_FLAGS = String.raw`(?:[ \t]+-[A-Za-z]+(?:[ \t]+[0-9]+)?)*`;

/**
 * What ends `net user`/`net use`'s password: an option (`/add`), the end of the line or string, or
 * a batch script's redirection or chaining (`>nul 2>&1`, `&& …`, `| more`: review3 found those
 * passwords left in). Required, so prose (`the net user count is 5`) is no command line.
 */
const NET_END = String.raw`[ \t]*(?:/|$|[\r\n"'\\<>|&]|[0-9]>)`;

/** `net use`'s user option, `/user:dom\u` or `/u:"dom\John Doe"`. */
const NET_USE_USER = String.raw`(?i:/u(?:ser)?):(?:\\?"[^"\r\n]*"|[^ \t\r\n"']+)[ \t]+`;

/** net-snmp's commands, each by name (a class after `snmp` would make every word a start in the pass). */
const SNMP_TOOLS = 'snmp(?:walk|bulkwalk|get|getnext|bulkget|set|trap|inform|table|delta|df|netstat|status|test|usm|vacm)';

/**
 * `net use [D:|*] \\server\share ` up to its next argument; `net` and `use` apart by one blank, or
 * by two as a 4688 event's command line has them (`net  use`; round 62).
 */
const NET_USE = String.raw`\b(?i:net)(?:[ \t]|  )(?i:use)[ \t]+(?:(?:[A-Za-z]:|\*)[ \t]+)?\\\\[^ \t\r\n"']+[ \t]+`;

/** `net use`'s password argument: quoted, or a bare word that is not an option or `*` (prompt). */
const NET_PASSWORD = String.raw`(?:${DQ}|'([^'\r\n]+)'|([^ \t\r\n"'/*\\][^ \t\r\n"']*))`;

/** Oracle's clients whose first argument is the logon `user/password[@connect]`. */
const ORACLE_TOOLS = 'sqlplus|sqlldr|expdp|impdp|rman|dgmgrl';

/** An Oracle logon named by its keyword, up to the password: `userid=u/`, rman's `target u/`, `catalog=u/`. */
const ORACLE_LOGON = String.raw`\\?["']?(?i:userid[ \t]*=|(?:target|catalog|auxiliary)(?:[ \t]*=|[ \t])[ \t]*)\\?["']?[A-Za-z0-9_$#.]+/`;

/** The password of an Oracle logon: up to its `@connect`, its quote or the next argument. */
const ORACLE_PASSWORD = String.raw`[^ \t\r\n"'@/\\]+`;

/** NcFTP's clients: `-p` is the password, `-P` the port. */
const NCFTP_TOOLS = 'ncftp(?:put|get|ls|batch)?';

/**
 * Commands that read a password from standard input, after the pipe that feeds them:
 * `vncpasswd -f`, `passwd --stdin` (and `passwd` reading it twice), `sudo -S`. The pipe is part of
 * the anchor, so a log naming `/etc/passwd` or `sudo` does not wake the rule.
 */
const STDIN_READERS = String.raw`\|[ \t]*(?i:vncpasswd|passwd|sudo|[ki]init|adcli|anydesk|ipa)\b|<<<`;

/**
 * sudo's options before `-S`: those that take a value (`-u root`, `-uroot`, `-g`, `-p`, `-C`, `-h`,
 * `-D`, `-r`, `-t`, `-T`, `-U`) with it, a long one with `=`, or a cluster without `S`. Only
 * options: the command after them (`tee`) ends the search, so its own `-S` is not sudo's.
 */
const SUDO_OPTIONS = String.raw`(?:(?:-[ugpChDrtTU][ \t]*[^- \t\r\n|;&][^ \t\r\n|;&]*|--[a-z-]+=[^ \t\r\n|;&]+|-[^ \t\r\nS-][^ \t\r\nS]*)[ \t]+)*`;

/**
 * A literal echoed into a `STDIN_READERS` command: double or single quoted to its quote (its
 * `\n` escapes, a password typed twice, go with it), or bare. Never a variable (`$PW`): a script
 * that pipes one logs no secret.
 */
const ECHOED_VALUE = String.raw`(?:${DQ}|'([^'\r\n]+)'|([^-$ \t\r\n"'|<>;&][^ \t\r\n"'|<>;&]*))`;

/** Recall5's tools: a `-p`/`-P`/`-N` password of their own, or Oracle's `user/password` logon. */
const RECALL5_TOOLS = String.raw`cqlsh|cypher-shell|racadm|mosquitto_(?:pub|sub|rr)|ssh-keygen|(?:un)?rar|${ORACLE_TOOLS}`;

/** The tools of `cli-password-option`, by name: what the pass over every byte looks for. */
/** Samba's clients, each taking `-U user%password`: `net` only with its Samba subcommands. */
const SAMBA_TOOLS = String.raw`smbclient|rpcclient|smbcacls|smbget|smbmap|smbtree|winexe|wbinfo|net[ \t]+(?:ads|rpc|sam|dom)`;

/** Impacket's example scripts that take a target or -hashes (as `<name>.py`; Kali's `impacket-<name>` too). */
const IMPACKET_TOOLS = String.raw`secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|getTGT|getST|GetUserSPNs|GetNPUsers|mssqlclient|smbclient|lookupsid`;
/** An NT hash for the examples. */
const ntHash = createSampler(2026120442).hex(32);

/** radtest's user, and a value of its own (quoted or bare, a leading dash allowed). */
const RADTEST_ARGUMENT = String.raw`(?:"[^"\r\n]*"|'[^'\r\n]*'|[^ \t\r\n"'<>|&;]+)`;
const RADTEST_VALUE = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"'<>|&;]+))`;

const CLI_OPTION_TOOLS = String.raw`\b(?i:adb|openfortivpn|teamviewer|espota|sqlcmd|bcp|osql|ipmitool|psexec(?:64)?|rdesktop|mongo(?:sh|dump|restore|export|import|stat|top)?|${SAMBA_TOOLS}|(?:x|wl|sdl-)?freerdp[0-9]?|(?:un)?zip|7z[ar]?|lftp|nmcli|rabbitmqctl|${SNMP_TOOLS}|chpasswd|user(?:mod|add)|adduser|twine|poetry|${NCFTP_TOOLS}|${RECALL5_TOOLS})\b|[ \t]-pw[ \t]|${STDIN_READERS}`;

/** `GLUED_VALUE` without its groups, and never a variable (`$NEW_PW`): one value in a `chain`. */
const CHAIN_VALUE = String.raw`\\?"(?:[^"\\\r\n]|\\[^"\r\n])+\\?"|'[^'\r\n]+'|[^-$ \t\r\n"'<>|&;\\][^ \t\r\n"']*`;

/**
 * A tool's password and the ones after it on the same command line, as one span
 * (`ldappasswd -w old -s new`, `snmpwalk -A auth -X priv`): the scan moves past a match, and every
 * later match of these rules starts at the tool's name, before it, so a second password would
 * stay. The flags between them go too; nothing of a password is left (recall4).
 */
const chain = (flags: string): string => String.raw`((?:${CHAIN_VALUE})(?:[^\r\n]*?[ \t]${flags}(?:${CHAIN_VALUE})){1,2})`;

/** A crypt(3) hash as `usermod -p` takes it (`$6$salt$hash`), or a value that is not code (`$(…)`, `$VAR`). */
const HASH_VALUE = String.raw`\$[0-9A-Za-z]+\$[^ \t\r\n"']+|[^-$( \t\r\n"'<>|&;\\][^ \t\r\n"']*`;

/** `user:password` as `chpasswd` reads it, echoed in double or single quotes or bare; `\n` after it stays. */
const CHPASSWD_LINE = String.raw`\\?"[^:"\\\r\n \t]+:((?:[^"\\\r\n]|\\[^"n\r\n])+)(?:\\n)?\\?"|'[^:'\r\n \t]+:((?:[^'\\\r\n]|\\[^n\r\n])+)(?:\\n)?'|[^-:"' \t\r\n|]+:([^ \t\r\n"'|<>;&]+)`;

/** Container and cloud CLIs whose `login` takes `-p <password>` (`--password-stdin` is the safe way). */
// `.exe`: the same CLIs as Windows runners echo them (`docker.exe login -p …` was left in, review3).
const LOGIN_COMMAND = String.raw`(?i:(?:docker|podman|nerdctl|buildah|skopeo|oras|az|helm(?:\.exe)?[ \t]+registry)(?:\.exe)?[ \t]+login)`;

/**
 * Credentials on command lines that logs echo (CI steps, shell history, process listings): the
 * command and its other arguments stay, the password goes. `--password=…` and `PGPASSWORD=…` are
 * the password rule's.
 */
/** An Apple ID's app-specific password: four groups of four small letters (`xcrun altool -u … -p abcd-efgh-ijkl-mnop`). */
const APPLE_APP_PASSWORD = '[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}';

/**
 * A password after a flag that other tools take for a name, a number or a file (`-p 5432`,
 * `-p prod`, `-p warning..err`, `-pass env:PW`): quoted, it is the value as written; bare, it
 * mixes letters with digits or one of `!#%^*+=?@~` and opens with neither `-`, `$`, `%`, `~`,
 * `.` nor `/` (a flag, a variable, a file). An `@` may open it (`hdbsql -u SYSTEM -p @L4Jh-hIt7eP`;
 * round 66): a file read so (`@body.json`, `@conf/pw`) is no value to the value policy.
 */
/** The security tool's own options before its subcommand (`security -v -i unlock-keychain …`; review of s42). */
const SECURITY_OPTIONS = String.raw`(?:[ \t]+-[a-zA-Z])*`;

const MIXED_VALUE = String.raw`(?:${DQ}|'([^'\r\n]+)'|(@?(?:[A-Za-z][^ \t\r\n"'<>|&;]*?[0-9!#%^*+=?@~]|[0-9!#^*+=?][^ \t\r\n"'<>|&;]*?[A-Za-z])[^ \t\r\n"'<>|&;]*|${APPLE_APP_PASSWORD}))`;

/** A user flag and its value, which may be quoted: `-u ada`, `--user=ada`, `-username "Ada L"`. */
const USER_FLAG = String.raw`-(?:u|-?user(?:name)?)(?:[ \t]+|=)(?:"[^"\r\n]*"|'[^'\r\n]*'|[^- \t\r\n"'<>|&;][^ \t\r\n"'<>|&;]*)`;

/** The flags and values between two flags of one command: no shell operator, no quote. */
const BETWEEN_FLAGS = String.raw`(?:[ \t]+[^ \t\r\n"'<>|&;]+)*?`;

/** The hex auditd writes for a string (`a5=2D70…`), of `text`. */
const auditHex = (text: string): string => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

export const commandLineRules: readonly RuleSpec[] = [
  {
    id: 'audit-hex-field',
    family: 'command-line',
    description:
      "the Linux audit system's hex-encoded strings read as the text they hold: an EXECVE record's arguments (with its quoted ones, as one command) and PROCTITLE's command line; a secret there goes as the hex of its bytes, a clean command stays",
    // Round 118: auditd writes a string in hex when it holds a space, a quote or a control
    // character. Read as hex, a password there went and clean commands read as 64-hex tokens.
    // The findings are the rules' that read the decoded text (src/detect/audit-hex.ts).
    // One match a record, at its first hex field: an EXECVE record's arguments are read together.
    // By two keywords: an anchor of field names, or a third keyword (`type=user_cmd`, for sudo's
    // `cmd=`), put the pass over the catalog's room for 45 keywords more from ~30 to ~370 ms of CPU.
    regex: String.raw`(?:\bargc=[0-9]+[^\r\n]*?\ba[0-9]{1,5}(?:\[[0-9]{1,5}\])?|\bproctitle)=([0-9A-F]{2,})(?:[^0-9A-Za-z]|$)`,
    secretGroup: 1,
    keywords: ['argc=', 'proctitle='],
    kind: 'audit-hex',
    examples: {
      match: [
        {
          input: `type=EXECVE msg=audit(1734764445.186:585724): argc=5 a0="mysql" a1="-u" a2="root" a3=${auditHex(`-p${password}`)} a4="app"`,
          output: `type=EXECVE msg=audit(1734764445.186:585724): argc=5 a0="mysql" a1="-u" a2="root" a3=2D70${label('cli-password-flag')} a4="app"`,
        },
        {
          input: `type=PROCTITLE msg=audit(1734420043.540:2675950): proctitle=${auditHex(`openssl\u0000passwd\u0000-6\u0000${weak}`)}`,
          output: `type=PROCTITLE msg=audit(1734420043.540:2675950): proctitle=${auditHex('openssl\u0000passwd\u0000-6\u0000')}${label('cli-password-argument')}`,
        },
      ],
      noMatch: [
        `type=PROCTITLE msg=audit(1734936610.160:1599159): proctitle=${auditHex('/usr/bin/python3\u0000/opt/app/run.py\u0000--workers\u00004')}`,
        `type=EXECVE msg=audit(1735330425.448:1893023): argc=3 a0="/bin/sh" a1="-c" a2=${auditHex('ls -la /var/log | grep "auth"')}`,
        'type=SYSCALL msg=audit(1735330425.448:1893023): arch=c000003e syscall=59 success=yes exit=0 a0=55d1c2a0 a1=55d1c2b8 a2=55d1c2d0 a3=8 items=2',
      ],
    },
  },
  {
    id: 'audit-hex-command',
    family: 'command-line',
    description: "sudo's command (USER_CMD's cmd) as the Linux audit system writes it in hex, read as the text it holds: a secret there goes as the hex of its bytes, a clean command stays",
    // Round 118, as audit-hex-field. Found by a run of 64 hex digits, which the pass samples in JS
    // beside the automaton: a keyword (`type=user_cmd`) put the automaton over the catalog's room.
    // Shorter commands (under 32 characters) hold no secret worth their cost.
    // Not TTY's data: a password typed at a prompt has no flag or key the rules know, so its
    // keystrokes stay hex-token-long's, whole (a review's).
    regex: String.raw`\bcmd=([0-9A-F]{64,})(?:[^0-9A-Za-z]|$)`,
    secretGroup: 1,
    keywords: [],
    // hex-token-long's, whose search it shares: a run of its own cost the request log's scrub ~10%.
    prefilter: '[0-9a-fA-F]{64}',
    // Tier 1b's trigger on a line the run hit.
    anchor: String.raw`\bcmd=[0-9A-F]{64}`,
    kind: 'audit-hex',
    examples: {
      match: [
        {
          input: `type=USER_CMD msg=audit(1733693229.221:2062572): pid=12490 uid=1002 auid=1002 msg='cwd="/home/ops" cmd=${auditHex(`mysqladmin -u root --password=${password} reload`)} exe="/usr/bin/sudo" terminal=pts/1 res=success'`,
          output: `type=USER_CMD msg=audit(1733693229.221:2062572): pid=12490 uid=1002 auid=1002 msg='cwd="/home/ops" cmd=${auditHex('mysqladmin -u root --password=')}${label('cli-password-flag')}${auditHex(' reload')} exe="/usr/bin/sudo" terminal=pts/1 res=success'`,
        },
      ],
      noMatch: [
        `type=USER_CMD msg=audit(1734936610.160:1599159): pid=199188 uid=1002 msg='cwd="/home/jenkins" cmd=${auditHex('systemctl restart nginx.service --no-block')} exe="/usr/bin/sudo" res=success'`,
        `type=TTY msg=audit(1734936610.160:1599160): tty pid=4242 uid=1000 major=136 minor=0 data=${auditHex('ls -la /var/log\r')}`,
      ],
    },
  },
  {
    id: 'wget-debug-password',
    family: 'command-line',
    description: "a password as wget --debug echoes its options: Setting --http-password (httppassword) to …, also --password, --ftp-password and --proxy-password",
    // Round 108: wget's debug output repeats every option it was given, passwords too.
    regex: String.raw`\bSetting[ \t]+--(?:(?:http|ftp|proxy)-)?password[ \t]+\([a-z]+\)[ \t]+to[ \t]+([^ \t\r\n]+)`,
    // Tier 1b only: `password` is in the pass over every byte already.
    keywords: ['password'],
    anchor: String.raw`Setting[ \t]+--`,
    anchorInPass: false,
    examples: {
      // Its other look-alikes are tests/patterns/named-entries-and-tables.test.ts's: as an example,
      // `--ask-password` put the pass over the catalog's examples past RE2's DFA cache (pass-room).
      match: [{ input: `Setting --password (password) to ${weak}`, output: `Setting --password (password) to ${label('wget-debug-password')}` }],
      noMatch: ['Setting --password (password) to'],
    },
  },
  {
    id: 'curl-user',
    family: 'command-line',
    description: 'curl -u user:password and --user user:password, and etcdctl --user user:password: the user stays, the password goes; an API secret as the user with no password (-u <secret>:) goes',
    // Found by the flag, not by `curl`: user agents (`curl/8.4.0`) put `curl` on a third of
    // request lines. `--user` may take `=`; `-u` may close a bundle of short flags (`-su`, `-ku`)
    // and take its value attached (`-uadmin:pw`). A password never opens with `/`: what follows
    // `-o out:` or a bundle's letters before `http://` is a path or a URL, not a credential.
    // etcdctl's `--user root:<password>` is the same flag (round 45), and curl's proxy's
    // `--proxy-user user:<password>` (round 108).
    // A key as the user and no password (`-u <api secret>:`, as Mixpanel, Amplitude and Stripe
    // take theirs; round 73): then the user goes, 20 characters of a key's alphabet or more.
    // A quoted pair's password ends at its own closing quote: `-u 'key:' -X POST … -H '…'` read
    // the quote after the colon as a password's opening, up to the next quote (round 117). A pair
    // whose quote never closes (a line cut short) has its password bare, to the next space.
    regex: String.raw`\b(?i:curl|etcdctl)\b[^\r\n]*?(?:([ \t]-${CURL_SWITCHES}u|--(?:proxy-)?user)(?:[ \t]+|=)?(?:'[^ \t\r\n"':/]*:([^'\r\n]+)'|"[^ \t\r\n"':/]*:([^"\r\n]+)"|["'][^ \t\r\n"':/]*:([^'"/ \t\r\n][^ \t\r\n"']*)|[^ \t\r\n"':/]*:${CURL_PASSWORD})|(?:[ \t]-${CURL_SWITCHES}u|--user)(?:[ \t]+|=)?["']?([A-Za-z0-9_-]{20,128}):(?:["' \t]|$))`,
    // No keywords: the anchor prefilters on its own, the flag and a `user:` after it. An unbounded
    // class, not the regex's counted one: a counted repeat multiplies prefilter DFA states.
    keywords: [],
    anchor: String.raw`(?:[ \t]-[sSfLkviIgGNnqOJRjlZ46]*u|--(?:proxy-)?user)(?:[ \t]+|=)?\\?["']?[^ \t\r\n"':/\\]*:`,
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
        { input: `etcdctl --endpoints=https://10.0.0.5:2379 --user root:'${weak}' get /registry/secrets/x`, output: `etcdctl --endpoints=https://10.0.0.5:2379 --user root:'${label('curl-user')}' get /registry/secrets/x` },
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
    id: 'httpie-auth',
    family: 'command-line',
    description: "HTTPie's and xh's -a/--auth user:password (http, https, xh, xhs): the user stays, the password goes",
    // Red-team: curl-user's shape in HTTPie's spelling. The tool's name starts a command, and is
    // followed by a space, so a URL's `https://` is none. `--auth-type basic` names the scheme;
    // `-a user` alone prompts; `$PASS` is a variable.
    regex: String.raw`(?:^|[ \t"'=(;&|])(?i:https?|xhs?)(?:\.exe)?(?:[ \t][^\r\n]*?)?[ \t](?:-a|--auth)(?:[ \t]+|=)\\?["']?[^ \t\r\n"':/$<]+:([^-$</ \t\r\n"'\\][^ \t\r\n"'\\]*)`,
    // No keywords: the anchor prefilters on its own, the flag and a `user:` after it, as curl-user's.
    keywords: [],
    anchor: String.raw`(?:[ \t]-a|--auth)(?:[ \t]+|=)\\?["']?[^ \t\r\n"':/]*:`,
    prefilter: String.raw`(?:[ \t]-a|--auth)[ \t=]`,
    examples: {
      match: [
        { input: `http --auth admin:${password} GET example.com`, output: `http --auth admin:${label('httpie-auth')} GET example.com` },
        { input: `http -a admin:${password} GET example.com`, output: `http -a admin:${label('httpie-auth')} GET example.com` },
        { input: `https --auth='ci:${weak}' example.com/api`, output: `https --auth='ci:${label('httpie-auth')}' example.com/api` },
        { input: `xh -a admin:${password} get httpbin.org/basic-auth/admin/x`, output: `xh -a admin:${label('httpie-auth')} get httpbin.org/basic-auth/admin/x` },
      ],
      noMatch: ['http --auth-type basic GET example.com', 'http -a admin GET example.com', 'http -a $USER:$PASS GET example.com', 'http --auth admin: GET example.com', 'ls -a /etc:/usr', 'curl https://x -a foo:bar'],
    },
  },
  {
    id: 'cli-password-flag',
    family: 'command-line',
    description: 'mysql/mysqldump/mariadb -p<password>, mysqladmin … password <new>, sshpass -p <password> and SSHPASS=<password>, redis-cli -a <password>, rabbitmqadmin/beeline/cbq/rpk -p <password>, influx -t <token>',
    // mysql's `-p` takes its value only attached (`-p db` prompts); `-P` is the port.
    // mysqladmin's `password <new>` is the new password; with `-p<old>` before it, both go as one (recall4).
    // The command, not its own messages (`mysqladmin: [Warning] Using a password on the command line`).
    regex: String.raw`\b(?i:mysqladmin)(?:\.exe)?[ \t][^\r\n]*?[ \t](?:-p|--password=|password[ \t]+)(?:${chain(String.raw`(?:-p|--password=|password[ \t]+)`)}|${FLAG_VALUE})|\b(?:(?i:mysql|mysqldump|mysqladmin|mariadb)\b[^\r\n]*?[ \t]['"]?-p|(?i:sshpass)(?:[ \t]+-[A-Za-oq-z][^ \t\r\n]*)*[ \t]+-p[ \t]*|(?i:redis-cli)\b[^\r\n]*?[ \t]-a[ \t]+|(?i:rabbitmqadmin|beeline|cbq|rpk)\b[^\r\n]*?[ \t]-p[ \t]+|(?i:influx)\b[^\r\n]*?[ \t]-t[ \t]+|\bSSHPASS=)${FLAG_VALUE}`,
    // rabbitmqadmin's `-p` is the password (`-P` the port); the influx CLI's `-t` its API token.
    // Hive's beeline takes `-p <password>` as rabbitmqadmin does (round 46), and so do Couchbase's
    // cbq and Redpanda's rpk (`rpk security user create app -p '…'`; round 47).
    keywords: ['mysql', 'mariadb', 'sshpass', 'redis-cli', 'rabbitmqadmin', 'beeline', 'influx', 'cbq', 'rpk'],
    examples: {
      match: [
        { input: `mysql -h db -uroot -p${password} app`, output: `mysql -h db -uroot -p${label('cli-password-flag')} app` },
        { input: `mysqldump -u app -p'${weak}' app`, output: `mysqldump -u app -p'${label('cli-password-flag')}' app` },
        { input: `sshpass -p ${password} ssh deploy@web1`, output: `sshpass -p ${label('cli-password-flag')} ssh deploy@web1` },
        { input: `redis-cli -h cache -a ${token} ping`, output: `redis-cli -h cache -a ${label('cli-password-flag')} ping` },
        // sshpass -e reads SSHPASS, set on the line or exported before it (recall5).
        { input: `SSHPASS=${password} sshpass -e ssh deploy@web1`, output: `SSHPASS=${label('cli-password-flag')} sshpass -e ssh deploy@web1` },
        { input: `export SSHPASS='${weak}'`, output: `export SSHPASS='${label('cli-password-flag')}'` },
        { input: `mysqladmin -u root password ${password}`, output: `mysqladmin -u root password ${label('cli-password-flag')}` },
        { input: `mysqladmin -u root password '${weak}'`, output: `mysqladmin -u root password '${label('cli-password-flag')}'` },
        // Old and new on one line: one span, the `password` between them too.
        { input: `mysqladmin -u root -p${weak} password ${password}`, output: `mysqladmin -u root -p${label('cli-password-flag')}` },
      ],
      noMatch: [
        'mysql -h db -P 3306 -p app',
        'mysql -u root -p',
        'sshpass -e ssh host',
        'SSHPASS: searching for password prompt using match "assword"',
        'SSHPASS=$DEPLOY_PW sshpass -e ssh host',
        'mysqld: ready for connections',
        'mysql -p$MYSQL_PASSWORD app',
        'mysqladmin: [Warning] Using a password on the command line interface can be insecure.',
        'mysqladmin -u root -p status',
        'mysqladmin -u root password $NEW_PW',
      ],
    },
  },
  {
    id: 'cli-password-argument',
    family: 'command-line',
    description: 'passwords other tools take as arguments: keytool/jarsigner -storepass/-keypass, openssl -passin/-passout pass:… and enc -k, ldapsearch/ldapmodify … -w (spaced or glued), ldappasswd -w/-a/-s (all as one span), net user <name> <password>, net use \\\\server\\share <password> /user:…, htpasswd -b [file] <user> <password>, openssl passwd [-1|-6|-apr1] <password>, PowerShell ConvertTo-SecureString "…" -AsPlainText (or -AsPlainText "…"), kadmin -w, ktpass /pass, mc alias set <alias> <url> <access key> <secret key>, mkstore -createCredential <alias> <user> <password>, emqx ctl admins passwd <user> <password>',
    // Recall round: command lines CI logs and process listings echo, as other scanners' suites
    // list them. Each flag or command is its own keyword; the tool's other arguments stay.
    regex: [
      // OpenSearch's and Search Guard's securityadmin name theirs `-kspass` and `-tspass` (round 65).
      String.raw`[ \t]-(?:store|key|srcstore|deststore|srckey|destkey|new|ks|ts)pass[ \t]+${FLAG_VALUE}`,
      String.raw`[ \t]-pass(?:in|out|word)?[ \t]+pass:${FLAG_VALUE}`,
      // ldappasswd's -a (old) and -s (new) too, all its passwords as one span (recall4); ldapsearch's -s is a scope.
      String.raw`\b(?i:ldappasswd)\b[^\r\n]*?[ \t]-[wsa][ \t]*(?:${chain(String.raw`-[wsa][ \t]*`)}|${GLUED_VALUE})`,
      // ldap* tools' -w is the bind password, spaced or glued (`-wS3cret`); -W prompts.
      // In auditd's EXECVE record too (`a0="ldapmodify" … a4="-w" a5="…"`; round 98).
      String.raw`\b(?i:ldap(?:search|modify|add|delete|passwd|compare|whoami|modrdn|exop|url))\b[^\r\n]*?[ \t"]-w(?:${EXECVE_NEXT}|[ \t]*)${GLUED_VALUE}`,
      // Any LDAP client that binds with a DN (`-D "cn=…"`), as Squid's basic_ldap_auth helper takes
      // its `-w` in squid.conf's auth_param line (round 79).
      String.raw`\b(?i:[a-z0-9_]*ldap[a-z0-9_]*)\b[^\r\n]*?[ \t]-D[ \t]*(?:"[^"\r\n]*=[^"\r\n]*"|'[^'\r\n]*=[^'\r\n]*'|[^ \t\r\n]*=[^ \t\r\n]*)[^\r\n]*?[ \t]-w[ \t]*${GLUED_VALUE}`,
      // Windows: a user name may be quoted with spaces (`"John Doe"`); the password is followed by
      // an option or ends the line.
      String.raw`\b(?i:net)[ \t]+(?i:user)[ \t]+(?:\\?"[^"\r\n]*"|[^ \t\r\n/*"'\\]+)[ \t]+(?:${DQ}|'([^'\r\n]+)'|([^ \t\r\n"'/*\\][^ \t\r\n"']*))${NET_END}`,
      // `net use [D:] \\server\share [password] [/user:…] [password]`: after the user, or before it.
      String.raw`${NET_USE}${NET_USE_USER}${NET_PASSWORD}${NET_END}`,
      // Or a word with a digit or a symbol before more words, as a service's command line sits
      // inside event 7045's message (`… /user:CORP\\svc Svc!Map2024 Service Type: …`; round 80).
      String.raw`${NET_USE}${NET_USE_USER}([A-Za-z]*[^A-Za-z \t\r\n"'/*\\][^ \t\r\n"']*)[ \t]`,
      String.raw`${NET_USE}${NET_PASSWORD}[ \t]+(?:/[^ \t\r\n]+[ \t]+)*?(?i:/u(?:ser)?):`,
      // With no user on the line, a bare word must hold a digit or a symbol: `net use \\srv\share
      // yesterday` is prose about the command (recall4); a quoted one is a password however it reads.
      String.raw`${NET_USE}(?:${DQ}|'([^'\r\n]+)'|([A-Za-z]*[^A-Za-z \t\r\n"'/*\\][^ \t\r\n"']*))${NET_END}`,
      // `openssl passwd [-1|-5|-6|-apr1|-salt s] <password>` prints the password's crypt(3) hash:
      // the password is its last argument (recall5). Its flags by name: `-stdin` and `-in file` take none.
      String.raw`\b(?i:openssl)(?:\.exe)?[ \t]+passwd(?:[ \t]+-(?:salt[ \t]+[^ \t\r\n]+|1|5|6|apr1|aixmd5|crypt|quiet|table|reverse|noverify))*[ \t]+${GLUED_VALUE}`,
      // openssl enc's -k is the passphrase itself (-kfile names a file).
      // The command followed by its arguments, not `OpenSSL/3.0.2` in a user agent beside curl's `-k` (review3).
      String.raw`\b(?i:openssl)(?:\.exe)?(?:[ \t][^\r\n]*?)?[ \t]-k[ \t]+${GLUED_VALUE}`,
      // A long flag with one dash (Go's flag package, influx, Java and PowerShell tools): `--password`
      // is secret-flag's, with an anchor this one could not share (a lone `-` before the key class
      // put the pass over every byte past RE2's DFA budget). Not `$pw` or `(ConvertTo-…)`: code.
      String.raw`[ \t]-(?i:passw(?:or)?d)[ \t]+(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^-$( \t\r\n"'<>|&;][^ \t\r\n"']*))`,
      // htpasswd -b takes the password as its last argument: [file] user password.
      String.raw`\b(?i:htpasswd)${HTPASSWD_FLAGS}[ \t]+-[A-Za-z]*b[A-Za-z]*${HTPASSWD_FLAGS}(?:[ \t]+${ARGUMENT})?[ \t]+${ARGUMENT}[ \t]+${GLUED_VALUE}`,
      String.raw`(?i:ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?(?:"([^"\r\n]+)"|'([^'\r\n]+)')[ \t]+[^\r\n]*?-AsPlainText`,
      // Its switches first, the string after them (round 52: `-AsPlainText "…" -Force`).
      String.raw`(?i:ConvertTo-SecureString)(?:[ \t]+-(?i:AsPlainText|Force))+[ \t]+(?:-(?i:String)[ \t]+)?(?:"([^"\r\n]+)"|'([^'\r\n]+)')`,
      // Kerberos admin (round 52): kadmin's -w, ktpass's /pass (its `/pass *` prompts).
      String.raw`\b(?i:kadmin(?:\.local)?)\b[^\r\n]*?[ \t]-w[ \t]*${GLUED_VALUE}`,
      String.raw`\b(?i:ktpass)(?:\.exe)?\b[^\r\n]*?[ \t][/-](?i:pass)[ \t]+${GLUED_VALUE}`,
      // MinIO's client: `mc alias set <alias> <url> <access key> <secret key>`. The access key is
      // any string, the secret key its last argument (red-team N1). A single space after `mc`, as
      // its keyword spells it. The keyword is `mc alias`: with `alias set` or `host add` (for `mc
      // config host add`, its older name) a line holding one took the pass over every byte out of
      // RE2's DFA (the guard's five keys of a config's own: ~25 ms to ~0.8-1.2 s).
      String.raw`\bmc alias +set +${ARGUMENT} +[a-z][a-z0-9+.-]*://${ARGUMENT} +(?:\\?"[^"\r\n]*\\?"|'[^'\r\n]*'|${ARGUMENT}) +${GLUED_VALUE}`,
      // Round 47: Oracle's wallet tool (`mkstore -wrl <dir> -createCredential <alias> <user> <password>`)
      // and EMQX's admin commands (`emqx ctl admins passwd <user> <password>`, `admins add`).
      String.raw`\b(?i:mkstore)\b[^\r\n]*?[ \t]-(?i:createCredential|modifyCredential)[ \t]+${ARGUMENT}[ \t]+${ARGUMENT}[ \t]+${GLUED_VALUE}`,
      String.raw`\b(?i:emqx)(?:_ctl|[ \t]+ctl)[ \t]+admins[ \t]+(?:passwd|add)[ \t]+${ARGUMENT}[ \t]+${GLUED_VALUE}`,
      // Round 98, research computing: slappasswd's -s (the password it hashes), Nagios's check_ldap -P (the bind
      // password) and HTCondor's pool password (`condor_store_cred add -p …`).
      String.raw`\b(?i:slappasswd)\b[^\r\n]*?[ \t]-s[ \t]*${GLUED_VALUE}`,
      String.raw`\b(?i:check_ldaps?)\b[^\r\n]*?[ \t](?:-P[ \t]*|--pass=)${GLUED_VALUE}`,
      String.raw`\b(?i:condor_store_cred)\b[^\r\n]*?[ \t]-p[ \t]*${GLUED_VALUE}`,
      // Round 101: a flag named for whose password it is, glued (`--ipmipass …`, MeshCentral's
      // `--loginpass …`, `-serverpass=…`), with a digit or a symbol: `--bypass cache` names none.
      String.raw`[ \t]--?(?i:(?:login|ipmi|bmc|server|db|admin|root|mysql|user|bind|smtp|ftp|proxy|vnc|rpc|store|trust|mesh)[_-]?pass)(?:[ \t]+|=)(?:"([^"$\r\n]+)"|'([^'$\r\n]+)'|([A-Za-z]*[^A-Za-z$ \t\r\n"'-][^ \t\r\n"']*))`,
      // macOS's `dscl . -passwd /Users/<u> [old] <new>`: both as one span.
      String.raw`\b(?i:dscl)\b[^\r\n]*?[ \t]-passwd[ \t]+[^ \t\r\n]+[ \t]+((?:${CHAIN_VALUE})(?:[ \t]+(?:${CHAIN_VALUE}))?)`,
    ].join('|'),
    // Few and short: every keyword of every rule is one automaton over every byte, and twenty
    // more literals here slowed the request log by a tenth (measured); the regex tells them apart.
    // A keyword for each separator the regex allows before `pass:` and `user`: a match the pass over
    // every byte cannot see is a secret left in (a tab-separated `net\tuser … <password>` was).
    // `net use` holds `net user`'s keyword too.
    keywords: ['storepass', 'keypass', 'newpass', 'kspass', 'tspass', ' pass:', '\tpass:', 'ldap', 'net use', 'net\tuse', 'net  use', 'openssl', 'htpasswd', ' -passw', '\t-passw', 'convertto-securestring', 'mc alias', 'mkstore', 'emqx', 'kadmin', 'ktpass', 'pass', 'cred'],
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
        { input: `Set-ADAccountPassword ada -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${weak}" -Force)`, output: `Set-ADAccountPassword ada -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${label('cli-password-argument')}" -Force)` },
        { input: `kadmin -p admin/admin@CORP.LOCAL -w '${password}' -q "listprincs"`, output: `kadmin -p admin/admin@CORP.LOCAL -w '${label('cli-password-argument')}' -q "listprincs"` },
        { input: `ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser CORP\\svc-web /pass ${password} /out web.keytab`, output: `ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser CORP\\svc-web /pass ${label('cli-password-argument')} /out web.keytab` },
        // Recall round 3: the shapes each tool's password takes on a command line.
        { input: `ldapsearch -x -D cn=admin -w${password} -b dc=example`, output: `ldapsearch -x -D cn=admin -w${label('cli-password-argument')} -b dc=example` },
        { input: `ldapmodify -x -D "cn=admin,dc=ex" -w "${weak}" -f x.ldif`, output: `ldapmodify -x -D "cn=admin,dc=ex" -w "${label('cli-password-argument')}" -f x.ldif` },
        { input: `net user "John Doe" ${password} /add`, output: `net user "John Doe" ${label('cli-password-argument')} /add` },
        { input: `NET USER jdoe ${weak}`, output: `NET USER jdoe ${label('cli-password-argument')}` },
        { input: `net use \\\\server\\share /user:dom\\u ${password}`, output: `net use \\\\server\\share /user:dom\\u ${label('cli-password-argument')}` },
        { input: `net use Z: \\\\server\\share ${password} /user:dom\\ada /persistent:no`, output: `net use Z: \\\\server\\share ${label('cli-password-argument')} /user:dom\\ada /persistent:no` },
        { input: `openssl enc -aes-256-cbc -salt -in f -out f.enc -k ${password}`, output: `openssl enc -aes-256-cbc -salt -in f -out f.enc -k ${label('cli-password-argument')}` },
        { input: `mc alias set minio http://minio:9000 ${minioAccess} ${minioSecret}`, output: `mc alias set minio http://minio:9000 ${minioAccess} ${label('cli-password-argument')}` },
        { input: `openssl pkcs12 -in a.p12 -password pass:${weak} -nodes`, output: `openssl pkcs12 -in a.p12 -password pass:${label('cli-password-argument')} -nodes` },
        { input: `influx -username admin -password ${password} -execute "show databases"`, output: `influx -username admin -password ${label('cli-password-argument')} -execute "show databases"` },
        { input: `Set-ADAccountPassword ada -Password '${weak}'`, output: `Set-ADAccountPassword ada -Password '${label('cli-password-argument')}'` },
        { input: `htpasswd -b .htpasswd ada ${password}`, output: `htpasswd -b .htpasswd ada ${label('cli-password-argument')}` },
        { input: `htpasswd -Bbc /etc/nginx/.htpasswd admin '${weak}'`, output: `htpasswd -Bbc /etc/nginx/.htpasswd admin '${label('cli-password-argument')}'` },
        { input: `htpasswd -nbB admin ${password} > .htpasswd`, output: `htpasswd -nbB admin ${label('cli-password-argument')} > .htpasswd` },
        { input: `net user ada ${password} >nul 2>&1`, output: `net user ada ${label('cli-password-argument')} >nul 2>&1` },
        { input: `net use \\\\srv\\share /user:dom\\ada ${weak} && dir`, output: `net use \\\\srv\\share /user:dom\\ada ${label('cli-password-argument')} && dir` },
        // Recall4: ldappasswd's old and new passwords; a letters-only net use password beside /user.
        { input: `ldappasswd -x -D cn=admin -W -s ${password} uid=ada`, output: `ldappasswd -x -D cn=admin -W -s ${label('cli-password-argument')} uid=ada` },
        { input: `ldappasswd -x -D cn=admin -w ${weak} -a '${password}' -s ${password}x uid=ada`, output: `ldappasswd -x -D cn=admin -w ${label('cli-password-argument')} uid=ada` },
        { input: `net use \\\\srv\\share ${weak} /user:dom\\u`, output: `net use \\\\srv\\share ${label('cli-password-argument')} /user:dom\\u` },
        { input: `net use \\\\srv\\share ${password} /user:dom\\u`, output: `net use \\\\srv\\share ${label('cli-password-argument')} /user:dom\\u` },
        { input: `net use \\\\srv\\share ${password}`, output: `net use \\\\srv\\share ${label('cli-password-argument')}` },
        // Recall5: openssl passwd's last argument.
        { input: `openssl passwd -6 ${password}`, output: `openssl passwd -6 ${label('cli-password-argument')}` },
        { input: `openssl passwd -apr1 -salt ${weak} '${password}'`, output: `openssl passwd -apr1 -salt ${weak} '${label('cli-password-argument')}'` },
        { input: `openssl passwd ${weak}`, output: `openssl passwd ${label('cli-password-argument')}` },
      ],
      noMatch: [
        'openssl rsa -passin env:KEY_PASS -in k.pem',
        'curl/8.0 OpenSSL/3.0.2 zlib/1.2.13 -k https://example.com/health',
        'openssl rsa -passin file:/run/secrets/pass -in k.pem',
        'ldapsearch -x -W -D cn=admin',
        'net user ada /delete',
        'net user ada * /add',
        'net use Z: \\\\srv\\share',
        'ConvertTo-SecureString $plain -AsPlainText -Force',
        'keytool -list -storepass:env STOREPASS',
        'ldapsearch -x -w -D cn=admin',
        'ldapsearch -LLL -w $LDAP_PW -b dc=x',
        'net user jdoe',
        'net user jdoe /add',
        'net user "John Doe" /delete',
        'the net user count is 5 today',
        'the net user count is 5 today & rising',
        'net use \\\\srv\\share /user:dom\\u',
        'net use * \\\\srv\\share /persistent:no',
        'net use \\\\srv\\share yesterday',
        'net use Z: \\\\srv\\share again /persistent:no',
        'ldapsearch -x -w -D cn=admin -s sub',
        'ldappasswd -x -D cn=admin -W -S uid=ada',
        'openssl enc -d -aes-256-cbc -kfile key.txt -in f',
        'openssl passwd -6 -stdin',
        'openssl passwd -1 -in passwords.txt',
        'openssl passwd -6 -salt abc "$PW"',
        'htpasswd -D .htpasswd ada',
        'htpasswd -c .htpasswd ada',
        'htpasswd -b',
        'New-LocalUser -Name ada -Password $pw',
        'New-LocalUser ada -Password (ConvertTo-SecureString $plain -AsPlainText -Force)',
        'app -password -verbose',
        'mysql --password --verbose',
        'grep -w word file',
        'fold -w 80 notes.txt',
        'ls -p',
      ],
    },
  },
  {
    id: 'cli-login-password',
    family: 'command-line',
    description: 'docker/podman/nerdctl/buildah/skopeo/oras/helm registry/az login -p <password> (spaced or glued), and a literal echoed into their --password-stdin',
    // Found by the command, a specific anchor, not by `-p`, which is on every other command line
    // (`ps -p`, `docker run -p 80:80`). `--password-stdin` is what these tools advise instead.
    // Also a literal piped into `--password-stdin`, which only moves the password to `echo` (recall4).
    regex: String.raw`\b${LOGIN_COMMAND}\b[^\r\n]*?[ \t](?:-p(?:=|[ \t]*)|--password[ \t]+|--password=)${NOT_PORT_VALUE}|\b(?i:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(?:(?:'%s(?:\\n)?'|"%s(?:\\n)?")[ \t]+)?(?:${DQ}|'([^'\r\n]+)'|([^-$ \t\r\n"'|<>;&][^ \t\r\n"'|<>;&]*))[ \t]*\|[ \t]*(?:sudo[ \t]+)?${LOGIN_COMMAND}\b[^\r\n]*?--password-stdin`,
    keywords: [],
    anchor: LOGIN_COMMAND,
    examples: {
      match: [
        { input: `docker login -u ada -p ${password} registry.example.com`, output: `docker login -u ada -p ${label('cli-login-password')} registry.example.com` },
        { input: `+ podman login -u ci -p${weak} quay.io`, output: `+ podman login -u ci -p${label('cli-login-password')} quay.io` },
        { input: `docker.exe login -u ada -p ${password} reg.example.com`, output: `docker.exe login -u ada -p ${label('cli-login-password')} reg.example.com` },
        { input: `az login --service-principal -u http://app -p '${password}' --tenant t`, output: `az login --service-principal -u http://app -p '${label('cli-login-password')}' --tenant t` },
        { input: `helm registry login reg.example.com --username ada --password=${password}`, output: `helm registry login reg.example.com --username ada --password=${label('cli-login-password')}` },
        // Quay's robot accounts, as its docs write the command (round 39).
        { input: `docker login -u="acme+ci_robot" -p="${password}" quay.io`, output: `docker login -u="acme+ci_robot" -p="${label('cli-login-password')}" quay.io` },
        { input: `echo "${password}" | docker login -u ada --password-stdin reg.io`, output: `echo "${label('cli-login-password')}" | docker login -u ada --password-stdin reg.io` },
        { input: `echo ${weak} | podman login --username ada --password-stdin quay.io`, output: `echo ${label('cli-login-password')} | podman login --username ada --password-stdin quay.io` },
        // printf's format first (s17).
        { input: `printf '%s' '${password}' | podman login --password-stdin -u ci quay.io`, output: `printf '%s' '${label('cli-login-password')}' | podman login --password-stdin -u ci quay.io` },
      ],
      noMatch: [
        'docker login -u ada --password-stdin reg',
        'echo "$CR_PAT" | docker login ghcr.io -u ada --password-stdin',
        'echo $REGISTRY_PASSWORD | docker login -u ada --password-stdin reg',
        'cat ~/pw.txt | docker login -u ada --password-stdin reg',
        'docker login reg.example.com',
        'docker run -p 8080:80 nginx',
        'az login --use-device-code',
        'docker login -u ada -p $REGISTRY_PASSWORD reg',
        'ps -p 1234',
        // Another command's port on the same line (review3).
        'docker login reg.example.com && docker run -p 8080:80 nginx',
      ],
    },
  },
  {
    id: 'ci-tool-token',
    family: 'command-line',
    description: 'a token CI tools take as an argument or a variable of their own: snyk auth <token>, codecov -t <token>, jenkins-cli -auth user:<token>, wandb login <key>, cypress run --record --key <key>, DEVELOCITY_ACCESS_KEY (GRADLE_ENTERPRISE_ACCESS_KEY)=<host>=<key>',
    // Round 39: build logs echo each step's command. By the tool and the argument's place; a
    // variable (`snyk auth $SNYK_TOKEN`) or jenkins-cli's `-auth @file` names where the token is.
    regex: [
      String.raw`\b(?i:snyk)(?:\.exe)?[ \t]+auth[ \t]+${TOOL_TOKEN}`,
      String.raw`\b(?i:codecov(?:cli)?)(?:\.exe)?\b[^\r\n]*?[ \t]-t(?:[ \t]+|=)${TOOL_TOKEN}`,
      String.raw`\bjenkins-cli(?:\.jar)?\b[^\r\n]*?[ \t]-auth[ \t]+["']?[^ \t\r\n:@"'$]+:${TOOL_TOKEN}`,
      String.raw`\bwandb[ \t]+login(?:[ \t]+--?[a-z-]+(?:=[^ \t\r\n]+)?)*[ \t]+${TOOL_TOKEN}`,
      // Cypress Cloud's record key (round 71), a UUID: `--key` alone is a TLS key's file elsewhere.
      String.raw`\b(?i:cypress)\b[^\r\n]*?[ \t]--record[^\r\n]*?[ \t]--key(?:[ \t]+|=)["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
      String.raw`\b(?i:(?:develocity|gradle_enterprise)_access_key)[ \t]*[=:][ \t]*["']?[A-Za-z0-9.-]+=([a-z0-9]{20,})`,
    ].join('|'),
    // `key` for Cypress's `--key` (and DEVELOCITY_ACCESS_KEY's): in the pass already, where `cypress` was not.
    keywords: ['snyk', 'codecov', 'jenkins-cli', 'wandb', 'key'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `+ snyk auth ${toolUuid}`, output: `+ snyk auth ${label('ci-tool-token')}` },
        { input: `./codecov -t ${toolUuid} -f coverage/lcov.info -F unittests`, output: `./codecov -t ${label('ci-tool-token')} -f coverage/lcov.info -F unittests` },
        { input: `java -jar jenkins-cli.jar -s https://ci.example.com/ -auth build:${toolHex.slice(0, 34)} build app -s`, output: `java -jar jenkins-cli.jar -s https://ci.example.com/ -auth build:${label('ci-tool-token')} build app -s` },
        { input: `wandb login --relogin ${toolHex}`, output: `wandb login --relogin ${label('ci-tool-token')}` },
        { input: `DEVELOCITY_ACCESS_KEY=ge.example.com=${toolKey}`, output: `DEVELOCITY_ACCESS_KEY=ge.example.com=${label('ci-tool-token')}` },
      ],
      noMatch: ['snyk auth $SNYK_TOKEN', 'snyk test --severity-threshold=high', 'codecov -t ${{ secrets.CODECOV_TOKEN }} -f cov.xml', 'java -jar jenkins-cli.jar -auth @/var/jenkins/creds build app', 'wandb login --cloud', 'wandb: Currently logged in as: ada'],
    },
  },
  {
    id: 'cli-user-password-flags',
    family: 'command-line',
    description: 'a command given a user and its password as short flags, in either order: -u <user> … -p <password> (hdbsql, testsaslauthd, register_new_matrix_user, mqttx, pmcmd…), -P in any tool that writes it so',
    // The class behind a tool a round: once a line names a user with `-u`, its `-p` is the
    // password far more often than a port or a profile, and those are numbers or bare words
    // (`journalctl -u nginx -p err`, `psql -U app -p 5432`, `docker run -u node -p 3000:3000`),
    // which `MIXED_VALUE` leaves. mysql's spaced `-p db` prompts and names a database: a bare
    // word. `-U` is pip's upgrade and psql's user alike; sqlcmd's `-U … -P` is
    // cli-password-option's.
    regex: String.raw`(?:^|[ \t])(?:${USER_FLAG}${BETWEEN_FLAGS}[ \t]+-[pP][ \t]+${MIXED_VALUE}|-[pP][ \t]+${MIXED_VALUE}${BETWEEN_FLAGS}[ \t]+${USER_FLAG}(?:[ \t\r\n"'<>|&;]|$))`,
    keywords: ['-p ', '-p\t'],
    examples: {
      // Short: the pass's DFA guard reads every example (more in tests/patterns/command-flags-and-node-dumps.test.ts).
      match: [{ input: `hdbsql -n localhost:30015 -u SYSTEM -p ${password} "select * from dummy"`, output: `hdbsql -n localhost:30015 -u SYSTEM -p ${label('cli-user-password-flags')} "select * from dummy"` }],
      noMatch: ['journalctl -u nginx -p err', 'psql -U app -p 5432'],
    },
  },
  {
    id: 'cli-password-short-flag',
    family: 'command-line',
    description: 'a password after a single-dash flag named by it: -pass <password>, -pwd <password> (orapki, game and media servers, Java tools)',
    // `--pass` and `-password` are secret-flag's and cli-password-argument's, PuTTY's `-pw`
    // cli-password-option's. Values as
    // `MIXED_VALUE`: ffmpeg's `-pass 1` is a pass number, openssl's `-pass env:PW` a source.
    regex: String.raw`(?:^|[ \t])-(?i:pass|pwd)[ \t]+${MIXED_VALUE}`,
    keywords: ['pass', 'pwd'],
    examples: {
      match: [{ input: `orapki wallet create -wallet /u01/app/wallet -pwd ${password} -auto_login`, output: `orapki wallet create -wallet /u01/app/wallet -pwd ${label('cli-password-short-flag')} -auto_login` }],
      noMatch: ['ffmpeg -i in.mp4 -pass 1 -f null /dev/null', 'openssl enc -pass env:BACKUP_PW'],
    },
  },
  {
    id: 'echo-into-password-flag',
    family: 'command-line',
    description: "a secret echoed into a command that reads it from its input, as its last flag says: echo … | hal config ci jenkins master add … --password, echo … | cli login --token-stdin",
    // Round 105 (Halyard reads `--password` with no value from stdin). docker login's own form,
    // with its user, is cli-login-password's. The flag ends the line or stands before another.
    regex: String.raw`\b(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(?:${DQ}|'([^'\r\n]+)'|([^-$ \t\r\n"'|<>;&][^ \t\r\n"'|<>;&]*))[ \t]*\|[ \t]*(?:sudo[ \t]+)?[A-Za-z0-9_./-]+[^\r\n|;&]*?[ \t]--(?:password|passwd|pass|token|secret)(?:-stdin)?[ \t]*(?:$|--|\\[nr"]|")`,
    keywords: ['pass', 'token', 'secret'],
    anchor: String.raw`\|[^\r\n|]*[ \t]--(?:password|passwd|pass|token|secret)`,
    anchorInPass: false,
    minEntropy: 2.5,
    examples: {
      match: [{ input: `echo '${password}' | vault-cli unlock --passwd`, output: `echo '${label('echo-into-password-flag')}' | vault-cli unlock --passwd` }],
      noMatch: ['echo "$JENKINS_TOKEN" | hal config ci jenkins master add main --password', 'echo yes | apt-get install --pass'],
    },
  },
  {
    id: 'keychain-cli-password',
    family: 'command-line',
    description: "a password given to macOS's security tool, as an iOS build's log echoes it: unlock-keychain, create-keychain and set-keychain-password -p …, set-key-partition-list -k …, import <file.p12> -P …",
    // Round 105 (fastlane and Xcode jobs in CI). By subcommand, since each gives a letter its own
    // meaning (`import`'s `-k` names the keychain, `set-key-partition-list`'s is its password).
    regex: String.raw`\bsecurity${SECURITY_OPTIONS}[ \t]+(?:(?:unlock|create)-keychain|set-keychain-password)\b[^\r\n|;&]*?[ \t]-p[ \t]*${GLUED_VALUE}|\bsecurity${SECURITY_OPTIONS}[ \t]+import\b[^\r\n|;&]*?[ \t]-P[ \t]*${GLUED_VALUE}|\bsecurity${SECURITY_OPTIONS}[ \t]+set-key-partition-list\b[^\r\n|;&]*?[ \t]-k[ \t]*${GLUED_VALUE}`,
    // `keychain` and `key-partition` hold `key`, and `import` names the keychain (`-k …keychain`);
    // `p12` as a literal of its own cost the pass over every byte room.
    keywords: ['key'],
    anchor: String.raw`security${SECURITY_OPTIONS}[ \t]+(?:unlock-keychain|create-keychain|set-keychain-password|set-key-partition-list|import)\b`,
    anchorInPass: false,
    examples: {
      match: [{ input: `security unlock-keychain -p '${password}' ~/Library/Keychains/ci.keychain-db`, output: `security unlock-keychain -p '${label('keychain-cli-password')}' ~/Library/Keychains/ci.keychain-db` }],
      noMatch: ['security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain', 'security import dist.p12 -k build.keychain -T /usr/bin/codesign'],
    },
  },
  {
    id: 'identity-install-password',
    family: 'command-line',
    description: "FreeIPA's installers' passwords: ipa-server-install's and ipa-replica-install's -p (Directory Manager) and -a (admin), ipa-client-install's -w (the enrolling principal's), all as one span",
    // Rounds 78, 88 and 98. A rule of its own: its keyword, `install`, is on many lines (npm's,
    // apt's), and a small regex that opens with a literal rejects them cheaply; a literal of
    // their own (`ipa-`) took the pass over every byte out of RE2's DFA.
    // (Kerberos's `kdb5_util create -P …` and Heimdal's `ktutil … -w …` are left: their names as
    // literals cost the pass its DFA, and `util`, on every Java logger's line, woke a tenth more
    // of loghub's lines.)
    regex: String.raw`\b(?i:ipa-(?:server|replica|client)-install)\b[^\r\n]*?[ \t]-[paw][ \t]*(?:${chain(String.raw`-[paw][ \t]*`)}|${GLUED_VALUE})`,
    keywords: ['install'],
    examples: {
      match: [{ input: `ipa-server-install -a '${password}'`, output: `ipa-server-install -a '${label('identity-install-password')}'` }],
      noMatch: ['ipa-server-install --uninstall -U'],
    },
  },
  {
    id: 'cli-password-option',
    family: 'command-line',
    description: 'admin tools whose password is an option: sqlcmd/bcp -P (Invoke-Sqlcmd -Password), ipmitool -P, psexec -p, PuTTY plink/pscp -pw, smbclient, rpcclient, net ads … -U user%password, xfreerdp /p:, rdesktop -p, mongo/mongosh/mongodump -p, zip/unzip -P, 7z -p…, lftp -u user,password, nmcli … password, rabbitmqctl add_user <user> <password>, snmp* -A/-X and -c (but public/private), echo user:pw | chpasswd, useradd/usermod -p <hash>, twine -p, poetry config http-basic.<repo> <user> <password>, ncftp* -p, cqlsh/cypher-shell/racadm -p, mosquitto_* -P, ssh-keygen -P/-N, rar -p…, sqlplus/expdp user/<password>, a literal echoed into vncpasswd, passwd, sudo -S, kinit or adcli … --stdin-password',
    // The anchor names each tool: a class before `freerdp` (`[a-z0-9-]*freerdp`) made every
    // word a start in the pass over every byte, 20% slower on the request log (measured).
    // Found by the tool's name, a specific anchor, never by the flag: `-p`/`-P` alone is on every
    // other command line, and means a port to ssh and a pipe to unzip. Word bounds keep `gzip`
    // (Accept-Encoding) and `mongodb` from waking the rule.
    regex: [
      // PowerShell's `Invoke-Sqlcmd -Password <pw>` holds `sqlcmd` and `-P`: read as `-P` glued to
      // `assword`, the password after it stayed (recall5). The long name first: RE2 takes the first
      // alternative that matches.
      String.raw`\b(?i:sqlcmd|bcp|osql|ipmitool)(?:\.exe)?\b[^\r\n]*?[ \t]-(?:(?i:password)[ \t]+|P[ \t]*)${GLUED_VALUE}`,
      String.raw`\b(?i:psexec(?:64)?|rdesktop|mongo(?:sh|dump|restore|export|import|stat|top)?|cqlsh|cypher-shell|racadm)(?:\.exe)?(?:[ \t][^\r\n]*?)?[ \t](?:-p[ \t]*|--password[ \t]+)${NOT_PORT_VALUE}`,
      String.raw`[ \t]-pw[ \t]+${GLUED_VALUE}`,
      // Samba's tools take `-U user%password` (round 52: `net ads join -U 'administrator%…'`).
      // The password may be quoted on its own (`-U Administrator%'…'`; round 78).
      // wbinfo's `--set-auth-user=user%password`, `-a`/`--authenticate`, `--krb5auth`; auditd's EXECVE record (`a2="-U" a3="user%…"`; round 98).
      String.raw`\b(?i:${SAMBA_TOOLS})\b[^\r\n]*?[ \t"](?:-U(?:${EXECVE_NEXT}|[ \t]*)|--user[ \t=]|-a[ \t]+|--(?:set-auth-user|authenticate|krb5auth)[ \t=])["']?[^ \t\r\n%"']+%(?:'([^'\r\n]+)'|([^ \t\r\n"']+))`,
      String.raw`\b(?i:(?:x|wl|sdl-)?freerdp[0-9]?)(?:\.exe)?\b[^\r\n]*?[ \t][/+-]p:${GLUED_VALUE}`,
      String.raw`\b(?i:(?:un)?zip)\b[^\r\n]*?[ \t]-P[ \t]+${GLUED_VALUE}`,
      // Round 57: remote access and devices. openfortivpn's -p, TeamViewer's `passwd <pw>`, adb's
      // pairing code (`adb pair <host:port> <code>`), espota's --auth.
      String.raw`\b(?i:openfortivpn)\b[^\r\n]*?[ \t](?:-p[ \t]*|--password[ \t=])${GLUED_VALUE}`,
      String.raw`\b(?i:teamviewer)(?:\.exe)?[ \t]+(?:--)?passwd[ \t]+${GLUED_VALUE}`,
      String.raw`\badb(?:\.exe)?(?:[ \t]+-s[ \t]+[^ \t\r\n]+)?[ \t]+pair[ \t]+[^ \t\r\n]+[ \t]+([0-9]{6})\b`,
      String.raw`\b(?i:espota)(?:\.py)?\b[^\r\n]*?[ \t](?:--auth[ \t=]|-a[ \t]+)${GLUED_VALUE}`,
      String.raw`\b(?i:7z[ar]?)(?:\.exe)?\b[^\r\n]*?[ \t]-p${GLUED_VALUE}`,
      // The password may be quoted alone (`lftp -u deploy,'…'`; round 68).
      String.raw`\b(?i:lftp)\b[^\r\n]*?[ \t]-u[ \t]+["']?[^ \t\r\n,"']+,(?:'([^'\r\n]+)'|"([^"\r\n]+)"|([^ \t\r\n"']+))`,
      String.raw`\b(?i:nmcli)\b[^\r\n]*?[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)[ \t]+${GLUED_VALUE}`,
      String.raw`\b(?i:rabbitmqctl)(?:\.bat)?[ \t]+(?:add_user|change_password)[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|${ARGUMENT})[ \t]+${GLUED_VALUE}`,
      // Recall4. SNMPv3's -A (auth) and -X (privacy) passphrases, both as one span when both are
      // there; -a/-x name the algorithms.
      String.raw`\b(?i:${SNMP_TOOLS})(?:\.exe)?\b[^\r\n]*?[ \t]-[AX][ \t]*(?:${chain(String.raw`-[AX][ \t]*`)}|${GLUED_VALUE})`,
      // A v1/v2c community (`-c <community>`, round 57); `public` and `private`, the defaults, stay.
      String.raw`\b(?i:${SNMP_TOOLS})(?:\.exe)?\b[^\r\n]*?[ \t]-c[ \t]*${GLUED_VALUE}`,
      // chpasswd reads `user:password` lines: piped from echo/printf (sudo between), or a here-string.
      String.raw`\b(?i:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(?:${CHPASSWD_LINE})[ \t]*\|[ \t]*(?:sudo[ \t]+(?:-[^ \t\r\n]+[ \t]+)*)?(?i:chpasswd)\b`,
      String.raw`\b(?i:chpasswd)\b[^\r\n<]*<<<[ \t]*(?:${CHPASSWD_LINE})`,
      // useradd/usermod -p take the crypt(3) hash itself, open to a dictionary attack offline.
      String.raw`\b(?i:user(?:mod|add)|adduser)(?:\.exe)?\b[^\r\n]*?[ \t](?:-p|--password)[ \t]+(?:\\?"(${HASH_VALUE})\\?"|'(${HASH_VALUE})'|(${HASH_VALUE}))`,
      // Recall5. NcFTP's -p (its -P is the port).
      String.raw`\b(?i:${NCFTP_TOOLS})(?:\.exe)?\b[^\r\n]*?[ \t]-p[ \t]*${NOT_PORT_VALUE}`,
      // mosquitto's -P; ssh-keygen's -P (old) and -N (new) passphrases, both as one span; rar's -p….
      String.raw`\b(?i:mosquitto_(?:pub|sub|rr))(?:\.exe)?\b[^\r\n]*?[ \t](?:-P|--pw)[ \t]+${GLUED_VALUE}`,
      String.raw`\b(?i:ssh-keygen)(?:\.exe)?\b[^\r\n]*?[ \t]-[NP][ \t]*(?:${chain(String.raw`-[NP][ \t]*`)}|${GLUED_VALUE})`,
      // rar's -hp<pw> encrypts the headers too, with the same password (review4).
      String.raw`\b(?i:(?:un)?rar)(?:\.exe)?\b[^\r\n]*?[ \t]-h?p${GLUED_VALUE}`,
      // Oracle's logon, `sqlplus -s scott/<pw>@orcl`, `expdp "sys/<pw> as sysdba"`, `userid=u/<pw>`:
      // the user and the connect string stay. `sqlplus /nolog` and `/ as sysdba` name no user.
      // A password may hold `@` (`expdp system/S@pprd49$@ORCL`; round 66): then the last `@` opens the connect string.
      String.raw`\b(?i:${ORACLE_TOOLS})(?:\.exe)?(?:[ \t]+-[A-Za-z]+)*[ \t]+\\?["']?(?i:userid=|target=)?[A-Za-z0-9_$#.]+/(?:([^ \t\r\n"'/\\]+)@[A-Za-z0-9_.:-]+(?:$|[ \t"'/])|([^ \t\r\n"'@/\\]+))`,
      // Later on the line too: `sqlldr control=x.ctl userid=u/<pw>`, and rman's own syntax, spaced,
      // `rman target sys/<pw>@prod catalog rman/<pw>@rcat` (`target /` names no user). Two logons
      // go as one span, as ssh-keygen's two passphrases: the scan goes on after a match, where the
      // tool's name no longer is.
      String.raw`\b(?i:${ORACLE_TOOLS})(?:\.exe)?\b[^\r\n]*?[ \t]${ORACLE_LOGON}(${ORACLE_PASSWORD}(?:[^\r\n]*?[ \t]${ORACLE_LOGON}${ORACLE_PASSWORD})?)`,
      // A literal echoed into a command that reads a password on standard input (recall5).
      String.raw`\b(?i:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?${ECHOED_VALUE}[ \t]*\|[ \t]*(?:(?:(?i:sudo)[ \t]+)?(?i:vncpasswd|passwd|kinit|iinit)\b|(?i:adcli)[ \t][^\r\n|;&]*--stdin-password\b|(?i:ipa)[ \t]+user-(?:add|mod)[ \t][^\r\n|;&]*--password\b|(?:(?i:sudo)[ \t]+)?(?i:anydesk)(?:\.exe)?[ \t][^\r\n|;&]*--set-password\b|(?i:sudo)[ \t]+${SUDO_OPTIONS}(?:-[A-RT-Za-z]*S|--stdin)\b)`,
      // A here-string into the same readers (`kinit svc@REALM <<< '…'`; round 98).
      // The reader where a command starts (`grep passwd <<< "…"` reads no password), the string
      // quoted, bare or ANSI-C quoted (`smbpasswd -s -a bob <<< $'…\n…'`).
      String.raw`(?:^|[;&|(]|[$#>+][ \t]|^[ \t]*[0-9]+[ \t]+|\b(?i:sudo)[ \t]+(?:-[A-Za-z]+[ \t]+)*)[ \t]*(?i:kinit|iinit|adcli|myproxy-logon|grid-proxy-init|passwd|smbpasswd|vncpasswd|htpasswd|ipa)\b[^\r\n<|;&]*<<<[ \t]*(?:\$'([^'\r\n]+)'|${ECHOED_VALUE})`,
      // Package publishing: twine's -p, poetry's http-basic <user> <password>.
      String.raw`\b(?i:twine)(?:\.exe)?\b[^\r\n]*?[ \t]-p[ \t]*${NOT_PORT_VALUE}`,
      String.raw`\b(?i:poetry)[ \t]+config[ \t]+http-basic\.[^ \t\r\n]+[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|${ARGUMENT})[ \t]+${GLUED_VALUE}`,
    ].join('|'),
    keywords: [],
    anchor: CLI_OPTION_TOOLS,
    examples: {
      match: [
        // Kerberos's kinit and adcli read the password on stdin (round 41).
        { input: `echo '${password}' | kinit ada@CORP.LOCAL`, output: `echo '${label('cli-password-option')}' | kinit ada@CORP.LOCAL` },
        { input: `+ echo -n '${password}' | adcli join --domain=corp.local --login-user=Administrator --stdin-password`, output: `+ echo -n '${label('cli-password-option')}' | adcli join --domain=corp.local --login-user=Administrator --stdin-password` },
        { input: `sqlcmd -S db -U sa -P ${password} -Q "select 1"`, output: `sqlcmd -S db -U sa -P ${label('cli-password-option')} -Q "select 1"` },
        { input: `ipmitool -I lanplus -H bmc -U admin -P${weak} chassis status`, output: `ipmitool -I lanplus -H bmc -U admin -P${label('cli-password-option')} chassis status` },
        { input: `PsExec.exe \\\\host -u admin -p ${password} cmd`, output: `PsExec.exe \\\\host -u admin -p ${label('cli-password-option')} cmd` },
        { input: `plink -ssh ada@host -pw "${password}" uptime`, output: `plink -ssh ada@host -pw "${label('cli-password-option')}" uptime` },
        { input: `smbclient //srv/share -U ada%${password} -c ls`, output: `smbclient //srv/share -U ada%${label('cli-password-option')} -c ls` },
        { input: `net ads join -U 'administrator%${weak}' createcomputer=Servers/Linux`, output: `net ads join -U 'administrator%${label('cli-password-option')}' createcomputer=Servers/Linux` },
        { input: `xfreerdp /u:ada /p:${password} /v:host`, output: `xfreerdp /u:ada /p:${label('cli-password-option')} /v:host` },
        { input: `rdesktop -u ada -p ${weak} host`, output: `rdesktop -u ada -p ${label('cli-password-option')} host` },
        { input: `mongo -u admin -p${password} --authenticationDatabase admin`, output: `mongo -u admin -p${label('cli-password-option')} --authenticationDatabase admin` },
        { input: `mongosh --host db -u admin -p ${password} --authenticationDatabase admin`, output: `mongosh --host db -u admin -p ${label('cli-password-option')} --authenticationDatabase admin` },
        { input: `zip -r -P ${password} out.zip dir`, output: `zip -r -P ${label('cli-password-option')} out.zip dir` },
        { input: `7z a -p${password} -mhe=on out.7z dir`, output: `7z a -p${label('cli-password-option')} -mhe=on out.7z dir` },
        { input: `lftp -u ada,${password} sftp://host`, output: `lftp -u ada,${label('cli-password-option')} sftp://host` },
        { input: `nmcli dev wifi connect HomeNet password ${password}`, output: `nmcli dev wifi connect HomeNet password ${label('cli-password-option')}` },
        { input: `rabbitmqctl add_user ada ${weak}`, output: `rabbitmqctl add_user ada ${label('cli-password-option')}` },
        // Recall4: SNMPv3 passphrases, chpasswd input, a crypt hash for useradd/usermod.
        { input: `snmpget -v3 -l authPriv -u ada -a SHA -A ${password} 10.0.0.1 sysUpTime.0`, output: `snmpget -v3 -l authPriv -u ada -a SHA -A ${label('cli-password-option')} 10.0.0.1 sysUpTime.0` },
        { input: `snmpwalk -v3 -u ada -a SHA -A '${weak}' -x AES -X ${password} host`, output: `snmpwalk -v3 -u ada -a SHA -A ${label('cli-password-option')} host` },
        { input: `snmptrap -v3 -u ada -X"${password}" host`, output: `snmptrap -v3 -u ada -X"${label('cli-password-option')}" host` },
        { input: `echo 'ada:${password}' | chpasswd`, output: `echo 'ada:${label('cli-password-option')}' | chpasswd` },
        { input: `echo "root:${weak}" | sudo chpasswd`, output: `echo "root:${label('cli-password-option')}" | sudo chpasswd` },
        { input: `printf 'ada:${weak}\\n' | chpasswd`, output: `printf 'ada:${label('cli-password-option')}\\n' | chpasswd` },
        { input: `chpasswd <<< "ada:${password}"`, output: `chpasswd <<< "ada:${label('cli-password-option')}"` },
        { input: `usermod -p '$6$${weak}$${token}' ada`, output: `usermod -p '${label('cli-password-option')}' ada` },
        { input: `twine upload -u ada -p ${password} dist/*`, output: `twine upload -u ada -p ${label('cli-password-option')} dist/*` },
        { input: `poetry config http-basic.internal ada ${password}`, output: `poetry config http-basic.internal ada ${label('cli-password-option')}` },
        { input: `useradd -m -s /bin/bash -p $6$rounds=5000$${weak}$${token} ada`, output: `useradd -m -s /bin/bash -p ${label('cli-password-option')} ada` },
        { input: `cqlsh -u cassandra -p ${password} db1`, output: `cqlsh -u cassandra -p ${label('cli-password-option')} db1` },
        { input: `mosquitto_pub -h broker -u ada -P ${password} -t t -m x`, output: `mosquitto_pub -h broker -u ada -P ${label('cli-password-option')} -t t -m x` },
        { input: `ssh-keygen -p -P ${weak} -N ${password} -f id_ed25519`, output: `ssh-keygen -p -P ${label('cli-password-option')} -f id_ed25519` },
        { input: `ssh-keygen -t ed25519 -N "${password}" -f key`, output: `ssh-keygen -t ed25519 -N "${label('cli-password-option')}" -f key` },
        { input: `rar a -p${password} out.rar dir`, output: `rar a -p${label('cli-password-option')} out.rar dir` },
        { input: `rar a -hp${password} out.rar dir`, output: `rar a -hp${label('cli-password-option')} out.rar dir` },
        { input: `sqlplus -s scott/${password}@orcl @run.sql`, output: `sqlplus -s scott/${label('cli-password-option')}@orcl @run.sql` },
        { input: `expdp "sys/${weak} as sysdba" directory=d`, output: `expdp "sys/${label('cli-password-option')} as sysdba" directory=d` },
        { input: `sqlldr control=load.ctl userid=scott/${password}@orcl`, output: `sqlldr control=load.ctl userid=scott/${label('cli-password-option')}@orcl` },
        { input: `rman target sys/${password}@prod catalog rman/${weak}@rcat`, output: `rman target sys/${label('cli-password-option')}@rcat` },
        { input: `rman target=sys/${password}@prod`, output: `rman target=sys/${label('cli-password-option')}@prod` },
        { input: `/u01/app/oracle/bin/rman target / catalog rman/${weak}@rcat`, output: `/u01/app/oracle/bin/rman target / catalog rman/${label('cli-password-option')}@rcat` },
        // Recall5: NcFTP, a literal piped into vncpasswd/passwd/sudo -S, PowerShell's -Password beside sqlcmd's name.
        { input: `ncftpput -u ada -p ${password} ftp.example.com /up f.txt`, output: `ncftpput -u ada -p ${label('cli-password-option')} ftp.example.com /up f.txt` },
        { input: `ncftp -u ada -p'${weak}' ftp.example.com`, output: `ncftp -u ada -p'${label('cli-password-option')}' ftp.example.com` },
        { input: `echo ${password} | vncpasswd -f > ~/.vnc/passwd`, output: `echo ${label('cli-password-option')} | vncpasswd -f > ~/.vnc/passwd` },
        { input: `printf '${weak}\\n${weak}\\n' | vncpasswd -f`, output: `printf '${label('cli-password-option')}' | vncpasswd -f` },
        { input: `echo "${password}" | passwd --stdin ada`, output: `echo "${label('cli-password-option')}" | passwd --stdin ada` },
        { input: `echo -e "${weak}\\n${weak}" | sudo passwd ada`, output: `echo -e "${label('cli-password-option')}" | sudo passwd ada` },
        { input: `echo ${password} | sudo -S apt-get update`, output: `echo ${label('cli-password-option')} | sudo -S apt-get update` },
        // sudo with an option's value before -S, or as --stdin (review4). Not `| /usr/bin/sudo -S`:
        // the directory in the pass's anchor (or a `/sudo ` beside it) put the built-in catalog's
        // pass past RE2's DFA budget, ~20 ms to ~1.4 s on tests/unit/detect/compile.test.ts.
        { input: `echo "${password}" | sudo -u root -S systemctl restart app`, output: `echo "${label('cli-password-option')}" | sudo -u root -S systemctl restart app` },
        { input: `echo '${weak}' | sudo --preserve-env=PATH --stdin make install`, output: `echo '${label('cli-password-option')}' | sudo --preserve-env=PATH --stdin make install` },
        { input: `Invoke-Sqlcmd -ServerInstance db -Username sa -Password '${password}' -Query "select 1"`, output: `Invoke-Sqlcmd -ServerInstance db -Username sa -Password '${label('cli-password-option')}' -Query "select 1"` },
      ],
      noMatch: [
        'sqlcmd -S db -E -Q "select 1"',
        'ipmitool -I lanplus -H bmc -U admin -E chassis status',
        'psexec \\\\host -s cmd',
        'smbclient -L //srv -U ada',
        'xfreerdp /u:ada /v:host',
        'rabbitmqctl list_users',
        'scp -P 2222 f host:',
        'unzip -p out.zip file.txt',
        'gzip -P 4 big.log',
        'Accept-Encoding: gzip -P x',
        '7z x out.7z -p',
        'mongod --port 27017 -p x',
        // The tool's name as another command's argument, with that command's port (review3).
        'docker run -d --name mongo -p 27017:27017 mongo:6',
        'kubectl port-forward svc/mongo -p 27017',
        'docker run --name rdesktop -p 3389:3389 img',
        'mongo --host db --eval "db.stats()"',
        'snmpwalk -v2c -c public 10.0.0.1',
        'snmpwalk -v2c host',
        'snmpwalk -v3 -l authNoPriv -u ada -a SHA host',
        'snmpget -v3 -A $SNMP_AUTH host',
        'chpasswd',
        'echo "$USER:$PASS" | chpasswd',
        'usermod -aG docker bob',
        'usermod -p "$(openssl passwd -6 "$PW")" ada',
        'useradd -m -p "$HASH" ada',
        "usermod[1234]: add 'bob' to group 'docker'",
        'twine upload -u __token__ dist/*',
        'poetry config http-basic.internal ada',
        'poetry config virtualenvs.in-project true',
        'ncftpput -u ada -P 2121 ftp.example.com /up f.txt',
        "ssh-keygen -t ed25519 -N '' -f key",
        'ssh-keygen -p -f key',
        'mosquitto_sub -h broker -p 1883 -t t',
        'rar a -p out.rar dir',
        'rar a -hp out.rar dir',
        'sqlplus /nolog',
        'sqlplus / as sysdba',
        'sqlplus -s @run.sql',
        'rman target / nocatalog',
        'rman target / cmdfile=backup.rcv log=/var/log/rman.log',
        'expdp directory=dpump dumpfile=exp.dmp logfile=logs/exp.log',
        'ncftp -u ada ftp.example.com',
        'echo $VNC_PASSWORD | vncpasswd -f',
        'cat /etc/passwd | grep ada',
        'echo done | sudo tee /etc/motd',
        'echo done | sudo -u www tee -a /var/log/app.log',
        'echo 3 | /usr/bin/sudo tee /proc/sys/vm/drop_caches',
        'echo done | sudo -E rsync -avS src dst',
        'echo "$PW" | /usr/bin/sudo -u root -S true',
        'echo "$PW" | sudo -S true',
        'echo "$KRB_PASSWORD" | kinit svc@CORP.LOCAL',
        "echo -n 'x' | adcli info corp.local",
        'sudo -S apt-get update',
      ],
    },
  },
  {
    id: 'impacket-credentials',
    family: 'command-line',
    description: "Impacket's credentials on its command line: the password of a [domain/]user:password[@target] target (secretsdump.py, psexec.py, getTGT.py, impacket-wmiexec, …) and the NT hash of -hashes LM:NT, which logs in as well (pass-the-hash)",
    // Round 41 (red-team tooling in a shell history and a CI log).
    regex: String.raw`\b(?i:impacket-[a-z]+|(?:${IMPACKET_TOOLS})\.py)\b[^\r\n]*?[ \t]-hashes[ \t]+(?:[0-9a-fA-F]{32})?:([0-9a-fA-F]{32})\b|\b(?i:impacket-[a-z]+|(?:${IMPACKET_TOOLS})\.py)\b(?:[ \t]+-[^ \t\r\n]+(?:[ \t]+[^- \t\r\n][^ \t\r\n]*)?)*?[ \t]+['"]?(?:[A-Za-z0-9.-]+/)?[A-Za-z0-9._$-]+:(?:'([^'\r\n]+)'|"([^"\r\n]+)"|([^@ \t\r\n'"]+))(?:@|[ \t]|$)`,
    keywords: ['impacket-', 'secretsdump.py', 'psexec.py', 'wmiexec.py', 'smbexec.py', 'atexec.py', 'dcomexec.py', 'gettgt.py', 'getst.py', 'getuserspns.py', 'getnpusers.py', 'mssqlclient.py', 'smbclient.py', 'lookupsid.py'],
    examples: {
      match: [
        { input: `$ getTGT.py CORP.LOCAL/ada:'${weak}' -dc-ip 10.0.0.5`, output: `$ getTGT.py CORP.LOCAL/ada:'${label('impacket-credentials')}' -dc-ip 10.0.0.5` },
        { input: `secretsdump.py -hashes aad3b435b51404eeaad3b435b51404ee:${ntHash} CORP/administrator@10.0.0.5`, output: `secretsdump.py -hashes aad3b435b51404eeaad3b435b51404ee:${label('impacket-credentials')} CORP/administrator@10.0.0.5` },
      ],
      noMatch: ['secretsdump.py -k CORP/administrator@dc01.corp.local', 'psexec.py CORP/ada@10.0.0.5 -k'],
    },
  },
  {
    id: 'radtest-secrets',
    family: 'command-line',
    description: "FreeRADIUS's radtest [options] <user> <password> <server> <nas port> <secret>: the user's password and the RADIUS shared secret, both",
    // Round 52. Positional, so found by their places after the command's name; the password may
    // start with a dash (`-U8TJ@…`), since nothing but options comes before the user.
    regex: String.raw`\b(?i:radtest)(?:[ \t]+-(?:[tdPi][ \t]+[^ \t\r\n]+|[x46]))*[ \t]+${RADTEST_ARGUMENT}[ \t]+${RADTEST_VALUE}[ \t]+[^ \t\r\n]+[ \t]+[0-9]+[ \t]+${RADTEST_VALUE}`,
    keywords: ['radtest'],
    kind: 'spans',
    examples: {
      match: [
        { input: `radtest ada ${password} 127.0.0.1 0 ${weak}`, output: `radtest ada ${label('radtest-secrets')} 127.0.0.1 0 ${label('radtest-secrets')}` },
        { input: `$ radtest -t mschap bob '${weak}' radius.example.org:1812 10 "${password}"`, output: `$ radtest -t mschap bob '${label('radtest-secrets')}' radius.example.org:1812 10 "${label('radtest-secrets')}"` },
      ],
      noMatch: ['radtest: command not found', 'Usage: radtest [OPTIONS] user passwd radius-server[:port] nas-port-number secret [ppphint] [nasname]'],
    },
  },
];
