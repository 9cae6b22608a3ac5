import type { RuleSpec } from '../src/types.js';
import { END_B64URL, label, SEP, TOKEN_START, UUID, vendorKey } from './parts.js';
import { createSampler, sample } from './sample.js';

const googleKey = `AIza${sample.base64url(35)}`;
const entra = `${sample.alnum(3)}8Q~${sample.base64url(34)}`;
const accountKey = `${sample.base64(86)}==`;
const herokuUuid = sample.uuid();
const flyMacaroon = `fm2_${sample.base64(180)}==`;
/** Recall6's samples, from a sampler of their own so the samples above stay as they were. */
const recall6 = createSampler(2026120103);
/** Round 45's samples, from a sampler of their own. */
const round45 = createSampler(2026120306);
const rancherToken = `token-${round45.from('abcdefghijklmnopqrstuvwxyz0123456789', 5)}:${round45.from('abcdefghijklmnopqrstuvwxyz0123456789', 54)}`;
const secretPayload = round45.base64(24);
const B64 = (n: number): string => recall6.base64(n);
const azureStorage = `${B64(76)}+ASt${B64(5)}Q==`;
const azureCosmos = `${B64(76)}ACDb${B64(5)}w==`;
/** Round 12's, from a sampler of its own. */
const googleSaToken = createSampler(2026120319).base64url(120);
const azureBus = `${B64(33)}+ASb${recall6.from('ABCDEFGHIJKLMNOP', 1)}${B64(5)}=`;
const azureFunction = `${recall6.base64url(44)}AzFu${recall6.base64url(5)}A==`;
const azureSearch = `${B64(42)}AzSe${recall6.from('ABCD', 1)}${B64(5)}`;
const cask = `${recall6.alnum(52)}JQQJ99${recall6.alnum(1)}${recall6.from('ABCDEFGHIJKL', 1)}${recall6.alnum(16)}A${recall6.alnum(7)}`;
const tencentId = `AKID${recall6.alnum(32)}`;
/** Round 3's samples, from a sampler of their own so the samples above stay as they were. */
const round3 = createSampler(2026120204);

/**
 * What may not touch an identifiable key: base64 on either side, `=` after it. Before it `=` may
 * stand, the `KEY=value` of every environment dump (Microsoft's own patterns refuse it there), and
 * an escape that ends in a word character, as `TOKEN_START` takes it (`%22…`, `\n…`).
 */
const NOT_B64 = String.raw`[^A-Za-z0-9+/=_-]`;
const NOT_B64_BEFORE = String.raw`[^A-Za-z0-9+/_-]`;

/** Past an Entra secret's first character: two more, a digit, `Q~`, then 31–34. */
const ENTRA_REST = String.raw`[A-Za-z0-9_~.]{2}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`;

/**
 * Cloud and hosting platforms. Most tokens have a prefix; Azure storage keys, Heroku's legacy UUID
 * keys and Cloudflare's legacy keys are bare, found only after the key that names them. Azure's
 * newer keys carry a fixed signature at a fixed place (recall6, Microsoft's security-utilities
 * patterns): found anywhere.
 */
