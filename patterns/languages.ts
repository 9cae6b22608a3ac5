import type { RuleSpec } from '../src/types.js';
import { ESCAPED_QUOTED, escapeRegex, label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120221);
const password = `${sample.alnum(8)}#${sample.digits(3)}`;
const passphrase = `${sample.from('abcdefghijklmnopqrstuvwxyz', 6)}-${sample.from('abcdefghijklmnopqrstuvwxyz', 5)}-${sample.digits(2)}`;
const secretToken = `${sample.alnum(20)}+${sample.alnum(19)}`;
const secretHex = sample.hex(32);

/**
 * The word for a password in the languages apps log in, as keys and labels write it in ASCII:
 * German, Dutch, Norwegian, French (and its `mdp`), Spanish, Portuguese, Italian, Polish, Czech,
 * Slovak, Croatian, Serbian, Turkish, Finnish, and `parol` (Russian's and Azerbaijani's as Latin
 * letters spell it; it holds `parola`, so no literal more); without their diacritics, as keys drop
 * them (`contrasena`, `haslo`, `sifre`). Each word the pass over every byte does not hold already
 * (`pass` holds `passwort`) is one literal more there, and the catalog's pass has room for these
 * ten: with Swedish's, Danish's, Hungarian's, Slovenian's, Indonesian's (`kata sandi`) or
 * Vietnamese's (`mat khau`) too it ran out of RE2's DFA memory (s22: 44 → 420-580 ms over the
 * catalog's examples).
 *
 * Not the words with letters beyond ASCII (`contraseña`, `hasło`, `пароль`, `密码`, `パスワード`):
 * a single one among the pass's literals took it out of RE2's DFA (~60 → ~600 ms over the
 * catalog's examples, every config): its bytes split the automaton's byte classes.
 */
export const PASSWORD_WORDS: readonly string[] = [
  'passwort', 'kennwort', 'wachtwoord', 'passord', 'mot de passe', 'mdp', 'contrasena', 'senha', 'parola', 'parol', 'haslo', 'heslo',
  'lozinka', 'sifre', 'sifresi', 'salasana', 'salasanani', 'clave', 'sandi',
];

/**
 * The word in languages whose spelling goes beyond ASCII, as their logs, forms and people write
 * it: Spanish, Polish, Turkish (and its `şifrem`, "my password"), Swedish, Hungarian, Romanian,
 * Vietnamese, Russian, Ukrainian, Bulgarian, Serbian, Greek, Hebrew, Arabic, Persian, Hindi.
 * These are not in the pass over every byte: tier 1a runs them in an automaton of their own over
 * the blocks that hold a byte beyond ASCII (`isWide`, `src/detect/compile.ts`). Round 15: 192 of its
 * 224 leaks were in these and the East Asian languages'.
 */
export const PASSWORD_WORDS_BEYOND_ASCII: readonly string[] = [
  'contraseña', 'hasło', 'şifre', 'şifrem', 'şifreniz', 'şifresi', 'lösenord', 'lösenordet', 'jelszó', 'parolă', 'mật khẩu', 'пароль', 'пароля', 'парола', 'паролата',
  'лозинка', 'κωδικός', 'συνθηματικό', 'סיסמה', 'סיסמא', 'كلمة المرور', 'كلمة السر', 'رمز عبور', 'पासवर्ड',
];

/**
 * Those of them in a script without Latin letters (and Turkish's `şifrem`): a value right after the
 * word, with no verb between (`мой пароль Dragon@1987, но…`, as Russian says it), is the password
 * when it holds a Latin letter and a digit or a symbol, which the sentence's own words do not.
 */
const DIRECT_WORDS: readonly string[] = PASSWORD_WORDS_BEYOND_ASCII.filter((w) => !/[a-z]/.test(w) || (w.startsWith('şifre') && w !== 'şifre'));

/** The word in Chinese (simplified, traditional), Japanese, Korean and Thai, written without spaces. */
export const PASSWORD_WORDS_CJK: readonly string[] = ['密码', '密碼', '口令', '暗証番号', 'パスワード', '비밀번호', '암호', 'รหัสผ่าน'];

