import type { RuleSpec } from '../src/types.js';
import { END_B64URL, label, TOKEN_START, TOKEN_START_ANCHOR, UUID } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026113001);

const langsmith = `lsv2_pt_${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 32)}_${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 10)}`;
const langsmithService = `lsv2_sk_${sample.hex(32)}_${sample.hex(10)}`;
const pplx = `pplx-${sample.alnum(48)}`;
const xai = `xai-${sample.alnum(80)}`;
const fireworks = `fw_${sample.alnum(24)}`;
const together = `tgp_v1_${sample.base64url(43)}`;
const pinecone = `pcsk_${sample.alnum(5)}_${sample.alnum(63)}`;
const openrouter = `sk-or-v1-${sample.hex(64)}`;
const heliconeSample = createSampler(2026120483);
const helicone = `sk-helicone-${[0, 1, 2, 3].map(() => heliconeSample.from('abcdefghijklmnopqrstuvwxyz0123456789', 7)).join('-')}`;
/** Recall6's samples, from a sampler of their own so the samples above stay as they were. */
const recall6 = createSampler(2026120101);
const tavily = `tvly-${recall6.alnum(32)}`;
const firecrawl = `fc-${recall6.hex(32)}`;
const langfuse = `sk-lf-${recall6.uuid()}`;
/** Round 3's samples, from a sampler of their own so the samples above stay as they were. */
const round3 = createSampler(2026120202);
const nvapi = `nvapi-${round3.base64url(64)}`;
const claudeSession = `session_01${round3.alnum(22)}`;
const skLegacy = `sk-${round3.alnum(48)}`;
const skScoped = `sk-${round3.from('abcdefghijklmnopqrstuvwxyz', 6)}${round3.digits(3)}-${round3.alnum(40)}`;
/** s14's sample, from a sampler of its own so round 3's stay as they were. */
const skHex = `sk-${createSampler(2026120115).hex(32)}`;
/** Round 17's sample, from a sampler of its own. */
const elevenlabs = `sk_${createSampler(2026120218).hex(48)}`;

/**
 * AI platforms, round 2 of issue 8 (OpenAI, Anthropic, Hugging Face, Groq, Replicate, Cohere and
 * Mistral are in `ai.ts`). Sources: gitleaks rules langsmith, perplexity; trufflehog detectors
 * xai, fireworksai, togetherai, pinecone, openrouter; noseyparker's firecrawl and tavily rules
 * (recall6, with trufflehog's langfuse); round 3: trufflehog's nvapi, gitleaks' claude-code-session-url;
 * each vendor's key documentation. DeepSeek
 * keys (`sk-` + 32 hex) have no prefix of their own: `vendor-keyed-secret` finds them under a
 * DeepSeek key, with Fireworks' and Together's older bare keys.
 */
