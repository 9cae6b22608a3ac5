import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120466);
const password = `${sample.alnum(6)}#${sample.alnum(5)}`;
const cipher = sample.base64(44);

/** A value after a flag: quoted, or a run that is no flag. */
const VALUE = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^- \t\r\n"'][^ \t\r\n"']*))`;

/** `VALUE`, never a variable (`${INFA_PWD}`, `$PW`): the rule looks on to the next flag. */
const NOT_VARIABLE = String.raw`(?:"([^"$\r\n][^"\r\n]*)"|'([^'$\r\n][^'\r\n]*)'|([^-$ \t\r\n"'][^ \t\r\n"']*))`;
/** A quoted argument of a call that is not the secret. */
const ARG = String.raw`[ \t]*(?:"[^"\r\n]*"|'[^'\r\n]*')[ \t]*`;
/** The secret argument of a call, quoted. */
const SECRET_ARG = String.raw`[ \t]*(?:"([^"\r\n]+)"|'([^'\r\n]+)')`;

/**
 * Round 66 (enterprise Java, ERP, healthcare and mainframe middleware; blind): the admin tools'
 * scripting calls, their reversible "encrypted" passwords and the interchange formats' password
 * fields. Not yet the password options of their command-line tools (hdbsql -p, infacmd -pd,
 * sapcontrol -user u pw, …): even six tool names more took the pass over every byte out of RE2's
 * DFA on the guard's input (tests/unit/detect/compile.test.ts).
 */
