import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120461);

const purchaseToken = `${sample.from('abcdefghijklmnopqrstuvwxyz', 24)}.AO-J1O${sample.base64url(120)}`;
const keystore = `MIIK${sample.base64(120)}`;
const verifier = sample.base64url(43);
const appwriteKey = `standard_${sample.hex(256)}`;

/**
 * Round 61 (mobile, front end and telemetry, blind): what app stores, build pipelines and mobile
 * SDKs hand out, under names of their own.
 */
export const mobileRules: readonly RuleSpec[] = [
  {
    id: 'firebase-app-check-debug-token',
    family: 'vendor',
    description: "Firebase App Check's debug token as its SDKs print it for the allow list: Android's \"Enter this debug secret into the allow list … : <uuid>\", iOS's \"Firebase App Check Debug Token: '<uuid>'\"",
    // Round 73. A debug token passes App Check for the project as a genuine app does.
    regex: String.raw`(?:debug secret into the allow list[^:\r\n]{0,80}:|App Check [Dd]ebug [Tt]oken:)[ \t]*'?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})`,
    keywords: ['debug secret', 'debug token'],
    examples: {
      match: [{ input: `D DebugAppCheckProvider: Enter this debug secret into the allow list in the Firebase Console for your project: ${sample.uuid()}`, output: `D DebugAppCheckProvider: Enter this debug secret into the allow list in the Firebase Console for your project: ${label('firebase-app-check-debug-token')}` }],
      noMatch: ['[Firebase/AppCheck] Firebase App Check Debug Token: (null)'],
    },
  },
  {
    id: 'play-purchase-token',
    family: 'vendor',
    description: "a Google Play purchase token (24 letters, then .AO-J1O…), which verifies, acknowledges and refunds a purchase through the Play Developer API",
    regex: String.raw`${TOKEN_START}([a-z]{24}\.AO-J1O[A-Za-z0-9_-]{40,})`,
    keywords: ['.ao-j1o'],
    examples: {
      match: [{ input: `GET https://androidpublisher.googleapis.com/androidpublisher/v3/applications/io.acme.app/purchases/subscriptionsv2/tokens/${purchaseToken}`, output: `GET https://androidpublisher.googleapis.com/androidpublisher/v3/applications/io.acme.app/purchases/subscriptionsv2/tokens/${label('play-purchase-token')}` }],
      noMatch: ['purchaseToken=AO-J1O (truncated)'],
    },
  },
  {
    id: 'base64-secret-file',
    family: 'generic',
    description: "a keystore, key or secret file passed base64-encoded in a variable named for it, as CI does for mobile signing: ANDROID_KEYSTORE_BASE64=…, P12_B64=…, SIGNING_KEY_BASE64: …",
    // Certificates alone are public (`CERTIFICATE_BASE64` may be either): only names of what holds a key.
    regex: String.raw`\b[A-Za-z0-9_.-]*(?i:keystore|p12|pfx|jks|key|secret|password|token|credentials?)[A-Za-z0-9_.-]*(?:[_.-](?i:base64)|_(?i:b64))\\?["']?[ \t]*[=:][ \t]*\\?["']?([A-Za-z0-9+/]{40,}={0,2})`,
    // `_b64` only: `-b64` and `.b64` are in hex ids (`…-b64c-…`), 186 loghub lines of 4 MiB.
    keywords: ['_base64', '-base64', '.base64', '_b64'],
    minEntropy: 4,
    examples: {
      match: [{ input: `env: ANDROID_KEYSTORE_BASE64=${keystore} ANDROID_KEY_ALIAS=upload`, output: `env: ANDROID_KEYSTORE_BASE64=${label('base64-secret-file')} ANDROID_KEY_ALIAS=upload` }],
      noMatch: ['IOS_CERTIFICATE_BASE64=MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ', 'KEYSTORE_BASE64=${{ secrets.KEYSTORE }}'],
    },
  },
  {
    id: 'pkce-verifier',
    family: 'session',
    description: "a PKCE code verifier a client prints beside its challenge (PKCE generated verifier=… challenge=…): with the authorization code it redeems the tokens",
    regex: String.raw`(?i:pkce)[^\r\n]{0,60}?\b(?i:verifier)\\?["']?[ \t]*[=:][ \t]*\\?["']?([A-Za-z0-9._~-]{43,128})`,
    keywords: ['pkce'],
    examples: {
      match: [{ input: `Lumenly[8367:411299] PKCE generated verifier=${verifier} challenge=Z0CMhpuwHCIuk433Ouja4zrY7xq-8lCvN1-6JbZxUHs method=S256`, output: `Lumenly[8367:411299] PKCE generated verifier=${label('pkce-verifier')} challenge=Z0CMhpuwHCIuk433Ouja4zrY7xq-8lCvN1-6JbZxUHs method=S256` }],
      noMatch: ['PKCE challenge=Z0CMhpuwHCIuk433Ouja4zrY7xq-8lCvN1-6JbZxUHs method=S256'],
    },
  },
  {
    id: 'appwrite-api-key',
    family: 'vendor',
    description: 'an Appwrite API key (standard_ and 256 hex), as X-Appwrite-Key and the CLI\'s --key carry it',
    regex: String.raw`${TOKEN_START}(standard_[0-9a-f]{256})\b`,
    keywords: ['standard_'],
    examples: {
      match: [{ input: `+ appwrite client --endpoint https://cloud.appwrite.io/v1 --key ${appwriteKey}`, output: `+ appwrite client --endpoint https://cloud.appwrite.io/v1 --key ${label('appwrite-api-key')}` }],
      noMatch: ['standard_output=true'],
    },
  },
];
