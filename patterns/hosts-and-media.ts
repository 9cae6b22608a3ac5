import type { RuleSpec } from '../src/types.js';
import { label, SEP, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120584);

const uuid = (): string => [8, 4, 4, 4, 12].map((n) => sample.hex(n)).join('-');
const pveSecret = uuid();
const pbsSecret = uuid();
const tunnelToken = Buffer.from(JSON.stringify({ a: sample.hex(32), t: uuid(), s: sample.base64(44) })).toString('base64');
const swarmKey = `SWMKEY-1-${sample.base64url(43)}`;
const b2Key = `K005${sample.alnum(27)}`;
const b2KeyId = `005${sample.hex(9)}0000000${sample.from('0123456789', 3)}`;
const youtubeKey = Array.from({ length: 5 }, () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 4)).join('-');
const nginxKey = `${sample.alnum(10)}A7b${sample.alnum(11)}`;
const restreamKey = `re_${sample.from('0123456789', 7)}_${sample.hex(20)}`;
const chapPassword = `${sample.alnum(10)}7x`;
const typedPassword = `${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${sample.from('abcdefghijklmnopqrstuvwxyz', 6)}20${sample.from('0123456789', 2)}!`;
const fileZillaPassword = Buffer.from(`${sample.alnum(8)}$${sample.alnum(3)}!`).toString('base64');
const obsPassword = sample.alnum(16);
const subsonicToken = sample.hex(32);
const subsonicHex = Buffer.from(`${sample.alnum(9)}!x`).toString('hex');
const proToken = sample.alnum(24);
const suseCode = sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14);
const installerPassword = `${sample.alnum(7)}${sample.from('0123456789', 2)}!`;
const sambaPassword = `${sample.alnum(8)}!${sample.alnum(4)}`;
const pairPassword = `${sample.alnum(12)}7x2Q`;
const vpnCookie = `${sample.from('0123456789ABCDEF', 6)}@${sample.from('0123456789', 5)}@${sample.from('0123456789ABCDEF', 4)}@${sample.from('0123456789ABCDEF', 40)}`;
const pskValue = sample.alnum(32);
const contentSample = createSampler(2026120544);
const contentKey = contentSample.hex(32);
const kalturaKs = `djJ8NDYzMzUxOXx${createSampler(2026120563).base64url(40)}`;
const pipedPassword = `${sample.alnum(9)}!${sample.alnum(3)}`;
const round86 = createSampler(2026120586);
const storageKeyId = `${round86.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}7${round86.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)}`;
const plexClaim = `claim-${round86.alnum(8)}_${round86.alnum(11)}`;
const ivsKey = `sk_us-west-2_${round86.alnum(12)}`;

/** The ids whose shape says whose they are, under a name as plain as `keyId` (B2's JSON, Garage's `Key ID:`). */
const B2_OR_GARAGE_ID = String.raw`00[0-9a-f]{10,14}0{5,}[0-9a-f]{1,4}|GK[0-9a-f]{24}`;
/** An S3-compatible store's access key id: 20 capitals and digits, a B2 key id, Garage's, or 32 hex (R2). */
const STORAGE_KEY_ID = String.raw`[A-Z0-9]{20}|${B2_OR_GARAGE_ID}|[0-9a-f]{32}`;

/** A value as a shell argument: double- or single-quoted, or bare up to a blank, pipe or `;`. */
const SHELL_VALUE = String.raw`(?:\\+"([^"\\\r\n]+)\\+"|"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n|;&'"\\]+))`;

/** `SHELL_VALUE` as an option's argument: a bare one opens with no `-` (that is the next option). */
export const SHELL_ARG = String.raw`(?:\\+"([^"\\\r\n]+)\\+"|"([^"\r\n]+)"|'([^'\r\n]+)'|([^- \t\r\n|;&'"\\][^ \t\r\n|;&'"\\]*))`;

/** `echo` or `printf` and their flags (`echo -n`, `printf '%s\n'`), before the value. */
const ECHO = String.raw`\b(?i:echo|printf)(?:[ \t]+-[neE]+)*[ \t]+(?:'%s(?:\\n)?'[ \t]+|"%s(?:\\n)?"[ \t]+)?`;
/** The value's end, a subshell's `)` and the pipe, into the tool (through sudo or not, by its path or not). */
const INTO = String.raw`\)?[ \t]*\|[ \t]*(?:sudo(?:[ \t]+-[A-Za-z]+(?:[ \t]+[^- \t\r\n|;][^ \t\r\n|;]*)?)*[ \t]+)?(?:/[^ \t\r\n|;]*/)?`;