/** A word as JSON's `\u` escapes write it (`ensure_ascii`, Jackson's, .NET's): `has\u0142o`. */
const jsonEscaped = (word: string): string =>
  [...word].map((c) => (c.charCodeAt(0) > 0x7f ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

/**
 * Every word beyond ASCII escaped, in lower case, capitalized and upper case: escapes keep the
 * code point, so `(?i)` does not take `\u043f` (п) for `\u041f` (П). Keys only: a JSON key.
 */
const ESCAPED_WORDS: readonly string[] = [
  ...new Set(
    [...PASSWORD_WORDS_BEYOND_ASCII, ...PASSWORD_WORDS_CJK].flatMap((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.toUpperCase()].map(jsonEscaped)),
  ),
];

/** A word's spellings as keys write it: `mot de passe`, `mot_de_passe`, `mot-de-passe`, `motdepasse`. */
const spacings = (word: string): string[] => (word.includes(' ') ? [word, word.replace(/ /g, '_'), word.replace(/ /g, '-'), word.replace(/ /g, '')] : [word]);

/** Words as a regex alternation, a space as any of `spacings`. */
const alternatives = (words: readonly string[]): string => words.map((w) => escapeRegex(w).replace(/ /g, '[ _-]?')).join('|');

/**
 * Words beyond ASCII percent-encoded, as a query string or a form body carries a key
 * (`%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C=…`): lower case and capitalized, each way `spacings`
 * joins a word's parts. Hex in either case: the keywords and the regex ignore it.
 */
const percentEncoded = (words: readonly string[]): string[] => [
  ...new Set(
    words
      .filter((w) => /[^\x00-\x7f]/.test(w))
      .flatMap((w) => [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`])
      .flatMap(spacings)
      .map((w) => encodeURIComponent(w).toLowerCase()),
  ),
];

/** The password's words beyond ASCII, and the CJK ones, as a form body's or a query's key. */
const PCT_WORDS: readonly string[] = percentEncoded([...PASSWORD_WORDS_BEYOND_ASCII, ...PASSWORD_WORDS_CJK]);

/** PHP's var_dump between a key and its string (`["пароль"]=> string(12) "…"`), up to the value's quote. */
const VAR_DUMP_SEP = String.raw`"\]=>[ \t]*string\([0-9]+\)`;

/** A key's separator: a quote may close the key; `:`, `=`, `=>`, a full-width colon (CJK text). */
const SEP = String.raw`(?:\\*["'»”\]]?[ \t]*(?:=>|[:=]|：)|${VAR_DUMP_SEP})[ \t]*`;
/** A qualifier after the word (temporary, new) in those languages. */
const QUALIFIER = String.raw`(?i:temporaire|provisoire|tempor[aá]rio|tempor[aá]ria|provis[oó]ria|temporal|temporanea|provvisoria|tymczasowe|nuevo|nueva|nouveau|nouvelle|novo|nova|nuova|neues|neue|nieuw|nowe|yeni)`;
/** A word between the password's and its verb: no sentence's mark, a dot or `@` only inside (`für a.kowalska`). */
const GAP_WORD = String.raw`[^ \t\r\n"'=:：,.;!?@\[\]]{1,30}(?:[.@][^ \t\r\n"'=:：,.;!?@\[\]]{1,30}){0,3}`;
/**
 * What stands between the word and the value in a sentence: a qualifier, up to four words of
 * whom it is for (`wachtwoord voor jmueller is …`, `Parola d'ordine impostata per ada: …`), then
 * the language's verb or a colon. English's words too, in `password-in-sentence`.
 */
const IS = String.raw`(?:[ \t]+${QUALIFIER})?(?:[ \t]+${GAP_WORD}){0,4}?(?:[ \t]+(?i:est|c'est|ist|lautet|es|é|è|is|jest|to|je|er|är|on|sera|será|это|це|је|е|είναι|היא|הוא|هي|هو|—|–|set to|changed to|reset to)[ \t]*:?[ \t]+|[ \t]*(?:：|:[ \t]*))`;
/** The verbs of languages that say `password` in English's word: `la mia password è …`, `mi password es …`. */
const BORROWING_VERBS = 'è|é|es|est|ist|jest|är|lautet';
/** English's: up to four words of whom it is for, then the verb (`pwd for the shared mailbox is …`). */
const IS_EN = String.raw`(?:[ \t]+[^ \t\r\n"'=:,.;!?\[\]]{1,30}){0,4}?[ \t]+(?i:is|set to|changed to|reset to|${BORROWING_VERBS})[ \t]+`;

/** A bare value's characters: no space, up to a delimiter (CJK punctuation too). */
const BARE_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|，。、）」]`;
/** The same in a sentence, no bracket: not our own placeholder's words (`[REDACTED:password-in-sentence]`). */
const WORD_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|，。、）」\[\]]`;
/** A letter of any script (`Солнце2025`, `Été_1999`, `春鳥日水冬45403@`). */
const LETTER = String.raw`\p{L}`;
/** A letter of the Latin, Greek or Cyrillic alphabets: in CJK text, where the scripts' own letters end a value. */
const ALPHABET_LETTER = String.raw`[A-Za-z\x{c0}-\x{24f}\x{370}-\x{4ff}]`;
/** A bare value a person chose under a key: with a digit or a symbol in it. */
const BARE = String.raw`(${BARE_CHAR}*[0-9!#$%*+?@^~_-]${BARE_CHAR}*)`;
/**
 * A bare value in a sentence, where words follow: a letter and a digit or a symbol that is no
 * hyphen, dot or sentence's mark (`is too-short`, `is 8+ characters`, `ist abgelaufen, was tun?`
 * stay), or words joined by hyphens (`eejx-dfma-ebez`, a generated passphrase).
 */
const SENTENCE_BARE = String.raw`(${WORD_CHAR}*(?:${LETTER}${WORD_CHAR}*[0-9#$%*+@^~_]|[0-9#$%*+@^~_]${WORD_CHAR}*${LETTER})${WORD_CHAR}*|[a-z]{3,}-[a-z]{3,}-[a-z0-9]{2,}(?:-[a-z0-9]+)*)`;
/**
 * A bare value right after the word (`DIRECT_WORDS`), in full: up to a space or a sentence's mark,
 * and no `=` (`неправильний пароль req_id=67a6…` is a message, then a field).
 */
const DIRECT_BARE = String.raw`([^ \t\r\n"'\\,;&<>|，。、）」\[\]=]*(?:${LETTER}[^ \t\r\n"'\\,;&<>|，。、）」\[\]=]*[0-9#$%*+@^~_]|[0-9#$%*+@^~_][^ \t\r\n"'\\,;&<>|，。、）」\[\]=]*${LETTER})[^ \t\r\n"'\\,;&<>|，。、）」\[\]=]*|[a-z]{3,}-[a-z]{3,}-[a-z0-9]{2,}(?:-[a-z0-9]+)*)(?:[ \t"',;)\]，。」]|\r?$)`;
/**
 * A value right after a word in a Latin alphabet, with no verb or colon between (`stare hasło
 * kotik123!WW`, `passou a senha _Majid3715`): a letter, a digit and a symbol of those people put
 * in a password (no `-`, `.`, `/` or `:`: `Passwort Reset-Link2`, `senha v2.0` stay), then the
 * word's end.
 */
const STRONG_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|，。、）」\[\]=()]`;
const STRONG_SYMBOL = String.raw`[!#$%*+?@^~_&]`;
/** A letter, a digit and a symbol, in any order, among `char`s. */
const strongOf = (char: string): string =>
  String.raw`(?:${char}*${LETTER}${char}*(?:[0-9]${char}*${STRONG_SYMBOL}|${STRONG_SYMBOL}${char}*[0-9])|${char}*[0-9]${char}*(?:${LETTER}${char}*${STRONG_SYMBOL}|${STRONG_SYMBOL}${char}*${LETTER})|${char}*${STRONG_SYMBOL}${char}*(?:${LETTER}${char}*[0-9]|[0-9]${char}*${LETTER}))${char}*`;
const STRONG = strongOf(STRONG_CHAR);
const STRONG_BARE = String.raw`(${STRONG})(?:[ \t"',;)\]]|\r?$)`;
/** English's bare value: as `SENTENCE_BARE`'s first kind, with no hyphen, and a word's end after it. */
const SENTENCE_BARE_EN = String.raw`([^ \t\r\n"'\\,;&<>|\[\]-]*(?:[A-Za-z][^ \t\r\n"'\\,;&<>|\[\]-]*[0-9#$%*+@^~_]|[0-9#$%*+@^~_][^ \t\r\n"'\\,;&<>|\[\]-]*[A-Za-z])[^ \t\r\n"'\\,;&<>|\[\]-]*)(?:[ \t"'\\,;&<>|)\]]|\r?$)`;
/** A quoted word right after the password's word, with a digit or a symbol: no sentence. */
const QUOTED_WORD = String.raw`"([^" \t\r\n\\]*[0-9!#$%*+?@^~_-][^" \t\r\n\\]*)"|'([^' \t\r\n\\]*[0-9!#$%*+?@^~_-][^' \t\r\n\\]*)'|«[ \u00a0\u202f]?([^» \t\r\n\u00a0\u202f]*[0-9!#$%*+?@^~_-][^» \t\r\n\u00a0\u202f]*)[ \u00a0\u202f]?»`;
/** A quoted value: double, single, escaped double, guillemets (either way), curly, low-high (`„…“`, Polish's and German's), CJK corner brackets. */
const QUOTED_ANY = String.raw`"((?:[^"\\\r\n]|\\[^\r\n])+)"|'((?:[^'\\\r\n]|\\[^\r\n])+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|«([^»\r\n]+)»|“([^”\r\n]+)”|「([^」\r\n]+)」|„([^“”\r\n]+)[“”]|»([^«\r\n]+)«`;

/**
 * A password named in another language: under its key (`{"senha": …}`, `nowe_haslo=…`,
 * `yeni_sifre：…`) or in a sentence (`mijn wachtwoord is …`, `mot de passe temporaire est : …`).
 * Round 15: 330 of 544 such lines went through whole. A bare value must hold a digit or a symbol
 * (`Passwort: vergessen` stays); a quoted one goes whatever it says.
 */
/**
 * The word as markup names a value (round 106): an element's name (`<auth:hasło_użytkownika>…<`,
 * `<auth:密码>…<`, a SOAP login's), or a key attribute before its value (`<add key="Wachtwoord"
 * value="…"/>`, .NET's appSettings). Three groups.
 */
const IN_MARKUP = String.raw`(?:>([^<\r\n]+)<|\\?["'][ \t]+(?i:value)[ \t]*=[ \t]*(?:"([^"\\\r\n]+)"|'([^'\\\r\n]+)'))`;

/** The same after a word of its own (`<senha_expira>2024-01-01<` is a date): a strong value only. */
const IN_MARKUP_STRONG = String.raw`\\?["'][ \t]+(?i:value)[ \t]*=[ \t]*(?:"(${strongOf('[^"\\\\\\r\\n]')})"|'(${strongOf("[^'\\\\\\r\\n]")})')`;

export const languageRules: readonly RuleSpec[] = [
  {
    id: 'password-other-language',
    family: 'generic',
    description:
      'a password named in another language, under its key or in a sentence, as ASCII spells the word: Passwort, wachtwoord, mot de passe, MDP, contrasena, clave, senha, parola, haslo, heslo, sifre, sandi, …',
    // Not inside an ASCII word (`cmdp=`); after `_`, an escape or another script's letter
    // (`nowe_hasło`, `新密码`, `\u65b0` before `\u5bc6\u7801`) it is. After an escaped or a
    // percent-encoded word, only more of its script (`\u015Fifresi`, `парольБД`): `_strength`,
    // `_expires_at` name what is no password; after a word of its own (`hasło_certyfikatu=`,
    // `пароль_бд:`, `MOT_DE_PASSE_SMTP=`; round 106) a quoted value or a strong one (a letter, a
    // digit and a symbol) is; and French quotes with their spaces (`temporaire « … »`). Four ways on: a separator
    // (key and value), a sentence's verb or colon, a quoted value right after the word (`mit Passwort
    // 'Fiets-2023'`), and in a script without Latin letters a value right after it (`DIRECT_WORDS`).
    regex: String.raw`(?:^|[^A-Za-z0-9]|\\u[0-9a-fA-F]{4})(?:(?i:${alternatives([...PASSWORD_WORDS, ...PASSWORD_WORDS_BEYOND_ASCII])})(?:[ _]d'?[ _]?ordine)?(?:${SEP}(?:${QUOTED_ANY}|${ESCAPED_QUOTED}|${BARE})|${IS}(?:${QUOTED_ANY}|${SENTENCE_BARE})|(?:[ \t]+${QUALIFIER})?[ \t]+(?:${QUOTED_WORD}))|(?i:${alternatives([...PASSWORD_WORDS, ...PASSWORD_WORDS_BEYOND_ASCII])})(?:[_.-][\p{L}0-9]+)+${SEP}(?:${QUOTED_ANY}|${STRONG_BARE})|(?i:${alternatives(DIRECT_WORDS)})[ \t]+${DIRECT_BARE}|(?i:${alternatives([...PASSWORD_WORDS, ...PASSWORD_WORDS_BEYOND_ASCII])})[ \t]+${STRONG_BARE}|(?i:${ESCAPED_WORDS.map(escapeRegex).join('|')})[a-z]{0,3}(?:[_-]?\\u[0-9a-fA-F]{4})*(?:${SEP}(?:${QUOTED_ANY}|${ESCAPED_QUOTED}|${BARE})|(?:[ \t]+(?:\\u[0-9a-fA-F]{4})+){0,4}[ \t]*:?[ \t]+${STRONG_BARE})|(?i:${PCT_WORDS.map(escapeRegex).join('|')})(?:[_.~+-]?%[0-9A-Fa-f]{2})*=([^& \t\r\n"'<>\\]+)|(?i:${alternatives([...PASSWORD_WORDS, ...PASSWORD_WORDS_BEYOND_ASCII])})(?:${IN_MARKUP}|(?:[_.-][\p{L}0-9]+)+(?:>(${strongOf('[^<\\r\\n]')})<|${IN_MARKUP_STRONG})))`,
    keywords: [...new Set([...[...PASSWORD_WORDS, ...PASSWORD_WORDS_BEYOND_ASCII].flatMap(spacings), ...ESCAPED_WORDS, ...PCT_WORDS].map((k) => k.toLowerCase()))],
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
        { input: `payload={"CONTRASEÑA":"${password}","lang":"es"}`, output: `payload={"CONTRASEÑA":"${label('password-other-language')}","lang":"es"}` },
        { input: `msg="Merhaba, şifrem ${password} ama giriş yapamıyorum"`, output: `msg="Merhaba, şifrem ${label('password-other-language')} ama giriş yapamıyorum"` },
        { input: `Neues Kennwort für a.kowalska gesetzt: ${password} rid=b65a1d47`, output: `Neues Kennwort für a.kowalska gesetzt: ${label('password-other-language')} rid=b65a1d47` },
        { input: `Anmeldung fehlgeschlagen mit Passwort '${password}' rid=c0b27abc`, output: `Anmeldung fehlgeschlagen mit Passwort '${label('password-other-language')}' rid=c0b27abc` },
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
        'hasło: wygasło 2024-01-01',
        'Passwort "vergessen" geklickt',
        'şifre sıfırlama bağlantısı gönderildi',
      ],
    },
  },
];

/**
 * The words for a token or a secret key beyond ASCII: Russian, Ukrainian and Bulgarian, Chinese,
 * Japanese, Korean, Hebrew, Hindi, French (`jeton d'accès`), Polish (`token_dostępu`). In the second
 * automaton, as the password's (`isWide`); their ASCII spellings (`jeton`, `klucz`, `clave`,
 * `chave`) have no room in the pass over every byte. Words may stand between one and its colon
 * (`トークンはこちらです: …`, `jeton d'accès généré pour ada : …`).
 */
export const TOKEN_WORDS_BEYOND_ASCII: readonly string[] = [
  'токен', 'секрет', '令牌', '密钥', '秘钥', '密鑰', '金鑰', '私钥', 'トークン', 'シークレット', '秘密鍵', '토큰', '시크릿', '비밀키', 'אסימון',
  'טוקן', 'توکن', 'टोकन', 'โทเค็น', 'accès', 'dostępu',
];

/**
 * The words for a key, any key: Russian, Japanese, Korean, Arabic, Hebrew, French, German, Turkish,
 * Vietnamese, Greek, Hindi, and Persian's and Arabic's `رمز` (a code). Right before the separator,
 * or after a word that makes it a credential's (`clés AWS :`, `מפתח API:`): `ключ идемпотентности:`
 * and `キャッシュキー:` name no secret.
 */
export const KEY_WORDS_BEYOND_ASCII: readonly string[] = [
  'ключ', 'ключа', 'キー', '키', 'مفتاح', 'المفتاح', 'رمز', 'سر', 'מפתח', 'clé', 'clés', 'schlüssel', 'anahtarı', 'khóa', 'κλειδί', 'कुंजी',
];

/** What makes a key word a credential's, after it. */
const KEY_QUALIFIER = String.raw`(?i:api|aws|gcp|azure|secret|secrète|secrete|secreta|secreto|privé|privée|privada|privado|privat|geheim|d'api|d'accès|de acceso|доступа|api-ключ)`;

/** A token's characters, 16 or more: what an API key, an access token or a hex secret is written in. */
const TOKEN = String.raw`[A-Za-z0-9+/=_.~-]{16,}`;
/**
 * A word that makes the token's or key's name a credential's, before it (`API-Schlüssel`,
 * `액세스_토큰`, `アクセストークン`, `api_anahtarı`, `token_dostępu`) or after it (`токен_доступа`,
 * `المفتاح_السري`, `clé secrète`). Any other word joined to it names something else: a key's id
 * (`密钥ID`, `מזהה_מפתח`, `id_clé`), a cache's or an idempotency key (`ключ_кэша`, `キャッシュキー`,
 * `Idempotenzschlüssel`), a fingerprint (`отпечаток_ключа`).
 */
const BEFORE_WORDS: readonly string[] = [
  'api', 'access', 'secret', 'refresh', 'auth', 'bearer', 'aws', 'token', 'секретный', 'приватный', '액세스', '리프레시', '비밀', 'アクセス', 'リフレッシュ',
  '访问', '刷新', '訪問', '存取', '私人', 'secreto', 'gizli', 'erişim', 'zugangs', 'zugriffs', 'geheimer', 'privater', 'client',
  'クライアント', '客户端', '클라이언트',
];
const AFTER_WORDS: readonly string[] = [
  'api', 'aws', 'доступа', 'секретный', 'secret', 'secreto', 'secreta', 'secrète', 'secrete', "d'accès", 'de acceso', 'de acesso', 'السري', 'الخاص', 'סודי',
  'גישה', '秘密', 'dostępu', 'erişim', 'gizli', 'geheim', 'privé', 'privée', 'privat', 'privado', 'privada', 'обновления', 'доступу',
  'клиента', 'العميل', 'الوصول', 'مشتری', 'دسترسی', 'รีเฟรช', 'client', 'cliente',
];
const BEFORE_WORD = String.raw`(?i:${BEFORE_WORDS.map(escapeRegex).join('|')})`;
const AFTER_WORD = String.raw`(?i:${AFTER_WORDS.map(escapeRegex).join('|')})`;
/** The same words in a query string or a form body: ASCII as it is, the others percent-encoded. */
const pctWords = (words: readonly string[]): string =>
  `(?i:${[...words.filter((w) => /^[\x00-\x7f]*$/.test(w)).map((w) => w.replace(/ /g, '+')), ...percentEncoded(words)].map(escapeRegex).join('|')})`;
/** A value in a query string or a form body: a token's characters and percent escapes, 16 or more. */
const PCT_TOKEN = String.raw`(?:[A-Za-z0-9_.~+/=-]|%[0-9A-Fa-f]{2}){16,}`;
/** A CJK particle and the words it joins without a space, before the colon: `トークンはこちらです:`. */
const PARTICLE_RUN = String.raw`(?:は|が|는|은|이|가|是|为)[^ \t\r\n"'=:：,;<>A-Za-z0-9_-]{0,12}`;
/** A word of a sentence between the word and its colon: no field's name (`trace_id`, `x-request-id`). */
const SENTENCE_WORD = String.raw`[^ \t\r\n"'=:：,;<>_0-9-]{1,30}`;
/** A key's separator, its quote closing the key (`"токен":`), and `=>`. */
const KEY_SEP = String.raw`(?:\\*["']?\]?[ \t]*(?:=>|[:=]|：)|${VAR_DUMP_SEP})`;

/**
 * A token or a key named in another language, under its key or after a colon: `"токен_доступа":"…"`,
 * `액세스_토큰：…`, `المفتاح_السري = …`, `トークンはこちらです: …`, `מפתח API: …`. The value must
 * look like a token (`tokenShape`): `clé: inconnue` stays.
 */
export const otherLanguageSecretRules: readonly RuleSpec[] = [
  {
    id: 'secret-other-language',
    family: 'generic',
    description: 'a token or key named in another language, beyond ASCII: токен, ключ, 令牌, 密钥, トークン, 토큰, مفتاح, מפתח, clé, Schlüssel, …; a token-shaped value',
    // Round 15: 31 such lines went through whole. After the word the rest of its key
    // (`_доступа`, `はこちらです`), up to four words (`API`, `d'accès généré pour ada`), then a separator.
    // Not inside another word (`\p{L}`: any script's letter), `_` or `-`: the name is the word
    // itself, or joined to a word that makes it a credential's (`BEFORE_WORD`, `AFTER_WORD`).
    regex: String.raw`(?:^|[^\p{L}\p{N}_-])(?:${BEFORE_WORD}[ _-]?)?(?:(?i:${alternatives(TOKEN_WORDS_BEYOND_ASCII)})(?:[ _-]?${AFTER_WORD})?(?:${PARTICLE_RUN})?(?:(?:[ \t]+${SENTENCE_WORD}){1,4}?[ \t]*[:：]|${KEY_SEP})|(?i:${alternatives(KEY_WORDS_BEYOND_ASCII)})(?:[ _-]?${AFTER_WORD})?(?:[ \t]+${KEY_QUALIFIER}){0,2}${KEY_SEP})[ \t]*(?:\\*"(${TOKEN})\\*"|'(${TOKEN})'|«[ \t]*(${TOKEN})[ \t]*»|(${TOKEN}))|(?:^|[?&;/ \t"'])(?:${pctWords(BEFORE_WORDS)}(?:[_+-]|%20)?)?${pctWords([...TOKEN_WORDS_BEYOND_ASCII, ...KEY_WORDS_BEYOND_ASCII])}(?:(?:[_+-]|%20)?${pctWords(AFTER_WORDS)})?=(${PCT_TOKEN})`,
    keywords: [...TOKEN_WORDS_BEYOND_ASCII, ...KEY_WORDS_BEYOND_ASCII, ...percentEncoded([...TOKEN_WORDS_BEYOND_ASCII, ...KEY_WORDS_BEYOND_ASCII])],
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [
        { input: `{"msg":"Konfiguration geladen","ctx":{"токен_доступа":"${secretToken}"}}`, output: `{"msg":"Konfiguration geladen","ctx":{"токен_доступа":"${label('secret-other-language')}"}}` },
        { input: `req_id=c6fff9ff 액세스_토큰：${secretToken}`, output: `req_id=c6fff9ff 액세스_토큰：${label('secret-other-language')}` },
        { input: `text="トークンはこちらです: ${secretToken}"`, output: `text="トークンはこちらです: ${label('secret-other-language')}"` },
        { input: `jeton d'accès généré pour ada : ${secretToken}`, output: `jeton d'accès généré pour ada : ${label('secret-other-language')}` },
        { input: `{"密钥":"${secretHex}","lang":"zh"}`, output: `{"密钥":"${label('secret-other-language')}","lang":"zh"}` },
      ],
      noMatch: ['ключ кэша: user_42_profile_v1_abcdef', 'clé: inconnue', '密钥ID=6f1c0e9a-3b7d-4c2e-9f8a-1d2e3f4a5b6c', '토큰 만료됨 x-request-id=6f1c0e9a-3b7d-4c2e-9f8a-1d2e3f4a5b6c'],
    },
  },
];

/** What ends a value in CJK text: a space, a delimiter, or a letter of those scripts (`密码是Abc123，但是`). */
const CJK_STOP = String.raw`\x{0e00}-\x{0e7f}\x{3000}-\x{30ff}\x{3400}-\x{9fff}\x{ac00}-\x{d7af}\x{ff00}-\x{ffef}`;
const CJK_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|\[\]${CJK_STOP}]`;
/** The same in a sentence: no `=` (`密码 req_id=…` is a message, then a field). */
const CJK_WORD_CHAR = String.raw`[^ \t\r\n"'\\,;&<>|\[\]=${CJK_STOP}]`;
/** Under a key: with a digit or a symbol. */
const CJK_BARE = String.raw`(${CJK_CHAR}*[0-9!#$%*+?@^~_-]${CJK_CHAR}*)`;
/**
 * In a sentence: a letter and a digit or a symbol, four words joined by dots or hyphens (a
 * passphrase), or six digits and more (支付密码是722512, a payment password; 暗証番号は780990です):
 * fewer is a count or a year (`密码是8位`, `2024年`).
 */
const CJK_SENTENCE_BARE = String.raw`(${CJK_WORD_CHAR}*(?:${ALPHABET_LETTER}${CJK_WORD_CHAR}*[0-9!#$%*+?@^~_]|[0-9!#$%*+?@^~_]${CJK_WORD_CHAR}*${ALPHABET_LETTER})${CJK_WORD_CHAR}*|[a-z]{3,}(?:[.-][a-z]{3,}){3,}|[0-9]{6,})(?:[ \t"',;)\]${CJK_STOP}]|\r?$)`;

/**
 * A password named in Chinese, Japanese, Korean or Thai, which write no space between words: the
 * word, a particle or copula (是, 为, は, 는), then the value, no space needed (`我的密码是Abc123，但是…`).
 */
export const cjkRules: readonly RuleSpec[] = [
  {
    id: 'password-cjk',
    family: 'generic',
    description: 'a password named in Chinese, Japanese, Korean or Thai, under its key or in a sentence: 密码：…, 我的密码是…, パスワードは …, 비밀번호는 …',
    // Round 15: 56 such lines went through whole. No word boundary before the word: those scripts
    // join words (新密码, 仮パスワード). After it a passphrase's word (密码短语), a particle, then the value.
    regex: String.raw`(?:${alternatives(PASSWORD_WORDS_CJK)})(?:短语|短語|フレーズ)?(?:${SEP}(?:${QUOTED_ANY}|${CJK_BARE})|[ \t]*(?:是|为|為|は|が|는|은|가|이|를|을)[ \t]*(?:${QUOTED_ANY}|${CJK_SENTENCE_BARE})|[ \t]+(?:${QUOTED_ANY}|${CJK_SENTENCE_BARE})|${IN_MARKUP})`,
    keywords: [...PASSWORD_WORDS_CJK],
    examples: {
      match: [
        { input: `msg="新密码：${password} 请尽快修改"`, output: `msg="新密码：${label('password-cjk')} 请尽快修改"` },
        { input: `"message":"你好，我的密码是${password}，但是登不上去"`, output: `"message":"你好，我的密码是${label('password-cjk')}，但是登不上去"` },
        { input: `用户 ada 的初始密码为 ${password} rid=2b769b54`, output: `用户 ada 的初始密码为 ${label('password-cjk')} rid=2b769b54` },
        { input: `{"用户名":"ada","登录密码":"${password}"}`, output: `{"用户名":"ada","登录密码":"${label('password-cjk')}"}` },
        { input: `body="こんにちは、パスワードは ${password} ですがログインできません"`, output: `body="こんにちは、パスワードは ${label('password-cjk')} ですがログインできません"` },
        { input: `로그인 실패: 사용자=ada 비밀번호=${password}`, output: `로그인 실패: 사용자=ada 비밀번호=${label('password-cjk')}` },
        { input: `body="안녕하세요, 제 비밀번호는 ${password} 인데 로그인이 안 돼요"`, output: `body="안녕하세요, 제 비밀번호는 ${label('password-cjk')} 인데 로그인이 안 돼요"` },
        { input: `body="密码短语是「${passphrase}」"`, output: `body="密码短语是「${label('password-cjk')}」"` },
        { input: `body="账号 ada 密码 ${password}"`, output: `body="账号 ada 密码 ${label('password-cjk')}"` },
      ],
      noMatch: ['密码错误，请重试', '密码是否正确: false', 'パスワードは必須です', '비밀번호는 8자 이상이어야 합니다', '密码学 课程 2024', '密码: ******', '密码已重置 user=ada42'],
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
    anchor: String.raw`(?i:password|passwd|passphrase|pwd)[^\r\n]{0,200}?[ \t](?i:is|to|${BORROWING_VERBS})[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `body="Hi, my password is ${password} and it still says invalid"`, output: `body="Hi, my password is ${label('password-in-sentence')} and it still says invalid"` },
        { input: `text="new password set to ${password} per phone call w/ customer"`, output: `text="new password set to ${label('password-in-sentence')} per phone call w/ customer"` },
        { input: `comment="pwd for the shared mailbox is ${password} fyi"`, output: `comment="pwd for the shared mailbox is ${label('password-in-sentence')} fyi"` },
        { input: `body="Ciao, la mia password è ${password} ma non funziona"`, output: `body="Ciao, la mia password è ${label('password-in-sentence')} ma non funziona"` },
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