export const enterpriseRules: readonly RuleSpec[] = [
  {
    id: 'wildfly-clear-text-credential',
    family: 'structured',
    description: "a password WildFly and JBoss EAP keep in clear text in their configuration: <credential-reference clear-text=\"…\"/> (datasources, keystores, Elytron), also as jboss-cli writes it (credential-reference={clear-text=…})",
    // Round 66: the attribute names no secret by a word of the vocabulary; the element does.
    // Or as :read-resource prints the model (`"credential-reference" => {"clear-text" => "…"}`).
    regex: String.raw`<credential-reference\b[^<>\r\n]*?\bclear-text=(?:\\?"([^"\\\r\n]+)\\?"|'([^'\r\n]+)')|credential-reference=\{[^{}\r\n]*?\bclear-text=(?:\\?"([^"\\\r\n]+)\\?"|([^",}\\\r\n]+))|"credential-reference"[ \t]*=>[ \t]*\{[^{}\r\n]*?"clear-text"[ \t]*=>[ \t]*"([^"\\\r\n]+)"`,
    // `credential-reference` holds `cred`, which the pass finds already.
    keywords: ['credential-reference'],
    examples: {
      match: [
        { input: `standalone.xml:212:   <credential-reference clear-text="${password}"/>`, output: `standalone.xml:212:   <credential-reference clear-text="${label('wildfly-clear-text-credential')}"/>` },
        { input: `/subsystem=elytron/key-store=app:add(path=app.jks,credential-reference={clear-text=${password}},type=JKS)`, output: `/subsystem=elytron/key-store=app:add(path=app.jks,credential-reference={clear-text=${label('wildfly-clear-text-credential')}},type=JKS)` },
      ],
      noMatch: ['<credential-reference store="vault" alias="ds-password"/>', '"credential-reference" => {"store" => "vault", "alias" => "ds-password"}'],
    },
  },
  {
    id: 'enterprise-cli-password',
    family: 'command-line',
    description:
      "back-office admin tools' password options where no -u comes before them (cli-user-password-flags takes those): SAP's sapcontrol -user <u> <password> and hdbuserstore SET … <password>; Oracle's FNDCPASS; IBM's pdadmin -a <u> -p; Informatica's infacmd -pd and -cpd; 389 DS's dsconf and ds-replcheck -w; SiteMinder's smreg -su; PeopleSoft's psdmtx -CP/-CW",
    // Round 66, left out then for the pass's room (session 35's draft), in since session 36 gave it back.
    regex: [
      String.raw`\b(?i:pdadmin)\b[^\r\n]*?[ \t]-p[ \t]+${VALUE}`,
      // A connection's password too (`CreateConnection … -cpd …`; round 99), past a variable
      // (`-pd ${INFA_PWD}`): the scan goes on after a match, where the tool's name no longer is.
      String.raw`\b(?i:infacmd(?:\.sh)?)\b[^\r\n]*?[ \t]-(?:c?pd|pwd|Password|ConnectionPassword)[ \t]+${NOT_VARIABLE}`,
      String.raw`\b(?i:dsconf|dsidm|dsctl|ds-replcheck)\b[^\r\n]*?[ \t]-w[ \t]+${VALUE}`,
      String.raw`\b(?i:smreg)\b[^\r\n]*?[ \t]-su[ \t]+${VALUE}`,
      // -CW after -CP (the scan moves past the first match, so the second needs no command).
      String.raw`\b(?i:psdmtx|psae)\b[^\r\n]*?[ \t]-C[PW][ \t]+${VALUE}|[ \t]-CW[ \t]+${VALUE}`,
      String.raw`\b(?i:sapcontrol)\b[^\r\n]*?[ \t]-user[ \t]+[^ \t\r\n]+[ \t]+${VALUE}`,
      String.raw`\b(?i:hdbuserstore)(?:[ \t]+-[a-z][ \t]*[^ \t\r\n]*)*[ \t]+(?i:set)[ \t]+[^ \t\r\n]+[ \t]+[^ \t\r\n]+[ \t]+[^ \t\r\n]+[ \t]+${VALUE}`,
      // FNDCPASS <user>/<pw> 0 Y <system>/<pw> <type> <schema> <new pw>: the three as one span.
      // A masked one (`apps/*****`) is no password.
      String.raw`\bFNDCPASS[ \t]+[^/ \t\r\n]+/([^* \t\r\n][^ \t\r\n]*[ \t]+[0-9]+[ \t]+Y[ \t]+[^/ \t\r\n]+/[^ \t\r\n]+(?:[ \t]+[A-Z_]+[ \t]+[^ \t\r\n]+[ \t]+[^ \t\r\n]+)?)`,
    ].join('|'),
    keywords: ['pdadmin', 'infacmd', 'dsconf', 'dsidm', 'dsctl', 'ds-replcheck', 'smreg', 'psdmtx', 'psae', '-cw ', '-cw\t', 'sapcontrol', 'hdbuserstore', 'fndcpass'],
    examples: {
      // Short: the pass's DFA guard reads every example (more in tests/patterns/command-flags-and-node-dumps.test.ts).
      match: [
        { input: `prdadm> sapcontrol -nr 00 -host sapapp01 -user sapadm ${password} -function StopSystem ALL`, output: `prdadm> sapcontrol -nr 00 -host sapapp01 -user sapadm ${label('enterprise-cli-password')} -function StopSystem ALL` },
      ],
      noMatch: ['hdbuserstore LIST', 'sapcontrol -nr 00 -function GetProcessList'],
    },
  },
  {
    id: 'user-password-words',
    family: 'command-line',
    description: "a password after its user in words, as GoldenGate's commands and parameter files write it (DBLOGIN USERID <u> PASSWORD <pw>, USERID <u>, PASSWORD <pw>, ALTER CREDENTIALSTORE ADD USER <u> PASSWORD <pw>) and SQL's CREATE USER <u> PASSWORD '…'; Informatica's Secure Agent's install token (consoleAgentManager configureToken <user> <token>)",
    // Round 99. A rule of its own, woken by words the pass finds already (`pass`, `token`): with
    // enterprise-cli-password's many tools, every such line ran them all.
    regex: [
      // Informatica's Secure Agent takes its install token (`consoleAgentManager.sh configureToken <user> <token>`).
      String.raw`\b(?i:consoleAgentManager)(?:\.sh|\.bat)?[ \t]+configureToken[ \t]+[^ \t\r\n]+[ \t]+${NOT_VARIABLE}`,
      // Oracle GoldenGate's `DBLOGIN USERID <u> PASSWORD <pw>`, a parameter file's `USERID <u>,
      // PASSWORD <pw>`, `ALTER CREDENTIALSTORE ADD USER <u> PASSWORD <pw>` (and SQL's `CREATE USER
      // <u> PASSWORD '…'`): after the user, a value with a digit or a symbol, so that
      // `DBLOGIN failed: password is expired` is a message.
      String.raw`(?:^|[^A-Za-z0-9_-])(?i:userid|user)[ \t]+[^ \t\r\n,'"]+,?[ \t]+(?i:password)[ \t]+(?:'([A-Za-z]*[^A-Za-z$'\r\n][^'\r\n]*)'|"([A-Za-z]*[^A-Za-z$"\r\n][^"\r\n]*)"|([A-Za-z]*[^A-Za-z$([{< \t\r\n"'][^ \t\r\n"']*))`,
    ].join('|'),
    keywords: ['pass', 'token'],
    examples: {
      match: [{ input: `USERID ggadmin, PASSWORD ${password}`, output: `USERID ggadmin, PASSWORD ${label('user-password-words')}` }],
      noMatch: ['DBLOGIN failed: password is expired, contact DBA'],
    },
  },
  {
    id: 'admin-call-password',
    family: 'password',
    description:
      "a password passed to an admin scripting call: WebLogic WLST's connect(user, pw, url), nmConnect(user, pw, …), resetUserPassword(user, pw), createUser(user, pw, …); InterSystems' Security.Users.Create(name, roles, pw) and Ens.Config.Credentials.SetCredential(id, user, pw)",
    regex: [
      String.raw`\bconnect\(${ARG},${SECRET_ARG}[ \t]*,[ \t]*["'](?:t3s?|https?|iiops?)://`,
      String.raw`\bnmConnect\(${ARG},${SECRET_ARG}`,
      String.raw`\b(?:resetUserPassword|createUser)\(${ARG},${SECRET_ARG}`,
      String.raw`\bSecurity\.Users\)\.Create\(${ARG},${ARG},${SECRET_ARG}`,
      String.raw`\bCredentials\)\.SetCredential\(${ARG},${ARG},${SECRET_ARG}`,
    ].join('|'),
    keywords: ['connect(', 'resetuserpassword', 'createuser', 'security.users', 'setcredential'],
    examples: {
      match: [
        { input: `wls:/offline> connect('weblogic','${password}','t3://wls-admin01.corp.local:7001')`, output: `wls:/offline> connect('weblogic','${label('admin-call-password')}','t3://wls-admin01.corp.local:7001')` },
        { input: `%SYS>Set sc=##class(Security.Users).Create("hsbus","%All","${password}","HealthShare Bus")`, output: `%SYS>Set sc=##class(Security.Users).Create("hsbus","%All","${label('admin-call-password')}","HealthShare Bus")` },
      ],
      noMatch: [`connect('db01', '5432')`, 'nmConnect(userConfigFile=uc, userKeyFile=uk)'],
    },
  },
  {
    id: 'reversible-password-cipher',
    family: 'password',
    description:
      "a password kept under a reversible cipher whose key sits beside it: WebLogic's {AES}/{AES256}, WebSphere's {xor}, PeopleSoft's PSCipher {V1.1}, {3DES}",
    regex: String.raw`\{(?:AES(?:256)?|xor|XOR|V[0-9]\.[0-9]|3DES|DESede)\}([A-Za-z0-9+/_-]{6,}={0,2})`,
    keywords: ['{aes', '{xor}', '{v1.', '{v2.', '{3des}', '{desede}'],
    examples: {
      match: [
        { input: `config.xml:    <node-manager-password-encrypted>{AES256}${cipher}</node-manager-password-encrypted>`, output: `config.xml:    <node-manager-password-encrypted>{AES256}${label('reversible-password-cipher')}</node-manager-password-encrypted>` },
        { input: `psprcs.cfg:DomainConnectPswd={V1.1}${cipher}`, output: `psprcs.cfg:DomainConnectPswd={V1.1}${label('reversible-password-cipher')}` },
      ],
      noMatch: ['{AES256}', 'cipher suite {AES} selected'],
    },
  },
  {
    id: 'interchange-password-field',
    family: 'password',
    description:
      "the password fields of interchange formats: X12's ISA04 security information (after ISA03 01), HL7 v2's MSH-8 security, PeopleSoft's UserPswd= and ConnectPswd=",
    regex: [
      String.raw`\bISA\*[0-9]{2}\*[^*\r\n]{10}\*01\*([^*\r\n]*[^* \r\n][^*\r\n]*)\*`,
      String.raw`\bMSH\|\^~\\&\|(?:[^|\r\n]*\|){5}([^|\r\n]+)\|[A-Z]{3}\^`,
      String.raw`\b(?:[A-Za-z]*(?:Connect|User|Domain|Access)Pswd|PSWD)[ \t]*=[ \t]*([^ \t\r\n"',;{][^ \t\r\n"',;]*)`,
    ].join('|'),
    keywords: ['isa*', 'msh|', 'pswd'],
    examples: {
      match: [
        { input: `ISA*00*          *01*${password.slice(0, 10)}*ZZ*GENHOSP01      *ZZ*CLEARHOUSE     *250304*1012*^*00501*000000905*0*P*:~`, output: `ISA*00*          *01*${label('interchange-password-field')}*ZZ*GENHOSP01      *ZZ*CLEARHOUSE     *250304*1012*^*00501*000000905*0*P*:~` },
        { input: `[Startup] DBName=HCMPRD DBType=ORACLE UserId=PS UserPswd=${password} ConnectId=people`, output: `[Startup] DBName=HCMPRD DBType=ORACLE UserId=PS UserPswd=${label('interchange-password-field')} ConnectId=people` },
      ],
      noMatch: ['ISA*00*          *00*          *ZZ*GENHOSP01      *ZZ*CLEARHOUSE     *250304*1012*^*00501*000000905*0*P*:~', 'MSH|^~\\&|LAB|MAINLAB|EMR|GENHOSP|20250304101233||ORU^R01|MSG00001|P|2.3'],
    },
  },
];
