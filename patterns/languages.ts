import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120221);
const password = `${sample.alnum(8)}#${sample.digits(3)}`;
const passphrase = `${sample.from('abcdefghijklmnopqrstuvwxyz', 6)}-${sample.from('abcdefghijklmnopqrstuvwxyz', 5)}-${sample.digits(2)}`;

/**
 * The word for a password in the languages apps log in, as keys and labels write it in ASCII:
 * German, Dutch, Norwegian, French (and its `mdp`), Spanish, Portuguese, Italian, Polish, Czech,
 * Slovak, Croatian, Serbian, Turkish; without their diacritics, as keys drop them (`contrasena`,
 * `haslo`, `sifre`). Each word the pass over every byte does not hold already (`pass` holds
 * `passwort`) is one literal more there, and the catalog's pass has room for these nine: with
 * Swedish's, Danish's, Finnish's, Hungarian's and Slovenian's too it ran out of RE2's DFA memory.
 *
 * Not the words with letters beyond ASCII (`contraseña`, `hasło`, `пароль`, `密码`, `パスワード`):
 * a single one among the pass's literals took it out of RE2's DFA (~60 → ~600 ms over the
 * catalog's examples, every config): its bytes split the automaton's byte classes.
 */
export const PASSWORD_WORDS: readonly string[] = [
  'passwort', 'kennwort', 'wachtwoord', 'passord', 'mot de passe', 'mdp', 'contrasena', 'senha', 'parola', 'haslo', 'heslo',
  'lozinka', 'sifre',
];

/** A key's separator: a quote may close the key; `:`, `=`, `=>`, a full-width colon (CJK text). */
const SEP = String.raw`\\*["'»”]?[ \t]*(?:=>|[:=]|：)[ \t]*`;
/** A qualifier after the word (temporary, new) in those languages. */
const QUALIFIER = String.raw`(?i:temporaire|provisoire|tempor[aá]rio|tempor[aá]ria|provis[oó]ria|temporal|temporanea|provvisoria|tymczasowe|nuevo|nueva|nouveau|nouvelle|novo|nova|nuova|neues|neue|nieuw|nowe|yeni)`;
/**
 * What stands between the word and the value in a sentence: a qualifier, up to four words of
 * whom it is for (`wachtwoord voor jmueller is …`, `Parola d'ordine impostata per ada: …`), then
 * the language's verb or a colon. English's words too, in `password-in-sentence`.
 */
const IS = String.raw`(?:[ \t]+${QUALIFIER})?(?:[ \t]+[^ \t\r\n"'=:：,.;!?\[\]]{1,30}){0,4}?(?:[ \t]+(?i:est|ist|es|é|è|is|jest|je|er|är|on|sera|será|set to|changed to|reset to)[ \t]*:?[ \t]+|[ \t]*(?:：|:[ \t]*))`;
/** English's: up to four words of whom it is for, then the verb (`pwd for the shared mailbox is …`). */
const IS_EN = String.raw`(?:[ \t]+[^ \t\r\n"'=:,.;!?\[\]]{1,30}){0,4}?[ \t]+(?i:is|set to|changed to|reset to)[ \t]+`;

/** A bare value's characters: no space, up to a delimiter (CJK punctuation too). */
const BARE_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|，。、）」]`;
/** The same in a sentence, no bracket: not our own placeholder's words (`[REDACTED:password-in-sentence]`). */
const WORD_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|，。、）」\[\]]`;
/** A bare value a person chose under a key: with a digit or a symbol in it. */
const BARE = String.raw`(${BARE_CHAR}*[0-9!#$%*+?@^~_-]${BARE_CHAR}*)`;
/**
 * A bare value in a sentence, where words follow: a letter and a digit or a symbol that is no
 * hyphen, dot or sentence's mark (`is too-short`, `is 8+ characters`, `ist abgelaufen, was tun?`
 * stay), or words joined by hyphens (`eejx-dfma-ebez`, a generated passphrase).
 */
const SENTENCE_BARE = String.raw`(${WORD_CHAR}*(?:[A-Za-z]${WORD_CHAR}*[0-9#$%*+@^~_]|[0-9#$%*+@^~_]${WORD_CHAR}*[A-Za-z])${WORD_CHAR}*|[a-z]{3,}-[a-z]{3,}-[a-z0-9]{2,}(?:-[a-z0-9]+)*)`;
/** English's bare value: as `SENTENCE_BARE`'s first kind, with no hyphen, and a word's end after it. */
const SENTENCE_BARE_EN = String.raw`([^ \t\r\n"'\\,;&<>|\[\]-]*(?:[A-Za-z][^ \t\r\n"'\\,;&<>|\[\]-]*[0-9#$%*+@^~_]|[0-9#$%*+@^~_][^ \t\r\n"'\\,;&<>|\[\]-]*[A-Za-z])[^ \t\r\n"'\\,;&<>|\[\]-]*)(?:[ \t"'\\,;&<>|)\]]|\r?$)`;
/** A quoted value: double, single, escaped double, guillemets, curly, CJK corner brackets. */
const QUOTED_ANY = String.raw`"((?:[^"\\\r\n]|\\[^\r\n])+)"|'((?:[^'\\\r\n]|\\[^\r\n])+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|«([^»\r\n]+)»|“([^”\r\n]+)”|「([^」\r\n]+)」`;