/**
 * Round 84-88 (infrastructure as code, backup and media servers, Linux hosts; blind): tokens of
 * hypervisors and tunnels that name themselves, the key an RTMP URL carries as its last segment,
 * and passwords handed to a tool on its standard input or typed where a user name was asked.
 * Each is found by a word the pass holds already (`token`, `key`, `eyj`, `pass`, `auth`) or by
 * one literal of its own (`rtmp`, `invalid user`).
 */
export const hostAndMediaRules: readonly RuleSpec[] = [
  {
    id: 'proxmox-api-token',
    family: 'vendor',
    description: "a Proxmox VE, Backup Server or Mail Gateway API token's secret, as its Authorization header writes it: PVEAPIToken=user@realm!tokenid=<uuid> (PBSAPIToken …:<uuid>)",
    // Rounds 84, 86 and 88: the terraform provider's debug log, PBS's access log, curl in history.
    regex: String.raw`\b(?:PVE|PBS|PMG)APIToken[= ][^! \t\r\n"'\\]+![^=: \t\r\n"'\\]+[=:]([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b`,
    // `apitoken` holds `token`, which the pass finds already.
    keywords: ['apitoken'],
    examples: {
      match: [
        { input: `Authorization: PVEAPIToken=terraform@pve!tf=${pveSecret}`, output: `Authorization: PVEAPIToken=terraform@pve!tf=${label('proxmox-api-token')}` },
        { input: `GET /api2/json/admin/datastore - Authorization: PBSAPIToken=root@pam!monitoring:${pbsSecret}`, output: `GET /api2/json/admin/datastore - Authorization: PBSAPIToken=root@pam!monitoring:${label('proxmox-api-token')}` },
      ],
      noMatch: ['Authorization: PVEAPIToken=terraform@pve!tf=<secret>', 'PVEAPIToken=root@pam!monitoring'],
    },
  },
  {
    id: 'cloudflare-tunnel-token',
    family: 'vendor',
    description: 'a Cloudflare Tunnel token (base64 of {"a":…,"t":…,"s":…}, from eyJhIjoi), as cloudflared service install and tunnel run --token take it',
    // Rounds 84 and 88: cloud-init's runcmd and shell history. No dot: a JWT's header is `{"alg"…`.
    regex: String.raw`${TOKEN_START}(eyJhIjoi[A-Za-z0-9+/]{60,}={0,2})(?:[^A-Za-z0-9+/=.]|$)`,
    // `eyjhijoi` holds `eyj`, which the pass finds already (JWTs).
    keywords: ['eyjhijoi'],
    examples: {
      match: [{ input: `$ sudo cloudflared service install ${tunnelToken}`, output: `$ sudo cloudflared service install ${label('cloudflare-tunnel-token')}` }],
      noMatch: ['cloudflared tunnel run --token eyJhIjoi', `eyJhIjoi${sample.alnum(70)}.${sample.alnum(20)}`],
    },
  },
  {
    id: 'docker-swarm-unlock-key',
    family: 'vendor',
    description: 'a Docker Swarm unlock key (SWMKEY-1- and 43 of base64url), which decrypts the managers\' Raft log and its secrets',
    regex: String.raw`${TOKEN_START}(SWMKEY-1-[A-Za-z0-9_+/-]{43})\b`,
    // `swmkey-1-` holds `key`, which the pass finds already.
    keywords: ['swmkey-1-'],
    examples: {
      match: [{ input: `To unlock a swarm manager after it restarts, run the docker swarm unlock command and provide the following key:\\n\\n    ${swarmKey}`, output: `To unlock a swarm manager after it restarts, run the docker swarm unlock command and provide the following key:\\n\\n    ${label('docker-swarm-unlock-key')}` }],
      noMatch: ['SWMKEY-1-<key>', `SWMKEY-1-${'A'.repeat(20)}`],
    },
  },
  {
    id: 'backblaze-b2-application-key',
    family: 'vendor',
    description: 'a Backblaze B2 application key (K00 and a digit, then 27 of base64) on a line that names a key or an authorization: rclone, restic and b2 account authorize',
    // Rounds 86 and 88. The key id beside it (`005…0000000…`) is storage-access-key-id's under its
    // name, and stays where nothing names it (`b2 account authorize <id> <key>`).
    regex: String.raw`(?i:key|auth)[^\r\n]*?${TOKEN_START}(K00[0-9][A-Za-z0-9+/]{27})(?:[^A-Za-z0-9+/=]|$)`,
    // `key` and `auth` are in the pass already.
    keywords: ['key', 'auth'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `env: RCLONE_CONFIG_B2_ACCOUNT=${b2KeyId} RCLONE_CONFIG_B2_KEY=${b2Key}`, output: `env: RCLONE_CONFIG_B2_ACCOUNT=${label('storage-access-key-id')} RCLONE_CONFIG_B2_KEY=${label('backblaze-b2-application-key')}` },
        { input: `  201  b2 account authorize ${b2KeyId} ${b2Key}`, output: `  201  b2 account authorize ${b2KeyId} ${label('backblaze-b2-application-key')}` },
      ],
      noMatch: [`b2 account authorize ${b2KeyId}`, `key K005${'A'.repeat(27)}`],
    },
  },
  {
    id: 'storage-access-key-id',
    family: 'vendor',
    description:
      "an S3-compatible store's access key id under its name (aws_access_key_id, AccessKeyId, B2_ACCOUNT_ID, applicationKeyId, RCLONE_CONFIG_B2_ACCOUNT): MinIO's, Wasabi's and DigitalOcean Spaces' 20 capitals and digits, Backblaze B2's key ids, Garage's GK…, R2's 32 hex; AWS's own are aws-access-key-id's",
    // Round 86. The id is half of the pair that signs a request, and AWS's (AKIA…) goes already;
    // a store's other ids are read only under a name that says what they are.
    regex: String.raw`${TOKEN_START}(?:(?i:[a-z0-9_]*access[_-]?key[_-]?id|b2_account_id|[a-z0-9_]*application[_-]?key[_-]?id)${SEP}|--access-key-id[ \t=]+|RCLONE_CONFIG_[A-Z0-9_]*B2_ACCOUNT=)(${STORAGE_KEY_ID})(?:[^A-Za-z0-9_+/=-]|$)|${TOKEN_START}(?i:key[ _-]?id)\\*["']?[ \t]*[:=][ \t]*\\*["']?(${B2_OR_GARAGE_ID})(?:[^A-Za-z0-9_+/=-]|$)`,
    // `key` is in the pass already, and `b2_account` (B2_ACCOUNT_ID, RCLONE_CONFIG_B2_ACCOUNT) one
    // literal more: a keyword for every remote's `_ACCOUNT=` took a third of the pass's room.
    keywords: ['keyid', 'key_id', 'key-id', 'b2_account'],
    // A B2 key id is mostly zeros (`005…0000000201`: 2.2 to 2.8 bits a character).
    minEntropy: 2,
    examples: {
      match: [
        { input: `[wasabi] aws_access_key_id = ${storageKeyId}`, output: `[wasabi] aws_access_key_id = ${label('storage-access-key-id')}` },
        { input: `env: B2_ACCOUNT_ID=${b2KeyId} RESTIC_REPOSITORY=b2:backups:/nas`, output: `env: B2_ACCOUNT_ID=${label('storage-access-key-id')} RESTIC_REPOSITORY=b2:backups:/nas` },
      ],
      noMatch: ['aws_access_key_id = AAAAAAAAAAAAAAAAAAAA', 'access_key_id=backup-user', `access_key_id=${'0'.repeat(32)}`, `kid=${round86.hex(32)}`],
    },
  },
  {
    id: 'plex-claim-token',
    family: 'vendor',
    description: "a Plex Media Server claim token (claim-…), which links a server to whoever's account it was made for: PLEX_CLAIM=…, plexClaim: …",
    // Round 86.
    regex: String.raw`${TOKEN_START}(claim-[A-Za-z0-9_-]{20,24})(?:[^A-Za-z0-9_-]|$)`,
    keywords: ['claim-'],
    tokenShape: true,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `docker run -d --name plex -e PLEX_CLAIM=${plexClaim} plexinc/pms-docker`, output: `docker run -d --name plex -e PLEX_CLAIM=${label('plex-claim-token')} plexinc/pms-docker` }],
      noMatch: ['claim-check-processor-deployment', 'PLEX_CLAIM=claim-xxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'filezilla-base64-password',
    family: 'structured',
    description: 'a password FileZilla keeps in base64 (sitemanager.xml, recentservers.xml): <Pass encoding="base64">…</Pass>',
    // Round 86. A short element name takes no attributes in xml-sensitive-element (`pin>`).
    regex: String.raw`<Pass[ \t]+encoding="base64"[ \t]*>([A-Za-z0-9+/]+=*)</Pass>`,
    // `<pass` holds `pass`, which the pass finds already.
    keywords: ['<pass'],
    examples: {
      match: [{ input: `<User>backup</User><Pass encoding="base64">${fileZillaPassword}</Pass>`, output: `<User>backup</User><Pass encoding="base64">${label('filezilla-base64-password')}</Pass>` }],
      noMatch: ['<Pass encoding="base64" />', '<Pass encoding="base64"></Pass>'],
    },
  },
  {
    id: 'obs-websocket-password',
    family: 'url-credentials',
    description: "the password obs-websocket's connect URL carries as its path: obsws://host:4455/<password>",
    // Round 86: OBS prints it in its log as the connect info for remote control.
    regex: String.raw`\bobsws://[^/ \t\r\n"'\\]+/([^ \t\r\n"'\\/?#]{6,})`,
    keywords: ['obsws://'],
    examples: {
      match: [{ input: `[obs-websocket] Connect info: obsws://192.168.1.10:4455/${obsPassword}`, output: `[obs-websocket] Connect info: obsws://192.168.1.10:4455/${label('obs-websocket-password')}` }],
      noMatch: ['obsws://192.168.1.10:4455', 'obsws://localhost:4455/'],
    },
  },
  {
    id: 'subsonic-api-credential',
    family: 'url-credentials',
    description: "the password (p=, plain or enc:hex) or the salted token (t=, with s=) a Subsonic API request carries: /rest/stream.view?u=…&t=…&s=… (Navidrome, Airsonic, Gonic and their clients)",
    // Round 86. The token is md5(password + salt), the salt beside it: a dictionary cracks it.
    // The API's path (`/rest/<method>`, `.view` or not) and its user beside the credential, either side.
    regex: String.raw`/rest/[A-Za-z0-9]+(?:\.view)?\?(?:(?:[^ \t\r\n"'#\\]*&)?u=[^ \t\r\n"'#\\&]*&(?:[^ \t\r\n"'#\\]*?&)?(?:p|t)=([^ \t\r\n"'&#\\]{6,})|(?:[^ \t\r\n"'#\\]*?&)?(?:p|t)=([^ \t\r\n"'&#\\]{6,})&(?:[^ \t\r\n"'#\\]*&)?u=)`,
    keywords: ['/rest/'],
    minEntropy: 2.5,
    examples: {
      match: [
        { input: `GET /rest/stream.view?u=alice&t=${subsonicToken}&s=pdl7ow&v=1.16.1&c=DSub&id=al-81`, output: `GET /rest/stream.view?u=alice&t=${label('subsonic-api-credential')}&s=pdl7ow&v=1.16.1&c=DSub&id=al-81` },
        { input: `GET /rest/ping.view?u=bob&p=enc:${subsonicHex}&v=1.13.0`, output: `GET /rest/ping.view?u=bob&p=${label('subsonic-api-credential')}&v=1.13.0` },
      ],
      noMatch: ['GET /rest/ping.view?u=bob&v=1.13.0&c=DSub', 'GET /list.view?p=page2of10&t=dark-mode'],
    },
  },
  {
    id: 'subscription-attach-token',
    family: 'command-line',
    description: 'a token that attaches a machine to a vendor subscription, on its command line: Ubuntu Pro (pro attach …, ua attach …), canonical-livepatch enable …, SUSEConnect -r …',
    // Rounds 84 and 88: cloud-init's runcmd and shell history. Whoever holds it attaches machines to the account.
    regex: String.raw`\b(?:pro|ua) attach[ \t]+(?:--[a-z-]+(?:=[^ \t\r\n'"]*)?[ \t]+)*([A-Za-z0-9]{20,40})\b|\bcanonical-livepatch[ \t]+enable[ \t]+([0-9a-f]{32})\b|\bSUSEConnect\b[^\r\n]*?[ \t](?:-r|--regcode)(?:[ \t]+|=)([A-Za-z0-9-]{8,})`,
    keywords: ['pro attach', 'ua attach', 'livepatch', 'suseconnect'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `: 1701709272:0;sudo pro attach ${proToken}`, output: `: 1701709272:0;sudo pro attach ${label('subscription-attach-token')}` },
        { input: `SUSEConnect -r ${suseCode} -e it-ops@example.com`, output: `SUSEConnect -r ${label('subscription-attach-token')} -e it-ops@example.com` },
      ],
      noMatch: ['sudo pro attach --help', 'canonical-livepatch enable', 'SUSEConnect --status-text'],
    },
  },
  {
    id: 'rtmp-stream-key',
    family: 'url-credentials',
    description: "the stream key an RTMP URL carries as its last segment, after the application's: ffmpeg's output, nginx-rtmp's push, OBS and restreamers; a token of capitals, small letters and digits",
    // Round 86. Whoever holds the key broadcasts on the channel. A stream's name (`/live/test`,
    // `/live/livestream_720p`, `/vod/mp4:sample_1280x720.mp4`) is a name, not a key.
    regex: String.raw`\b(?i:rtmps?)://[^/ \t\r\n"'\\]+/(?:[^/ \t\r\n"'\\?]+/)+([^ \t\r\n"'\\/?;&.:]{16,})/?(?:[ \t\r\n"'\\?;&]|$)`,
    keywords: ['rtmp'],
    tokenShape: true,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `push rtmp://ingest.example.net/live/${nginxKey};`, output: `push rtmp://ingest.example.net/live/${label('rtmp-stream-key')};` }],
      noMatch: ['rtmp://localhost/live/test', 'rtmp://192.168.1.50:1935/live/livestream_720p'],
    },
  },
  {
    id: 'rtmp-platform-stream-key',
    family: 'url-credentials',
    description: "a streaming platform's key in small letters as the last segment of its RTMP URL: YouTube's (five groups of four, rtmp://a.rtmp.youtube.com/live2/…), Restream's (re_…)",
    // Round 86: lower-case keys, which rtmp-stream-key's token shape leaves to their own formats.
    regex: String.raw`\b(?i:rtmps?)://[^/ \t\r\n"'\\]+/(?:[^/ \t\r\n"'\\?]+/)+([a-z0-9]{4}(?:-[a-z0-9]{4}){4}|re_[0-9]{5,}_[0-9a-f]{16,})/?(?:[ \t\r\n"'\\?;&]|$)|${TOKEN_START}(sk_(?:us|eu|ap|ca|sa)-[a-z]+-[0-9]_[A-Za-z0-9]{12,})\b`,
    // Amazon IVS's stream keys (sk_<region>_…; Kick's ingest; round 86) wherever they stand: their URL and key are often two settings.
    // Not `sk_` alone: every `task_`, `disk_` and `risk_` holds it.
    keywords: ['rtmp', 'sk_us-', 'sk_eu-', 'sk_ap-', 'sk_ca-', 'sk_sa-'],
    minEntropy: 3.3,
    examples: {
      match: [
        { input: `Output #0, flv, to 'rtmp://a.rtmp.youtube.com/live2/${youtubeKey}':`, output: `Output #0, flv, to 'rtmp://a.rtmp.youtube.com/live2/${label('rtmp-platform-stream-key')}':` },
        { input: `push rtmp://live.restream.io/live/${restreamKey};`, output: `push rtmp://live.restream.io/live/${label('rtmp-platform-stream-key')};` },
        { input: `[egress kick] key=${ivsKey} state=connecting`, output: `[egress kick] key=${label('rtmp-platform-stream-key')} state=connecting` },
      ],
      noMatch: ['rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx', 'rtmp://media.lan/live/cam1-door-back-yard', 'sk_us-west-2_'],
    },
  },
  {
    id: 'kaltura-session',
    family: 'vendor',
    description: "a Kaltura session (KS, version 2: base64url of v2|partner|…, so it opens with djJ8), which acts for its partner until it expires: ks=… in API URLs, /ks/…/ in playManifest paths, <result> of session.start",
    // Round 103. A KS v1 is base64 of a digest and fields, with nothing of its own to know it by.
    regex: String.raw`${TOKEN_START}(djJ8[A-Za-z0-9_-]{40,}={0,2})(?:[^A-Za-z0-9+_=-]|$)`,
    keywords: ['djj'],
    tokenShape: true,
    minEntropy: 4,
    examples: {
      match: [{ input: `"GET /api_v3/service/baseentry/action/list?format=1&partnerId=4633519&ks=${kalturaKs} HTTP/1.1" 200`, output: `"GET /api_v3/service/baseentry/action/list?format=1&partnerId=4633519&ks=${label('kaltura-session')} HTTP/1.1" 200` }],
      noMatch: ['ks=djJ8MTIzfA', `djJ8${'A'.repeat(48)}`],
    },
  },
  {
    id: 'media-content-key',
    family: 'private-key',
    description: "a DRM content key (AES-128, 32 hex) on a packager's or decrypter's command line: mp4decrypt's --key <kid>:<key>, Shaka Packager's key_id=<kid>:key=<key>, ffmpeg's -decryption_key <key>",
    // Round 103. The key decrypts every copy of the content; its key id beside it is public (it
    // stands in the manifest), so only the key goes.
    regex: [
      String.raw`(?:^|[ \t"'])--key[ \t]+(?:[0-9]{1,3}|[0-9a-fA-F]{32}):([0-9a-fA-F]{32})\b`,
      String.raw`\bkey_id=[0-9a-fA-F]{32}:key=([0-9a-fA-F]{32})\b`,
      String.raw`(?:^|[ \t"'])-decryption_key[ \t]+([0-9a-fA-F]{32})\b`,
    ].join('|'),
    keywords: ['key'],
    anchor: String.raw`--key[ \t]+[0-9a-fA-F]{1,32}:|key_id=[0-9a-fA-F]{32}:key=|-decryption_key[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `ffmpeg -y -decryption_key ${contentKey} -i enc.mp4 -c copy out.mp4`, output: `ffmpeg -y -decryption_key ${label('media-content-key')} -i enc.mp4 -c copy out.mp4` },
      ],
      // mp4decrypt's and Shaka's forms are in tests/patterns/devices-and-services.test.ts: their
      // examples here took room from the pass over every byte (`pass-room.js`).
      noMatch: ['mp4decrypt --key 1:${CONTENT_KEY} a.mp4 b.mp4'],
    },
  },
  {
    id: 'iscsi-chap-password',
    family: 'command-line',
    description: "an iSCSI CHAP password: iscsiadm's --op update -n node.session.auth.password -v …, and the mutual CHAP password_in of iscsid.conf",
    // Round 88. The key rules know `password` only at a key's end.
    regex: String.raw`\.auth\.password(?:_in)?(?:[ \t]*=[ \t]*|[ \t]+-v[ \t]+)${SHELL_ARG}`,
    // `auth.password` holds `auth`, which the pass finds already.
    keywords: ['auth.password'],
    examples: {
      match: [
        { input: `iscsiadm --op update -n node.session.auth.password -v ${chapPassword}`, output: `iscsiadm --op update -n node.session.auth.password -v ${label('iscsi-chap-password')}` },
        { input: `node.session.auth.password_in = ${chapPassword}`, output: `node.session.auth.password_in = ${label('iscsi-chap-password')}` },
      ],
      noMatch: ['-n node.session.auth.authmethod -v CHAP', 'node.session.auth.password_in ='],
    },
  },
  {
    id: 'piped-password',
    family: 'command-line',
    description: "a password echoed into a tool that reads it on standard input: smbpasswd -s, openconnect --passwd-on-stdin, passwd --stdin, cryptsetup open (chpasswd's user:password lines are cli-password-option's)",
    // Round 88. `(echo 'pw'; echo 'pw') | smbpasswd -s -a ada` echoes it twice: each goes.
    regex: String.raw`${ECHO}${SHELL_VALUE}${INTO}(?:smbpasswd\b[^|;\r\n]*[ \t]-[a-zA-Z]*s[a-zA-Z]*\b|openconnect\b[^|;\r\n]*[ \t]--passwd-on-stdin\b|passwd\b[^|;\r\n]*[ \t]--stdin\b|cryptsetup(?:[ \t]+-[^ \t\r\n|;]+)*[ \t]+(?:luksOpen|open|luksFormat|luksAddKey)\b)`,
    // Each holds `pass`, which the pass finds already.
    keywords: ['smbpasswd', 'passwd-on-stdin', 'passwd', 'cryptsetup'],
    examples: {
      match: [
        { input: `echo '${pipedPassword}' | openconnect --passwd-on-stdin vpn`, output: `echo '${label('piped-password')}' | openconnect --passwd-on-stdin vpn` },
      ],
      noMatch: ['echo "$PW" | passwd --stdin app', 'echo done | smbpasswd -a ada'],
    },
  },
  {
    id: 'vpn-session-cookie',
    family: 'command-line',
    description: "the session cookie an SSL VPN client is handed after login, on its command line: openconnect --cookie=… (AnyConnect's 6A58D7@44088@…, Pulse's DSID=…)",
    // Round 90: whoever holds it joins the VPN as the user until it expires, no password or MFA asked.
    regex: String.raw`\bopenconnect\b[^\r\n]*?[ \t]--cookie(?:=|[ \t]+)["']?([^ \t\r\n'"\\]{8,})`,
    // An anchor, not the keyword `cookie`: every request line's Cookie header holds that, and the
    // pass looks for the header's precise anchor instead (issue 9; as a keyword, the request log's
    // hit lines went from 473 to 3,507 per 4 MiB).
    keywords: [],
    anchor: String.raw`--cookie(?:=|[ \t]+)`,
    minEntropy: 3,
    examples: {
      match: [
        { input: `openconnect --cookie=${vpnCookie} --servercert pin-sha256:x vpn.corp.example`, output: `openconnect --cookie=${label('vpn-session-cookie')} --servercert pin-sha256:x vpn.corp.example` },
      ],
      noMatch: ['openconnect --cookie-on-stdin vpn.corp.example', "COOKIE='$COOKIE';"],
    },
  },
  {
    id: 'ike-pre-shared-key',
    family: 'config',
    description: "an IKE pre-shared key in a Cisco keyring: pre-shared-key address <ip> key …, pre-shared-key local|remote …, pre-shared-key hostname <name> key … (also after a type 0, 6 or 7)",
    // Round 90. `crypto isakmp key … address …` is network-device-secret's.
    regex: String.raw`\bpre-shared-key[ \t]+(?:address[ \t]+[0-9A-Fa-f.:/]+(?:[ \t]+[0-9.]+)?[ \t]+key|hostname[ \t]+[^ \t\r\n]+[ \t]+key|local|remote)[ \t]+(?:[067][ \t]+)?([^ \t\r\n"\\]+)`,
    // `pre-shared-key` holds `key`, which the pass finds already.
    keywords: ['pre-shared-key'],
    examples: {
      match: [
        { input: `pre-shared-key address 52.1.2.3 key ${pskValue}`, output: `pre-shared-key address 52.1.2.3 key ${label('ike-pre-shared-key')}` },
        { input: `  pre-shared-key local ${pskValue}`, output: `  pre-shared-key local ${label('ike-pre-shared-key')}` },
      ],
      noMatch: ['authentication local pre-shared-key', 'pre-shared-key address 52.1.2.3 key'],
    },
  },
  {
    id: 'installer-root-password',
    family: 'config',
    description: "a password an unattended install sets: Debian's preseed (d-i passwd/root-password password …, any question of type password) and kickstart's rootpw --plaintext …",
    // Round 88 (round 84 for kickstart's flags; `rootpw …` alone is config-directive-secret's).
    regex: String.raw`\bd-i[ \t]+[^ \t\r\n]+[ \t]+password[ \t]+([^ \t\r\n"\\[<$][^ \t\r\n"\\]*)|^[ \t]*rootpw(?:[ \t]+--(?:plaintext|iscrypted|allow-ssh))+[ \t]+([^ \t\r\n"\\-][^ \t\r\n"\\]*)`,
    // Any debconf question of type password (the root's and users' passwords, partman-crypto's
    // passphrase, GRUB's); `password` and `rootpw` are in the pass already.
    keywords: ['password', 'rootpw'],
    examples: {
      match: [
        { input: `d-i passwd/root-password password ${installerPassword}`, output: `d-i passwd/root-password password ${label('installer-root-password')}` },
        { input: `rootpw --plaintext ${installerPassword}`, output: `rootpw --plaintext ${label('installer-root-password')}` },
      ],
      noMatch: ['d-i passwd/root-login boolean false', '#d-i passwd/user-password-crypted password [crypt(3) hash]', 'rootpw --lock'],
    },
  },
  {
    id: 'samba-tool-password',
    family: 'command-line',
    description: "a password Samba's tools take as an argument: net rpc user password|add <user> …, samba-tool user create <user> …, smbpasswd -w … (the LDAP admin's)",
    // Round 88. `-U user%password` is smb-user-password's.
    regex: String.raw`\b(?:net[ \t]+(?:rpc|ads|sam)[ \t]+(?:user[ \t]+)?(?:(?:set)?password|add)|samba-tool[ \t]+user[ \t]+(?:create|add))[ \t]+[^ \t\r\n-][^ \t\r\n]*[ \t]+${SHELL_ARG}|\bsmbpasswd[ \t]+-w[ \t]*${SHELL_ARG}`,
    // Each holds `pass`, which the pass finds already.
    keywords: ['password', 'smbpasswd', 'rpc user add', 'samba-tool'],
    examples: {
      match: [
        { input: `net rpc user password bob '${sambaPassword}' -U 'CORP\\helpdesk' -S dc01`, output: `net rpc user password bob '${label('samba-tool-password')}' -U 'CORP\\helpdesk' -S dc01` },
        { input: `smbpasswd -w ${sambaPassword}`, output: `smbpasswd -w ${label('samba-tool-password')}` },
      ],
      noMatch: ['net rpc user password bob -U admin', 'smbpasswd -a ada'],
    },
  },
  {
    id: 'credential-pair-prose',
    family: 'generic',
    description: "a user and a password written as a pair in a sentence: Initial credentials are admin / …, creds for the contractor: user jdoe / pass …",
    // Rounds 83 and 84: an installer's closing message, a chat or an agent's tool call. The
    // password holds a digit or a symbol: `credentials are username / password` names fields.
    regex: String.raw`(?i:credentials|creds)(?:[ \t]+(?:are|is|for[^:\r\n]{0,40}))?:?[ \t]+(?:(?i:user(?:name)?)[ \t:=]+)?["']?[^ \t\r\n/'"\\]+["']?[ \t]+/[ \t]+(?:(?i:pass(?:word)?)[ \t:=]+)?["']?([^ \t\r\n'",;)\\]*[0-9!#$%^&*@+=?~][^ \t\r\n'",;)\\]*)`,
    keywords: ['cred'],
    // `Credentials are invalid / 401 returned`, `creds: ok / 200`: a status, not a password.
    minEntropy: 2.3,
    examples: {
      match: [{ input: `  Initial credentials are admin / ${pairPassword}`, output: `  Initial credentials are admin / ${label('credential-pair-prose')}` }],
      noMatch: ['Credentials / System / Global credentials', 'default credentials are username / password'],
    },
  },
  {
    id: 'password-as-user-name',
    family: 'generic',
    description: "a password typed where a login asked for the user: sshd's Invalid user …, Failed password for invalid user …, when the name holds a symbol and mixes capitals, small letters and digits",
    // Round 88: someone typed the password at the user prompt, and the log keeps it. A name as
    // users pick them (`admin`, `oracle`, `Admin123`, `svc_Backup01`, `ada.lovelace`) stays.
    regex: String.raw`(?i:invalid user) ([^ \t\r\n'"./\\]*[!#$%^&*+=?~@][^ \t\r\n'"./\\]*)(?:[ "\\]|$)`,
    keywords: ['invalid user'],
    tokenShape: true,
    minEntropy: 2.5,
    examples: {
      match: [
        { input: `sshd[1]: Invalid user ${typedPassword} from 10.2.4.17`, output: `sshd[1]: Invalid user ${label('password-as-user-name')} from 10.2.4.17` },
      ],
      noMatch: ['Invalid user admin from 10.0.0.1', 'Invalid user ada.lovelace from 10.0.0.1'],
    },
  },
];
