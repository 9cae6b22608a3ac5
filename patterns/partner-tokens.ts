import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START, TOKEN_START_ANCHOR, UUID } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120210);

const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const swarmJoin = `SWMTKN-1-${sample.from(LOWER_NUM, 50)}-${sample.from(LOWER_NUM, 25)}`;
const devcycle = `dvc_server_${sample.uuid().replaceAll('-', '_')}_${sample.hex(7)}`;
const onfido = `api_live_us.${sample.base64url(11)}.${sample.base64url(32)}`;
const persona = `persona_production_${sample.uuid()}`;
const shopifyPartner = `prtapi_${sample.hex(64)}`;
const telnyx = `KEY0${sample.from('0123456789ABCDEF', 31)}_${sample.alnum(22)}`;
const mercury = `secret-token:mercury_production_rma_${sample.alnum(45)}_yrucrem`;
const yandexLegacy = `trnsl.1.1.20260101T000000Z.${sample.hex(16)}.${sample.hex(40)}`;
const gcsHmacId = `GOOG1E${sample.from(UPPER_NUM, 55)}`;
const waka = `waka_sec_${sample.alnum(80)}`;
const ionic = `ion_${sample.alnum(42)}`;
const mandrill = `md-${sample.base64url(20)}${sample.digits(1)}A`;

/**
 * Prefixed tokens of GitHub secret scanning's partner programme and trufflehog's detectors that
 * no vendor file names: a fixed prefix, then a fixed alphabet and length. One family rule, its
 * prefixes in one alternation (the prefilter holds them as literals, in the pass's small automaton:
 * in its main one they took it out of RE2's DFA). Round 3 of other scanners' suites: each shape
 * went through untouched in a text line and as a JSON value. The prefixes:
 *
 * Aiven (AVNS_ service password, AVNU_ auth token), Block Protocol (b10ck5.), GC Notify (gcntfy-),
 * DevCycle (dvc_server_/client_/mobile_), Docker swarm join token and unlock key (SWMTKN-1-,
 * SWMKEY-1-), eBay client secrets (PRD-/SBX- and 12-4-4-4-4 hex), Google Cloud Storage HMAC key
 * ids (GOOG1…, 61 characters), Instagram tokens (IGQV…), Mercury (secret-token:mercury_…_yrucrem),
 * Midtrans server keys (Mid-server-, SB-Mid-server-), OneChronos (cgxap_, cgxea_, cgxee_, cgxoa_,
 * cgxre_), Onfido (api_live., api_sandbox., regional), PayPal access tokens (A21AA…), Persona
 * (persona_production_/persona_sandbox_ and a UUID), Postman collection keys (PMAT-), Prefect
 * (pcu_, pcs_), redirect.pizza (rpa_), Rootly (rootly_), Samsara (samsara_api_), Shopify platform
 * tokens (atkn_, ptkn_, ztkn_, prtapi_, shpmkt_), Square sandbox (sq0csb-, sq0atb-), StackHawk
 * (hawk.), Stripe-issued sys_live_/sys_test_, Thunderstore (tss_), Telnyx v2 (KEY0…_…), HashiCorp
 * Vault's legacy batch token (b.AAAAAQ…), Wiseflow (wfs_1_), WakaTime (waka_ and a UUID, waka_sec_,
 * waka_tok_, waka_ref_), Yandex's legacy dictionary, predictor and translate keys, Zuplo (zpka_).
 */