/**
 * A password named in another language: under its key (`{"senha": …}`, `nowe_haslo=…`,
 * `yeni_sifre：…`) or in a sentence (`mijn wachtwoord is …`, `mot de passe temporaire est : …`).
 * Round 15: 330 of 544 such lines went through whole. A bare value must hold a digit or a symbol
 * (`Passwort: vergessen` stays); a quoted one goes whatever it says.
 */
export const languageRules: readonly RuleSpec[] = [
  {
    id: 'password-other-language',
    family: 'generic',
    description:
      'a password named in another language, under its key or in a sentence, as ASCII spells the word: Passwort, wachtwoord, mot de passe, MDP, contrasena, senha, parola, haslo, heslo, sifre, …',
    // Not inside an ASCII word (`cmdp=`); after `_` or another script's letter (`nowe_hasło`, `新密码`) it is.
    regex: String.raw`(?:^|[^A-Za-z0-9])(?i:${PASSWORD_WORDS.map((w) => w.replace(/ /g, '[ _-]?')).join('|')})(?:[ _]d'?[ _]?ordine)?(?:${SEP}(?:${QUOTED_ANY}|${BARE})|${IS}(?:${QUOTED_ANY}|${SENTENCE_BARE}))`,
    keywords: PASSWORD_WORDS.flatMap((w) => (w.includes(' ') ? [w, w.replace(/ /g, '_'), w.replace(/ /g, '-'), w.replace(/ /g, '')] : [w])),
    examples: {
      match: [
        { input: `request {"senha": "${password}", "lang": "pt"}`, output: `request {"senha": "${label('password-other-language')}", "lang": "pt"}` },
        { input: `utilisateur=g.rossi mot de passe=${password} req_id=40b935b8`, output: `utilisateur=g.rossi mot de passe=${label('password-other-language')} req_id=40b935b8` },
        { input: `payload={"CONTRASENA":"${password}","lang":"es"}`, output: `payload={"CONTRASENA":"${label('password-other-language')}","lang":"es"}` },
        { input: `użytkownik=ada nowe_haslo=${password} traceparent=00-1`, output: `użytkownik=ada nowe_haslo=${label('password-other-language')} traceparent=00-1` },
        { input: `kullanıcı=ada şifre_yeni=x yeni_sifre：${password}`, output: `kullanıcı=ada şifre_yeni=x yeni_sifre：${label('password-other-language')}` },
        { input: `utente=ada --parola_d_ordine=${password} trace_id=be12e645`, output: `utente=ada --parola_d_ordine=${label('password-other-language')} trace_id=be12e645` },
        { input: `comment="Hoi, mijn wachtwoord is ${passphrase} maar inloggen lukt niet"`, output: `comment="Hoi, mijn wachtwoord is ${label('password-other-language')} maar inloggen lukt niet"` },
        { input: `Votre mot de passe temporaire est : ${password}`, output: `Votre mot de passe temporaire est : ${label('password-other-language')}` },
        { input: `{"message":"Oi, minha senha é ${password} e continua dando erro"}`, output: `{"message":"Oi, minha senha é ${label('password-other-language')} e continua dando erro"}` },
      ],
      noMatch: [
        'Passwort vergessen: Link an ada@example.de gesendet',
        'Wachtwoord: verlopen',
        'mot de passe incorrect pour ada',
        'contraseña: la de siempre',
        'senha: ********',
        'haslo: ${DB_PASSWORD}',
        'senha alterada com sucesso',
        'parolaio=42',
        'cmdp=x9!kq2ZzA',
      ],
    },
  },
];

/**
 * A password given in an English sentence, after the catalog's English prose rules (`password-in-prose`
 * takes the quoted one-word forms first, under its own label).
 */
export const sentenceRules: readonly RuleSpec[] = [
  {
    id: 'password-in-sentence',
    family: 'generic',
    description:
      'a password given in an English sentence: my password is …, new password set to …, pwd for the shared mailbox is …, the passphrase is "…"; a bare value with a letter and a digit or a symbol',
    // Round 15: support tickets, chats and audit comments. The value's shape tells it from the
    // sentence's next word (`password is required`, `password for ada is expired`).
    // English's verbs only, no colon (`-password -verbose https://…` is a command line), and a bare
    // value with no hyphen (`The password is sha256-hashed before it is stored` stays).
    regex: String.raw`\b(?i:password|passwd|passphrase|pwd)${IS_EN}(?:${QUOTED_ANY}|${SENTENCE_BARE_EN})`,
    keywords: ['pass', 'pwd'],
    anchor: String.raw`(?i:password|passwd|passphrase|pwd)[^\r\n]{0,200}?[ \t](?i:is|to)[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `body="Hi, my password is ${password} and it still says invalid"`, output: `body="Hi, my password is ${label('password-in-sentence')} and it still says invalid"` },
        { input: `text="new password set to ${password} per phone call w/ customer"`, output: `text="new password set to ${label('password-in-sentence')} per phone call w/ customer"` },
        { input: `comment="pwd for the shared mailbox is ${password} fyi"`, output: `comment="pwd for the shared mailbox is ${label('password-in-sentence')} fyi"` },
      ],
      noMatch: [
        'password is required',
        'password for user ada is expired',
        'the password is 8+ characters long',
        'password was reset by admin',
        'your password is too-short',
        'Accepted password for root from 10.0.0.1 port 22 ssh2',
        'Mein Passwort ist abgelaufen, was tun?',
        'The password is sha256-hashed before it is stored',
        'app -password -verbose https://example.com:8443/path',
      ],
    },
  },
];
