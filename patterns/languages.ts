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
/** The verb of "the password is …" in those languages, and a qualifier before it (temporary, new). */
const IS = String.raw`(?:[ \t]+(?i:temporaire|provisoire|temporário|temporario|provisória|temporal|temporanea|provvisoria|tymczasowe|nuevo|nouveau|novo|nuova|neues|nieuw|nowe|yeni|новый|новий))?[ \t]*(?:[ \t](?i:est|ist|es|é|è|is|jest|je|er|är|on|sera|será|это|—)[ \t]*:?[ \t]*|是|は|为|為|：|:[ \t]*)`;
/** A bare value a person chose: no space, up to a delimiter (CJK punctuation too), with a digit or a symbol in it. */
const BARE = String.raw`([^ \t\r\n"'\\,;&<>|，。、）」]*[0-9!#$%*+?@^~_-][^ \t\r\n"'\\,;&<>|，。、）」]*)`;

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
    regex: String.raw`(?:^|[^A-Za-z0-9])(?i:${PASSWORD_WORDS.map((w) => w.replace(/ /g, '[ _]?')).join('|')})(?:[ _]d'?[ _]?ordine)?(?:${SEP}|${IS})(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|'((?:[^'\\\r\n]|\\[^\r\n])+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|«([^»\r\n]+)»|“([^”\r\n]+)”|「([^」\r\n]+)」|${BARE})`,
    keywords: PASSWORD_WORDS.flatMap((w) => (w.includes(' ') ? [w, w.replace(/ /g, '_'), w.replace(/ /g, '')] : [w])),
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
