import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START, vendorKey } from './parts.js';
import { sample } from './sample.js';

/** OpenAI keys carry `T3BlbkFJ`, the base64 of "OpenAI", between two random halves. */
const MARKER = 'T3BlbkFJ';
const openaiProject = `sk-proj-${sample.base64url(74)}${MARKER}${sample.base64url(74)}`;
const openaiAdmin = `sk-admin-${sample.base64url(58)}${MARKER}${sample.base64url(58)}`;
const openaiLegacy = `sk-${sample.alnum(20)}${MARKER}${sample.alnum(20)}`;
const anthropic = `sk-ant-api03-${sample.base64url(93)}AA`;
const anthropicAdmin = `sk-ant-admin01-${sample.base64url(93)}AA`;
const hf = `hf_${sample.alnum(34)}`;
const groq = `gsk_${sample.alnum(52)}`;
const replicate = `r8_${sample.alnum(37)}`;
const cohere = sample.alnum(40);

/**
 * LLM and AI providers. OpenAI, Anthropic, Hugging Face, Groq and Replicate keys have a prefix;
 * Google AI (Gemini) keys are Google API keys (`AIza…`, see `cloud.ts`); Cohere and Mistral keys
 * are bare random strings, found only under a key that names the vendor.
 */
export const aiRules: readonly RuleSpec[] = [
  {
    id: 'openai-api-key',
    family: 'vendor',
    description: `OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, sk-None-, and legacy sk-…${MARKER}…)`,
    regex: String.raw`${TOKEN_START}(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}\b)`,
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-', MARKER.toLowerCase()],
    minEntropy: 3,
    examples: {
      match: [
        { input: `OPENAI_API_KEY=${openaiProject}`, output: `OPENAI_API_KEY=${label('openai-api-key')}` },
        { input: `using ${openaiAdmin} and ${openaiAdmin} again`, output: `using ${label('openai-api-key')} and ${label('openai-api-key')} again` },
        { input: `client init key=${openaiLegacy}, org=org-1`, output: `client init key=${label('openai-api-key')}, org=org-1` },
      ],
      noMatch: [
        'sk-proj-' + 'x'.repeat(80),
        'sk-proj-short',
        `sk-${'a'.repeat(20)}${MARKER}`,
        'OPENAI_API_KEY=${OPENAI_API_KEY}',
      ],
    },
  },
  {
    id: 'anthropic-api-key',
    family: 'vendor',
    description: 'Anthropic API, admin and OAuth keys (sk-ant-api03-, sk-ant-admin01-, sk-ant-oat01-, sk-ant-ort01-)',
    regex: String.raw`${TOKEN_START}(sk-ant-(?:api|admin|oat|ort|sid)[0-9]{2}-[A-Za-z0-9_-]{32,})`,
    keywords: ['sk-ant-'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `x-api-key=${anthropic}`, output: `x-api-key=${label('anthropic-api-key')}` },
        { input: `{"admin":"${anthropicAdmin}"}`, output: `{"admin":"${label('anthropic-api-key')}"}` },
      ],
      noMatch: ['sk-ant-api03-tooShort', 'sk-ant-api03-' + 'x'.repeat(95) + 'AA', 'task-ant-api03-notakey'],
    },
  },
  {
    id: 'huggingface-token',
    family: 'vendor',
    description: 'Hugging Face user access token (hf_) and organization token (api_org_)',
    regex: String.raw`${TOKEN_START}((?:hf_|api_org_)[A-Za-z0-9]{34})\b`,
    keywords: ['hf_', 'api_org_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `huggingface-cli login --token ${hf}`, output: `huggingface-cli login --token ${label('huggingface-token')}` }],
      noMatch: ['hf_hub_download(repo_id="gpt2")', 'hf_' + 'x'.repeat(34), 'chf_' + sample.alnum(34)],
    },
  },
  {
    id: 'groq-api-key',
    family: 'vendor',
    description: 'Groq API key (gsk_)',
    regex: String.raw`${TOKEN_START}(gsk_[A-Za-z0-9]{52})\b`,
    keywords: ['gsk_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `GROQ_API_KEY: ${groq}`, output: `GROQ_API_KEY: ${label('groq-api-key')}` }],
      noMatch: ['gsk_' + 'X'.repeat(52), 'gsk_short'],
    },
  },
  {
    id: 'replicate-api-token',
    family: 'vendor',
    description: 'Replicate API token (r8_)',
    regex: String.raw`${TOKEN_START}(r8_[A-Za-z0-9]{37})\b`,
    keywords: ['r8_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `replicate token ${replicate} loaded`, output: `replicate token ${label('replicate-api-token')} loaded` }],
      noMatch: ['r8_' + '0'.repeat(37), 'r8_version'],
    },
  },
  {
    id: 'cohere-mistral-api-key',
    family: 'vendor',
    description: 'Cohere and Mistral API keys, bare random strings: only under a key naming the vendor (CO_API_KEY, COHERE_KEY, MISTRAL_API_KEY, …)',
    regex: String.raw`${vendorKey('cohere|mistral|co_api')}([A-Za-z0-9]{32,40})\b`,
    keywords: ['cohere', 'mistral', 'co_api'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [
        { input: `CO_API_KEY=${cohere}`, output: `CO_API_KEY=${label('cohere-mistral-api-key')}` },
        { input: `mistral_key: "${sample.alnum(32)}"`, output: `mistral_key: "${label('cohere-mistral-api-key')}"` },
      ],
      noMatch: ['cohere_model=command-r-plus-08-2024', 'MISTRAL_API_KEY=<your-key>', `mistral model ${cohere}`],
    },
  },
];