const PARTNER = [
  String.raw`AVNS_[A-Za-z0-9_-]{15}`,
  String.raw`AVNU_[A-Za-z0-9+/]{300,}={0,2}`,
  String.raw`b10ck5\.[0-9a-f]{32}\.${UUID}`,
  String.raw`gcntfy-[A-Za-z0-9_-]*${UUID}-${UUID}`,
  String.raw`dvc_(?:server|client|mobile)_[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}_[0-9a-f]{7}`,
  String.raw`SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}`,
  String.raw`SWMKEY-1-[A-Za-z0-9+/]{43}`,
  String.raw`(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}`,
  String.raw`GOOG1[A-Z0-9]{56}`,
  String.raw`IGQV[A-Za-z0-9_-]{100,}`,
  String.raw`mercury_[a-z]+_[a-z]{3}_[A-Za-z0-9]{40,60}_yrucrem`,
  String.raw`Mid-server-[A-Za-z0-9_-]{24}`,
  String.raw`cgx(?:ap|ea|ee|oa|re)_[A-Za-z0-9]{48}`,
  String.raw`api_(?:live|sandbox)(?:_[a-z]{2})?\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{32}`,
  String.raw`A21AA[A-Za-z0-9_-]{80,}`,
  String.raw`persona_(?:production|sandbox)_${UUID}`,
  String.raw`PMAT-[0-9A-Z]{26}`,
  String.raw`pc[us]_[A-Za-z0-9]{36}`,
  String.raw`rpa_[a-z0-9]{64}`,
  String.raw`rootly_[0-9a-f]{64}`,
  String.raw`samsara_api_[A-Za-z0-9]{30}`,
  String.raw`(?:atkn|ptkn|ztkn|prtapi)_[0-9a-f]{64}`,
  String.raw`shpmkt_[0-9a-f]{8}_[0-9a-f]{32}`,
  String.raw`sq0csb-[A-Za-z0-9_-]{43}|sq0atb-[A-Za-z0-9_-]{22}`,
  String.raw`hawk\.[A-Za-z0-9]{20}\.[A-Za-z0-9]{20}`,
  String.raw`sys_(?:live|test)_[A-Za-z0-9]{30,}`,
  String.raw`tss_[A-Za-z0-9]{36}`,
  String.raw`KEY0[0-9A-F]{31}_[A-Za-z0-9]{22}`,
  String.raw`b\.AAAAAQ[A-Za-z0-9_-]{100,}`,
  String.raw`wfs_1_[A-Za-z0-9]{30,50}`,
  String.raw`waka_${UUID}|waka_(?:sec|tok|ref)_[A-Za-z0-9]{80}`,
  String.raw`(?:dict|pdct|trnsl)\.1\.1\.[0-9]{8}T[0-9]{6}Z\.[0-9a-f]{16}\.[0-9a-f]{40}`,
  String.raw`zpka_[0-9a-f]{32}_[0-9a-f]{8}`,
];
/** The literal each alternative starts with (what every match of it holds), lower case. */
const PARTNER_KEYWORDS = [
  'avns_', 'avnu_', 'b10ck5.', 'gcntfy-', 'dvc_', 'swmtkn-1-', 'swmkey-1-', 'prd-', 'sbx-', 'goog1', 'igqv', 'mercury_', 'mid-server-',
  'cgxap_', 'cgxea_', 'cgxee_', 'cgxoa_', 'cgxre_', 'api_live', 'api_sandbox', 'a21aa', 'persona_', 'pmat-', 'pcu_', 'pcs_', 'rpa_',
  'rootly_', 'samsara_api_', 'atkn_', 'ptkn_', 'ztkn_', 'prtapi_', 'shpmkt_', 'sq0csb-', 'sq0atb-', 'hawk.', 'sys_live_', 'sys_test_',
  'tss_', 'key0', 'b.aaaaaq', 'wfs_1_', 'waka_', 'dict.1.1.', 'pdct.1.1.', 'trnsl.1.1.', 'zpka_',
];

/** After a token: none of its characters, or the end. Outside the secret group, so it stays. */
const END = String.raw`(?:[^A-Za-z0-9_+/=.-]|\.(?:[^A-Za-z0-9]|$)|$)`;

