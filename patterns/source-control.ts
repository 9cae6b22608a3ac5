import type { RuleSpec } from '../src/types.js';
import { escapeRegex, label, SEP, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

/** Each vendor's prefixes, written once: the regex alternation and the keywords come from them. */
const GITHUB = ['ghp_', 'gho_', 'ghu_', 'ghr_'];
/** https://docs.gitlab.com/security/tokens/#token-prefixes */
const GITLAB = [
  'glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-',
  'glwt-', 'GR1348941',
];
const ATLASSIAN = ['ATATT', 'ATCTT', 'ATBB'];
const VAULT = ['hvs.', 'hvb.', 'hvr.'];

const alternation = (prefixes: readonly string[]): string => prefixes.map(escapeRegex).join('|');
const lower = (prefixes: readonly string[]): string[] => prefixes.map((p) => p.toLowerCase());

const ghs = `ghs_${sample.alnum(36)}`;
/** The stateless installation token (2026): `ghs_<app id>_<JWT>`. */
const ghsJwt = `ghs_${sample.digits(7)}_${sample.jwt()}`;
const glRoutable = `glpat-${sample.base64url(27)}.01${sample.from('0123456789abcdefghijklmnopqrstuvwxyz', 7)}`;
const pypi = `pypi-AgEIcHlwaS5vcmc${sample.base64url(70)}`;
/** A sampler of its own: new examples here must not shift the samples of the files after this one. */
const ghpBody = createSampler(2026113011).alnum(36);

/** Source hosting, package registries and CI: every token here is recognisable by its prefix. */
export const sourceControlRules: readonly RuleSpec[] = [
  {
    id: 'github-token',
    family: 'vendor',
    description: 'GitHub token (ghp_, gho_, ghu_, ghr_, ghs_ also in its ghs_<app>_<JWT> form, github_pat_)',
    regex: String.raw`${TOKEN_START}((?:${alternation(GITHUB)})[A-Za-z0-9]{36,255}\b|github_pat_[A-Za-z0-9_]{60,255}\b|ghs_[A-Za-z0-9_-]{36,}(?:\.[A-Za-z0-9_-]+){0,2})`,
    keywords: [...GITHUB, 'ghs_', 'github_pat_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `git clone with ghp_${sample.alnum(36)}`, output: `git clone with ${label('github-token')}` },
        // URL-encoded: `\b` sees `Dg` in `%3Dghp_` and `2g` in `%22ghp_` (leaks review).
        { input: `GET /cb?next=%2Fapp%3Ftoken%3Dghp_${ghpBody}%26x%3D1`, output: `GET /cb?next=%2Fapp%3Ftoken%3D${label('github-token')}%26x%3D1` },
        { input: `body=%7B%22t%22%3A%22ghp_${ghpBody}%22%7D`, output: `body=%7B%22t%22%3A%22${label('github-token')}%22%7D` },
        { input: `GH=github_pat_${sample.alnum(22)}_${sample.alnum(59)}`, output: `GH=${label('github-token')}` },
        { input: `token ${ghs} then ${ghs}.`, output: `token ${label('github-token')} then ${label('github-token')}.` },
        { input: `{"token":"${ghsJwt}","expires_at":"2026-06-01T00:00:00Z"}`, output: `{"token":"${label('github-token')}","expires_at":"2026-06-01T00:00:00Z"}` },
      ],
      noMatch: ['ghp_short', 'q=%22ghp_short%22', 'tghp_' + 'a'.repeat(36), 'ghp_' + 'x'.repeat(36), 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'gitlab-token',
    family: 'vendor',
    description: `GitLab token (${GITLAB.join(', ')}), also the routable form <prefix><base64url>.<version><crc>`,
    regex: String.raw`${TOKEN_START}((?:${alternation(GITLAB)})[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{9})?)`,
    keywords: lower(GITLAB),
    minEntropy: 3,
    examples: {
      match: [
        { input: `PRIVATE-TOKEN: glpat-${sample.base64url(20)}`, output: `PRIVATE-TOKEN: ${label('gitlab-token')}` },
        { input: `token=${glRoutable} ok`, output: `token=${label('gitlab-token')} ok` },
        { input: `gitlab-runner register --token glrt-t1_${sample.alnum(27)}`, output: `gitlab-runner register --token ${label('gitlab-token')}` },
        { input: `registration-token GR1348941${sample.base64url(20)}`, output: `registration-token ${label('gitlab-token')}` },
        { input: `CI_JOB_TOKEN=glcbt-64_${sample.alnum(20)}`, output: `CI_JOB_TOKEN=${label('gitlab-token')}` },
      ],
      noMatch: ['glpat-short', 'glpat-XXXXXXXXXXX-XXXXXXXX', 'GR1348941XXXXXXXXXXXXXXXXXXXX'],
    },
  },
  {
    id: 'atlassian-token',
    family: 'vendor',
    description: 'Atlassian API token (ATATT), Bitbucket access token (ATCTT) and app password (ATBB)',
    regex: String.raw`${TOKEN_START}((?:${alternation(ATLASSIAN)})[A-Za-z0-9_=-]{28,})`,
    keywords: lower(ATLASSIAN),
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `JIRA_API_TOKEN=ATATT3xFfGF0${sample.base64url(170)}=${sample.hex(8).toUpperCase()}`, output: `JIRA_API_TOKEN=${label('atlassian-token')}` },
        { input: `bitbucket app password ATBB${sample.alnum(32)}${sample.hex(8).toUpperCase()} set`, output: `bitbucket app password ${label('atlassian-token')} set` },
      ],
      noMatch: ['ATATTACHMENT_UPLOADED', 'ATBB' + 'X'.repeat(32)],
    },
  },
  {
    id: 'npm-token',
    family: 'vendor',
    description: 'npm access token (npm_)',
    regex: String.raw`${TOKEN_START}(npm_[A-Za-z0-9]{36})\b`,
    keywords: ['npm_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `//registry.npmjs.org/:_authToken=npm_${sample.alnum(36)}`, output: `//registry.npmjs.org/:_authToken=${label('npm-token')}` }],
      noMatch: ['npm_config_cache=/tmp', 'npm_' + 'a'.repeat(30), 'npm_' + 'x'.repeat(36)],
    },
  },
  {
    id: 'pypi-token',
    family: 'vendor',
    description: 'PyPI and TestPyPI API token (pypi-AgEIcHlwaS5vcmc…, pypi-AgENdGVzdC5weXBpLm9yZw…: a macaroon)',
    regex: String.raw`${TOKEN_START}(pypi-AgE[A-Za-z0-9_-]{50,})`,
    keywords: ['pypi-age'],
    examples: {
      match: [{ input: `TWINE_PASSWORD=${pypi}`, output: `TWINE_PASSWORD=${label('pypi-token')}` }],
      noMatch: ['pypi-AgEIcHlwaS5vcmc', 'pip install pypi-agent'],
    },
  },
  {
    id: 'docker-hub-token',
    family: 'vendor',
    description: 'Docker Hub personal and organization access tokens (dckr_pat_, dckr_oat_)',
    regex: String.raw`${TOKEN_START}(dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,})`,
    keywords: ['dckr_pat_', 'dckr_oat_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `docker login -u ci -p dckr_pat_${sample.base64url(27)}`, output: `docker login -u ci -p ${label('docker-hub-token')}` }],
      noMatch: ['dckr_pat_short', 'dckr_pat_' + 'x'.repeat(27)],
    },
  },
  {
    id: 'circleci-token',
    family: 'vendor',
    description: 'CircleCI personal and project API tokens (CCIPAT_, CCIPRJ_)',
    regex: String.raw`${TOKEN_START}(CCIP(?:AT|RJ)_[A-Za-z0-9]{20,}_[0-9a-f]{40})\b`,
    keywords: ['ccipat_', 'cciprj_'],
    examples: {
      match: [{ input: `Circle-Token: CCIPAT_${sample.alnum(22)}_${sample.hex(40)}`, output: `Circle-Token: ${label('circleci-token')}` }],
      noMatch: ['CCIPAT_short', `CCIPAT_${sample.alnum(22)}`],
    },
  },
  {
    id: 'buildkite-token',
    family: 'vendor',
    description: 'Buildkite API access token (bkua_)',
    regex: String.raw`${TOKEN_START}(bkua_[a-f0-9]{40})\b`,
    keywords: ['bkua_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `BUILDKITE_API_TOKEN=bkua_${sample.hex(40)}`, output: `BUILDKITE_API_TOKEN=${label('buildkite-token')}` }],
      noMatch: ['bkua_' + '0'.repeat(40), 'bkua_short'],
    },
  },
  {
    id: 'terraform-cloud-token',
    family: 'vendor',
    description: 'Terraform Cloud / Enterprise API token (<14>.atlasv1.<secret>)',
    regex: String.raw`${TOKEN_START}([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,})`,
    keywords: ['.atlasv1.'],
    examples: {
      match: [{ input: `credentials "app.terraform.io" { token = "${sample.alnum(14)}.atlasv1.${sample.base64url(67)}" }`, output: `credentials "app.terraform.io" { token = "${label('terraform-cloud-token')}" }` }],
      noMatch: ['the .atlasv1. marker alone', `${sample.alnum(14)}.atlasv1.short`],
    },
  },
  {
    id: 'vault-token',
    family: 'vendor',
    description: 'HashiCorp Vault service, batch and recovery tokens (hvs., hvb., hvr.); the legacy s. form under a Vault key',
    regex: String.raw`${TOKEN_START}((?:hvs|hvb|hvr)\.[A-Za-z0-9_-]{24,})|(?i:vault[_.-]?token|x-vault-token)${SEP}(s\.[A-Za-z0-9]{24})\b`,
    keywords: [...VAULT, 'vault_token', 'vault-token', 'vaulttoken', 'vault.token'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `VAULT_TOKEN=hvs.${sample.base64url(91)} vault login`, output: `VAULT_TOKEN=${label('vault-token')} vault login` },
        { input: `X-Vault-Token: s.${sample.alnum(24)}`, output: `X-Vault-Token: ${label('vault-token')}` },
        { input: `batch hvb.${sample.base64url(138)}`, output: `batch ${label('vault-token')}` },
      ],
      noMatch: ['hvs.' + 'x'.repeat(90), 'obj.s.AcceptanceTimeoutSeconds', 'ahvs.short'],
    },
  },
  {
    id: 'vault-token-row',
    family: 'vendor',
    description: "a legacy Vault token (s. and 24 characters) in the `token` row of the Vault CLI's tables (vault login, vault token lookup)",
    // Round 35. Tier 1b only: `token` is in the pass already. The row's key alone: its accessor
    // (`token_accessor`) is an id, not a credential.
    regex: String.raw`(?:^|[ \t"'|])(?i:token)[ \t]+(s\.[A-Za-z0-9]{24})\b`,
    keywords: ['token'],
    anchor: String.raw`(?i:token)[ \t]+s\.`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `token                s.${sample.alnum(24)}`, output: `token                ${label('vault-token-row')}` }],
      noMatch: [`token_accessor       ${sample.alnum(24)}`],
    },
  },
];
