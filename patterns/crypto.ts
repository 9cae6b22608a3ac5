import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120464);

/** Words of BIP39's English list, enough to make the examples' phrases. */
const WORDS = 'abandon ability absorb access acid across actor adapt advice afraid again agent alarm album alert alley anchor angle animal ankle armed arrow artefact badge bamboo banana basket beach border cactus canyon casino castle census chunk clever column combine crisp deer divorce drama eagle elbow empower'.split(' ');
const phrase = (n: number): string => Array.from({ length: n }, () => WORDS[Number.parseInt(sample.digits(3), 10) % WORDS.length]).join(' ');
const mnemonic12 = phrase(12);
const mnemonic24 = phrase(24);
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const xprv = `xprv9s21ZrQH143K${sample.from(BASE58, 95)}`;
const wif = `L${sample.from(BASE58, 51)}`;
const ethKey = sample.hex(64);
const infuraId = sample.hex(32);
const macaroon = `AgEDbG5kAvgBAwoQ${sample.base64(220).replace(/=+$/, '')}`;
const walletPass = `${sample.alnum(8)}-${sample.digits(2)}`;

/** A word of a BIP39 phrase: three to eight lower-case letters. */
const WORD = '[a-z]{3,8}';
/** A base58 character (Bitcoin's alphabet: no 0, O, I or l). */
const B58 = '[1-9A-HJ-NP-Za-km-z]';
/** A value after a wallet command: quoted, or one word. */
const ARG = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"']+))`;

/**
 * Round 64 (crypto wallets, blockchain nodes, fintech; blind): what wallets and nodes print that
 * spends their funds. A seed phrase or a private key in a log is the wallet itself.
 */