/** GitHub secret scanning's partner tokens and trufflehog's prefixed detectors, round 3. */
export const partnerRules: readonly RuleSpec[] = [
  {
    id: 'partner-prefixed-token',
    family: 'vendor',
    smallPass: true,
    description:
      'prefixed tokens of GitHub secret scanning partners and trufflehog detectors: Aiven, Block Protocol, GC Notify, DevCycle, Docker swarm, eBay, GCS HMAC ids, Instagram, Mercury, Midtrans, OneChronos, Onfido, PayPal, Persona, Postman PMAT-, Prefect pcu_/pcs_, redirect.pizza, Rootly, Samsara, Shopify platform, Square sandbox, StackHawk, sys_live_, Thunderstore, Telnyx, Vault b., Wiseflow, WakaTime, Yandex legacy, Zuplo',
    regex: String.raw`${TOKEN_START}(${PARTNER.join('|')})${END}`,
    keywords: PARTNER_KEYWORDS,
    minEntropy: 3,
    examples: {
      match: [
        { input: `docker swarm join --token ${swarmJoin} 10.0.0.5:2377`, output: `docker swarm join --token ${label('partner-prefixed-token')} 10.0.0.5:2377` },
        { input: `{"level":30,"value":"${devcycle}"}`, output: `{"level":30,"value":"${label('partner-prefixed-token')}"}` },
        { input: `onfido client ${onfido} ready`, output: `onfido client ${label('partner-prefixed-token')} ready` },
        { input: `PERSONA_API_KEY=${persona}`, output: `PERSONA_API_KEY=${label('partner-prefixed-token')}` },
        { input: `shopify partner ${shopifyPartner}`, output: `shopify partner ${label('partner-prefixed-token')}` },
        { input: `telnyx key ${telnyx} loaded`, output: `telnyx key ${label('partner-prefixed-token')} loaded` },
        { input: `mercury client ${mercury} ok`, output: `mercury client secret-token:${label('partner-prefixed-token')} ok` },
        { input: `GET /api/v1/tr.json/translate?key=${yandexLegacy}&lang=en-ru`, output: `GET /api/v1/tr.json/translate?key=${label('partner-prefixed-token')}&lang=en-ru` },
        { input: `gsutil hmac list: ${gcsHmacId} ACTIVE`, output: `gsutil hmac list: ${label('partner-prefixed-token')} ACTIVE` },
        { input: `[settings]\napi_key = ${waka}`, output: `[settings]\napi_key = ${label('partner-prefixed-token')}` },
      ],
      noMatch: [
        'PRD-1234 deployed to SBX-cluster',
        `XSWMTKN-1-${sample.from(LOWER_NUM, 50)}-${sample.from(LOWER_NUM, 25)}`,
        'rootly_incident_created',
        'persona_production_rollout=50%',
        `rpa_${'0'.repeat(64)}`,
        'hawk.example.com resolved',
      ],
    },
  },
  {
    id: 'ionic-token',
    family: 'vendor',
    description: 'Ionic personal access and refresh tokens (ion_ and 36–56 letters and digits)',
    regex: String.raw`${TOKEN_START}(ion_[A-Za-z0-9]{36,56})\b`,
    keywords: ['ion_'],
    // `ion_` ends "session_", "version_", "region_": the rule runs only where it starts a token.
    anchor: String.raw`${TOKEN_START_ANCHOR}ion_[A-Za-z0-9]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `Authorization: Bearer ${ionic}`, output: `Authorization: Bearer ${label('ionic-token')}` }, { input: `ionic login ${ionic}`, output: `ionic login ${label('ionic-token')}` }],
      noMatch: [`session_${sample.alnum(40)} expired`, 'ion_channel_open', `ion_${'a'.repeat(40)}`],
    },
  },
  {
    id: 'mandrill-api-key',
    family: 'vendor',
    description: 'Mailchimp Transactional (Mandrill) API key (md- and 22 base64url characters)',
    regex: String.raw`${TOKEN_START}(md-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)`,
    keywords: ['md-'],
    // `md-` ends "cmd-": the pass looks for it where a token starts. Random only: CSS classes
    // (md-footer-nav__link) are words in one case.
    anchor: String.raw`${TOKEN_START_ANCHOR}md-[A-Za-z0-9_-]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `MANDRILL_API_KEY=${mandrill}`, output: `MANDRILL_API_KEY=${label('mandrill-api-key')}` }, { input: `mandrill.messages.send key ${mandrill}`, output: `mandrill.messages.send key ${label('mandrill-api-key')}` }],
      noMatch: ['class="md-footer-nav__link md-footer-nav__link--next"', 'md-button-toggle-group1', `xmd-${sample.base64url(22)}`],
    },
  },
];