export const aiProviderRules: readonly RuleSpec[] = [
  {
    id: 'langsmith-api-key',
    family: 'vendor',
    description: 'LangSmith / LangChain personal access token (lsv2_pt_) and service key (lsv2_sk_)',
    regex: String.raw`${TOKEN_START}(lsv2_(?:pt|sk)_[a-z0-9]{32}_[a-z0-9]{10})\b`,
    keywords: ['lsv2_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `LANGCHAIN_API_KEY=${langsmith}`, output: `LANGCHAIN_API_KEY=${label('langsmith-api-key')}` },
        { input: `tracing with ${langsmithService} enabled`, output: `tracing with ${label('langsmith-api-key')} enabled` },
      ],
      noMatch: ['lsv2_pt_short', `lsv2_xx_${sample.hex(32)}_${sample.hex(10)}`, `${langsmith}0abc`],
    },
  },
  {
    id: 'helicone-api-key',
    family: 'vendor',
    description: "Helicone API key (sk-helicone-, four groups of seven), as its proxy's Helicone-Auth header carries it",
    // Round 83: the header is no Authorization header, so only its key's shape finds it.
    regex: String.raw`${TOKEN_START}(sk-helicone-(?:[a-z0-9]{7}-){3}[a-z0-9]{7})\b`,
    keywords: ['sk-helicone-'],
    minEntropy: 3,
    examples: {
      match: [{ input: `> Helicone-Auth: Bearer ${helicone}`, output: `> Helicone-Auth: Bearer ${label('helicone-api-key')}` }],
      noMatch: ['Helicone-Auth: Bearer sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx'],
    },
  },
  {
    id: 'perplexity-api-key',
    family: 'vendor',
    description: 'Perplexity API key (pplx-, 48 characters)',
    regex: String.raw`${TOKEN_START}(pplx-[A-Za-z0-9]{48})\b`,
    keywords: ['pplx-'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `curl -H "Authorization: Bearer ${pplx}" https://api.perplexity.ai`, output: `curl -H "Authorization: Bearer ${label('perplexity-api-key')}" https://api.perplexity.ai` }],
      noMatch: ['pplx-' + 'x'.repeat(48), 'pplx-short', `pplx-${sample.alnum(48)}${sample.alnum(4)}`],
    },
  },
  {
    id: 'xai-api-key',
    family: 'vendor',
    description: 'xAI (Grok) API key (xai-, 80 characters)',
    regex: String.raw`${TOKEN_START}(xai-[A-Za-z0-9]{80})\b`,
    keywords: ['xai-'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `XAI_API_KEY=${xai}`, output: `XAI_API_KEY=${label('xai-api-key')}` }],
      noMatch: ['xai-sdk 1.2.0 loaded', 'xai-' + 'x'.repeat(80), `maxai-${sample.alnum(80)}`],
    },
  },
  {
    id: 'fireworks-api-key',
    family: 'vendor',
    description: 'Fireworks AI API key (fw_ and 24 characters); the older bare key is found under a Fireworks key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(fw_[A-Za-z0-9]{24})\b`,
    keywords: ['fw_'],
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [{ input: `FIREWORKS_API_KEY=${fireworks}`, output: `FIREWORKS_API_KEY=${label('fireworks-api-key')}` }],
      noMatch: ['fw_version=1.2.3', 'fw_update_available_for_device_x', `fw_${sample.alnum(24)}_backup`],
    },
  },
  {
    id: 'together-api-key',
    family: 'vendor',
    description: 'Together AI API key (tgp_v1_); the older 64-hex key is found under a Together key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(tgp_v1_[A-Za-z0-9_-]{40,})${END_B64URL}`,
    keywords: ['tgp_v1_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `TOGETHER_API_KEY=${together}`, output: `TOGETHER_API_KEY=${label('together-api-key')}` }],
      noMatch: ['tgp_v1_short', 'we worked together on the key rotation', 'tgp_v1_' + 'x'.repeat(43)],
    },
  },
  {
    id: 'pinecone-api-key',
    family: 'vendor',
    description: 'Pinecone API key (pcsk_<id>_<secret>)',
    regex: String.raw`${TOKEN_START}(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,80})\b`,
    keywords: ['pcsk_'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `PINECONE_API_KEY=${pinecone}`, output: `PINECONE_API_KEY=${label('pinecone-api-key')}` }],
      noMatch: ['pcsk_short_key', `pcsk_abc_${'x'.repeat(60)}`],
    },
  },
  {
    id: 'elevenlabs-api-key',
    family: 'vendor',
    description: 'ElevenLabs API key (sk_ and 48 hex)',
    // Round 17: by its shape alone, under any key or none. Stripe's keys go on `sk_live_`/`sk_test_`.
    regex: String.raw`${TOKEN_START}(sk_[a-f0-9]{48})\b`,
    keywords: ['sk_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `trace args=("${elevenlabs}",1,None)`, output: `trace args=("${label('elevenlabs-api-key')}",1,None)` }],
      noMatch: ['sk_' + '0'.repeat(48), `sk_${sample.hex(40)}`, `task_${sample.hex(48)}`],
    },
  },
  {
    id: 'openrouter-api-key',
    family: 'vendor',
    description: 'OpenRouter API key (sk-or-v1- and 64 hex)',
    regex: String.raw`${TOKEN_START}(sk-or-v1-[a-f0-9]{64})\b`,
    keywords: ['sk-or-v1-'],
    minEntropy: 3,
    examples: {
      match: [{ input: `Authorization: Bearer ${openrouter}`, output: `Authorization: Bearer ${label('openrouter-api-key')}` }],
      noMatch: ['sk-or-v1-short', 'sk-or-v1-' + '0'.repeat(64)],
    },
  },
  {
    id: 'tavily-api-key',
    family: 'vendor',
    description: 'Tavily search API key (tvly-, tvly-dev-, tvly-prod- and 32 characters)',
    regex: String.raw`${TOKEN_START}(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})\b`,
    keywords: ['tvly-'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `client = TavilyClient(api_key="${tavily}")`, output: `client = TavilyClient(api_key="${label('tavily-api-key')}")` },
        { input: `search failed for tvly-dev-${recall6.alnum(32)} (401)`, output: `search failed for ${label('tavily-api-key')} (401)` },
      ],
      noMatch: ['tvly-YOUR_API_KEY', `tvly-${'x'.repeat(32)}`, `tvly-${recall6.alnum(40)}`],
    },
  },
  {
    id: 'firecrawl-api-key',
    family: 'vendor',
    description: 'Firecrawl API key (fc- and 32 hex)',
    regex: String.raw`${TOKEN_START}(fc-[a-f0-9]{32})\b`,
    keywords: ['fc-'],
    // `fc-` alone ends a UUID's group one time in 64 (`…8fc-4b1d-…`): on a request log it woke the
    // rule on most lines (~15% slower). The pass looks for it at a word's start instead.
    // After an escape too, as TOKEN_START reads it (its counted repetitions written out for the pass).
    anchor: String.raw`(?:\b|%[0-9A-Fa-f][0-9A-Fa-f]|\\[nrt]|\\u[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f])fc-[0-9a-f]`,
    minEntropy: 3,
    examples: {
      match: [{ input: `app = FirecrawlApp(api_key="${firecrawl}")`, output: `app = FirecrawlApp(api_key="${label('firecrawl-api-key')}")` }],
      noMatch: [`rfc-${recall6.hex(32)}`, 'fc-1234 ready', `fc-${'0'.repeat(32)}`],
    },
  },
  {
    id: 'langfuse-secret-key',
    family: 'vendor',
    description: 'Langfuse secret key (sk-lf- and a UUID); the public key pk-lf- stays',
    regex: String.raw`${TOKEN_START}(sk-lf-${UUID})\b`,
    keywords: ['sk-lf-'],
    examples: {
      match: [{ input: `LANGFUSE_SECRET_KEY=${langfuse} LANGFUSE_HOST=https://cloud.langfuse.com`, output: `LANGFUSE_SECRET_KEY=${label('langfuse-secret-key')} LANGFUSE_HOST=https://cloud.langfuse.com` }],
      noMatch: [`langfuse init pk-lf-${recall6.uuid()}`, 'sk-lf-1234'],
    },
  },
  {
    id: 'nvidia-api-key',
    family: 'vendor',
    description: 'NVIDIA NGC / build.nvidia.com API key (nvapi- and 64 characters)',
    regex: String.raw`${TOKEN_START}(nvapi-[A-Za-z0-9_-]{64})${END_B64URL}`,
    keywords: ['nvapi-'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${nvapi}")`, output: `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${label('nvidia-api-key')}")` }],
      noMatch: ['nvapi-$NVIDIA_API_KEY', `nvapi-${'x'.repeat(64)}`, `${nvapi}x`],
    },
  },
  {
    id: 'claude-code-session-url',
    family: 'vendor',
    description: 'Claude Code remote session URL (claude.ai/code/session_…): the session id goes, which lets its holder drive the session',
    regex: String.raw`(?i:https?://claude\.ai/code/)(session_[A-Za-z0-9]{16,})\b`,
    keywords: ['claude.ai/code/session_'],
    examples: {
      match: [
        { input: `see https://claude.ai/code/${claudeSession} for context`, output: `see https://claude.ai/code/${label('claude-code-session-url')} for context` },
        { input: `{"url":"https://claude.ai/code/${claudeSession}?ref=ci"}`, output: `{"url":"https://claude.ai/code/${label('claude-code-session-url')}?ref=ci"}` },
      ],
      noMatch: ['https://claude.ai/code/session_short', `https://claude.ai/chat/${claudeSession}`, `https://example.com/code/${claudeSession}`],
    },
  },
  {
    id: 'sk-dash-api-key',
    family: 'vendor',
    description: 'API keys written sk- and 32–64 random letters and digits, optionally after a scope (sk-<scope>-…): OpenAI\'s legacy and scoped keys as GitHub secret scanning takes them, and the other AI providers that copied the form (DeepSeek\'s 32 hex digits)',
    // Round 3. After the vendor rules (sk-ant-, sk-proj-, sk-or-v1-, sk-lf-), which run first and
    // label their own; a random token's shape only, so names written sk- stay.
    regex: String.raw`${TOKEN_START}(sk-(?:[a-z0-9]{2,16}-)?[A-Za-z0-9]{32,64})\b`,
    keywords: ['sk-'],
    // `sk-` ends "task-", "disk-": the rule runs only where it starts a token.
    anchor: String.raw`${TOKEN_START_ANCHOR}sk-[A-Za-z0-9]`,
    anchorInPass: false,
    minEntropy: 3.5,
    // Not token-shaped (mixed case): DeepSeek's are sk- and 32 lower-case hex digits (s14). The
    // entropy floor keeps words out.
    examples: {
      match: [
        { input: `OPENAI_API_KEY=${skLegacy}`, output: `OPENAI_API_KEY=${label('sk-dash-api-key')}` },
        { input: `{"value":"${skScoped}"}`, output: `{"value":"${label('sk-dash-api-key')}"}` },
        { input: `DEEPSEEK_API_KEY=${skHex}`, output: `DEEPSEEK_API_KEY=${label('sk-dash-api-key')}` },
      ],
      noMatch: ['disk-usage-report-for-all-volumes-and-partitions', 'sk-learn-compatible-estimator', `task-${round3.alnum(40)}`],
    },
  },
];