export const cryptoRules: readonly RuleSpec[] = [
  {
    id: 'wallet-mnemonic',
    family: 'private-key',
    description:
      'a wallet\'s seed phrase (BIP39, Electrum, lnd\'s aezeed, Polkadot, Cosmos, Solana: 12 to 25 lower-case words) after the words that name it on the line: mnemonic, seed phrase, secret phrase, recovery phrase, --mnemonic "…", Wallet.fromPhrase("…")',
    // Any words of three to eight letters: the lists differ by wallet, and no list fits the pass.
    // A run of twelve without a digit, a capital or punctuation is seldom prose ("it", "is", "a"
    // and full stops break it), so the words that name the phrase may come well before it.
    regex: String.raw`(?i:mnemonic|phrase|seed)[^\r\n]{0,200}?(?:^|[^A-Za-z0-9_.'-])(${WORD}(?: ${WORD}){11,24})(?:$|[^A-Za-z0-9_'-])`,
    keywords: ['mnemonic', 'phrase', 'seed'],
    examples: {
      match: [
        { input: `{"mnemonic":"${mnemonic12}","path":"m/44'/60'/0'/0","count":5}`, output: `{"mnemonic":"${label('wallet-mnemonic')}","path":"m/44'/60'/0'/0","count":5}` },
        { input: `Save this seed phrase and your BIP39 passphrase to recover your new keypair: ${mnemonic12}`, output: `Save this seed phrase and your BIP39 passphrase to recover your new keypair: ${label('wallet-mnemonic')}` },
        { input: `**Important** write this mnemonic phrase in a safe place. It is the only way to recover your account if you ever forget your password. ${mnemonic24}`, output: `**Important** write this mnemonic phrase in a safe place. It is the only way to recover your account if you ever forget your password. ${label('wallet-mnemonic')}` },
      ],
      noMatch: [
        'random seed 42 used for the shuffle',
        'mnemonic="[REDACTED]" path=m/44h/0h/0h',
        'Write down your seed phrase and keep it in a safe place; never share it with anyone at all',
      ],
    },
  },
  {
    id: 'extended-private-key',
    family: 'private-key',
    description: "an HD wallet's extended private key (BIP32 xprv and tprv, SLIP-132 yprv, zprv, Yprv, Zprv, Litecoin's Ltpv), alone or in an output descriptor",
    regex: String.raw`${TOKEN_START}((?:[xyzuvtXYZUVT]prv|[LM]tpv|ttpv)${B58}{100,112})\b`,
    keywords: ['prv', 'tpv'],
    examples: {
      match: [{ input: `Exported output descriptor: wpkh([9c17fd3e/84h/0h/0h]${xprv}/<0;1>/*)#n9f9yd77`, output: `Exported output descriptor: wpkh([9c17fd3e/84h/0h/0h]${label('extended-private-key')}/<0;1>/*)#n9f9yd77` }],
      noMatch: [`xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz`],
    },
  },
  {
    id: 'wif-private-key',
    family: 'private-key',
    description:
      "a Bitcoin private key in Wallet Import Format (5…, K…, L…, testnet c… and 9…): a line of Bitcoin Core's dumpwallet file (<key> <time> … # addr=…), or after wif, privkey or private key",
    regex: [
      String.raw`(?:^|[ \t])([5KLc9]${B58}{50,51}) [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z [^#\r\n]*# addr=`,
      String.raw`(?i:wif|privkey|private[ _-]?key)[^A-Za-z0-9\r\n]{0,12}(?:p2[a-z-]+:)?([5KLc9]${B58}{50,51})\b`,
    ].join('|'),
    keywords: ['# addr=', 'wif', 'privkey', 'private'],
    examples: {
      match: [
        { input: `${wif} 2023-11-04T18:22:10Z reserve=1 # addr=bc1qp66jcehj4lhs7ef4pyrmn7zhf6dxdqx84v7tpw hdkeypath=m/84h/0h/0h/0/17`, output: `${label('wif-private-key')} 2023-11-04T18:22:10Z reserve=1 # addr=bc1qp66jcehj4lhs7ef4pyrmn7zhf6dxdqx84v7tpw hdkeypath=m/84h/0h/0h/0/17` },
        { input: `commands | importprivkey('p2wpkh:${wif}')`, output: `commands | importprivkey('p2wpkh:${label('wif-private-key')}')` },
      ],
      noMatch: ['# addr=bc1qp66jcehj4lhs7ef4pyrmn7zhf6dxdqx84v7tpw', 'wifi connected to KitchenNetwork5GHzExtenderUpstairsAndDownstairs22'],
    },
  },
  {
    id: 'eth-private-key',
    family: 'private-key',
    description:
      "an Ethereum private key (0x and 64 hex) where code or a tool hands it over: new Wallet('0x…'), privateKeyToAccount, Account.from_key, a network's accounts list, a signer, Polkadot's Secret seed",
    // A bare 0x and 64 hex is most often a transaction's or a block's hash: only these places say key.
    regex: String.raw`(?i:private[ _-]?key(?:to_?account)?|privkey|secret[ _-]?(?:seed|key)|from_key|wallet|accounts)\\*["']?\]?[ \t]*[(:=,[][^A-Za-z0-9\r\n]{0,10}(0x[0-9a-fA-F]{64})\b`,
    keywords: ['private', 'privkey', 'secret', 'from_key', 'wallet', 'accounts'],
    examples: {
      match: [
        { input: `> const w = new ethers.Wallet('0x${ethKey}', provider)`, output: `> const w = new ethers.Wallet('${label('eth-private-key')}', provider)` },
        { input: `hardhat:core:hre Network config {"url":"https://rpc.example","accounts":["0x${ethKey}"],"chainId":11155111}`, output: `hardhat:core:hre Network config {"url":"https://rpc.example","accounts":["${label('eth-private-key')}"],"chainId":11155111}` },
        { input: `  Secret seed:       0x${ethKey}`, output: `  Secret seed:       ${label('eth-private-key')}` },
      ],
      noMatch: [`wallet sent tx 0x${ethKey}`, `{"accounts":["0x5a1e4c1b8b1c2e0c36f5b0ef1e0c2f8f44d9d5a1"]}`],
    },
  },
  {
    id: 'rpc-provider-key',
    family: 'vendor',
    description: "the key in a blockchain node provider's URL (Infura, Alchemy, QuickNode, Chainstack, Triton's rpcpool) and a Binance user data stream's listenKey",
    regex: String.raw`\b(?:[a-z0-9-]+\.infura\.io/(?:ws/)?v3|[a-z0-9-]+\.g\.alchemy\.com/v2|[a-z0-9-]+\.alchemyapi\.io/v2|[a-z0-9-]+\.quiknode\.pro|[a-z0-9-]+\.p2pify\.com|[a-z0-9-]+\.rpcpool\.com|stream\.binance\.com(?::[0-9]+)?/ws)/([A-Za-z0-9_-]{20,})`,
    keywords: ['infura.io', 'alchemy', 'quiknode.pro', 'p2pify.com', 'rpcpool.com', 'binance.com'],
    examples: {
      match: [{ input: `DEBUG:web3.providers.HTTPProvider:Making request HTTP. URI: https://mainnet.infura.io/v3/${infuraId}, Method: eth_getBalance`, output: `DEBUG:web3.providers.HTTPProvider:Making request HTTP. URI: https://mainnet.infura.io/v3/${label('rpc-provider-key')}, Method: eth_getBalance` }],
      noMatch: ['https://mainnet.infura.io/v3/', 'GET https://api.binance.com/api/v3/ticker/price?symbol=BTCUSDT'],
    },
  },
  {
    id: 'lightning-macaroon',
    family: 'vendor',
    description: "a Lightning node's credentials: lnd's macaroons (base64 AgEDbG5k…, hex 0201036c6e64…, in lndconnect URLs and configs); not Core Lightning's runes, whose key word costs the pass over every byte too much",
    regex: [
      String.raw`(?:^|[^A-Za-z0-9+/])(AgEDbG5k[A-Za-z0-9+/_-]{40,}={0,2})`,
      String.raw`\b(0201036c6e64[0-9a-fA-F]{40,})\b`,
    ].join('|'),
    keywords: ['agedbg5k', '0201036c6e64'],
    examples: {
      match: [{ input: `connect url generated: lndconnect://node.onion:10009?macaroon=${macaroon}`, output: `connect url generated: lndconnect://node.onion:10009?macaroon=${label('lightning-macaroon')}` }],
      noMatch: ['macaroon=[REDACTED]', `0201036c6e64`],
    },
  },
  {
    id: 'wallet-rpc-password',
    family: 'password',
    description:
      "a wallet's passphrase as its RPC calls take it: bitcoin-cli walletpassphrase and encryptwallet, geth's personal.unlockAccount and personal_unlockAccount, web3.py's unlock_account",
    regex: [
      String.raw`\b(?i:walletpassphrase|encryptwallet)[ \t]+${ARG}`,
      String.raw`(?i:unlock_?account)\([ \t]*[^,()\r\n]{1,80},[ \t]*(?:"([^"\r\n]+)"|'([^'\r\n]+)')`,
      String.raw`(?i:unlockAccount)\\?"[^\r\n]{0,40}?params\\?"[ \t]*:[ \t]*\[[ \t]*\\?"0x[0-9a-fA-F]{40}\\?"[ \t]*,[ \t]*\\?"([^"\\\r\n]+)\\?"`,
    ].join('|'),
    keywords: ['wallet', 'unlock'],
    examples: {
      match: [
        { input: `COMMAND=/usr/local/bin/bitcoin-cli -rpcwallet=cold walletpassphrase ${walletPass} 120`, output: `COMMAND=/usr/local/bin/bitcoin-cli -rpcwallet=cold walletpassphrase ${label('wallet-rpc-password')} 120` },
        { input: `personal.unlockAccount(eth.accounts[0], "${walletPass}", 300)`, output: `personal.unlockAccount(eth.accounts[0], "${label('wallet-rpc-password')}", 300)` },
      ],
      noMatch: ['bitcoin-cli walletpassphrase', 'personal.unlockAccount(eth.accounts[0])'],
    },
  },
];