export const cloudRules: readonly RuleSpec[] = [
  {
    id: 'rancher-token',
    family: 'vendor',
    description: "Rancher's API and kubeconfig tokens (token-<5>:<54 letters and digits>, kubeconfig-user-<5>:<…>)",
    // Round 45: `rancher login --token`, CATTLE_TOKEN, a kubeconfig Rancher generated.
    regex: String.raw`${TOKEN_START}((?:token|kubeconfig-user)-[a-z0-9]{5}:[a-z0-9]{54,64})\b`,
    keywords: ['token-', 'kubeconfig-user-'],
    anchor: String.raw`(?:token|kubeconfig-user)-[a-z0-9]+:[a-z0-9]`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `+ rancher login https://rancher.example.net --token ${rancherToken} --context c-m-gt8dm2gw:p-uvea1`, output: `+ rancher login https://rancher.example.net --token ${label('rancher-token')} --context c-m-gt8dm2gw:p-uvea1` }],
      noMatch: ['token-bucket:refill-rate-per-second-for-the-default-limiter-of-this-app'],
    },
  },
  {
    id: 'gcp-secret-payload',
    family: 'vendor',
    description: "the payload of a Google Secret Manager secret version as its API and gcloud --format=json print it: {\"payload\": {\"data\": \"<base64>\"}}",
    // Round 45: the secret's value, base64'd; `dataCrc32c` beside it is a checksum.
    regex: String.raw`\\?"payload\\?"[ \t]*:[ \t]*\{[ \t]*\\?"data\\?"[ \t]*:[ \t]*\\?"([A-Za-z0-9+/=_-]{4,})\\?"`,
    keywords: ['payload'],
    anchor: String.raw`(?i:payload)\\?"[ \t]*:[ \t]*\{[ \t]*\\?"data`,
    anchorInPass: false,
    examples: {
      match: [{ input: `{"name":"projects/266095097937/secrets/db-password/versions/2","payload":{"data":"${secretPayload}","dataCrc32c":"662054306"}}`, output: `{"name":"projects/266095097937/secrets/db-password/versions/2","payload":{"data":"${label('gcp-secret-payload')}","dataCrc32c":"662054306"}}` }],
      noMatch: ['{"payload":{"type":"push"}}'],
    },
  },
  {
    id: 'google-api-key',
    family: 'vendor',
    description: 'Google API key, also Gemini / Google AI Studio and Firebase web keys (AIza…, 39 characters)',
    regex: String.raw`${TOKEN_START}(AIza[A-Za-z0-9_-]{35})${END_B64URL}`,
    keywords: ['aiza'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `maps?key=${googleKey}&v=3`, output: `maps?key=${label('google-api-key')}&v=3` },
        { input: `GEMINI_API_KEY=${googleKey} GOOGLE_API_KEY=${googleKey}`, output: `GEMINI_API_KEY=${label('google-api-key')} GOOGLE_API_KEY=${label('google-api-key')}` },
      ],
      noMatch: ['AIzaShort', `${googleKey}${sample.alnum(8)}`, 'AIza' + 'x'.repeat(35)],
    },
  },
  {
    id: 'google-oauth-token',
    family: 'vendor',
    description: 'Google OAuth client secret (GOCSPX-), access token (ya29.) and refresh token (1//0…)',
    // A refresh token (`1//0g…`, `1//04…`, about 100 characters) never expires unless revoked: the
    // worst of the three to leak. `\b` keeps path segments such as `/v1//0` out.
    regex: String.raw`${TOKEN_START}(GOCSPX-[A-Za-z0-9_-]{28}|ya29\.(?:[A-Za-z0-9_-]{1,8}\.)*[A-Za-z0-9_-]{20,}|1//0[A-Za-z0-9_-]{40,})`,
    keywords: ['gocspx-', 'ya29.', '1//0'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `client_secret: GOCSPX-${sample.base64url(28)}`, output: `client_secret: ${label('google-oauth-token')}` },
        { input: `gcloud token ya29.${sample.base64url(150)} ok`, output: `gcloud token ${label('google-oauth-token')} ok` },
        // A service account's, its kind before a dot (round 12).
        { input: `"Bearer ya29.c.${googleSaToken}"`, output: `"Bearer ${label('google-oauth-token')}"` },
        { input: `GOOGLE_REFRESH_TOKEN=1//0g${sample.base64url(99)}`, output: `GOOGLE_REFRESH_TOKEN=${label('google-oauth-token')}` },
        { input: `{"refresh_token":"1//04${sample.base64url(96)}","scope":"drive"}`, output: `{"refresh_token":"${label('google-oauth-token')}","scope":"drive"}` },
        { input: `grant_type=refresh_token&refresh_token=1//05${sample.base64url(97)}&x=1`, output: `grant_type=refresh_token&refresh_token=${label('google-oauth-token')}&x=1` },
      ],
      noMatch: ['ya29.short', 'GOCSPX-short', 'GET /api/v1//0abc 404', `1//0${'x'.repeat(60)}`, 'ratio 1//0 undefined'],
    },
  },
  {
    id: 'azure-storage-key',
    family: 'vendor',
    description: 'Azure storage account key and shared access key (AccountKey=, SharedAccessKey= in connection strings; accountKey in JSON; az --account-key; primaryKey, secondaryKey and the value of a keyName in key listings); API Management\'s SharedAccessSignature uid=…&ex=…&sn=… and GatewayKey …&…&… signatures, Event Grid\'s aeg-sas-token r=…&e=…&s=… signature',
    // The CLI's flag and its key listings (s15): `az storage blob upload --account-key …`,
    // `az storage account keys list` (`{"keyName":"key1","permissions":"FULL","value":"…"}`), and
    // `primaryKey`/`secondaryKey` of Service Bus, Event Hubs, Cognitive Services and Maps listings.
    // Hadoop's and Spark's `fs.azure.account.key.<account>.dfs.core.windows.net` (round 46), also as the
    // conf servlet prints it, a name and its value (`{"key":"fs.azure…","value":"…"}`; round 65).
    regex: String.raw`(?i:accountkey|sharedaccesskey|account_key|storage_key|storagekey|(?:primary|secondary)(?:master|readonlymaster)?key)${SEP}([A-Za-z0-9+/]{40,}={0,2})|--account-key(?:[ \t]+|=)["']?([A-Za-z0-9+/]{40,}={0,2})|fs\.azure\.account\.key\.[A-Za-z0-9.-]+(?:["']?[ \t]*(?:[=,:]|->)[ \t]*["']?(?:value["']?[ \t]*:[ \t]*["'])?|[ \t]+)([A-Za-z0-9+/]{40,}={0,2})|"keyName"[ \t]*:[ \t]*"[A-Za-z0-9_-]{1,32}",[^{}]{0,80}?"value"[ \t]*:[ \t]*"([A-Za-z0-9+/]{40,}={0,2})"|\bSharedAccessSignature[ \t]+uid=[^&\r\n \t]+&ex=[^&\r\n \t]+&sn=([A-Za-z0-9+/]{40,}={0,2})|\bGatewayKey[ \t]+[^&\r\n \t]+&[0-9]{12}&([A-Za-z0-9+/]{40,}={0,2})|\baeg-sas-token[ \t]*[:=][ \t]*["']?r=[^&\r\n \t"']+&e=[^&\r\n \t"']+&s=([A-Za-z0-9%+/=]{20,})`,
    // Round 107: API Management's own tokens, a management SharedAccessSignature (uid, expiry, then
    // its signature) and a self-hosted gateway's GatewayKey (name, expiry, signature). Round 113:
    // Event Grid's SAS token (`aeg-sas-token: r=<topic>&e=<expiry>&s=<signature>`), its signature.
    keywords: ['aeg-sas-token', 'accountkey', 'sharedaccesskey', 'account_key', 'storage_key', 'storagekey', 'primarykey', 'secondarykey', 'primarymasterkey', 'secondarymasterkey', 'primaryreadonlymasterkey', 'secondaryreadonlymasterkey', '--account-key', '"keyname"', 'fs.azure.account.key', 'sharedaccesssignature', 'gatewaykey'],
    minEntropy: 3.5,
    examples: {
      match: [
        {
          input: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
          output: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${label('azure-storage-key')};EndpointSuffix=core.windows.net`,
        },
        {
          input: `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sample.base64(43)}=`,
          output: `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${label('azure-storage-key')}`,
        },
      ],
      noMatch: ['AccountKey=;AccountName=acme', 'SharedAccessKeyName=RootManageSharedAccessKey'],
    },
  },
  {
    id: 'azure-entra-client-secret',
    family: 'vendor',
    description: 'Microsoft Entra ID (Azure AD) client secret (three characters, a digit, Q~, 31–34 more)',
    // It may open with `~` or `.`, where `\b` does not apply; else at a token's start, an escape's end included.
    regex: String.raw`(?:${TOKEN_START}([A-Za-z0-9_]${ENTRA_REST})|([~.]${ENTRA_REST}))(?:[^A-Za-z0-9_~.-]|$)`,
    keywords: ['q~'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `AZURE_CLIENT_SECRET=${entra}`, output: `AZURE_CLIENT_SECRET=${label('azure-entra-client-secret')}` },
        { input: `(use the client secret: ${entra})`, output: `(use the client secret: ${label('azure-entra-client-secret')})` },
      ],
      noMatch: ['~'.repeat(44), 'client_secret=bP88Q~' + 'x'.repeat(34), `${entra}${sample.alnum(6)}`],
    },
  },
  {
    id: 'digitalocean-token',
    family: 'vendor',
    description: 'DigitalOcean personal access, OAuth, refresh and system tokens (dop_v1_, doo_v1_, dor_v1_, dos_v1_)',
    regex: String.raw`${TOKEN_START}(do[oprs]_v1_[a-f0-9]{64})\b`,
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_', 'dos_v1_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `doctl auth init -t dop_v1_${sample.hex(64)}`, output: `doctl auth init -t ${label('digitalocean-token')}` },
        { input: `{"value":"dos_v1_${round3.hex(64)}"}`, output: `{"value":"${label('digitalocean-token')}"}` },
      ],
      noMatch: ['dop_v1_' + '0'.repeat(64), `dop_v1_${sample.hex(63)}`],
    },
  },
  {
    id: 'heroku-api-key',
    family: 'vendor',
    description: 'Heroku API key (HRKU-), and the legacy UUID key under a Heroku key (HEROKU_API_KEY, heroku_token, …)',
    regex: String.raw`${TOKEN_START}(HRKU-[A-Za-z0-9_-]{58,})|${vendorKey('heroku')}(${UUID})\b`,
    keywords: ['hrku-', 'heroku'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `HEROKU_API_KEY=HRKU-AA${sample.base64url(58)}`, output: `HEROKU_API_KEY=${label('heroku-api-key')}` },
        { input: `heroku_api_key = "${herokuUuid}"`, output: `heroku_api_key = "${label('heroku-api-key')}"` },
      ],
      noMatch: [`heroku app id ${herokuUuid}`, 'HRKU-short', `{"heroku_app_id":"${herokuUuid}"}`],
    },
  },
  {
    id: 'cloudflare-api-token',
    family: 'vendor',
    description: 'Cloudflare API credentials: cfk_, cfut_, cfat_; Origin CA key (v1.0-); legacy keys and tokens under a Cloudflare key',
    regex: String.raw`${TOKEN_START}(cf(?:k|ut|at)_[A-Za-z0-9]{40,60})\b|${TOKEN_START}(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b|${vendorKey('cloudflare|cf_api|cf-api')}([A-Za-z0-9_-]{40}|[a-f0-9]{37,45})${END_B64URL}`,
    keywords: ['cfk_', 'cfut_', 'cfat_', 'v1.0-', 'cloudflare', 'cf_api', 'cf-api'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `CLOUDFLARE_API_TOKEN=cfut_${sample.alnum(46)}`, output: `CLOUDFLARE_API_TOKEN=${label('cloudflare-api-token')}` },
        { input: `CF_API_KEY: ${sample.hex(37)}`, output: `CF_API_KEY: ${label('cloudflare-api-token')}` },
        { input: `cloudflare_api_token = "${sample.base64url(40)}"`, output: `cloudflare_api_token = "${label('cloudflare-api-token')}"` },
      ],
      noMatch: ['cloudflare zone id is set', 'cfut_short', 'CLOUDFLARE_API_TOKEN=${CF_TOKEN}', `CLOUDFLARE_ACCOUNT_ID=${sample.hex(40)}`],
    },
  },
  {
    id: 'databricks-token',
    family: 'vendor',
    description: 'Databricks personal access token (dapi…, 32 hex)',
    regex: String.raw`${TOKEN_START}(dapi[a-f0-9]{32}(?:-[0-9])?)\b`,
    keywords: ['dapi'],
    minEntropy: 3,
    examples: {
      match: [{ input: `DATABRICKS_TOKEN=dapi${sample.hex(32)}`, output: `DATABRICKS_TOKEN=${label('databricks-token')}` }],
      noMatch: ['rapidapi' + sample.hex(32), 'dapi' + '0'.repeat(32)],
    },
  },
  {
    id: 'supabase-key',
    family: 'vendor',
    description: 'Supabase personal access token (sbp_) and secret API key (sb_secret_); sb_publishable_ stays',
    regex: String.raw`${TOKEN_START}(sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})\b`,
    keywords: ['sbp_', 'sb_secret_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `SUPABASE_ACCESS_TOKEN=sbp_${sample.hex(40)}`, output: `SUPABASE_ACCESS_TOKEN=${label('supabase-key')}` },
        { input: `key sb_secret_${sample.base64url(31)} used`, output: `key ${label('supabase-key')} used` },
      ],
      noMatch: [`sb_publishable_${sample.base64url(31)}`, 'sbp_short'],
    },
  },
  {
    id: 'vercel-token',
    family: 'vendor',
    description: 'Vercel tokens and keys (vcp_, vci_, vca_, vcr_, vck_), and the legacy 24-character token under a Vercel key',
    regex: String.raw`${TOKEN_START}(vc[pcirak]_[A-Za-z0-9]{24,})\b|${vendorKey('vercel')}([A-Za-z0-9]{24})\b`,
    keywords: ['vcp_', 'vcc_', 'vci_', 'vca_', 'vcr_', 'vck_', 'vercel'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `vercel deploy --token vcp_${sample.alnum(56)}`, output: `vercel deploy --token ${label('vercel-token')}` },
        { input: `VERCEL_TOKEN=${sample.alnum(24)}`, output: `VERCEL_TOKEN=${label('vercel-token')}` },
      ],
      noMatch: ['VERCEL_URL=my-app-git-main.vercel.app', 'vcp_short'],
    },
  },
  {
    id: 'netlify-token',
    family: 'vendor',
    description: 'Netlify personal access token (nfp_), and the legacy token under a Netlify key',
    regex: String.raw`${TOKEN_START}(nfp_[A-Za-z0-9]{36,})\b|${vendorKey('netlify')}([A-Za-z0-9_-]{40,64})${END_B64URL}`,
    keywords: ['nfp_', 'netlify'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `NETLIFY_AUTH_TOKEN=nfp_${sample.alnum(36)}`, output: `NETLIFY_AUTH_TOKEN=${label('netlify-token')}` },
        { input: `netlify_token: ${sample.base64url(43)}`, output: `netlify_token: ${label('netlify-token')}` },
      ],
      noMatch: ['NETLIFY_SITE_NAME=my-site', 'nfp_short'],
    },
  },
  {
    id: 'flyio-token',
    family: 'vendor',
    description: 'Fly.io tokens: fo1_ and the FlyV1 macaroons fm1a_, fm1r_, fm2_ (several joined by commas)',
    // `FlyV1 ` is part of the token as `fly tokens create` prints it: a key's whole value then
    // keeps this rule's label (the key rules take the value, `FlyV1 ` with it).
    regex: String.raw`${TOKEN_START}(?:FlyV1[ \t]+)?(fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3}(?:,fm(?:1[ar]|2)_[A-Za-z0-9+/]{20,}={0,3})*)`,
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `FLY_API_TOKEN="FlyV1 ${flyMacaroon},${flyMacaroon}"`, output: `FLY_API_TOKEN="${label('flyio-token')}"` },
        { input: `Authorization: FlyV1 ${flyMacaroon}`, output: `Authorization: FlyV1 ${label('flyio-token')}` },
        { input: `Fly access token: fo1_${sample.base64url(43)}`, output: `Fly access token: ${label('flyio-token')}` },
      ],
      noMatch: ['fo1_' + 'x'.repeat(43), 'MINIDUMP_SYSMEMINFO1_PERF_CCTOTALDIRTYPAGES'],
    },
  },
  {
    id: 'doppler-token',
    family: 'vendor',
    description: 'Doppler tokens: personal (dp.pt.), service (dp.st.), service account (dp.sa.), CLI (dp.ct.), SCIM (dp.scim.), audit (dp.audit.)',
    regex: String.raw`${TOKEN_START}(dp\.(?:pt|st|sa|ct|scim|audit|said)\.(?:[a-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,64})\b`,
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.', 'dp.said.'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `DOPPLER_TOKEN=dp.st.prd.${sample.alnum(43)}`, output: `DOPPLER_TOKEN=${label('doppler-token')}` },
        { input: `doppler login dp.pt.${sample.alnum(43)}`, output: `doppler login ${label('doppler-token')}` },
      ],
      noMatch: ['dp.pt.short', 'dp.st.' + 'x'.repeat(43)],
    },
  },
  {
    id: 'pulumi-token',
    family: 'vendor',
    description: 'Pulumi access token (pul-)',
    regex: String.raw`${TOKEN_START}(pul-[a-f0-9]{40})\b`,
    keywords: ['pul-'],
    minEntropy: 3,
    examples: {
      match: [{ input: `PULUMI_ACCESS_TOKEN=pul-${sample.hex(40)}`, output: `PULUMI_ACCESS_TOKEN=${label('pulumi-token')}` }],
      noMatch: ['pul-' + '0'.repeat(40), 'pul-request'],
    },
  },  {
    id: 'azure-identifiable-key',
    family: 'vendor',
    description:
      "Azure identifiable keys by their signature: storage (+ASt), Cosmos DB (ACDb), Batch (+ABa), API Management (APIM), ML (/AM7) and ML classic web service (+AMC) 64-byte keys; Service Bus (+ASb), Event Hubs (+AEh), Relay (+ARm), IoT (AIoT), Redis (AzCa) 32-byte keys, the first three also in their 39-byte form; Functions (AzFu), Search (AzSe), Container Registry (+ACR); and the 84-character keys with JQQJ9 (Azure OpenAI, AI services, DevOps PATs)",
    regex: String.raw`(?:^|${NOT_B64_BEFORE}|%[0-9A-Fa-f]{2}|\\[nrt]|\\u[0-9A-Fa-f]{4})([A-Za-z0-9+/]{76}(?:\+ASt|ACDb|\+ABa|/AM7|APIM|\+AMC)[A-Za-z0-9+/]{5}[AQgw]==|[A-Za-z0-9+/]{33}(?:\+ARm|\+AEh|\+ASb|AIoT|AzCa)[A-P][A-Za-z0-9+/]{5}=|[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==|[A-Za-z0-9+/]{42}(?:AzSe|\+ACR|\+AEh|\+ASb|\+ARm)[A-D][A-Za-z0-9+/]{5}|[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?:${NOT_B64}|$)`,
    keywords: ['+ast', 'acdb', '+aba', '/am7', 'apim', '+asb', '+aeh', '+arm', 'aiot', 'azca', 'azfu', 'azse', '+acr', 'jqqj9', '+amc'],
    // The signatures as written, case and all: fourteen literals of their own, ignoring case, took
    // the pass over every byte out of RE2's DFA (a request log ~110 → ~55 MB/s).
    anchor: String.raw`(?:\+A(?:St|Ba|Sb|Eh|Rm|CR|MC)|ACDb|/AM7|APIM|AIoT|Az(?:Ca|Fu|Se)|JQQJ9)`,
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `AZURE_STORAGE_KEY=${azureStorage}`, output: `AZURE_STORAGE_KEY=${label('azure-identifiable-key')}` },
        { input: `cosmos client key ${azureCosmos} rejected`, output: `cosmos client key ${label('azure-identifiable-key')} rejected` },
        { input: `{"primaryKey":"${azureBus}"}`, output: `{"primaryKey":"${label('azure-identifiable-key')}"}` },
        { input: `POST /api/orders?code=${azureFunction} 200`, output: `POST /api/orders?code=${label('azure-identifiable-key')} 200` },
        { input: `search admin ${azureSearch} ok`, output: `search admin ${label('azure-identifiable-key')} ok` },
        { input: `api-key: ${cask}`, output: `api-key: ${label('azure-identifiable-key')}` },
        // Round 3, GitHub secret scanning's Azure formats: the 52-character Event Hubs key and the ML classic key.
        { input: `eventhub key ${B64(42)}+AEhD${B64(5)} ok`, output: `eventhub key ${label('azure-identifiable-key')} ok` },
        { input: `ml key ${B64(76)}+AMC${B64(5)}A==`, output: `ml key ${label('azure-identifiable-key')}` },
      ],
      noMatch: [`${B64(80)}APIM${B64(5)}Q==`, 'apim gateway ready', `${'A'.repeat(76)}+AStAAAAAQ==`],
    },
  },
  {
    id: 'tencent-secret-id',
    family: 'vendor',
    description: 'Tencent Cloud API SecretId (AKID and 32 letters and digits); its SecretKey is found under a Tencent key by the key rules',
    regex: String.raw`${TOKEN_START}(AKID[A-Za-z0-9]{32})\b`,
    keywords: ['akid'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `TENCENTCLOUD_SECRET_ID=${tencentId}`, output: `TENCENTCLOUD_SECRET_ID=${label('tencent-secret-id')}` }],
      noMatch: [`AKID${'X'.repeat(32)}`, `AKID${recall6.alnum(40)}`],
    },
  },
];
