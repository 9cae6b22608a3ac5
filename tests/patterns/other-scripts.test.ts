/**
 * Passwords, tokens and keys named in languages whose words go beyond ASCII (round 15): the word
 * in its own script, in JSON's `\u` escapes, in the sentences people write, in the CJK scripts that
 * write no space. Tier 1a finds these words with an automaton of its own, over the blocks that can
 * hold one (`isWide` in `src/detect/compile.ts`); the lines that must stay are the messages about a
 * password with none in them.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5c1b);
const keeps = keepsEach(scrubber);
/** A password a person chose: letters of both cases, digits, a symbol. */
const password = (): string => `Q${sample.alnum(7)}#${sample.digits(3)}`;
/** An API token: 40 characters of base64. */
const token = (): string => `Q${sample.alnum(18)}+${sample.alnum(19)}z`;
/** JSON's `\u` escapes for every character beyond ASCII, as Python's `json.dumps` writes them. */
const escaped = (text: string): string => [...text].map((c) => (c.charCodeAt(0) > 0x7f ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

describe('a password under a key in its own script', () => {
  it.each([
    (s: string) => `Ошибка входа: логин=dana.levi пароль=${s} traceparent=00-1`,
    (s: string) => `{"логин":"ada","Пароль":"${s}"}`,
    (s: string) => `користувач=maria новий_пароль='${s}' trace_id=b022f2d9`,
    (s: string) => `payload={"CONTRASEÑA":"${s}","lang":"es"}`,
    (s: string) => `--CONTRASEÑA=${s}`,
    (s: string) => `request {"şifre": "${s}", "lang": "tr"}`,
    (s: string) => `rid=0fc1556a nowe_hasło="${s}"`,
    (s: string) => `body: {"كلمة المرور": "${s}", "lang": "ar"}`,
    (s: string) => `payload={"שם_משתמש":"ada","סיסמא":"${s}"}`,
    (s: string) => `{"ユーザー名":"ada","暗証番号":"${s}"}`,
    (s: string) => `로그인 실패: 사용자=wang.wei 비밀번호=${s}`,
    (s: string) => `time="2026-05-25T09:25:36Z" msg=登录失败，用户名=joao.silva，密码=${s}`,
    (s: string) => `WARN auth-svc: 仮パスワード：${s}`,
    (s: string) => `auth: login user="ada" parol="${s}" ip=172.50.34.163 ok=false`,
    (s: string) => `LoginRequest(username=minjun.kim, parol=${s}, locale=zh_CN)`,
    (s: string) => `{"kayttaja":"ada","salasana":"${s}"}`,
  ])('goes: %s', (make) => {
    const s = password();
    expectOnlySecretGone(scrubber, make(s), s);
  });
});

describe("a password's key in JSON's \\u escapes", () => {
  it.each(['пароль', 'Пароль', 'ПАРОЛЬ', 'hasło', 'contraseña', 'CONTRASEÑA', '密码', '新密码', '登录密码', 'パスワード', '새_비밀번호', 'סיסמה', 'كلمة المرور'])('goes under %s', (word) => {
    const s = password();
    expectOnlySecretGone(scrubber, `data={"${escaped('użytkownik')}": "ada", "${escaped(word)}": "${s}"}`, s);
  });
  it("goes in .NET's escapes, quotes as \\u0022 and hex in capitals", () => {
    const s = password();
    const key = escaped('Лозинка').replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`);
    expectOnlySecretGone(scrubber, `Request body: {\\u0022${key}\\u0022:\\u0022${s}\\u0022,\\u0022lang\\u0022:\\u0022sr\\u0022}`, s);
  });
  it('goes under an escaped key with its suffix in the same script', () => {
    const s = password();
    expectOnlySecretGone(scrubber, `Serilog {"Body":"{\\"kullan\\u0131c\\u0131_\\u015Fifresi\\":\\"${s}\\"}"}`, s);
  });
  keeps([
    // Placeholders and metadata beside the password's key: "enter password", "your password", strength, expiry.
    `{"input":{"${escaped('новий_пароль')}":"${escaped('введіть пароль')}"}}`,
    `{"input":{"form.${escaped('รหัสผ่าน')}_strength":"medium"}}`,
    `GET /callback?${encodeURIComponent('पासवर्ड')}=${encodeURIComponent('आपका_पासवर्ड')}&hl=hi-IN 403`,
    "Datos recibidos: { 'form.비밀번호': '당신의_비밀번호' }",
    `raw body: usuario=ada&${encodeURIComponent('contraseña')}_expires_at=2026-12-02T07%3A33%3A16.009Z&remember=1`,
    `body=${encodeURIComponent('mật_khẩu')}=${encodeURIComponent('mật_khẩu_của_bạn')}&lang=vi`,
  ]);
  it('goes in a sentence written in \\u escapes, as json.dumps writes a ticket', () => {
    const s = `M5Cq${sample.alnum(6)}!!2N`;
    expectOnlySecretGone(scrubber, `helpdesk.sync: {"body": "${escaped('Здравейте, паролата ми е')} ${s} ${escaped('и не мога да вляза')}"}`, s);
    expectOnlySecretGone(scrubber, `helpdesk.sync: {"body": "${escaped('клиент прислал пароль')} ${s}, ${escaped('попросил сменить')}"}`, s);
  });
  keeps([
    'data={"\\u043f\\u0430\\u0440\\u043e\\u043b\\u044c": "********"}',
    'data={"\\u043b\\u043e\\u0433\\u0438\\u043d": "ada", "lang": "ru"}',
    // Masks in those languages, escaped: `[скрыто]`, bullets, 已隐藏 (hidden).
    'app: {"\\u043f\\u0430\\u0440\\u043e\\u043b\\u044c": "[\\u0441\\u043a\\u0440\\u044b\\u0442\\u043e]", "lang": "ru"}',
    'app: {"\\u03ba\\u03c9\\u03b4\\u03b9\\u03ba\\u03cc\\u03c2": "\\u2022\\u2022\\u2022\\u2022\\u2022\\u2022"}',
    'app: {"\\u7528\\u6237\\u5bc6\\u7801": "\\u5df2\\u9690\\u85cf"}',
  ]);
});

describe('a key beyond ASCII in a form body or a query string, percent-encoded', () => {
  it.each(['пароль', 'Пароль', 'κωδικός', 'كلمة_السر', 'رمز عبور', 'รหัสผ่าน', 'contraseña', 'mật_khẩu', '密码'])('a password under %s', (word) => {
    const s = password();
    expectOnlySecretGone(scrubber, `POST /login body: login=ada%40example.com&${encodeURIComponent(word)}=${encodeURIComponent(s)}&remember=1`, encodeURIComponent(s));
  });
  it.each(['токен_доступа', 'ключ_API', 'API_ключ', 'APIキー', 'khóa_API', '토큰'])('a token under %s', (word) => {
    const s = token();
    expectOnlySecretGone(scrubber, `GET /api/v2/export?${encodeURIComponent(word)}=${encodeURIComponent(s)}&lang=ru 200 80ms`, encodeURIComponent(s));
  });
  keeps([
    'GET /api/v2/export?%D0%BA%D0%BB%D1%8E%D1%87_%D0%BA%D1%8D%D1%88%D0%B0=user_42_profile_v1_abcdef&lang=ru 200',
    'POST /%D0%B2%D1%85%D0%BE%D0%B4 body: login=ada&%D0%B7%D0%B0%D0%BF%D0%BE%D0%BC%D0%BD%D0%B8%D1%82%D1%8C=1',
  ]);
});

describe('a password in the sentences people write', () => {
  it.each([
    (s: string) => `text="Здравствуйте, мой пароль ${s}, но войти не получается"`,
    (s: string) => `comment="Добрий день, мій пароль ${s}, але не можу увійти"`,
    (s: string) => `body="שלום, הסיסמה שלי היא ${s} ואני לא מצליח להיכנס"`,
    (s: string) => `snippet="مرحبا، كلمة المرور الخاصة بي هي ${s} ولا أستطيع الدخول"`,
    (s: string) => `msg="Merhaba, şifrem ${s} ama giriş yapamıyorum"`,
    (s: string) => `"message":"Dzień dobry, moje hasło to ${s} i nie mogę się zalogować"`,
    (s: string) => `body="Hola, mi contraseña es ${s} y no me deja entrar"`,
    (s: string) => `Error de autenticación para joao, contraseña recibida: "${s}" trace_id=4ca4e6aa`,
    (s: string) => `Neues Kennwort für a.kowalska gesetzt: ${s} rid=b65a1d47`,
    (s: string) => `msg="Das neue Kennwort lautet ${s} – bitte nicht weitergeben"`,
    (s: string) => `Anmeldung fehlgeschlagen für Benutzer 'ahmad.k' mit Passwort '${s}' rid=c0b27abc`,
    (s: string) => `text="Bonjour, mon mot de passe c'est ${s} mais ça ne marche pas"`,
    (s: string) => `body="Ciao, la mia password è ${s} ma non funziona"`,
    (s: string) => `"message":"你好，我的密码是${s}，但是登不上去"`,
    (s: string) => `warn support-api: 用户 o.shevchenko 的初始密码为 ${s} rid=2b769b54`,
    (s: string) => `body="账号 maria.garcia 密码 ${s}"`,
    (s: string) => `body="こんにちは、パスワードは ${s} ですがログインできません"`,
    (s: string) => `body="안녕하세요, 제 비밀번호는 ${s} 인데 로그인이 안 돼요"`,
    (s: string) => `text="Καλησπέρα, ο κωδικός μου είναι ${s} και δεν μπορώ να συνδεθώ"`,
    (s: string) => `text="Здравейте, паролата ми е ${s} и не мога да вляза"`,
    (s: string) => `new message: Поштовани, моја лозинка је ${s} али не могу да се пријавим`,
    (s: string) => `info chat-gw: 임시 비밀번호: ${s} trace_id=c3d458a4`,
    (s: string) => `PHP Notice: POST: Array ( [login] => wangfang88 [heslo] => ${s} [город] => Zürich [submit] => ログイン )`,
    (s: string) => `PHP Notice: Array ( [user] => f.lefevre [密码] => ${s} [submit] => ログイン )`,
    (s: string) => `local.DEBUG: request()->all(): array(3) { ["用户名"]=> string(18) "wang.fang@shili.cn" ["口令"]=> string(12) "${s}" }`,
    (s: string) => `ticket #50094 new message: お疲れ様です。パスワードは${s}です。ログインできません`,
    (s: string) => `客服会话 b5ebf0e8: 密码是${s}请帮忙重置`,
  ])('goes: %s', (make) => {
    const s = password();
    expectOnlySecretGone(scrubber, make(s), s);
  });
  it('takes a password in letters of another script than the sentence', () => {
    const cjk = `春鳥日水冬${sample.digits(5)}@`;
    expectOnlySecretGone(scrubber, `provision 6301 - - Nouveau mot de passe pour yossi : ${cjk}`, cjk);
    const hangul = `사파사서${sample.digits(4)}!`;
    expectOnlySecretGone(scrubber, `provision 6519 - - Yeni şifre (yossi): ${hangul}`, hangul);
  });
  it('takes six digits and more after a CJK word, a payment password', () => {
    for (const line of ['张伟: 支付密码是722512', '田中: 暗証番号は780990です']) expect(scrubber.redactLine(line)).not.toMatch(/[0-9]{6}/);
  });
  it.each([
    (s: string) => `body: moje hasło to „${s}”, proszę sprawdzić`,
    (s: string) => `text="Das neue Passwort lautet „${s}“ – bitte ändern"`,
    (s: string) => `text="Mein Kennwort ist »${s}«"`,
    (s: string) => `note="stare hasło ${s}, nowe hasło wysłane SMS-em"`,
    (s: string) => `note="Cliente passou a senha ${s} pelo WhatsApp, orientado a trocar."`,
    (s: string) => `text="Hej, användarnamn ada lösenordet är ${s}"`,
    (s: string) => `text="salasanani on ${s}"`,
    (s: string) => `text="Hei, käyttäjätunnus maria.silva salasana ${s}"`,
  ])('goes, quoted low-high or right after a word in a Latin alphabet: %s', (make) => {
    const s = `kot${sample.alnum(5)}7!W`;
    expectOnlySecretGone(scrubber, make(s), s);
  });
  it('takes a passphrase of words joined by hyphens', () => {
    expectOnlySecretGone(scrubber, 'snippet="Добрий день, мій пароль xgxg-tqsd-gegr, але не можу увійти"', 'xgxg-tqsd-gegr');
    expectOnlySecretGone(scrubber, 'body="密码短语是「pferd arbre gato correct」"', 'pferd arbre gato correct');
  });
  keeps([
    'неправильний пароль req_id=67a6decd-0494-4ace-bc4c-462b2ce1c5cf',
    'неправильний пароль traceparent=00-0efd9276a2c395b6e62f4022069b49ca-b19de6c01c47ab90-01',
    'تم إرسال رابط إعادة تعيين كلمة المرور req_id=aba9e702-ca40-4f9a-9bd3-c8e38ca160af',
    'נשלח קישור לאיפוס סיסמה x-request-id=86392840-697e-4444-972f-ec0ac3d20835',
    'Şifre sıfırlama bağlantısı gönderildi: o.shevchenko@ornek.com.tr',
    'пароль изменён для user42',
    'мой пароль не подходит, помогите',
    'пароль=TU_CONTRASEÑA_AQUI користувач=wang.wei',
    'パスワード: "[MASQUÉ]"',
    '密码错误，请重试',
    '密码是否正确: false',
    'パスワードは必須です',
    '비밀번호는 8자 이상이어야 합니다',
    '密码已重置 user=ada42',
    '密码是8位，包含字母',
    '密码是2024年设置的',
    'parole=bonjour tout le monde',
    'Passwort Reset-Link2 gesendet',
    'senha v2.0 alterada com sucesso',
    'mot de passe oublié pour ada@example.fr',
    'hasło: wygasło 2024-01-01',
    // Placeholders that name the password, in its language: "your password", "password here".
    'usage: app login --user=usuario --Пароль=ваш_пароль',
    'ejemplo: {"парола":"вашата_парола"}',
    'usage: app login --user=usuario --hasło=twoje_hasło',
    'usage: app login --user=имя --Parolă=parola_ta',
    '示例: {"كلمة_المرور":"كلمة_المرور_هنا"}',
    'body={"пароль_користувача":"[приховано]","lang":"uk"}',
  ]);
});

describe('a token or a key named in another language', () => {
  it.each([
    (s: string) => `{"msg":"Konfiguration geladen","ctx":{"токен_доступа":"${s}"}}`,
    (s: string) => `x-request-id=03d092d2 токен = ${s}`,
    (s: string) => `req_id=c6fff9ff 액세스_토큰：${s}`,
    (s: string) => `x-request-id=c8793e1d المفتاح_السري = ${s}`,
    (s: string) => `text="トークンはこちらです: ${s}"`,
    (s: string) => `{"ユーザー名": "jmueller", "アクセストークン": "${s}"}`,
    (s: string) => `audit: מפתח API: ${s} traceparent=00-e04c2b98`,
    (s: string) => `jeton d'accès généré pour ivanov.a : ${s}`,
    (s: string) => `{"użytkownik":"jmueller","token_dostępu":"${s}"}`,
    (s: string) => `request {"kullanıcı": "jvandijk", "api_anahtarı": "${s}"}`,
    (s: string) => `msg={"密钥":"${s}","lang":"zh"}`,
    (s: string) => `API-Schlüssel: ${s}`,
    (s: string) => `PHP Notice: Debug /zh/denglu: Array ( [用户名] => 王芳 [令牌] => ${s} [locale] => zh-CN )`,
    (s: string) => `checkout.php:305 array(2) { ["اسم_المستخدم"]=> string(9) "user80603" ["سر_العميل"]=> string(40) "${s}" }`,
    (s: string) => `Parameters: {"utilisateur"=>{"логин"=>"user48486", "ТОКЕН_ОБНОВЛЕНИЯ"=>"${s}"}}`,
    (s: string) => `GET "/ja/login?${encodeURIComponent('クライアントシークレット')}=${s}&locale=ja-JP HTTP/1.1"`,
  ])('goes: %s', (make) => {
    const s = token();
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps([
    '密钥ID=6f1c0e9a-3b7d-4c2e-9f8a-1d2e3f4a5b6c 状态=已轮换',
    'トークンID: 6f1c0e9a-3b7d-4c2e-9f8a-1d2e3f4a5b6c 失効済み',
    '토큰 만료됨 x-request-id=6f1c0e9a-3b7d-4c2e-9f8a-1d2e3f4a5b6c',
    'ключ идемпотентности: 8f14e45f-ceea-467f-a0e6-0f3f0b0c1f4a',
    'トークンの有効期限が切れました trace_id=4e61bb04fa9ac71629b2609d8e47bc6b',
    '密钥轮换完成 key_id=6f1c0e9a3b7d4c2e9f8a1d2e3f4a5b6c trace_id=4e61bb04fa9ac71629b2609d8e47bc6b',
    'ключ кэша: user_42_profile_v1_abcdef',
    'clé: inconnue',
  ]);
});

describe('the second automaton', () => {
  it('finds a word whose line starts in a block of ASCII and runs past 4 KiB of it', () => {
    const s = password();
    const before = `${'{"msg":"ascii"}\n'.repeat(250)}{"user":"ada","note":"${'n'.repeat(200)}",`;
    const text = `${before}"пароль":"${s}"}\n`;
    expect(Buffer.byteLength(before.slice(0, before.lastIndexOf('\n')))).toBeLessThan(4096);
    expect(Buffer.byteLength(before)).toBeGreaterThan(4096);
    expect(scrubber.redactText(text)).toBe(`${before}"пароль":"[REDACTED:password-other-language]"}\n`);
  });
});
