/**
 * ASP.NET's `Jwt:Key`: the key that signs the app's tokens, under a bare `Key` qualified by `Jwt`
 * (`appsettings.json`'s `"Jwt": { …, "Key": "…" }`, `Jwt__Key=` in the environment, `dotnet
 * user-secrets set Jwt:Key "…"`). A red-team review (N8) found it kept: `Key` alone is no secret's
 * name. Only under `Jwt`: an S3 object's, a DynamoDB item's or a tag's `"Key"` stays.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1e7);

const keeps = keepsEach(scrubber);

const shapes = [
  (s: string) => `  "Jwt": { "Issuer": "https://api.example.com", "Audience": "web", "Key": "${s}" },`,
  (s: string) => `"Jwt":{"Key":"${s}","Issuer":"https://api.example.com"}`,
  (s: string) => JSON.stringify({ Jwt: { Issuer: 'https://api.example.com', Audience: 'web', Key: s }, Logging: { LogLevel: { Default: 'Information' } } }),
  (s: string) => JSON.stringify({ msg: `config: {"JwtSettings":{"Key":"${s}","ExpiryMinutes":60}}` }),
  (s: string) => `Jwt__Key=${s}`,
  (s: string) => `JWT__KEY=${s}`,
  (s: string) => `export Jwt__Key="${s}"`,
  (s: string) => `Jwt:Key = ${s}`,
  (s: string) => `Jwt:Key=${s}`,
  (s: string) => `JwtSettings__Key=${s}`,
  (s: string) => `Authentication__Jwt__Key=${s}`,
  (s: string) => `"Jwt:Key": "${s}",`,
  (s: string) => `"Jwt__Key": "${s}"`,
  (s: string) => `dotnet user-secrets set Jwt:Key "${s}"`,
  (s: string) => `dotnet user-secrets set "Jwt:Key" "${s}"`,
  (s: string) => `dotnet user-secrets set Jwt:Key ${s}`,
  (s: string) => `dotnet run --Jwt:Key=${s}`,
  (s: string) => `      - Jwt__Key=${s}`,
  (s: string) => `  Jwt__Key: ${s}`,
];

describe("ASP.NET's Jwt:Key, in every shape a log gives it (N8)", () => {
  it.each(planted(shapes, () => sample.base64(64)))('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  it.each(planted(shapes.slice(0, 2), () => 'ThisIsMyVerySecretJwtSigningKey2024'))('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
  it.each(planted([(s) => `dotnet user-secrets set Jwt:Key "${s}"`], () => 'my custom Secret key for authentication'))('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );
});

describe('a Key that no Jwt qualifies, or a Jwt key with no value (N8)', () => {
  keeps([
    '{"Bucket":"uploads","Key":"uploads/a.png","ContentType":"image/png"}',
    '{"Key":{"pk":{"S":"USER#42"},"sk":{"S":"PROFILE"}},"TableName":"app"}',
    '{"Tags":[{"Key":"Name","Value":"web-1"},{"Key":"env","Value":"prod"}]}',
    '  "Key": "Name",',
    '"Jwt": { "Issuer": "https://api.example.com", "Audience": "web" },',
    '"Jwt": { "Issuer": "https://api.example.com", "ExpiryMinutes": 60 }, "Storage": { "Key": "uploads/a.png" }',
    'Jwt:Key=${JWT_KEY}',
    'Jwt__Key=',
    'Jwt:Issuer = https://api.example.com',
    'Jwt:KeyId = 2f7c1a',
    'JwtKeyRotationDays=30',
    '"Jwt": { "Key": "" }',
    'dotnet user-secrets list',
    'Missing configuration value Jwt:Key',
    'warn: Jwt:Key is not set, falling back to a development key',
  ]);
});
