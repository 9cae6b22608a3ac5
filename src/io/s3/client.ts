/**
 * The CLI's S3 client (issue 14), loaded only when a path is `s3://`: @aws-sdk/client-s3 and
 * @aws-sdk/lib-storage are optional peer dependencies, so a user who never touches S3 never
 * installs them, and one who does is told the one command that fixes it.
 *
 * Configuration is the SDK's own, as for the Lambda: AWS_REGION, AWS_ENDPOINT_URL_S3, AWS_PROFILE
 * and the rest of the credentials chain. Path-style addressing (local S3 servers, MinIO) with
 * `--s3-path-style` or LOGSCRUB_S3_FORCE_PATH_STYLE=true.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { OptionsError } from '../../errors.js';

export interface CliS3ClientOptions {
  /** Path-style requests (`http://host/bucket/key`) instead of virtual-hosted names. */
  readonly forcePathStyle: boolean;
}

/** The packages an `s3://` path needs, as npm names them. */
export const S3_PACKAGES = ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'] as const;

const isMissing = (error: unknown): boolean => {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
};

/**
 * Loads the SDK and makes a client. Throws `OptionsError` with the install command when the SDK
 * is not installed.
 *
 * @example
 * const client = await createCliS3Client({ forcePathStyle: process.env.LOGSCRUB_S3_FORCE_PATH_STYLE === 'true' });
 */
export async function createCliS3Client(options: CliS3ClientOptions): Promise<S3Client> {
  // The SDK prints eight lines on every run under Node < 22 about its releases of 2027: noise on a
  // CLI's stderr, where each message is one line. Set the variable to `false` to see it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let sdk: typeof import('@aws-sdk/client-s3');
  try {
    [sdk] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]);
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new OptionsError(`s3:// paths need the AWS SDK for S3, an optional dependency that is not installed: npm install ${S3_PACKAGES.join(' ')}`);
  }
  // The Lambda's settings: standard retries (SlowDown, 5xx, resets) with backoff, bounded waits.
  return new sdk.S3Client({
    forcePathStyle: options.forcePathStyle,
    retryMode: 'standard',
    maxAttempts: 5,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
  });
}
