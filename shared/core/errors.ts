/**
 * Two kinds of failure, kept apart as github/codeql-action does (src/util.ts ConfigurationError):
 * - UserError: the user's mistake (bad input, missing permission, bad config). Reported as a plain
 *   message without a stack trace.
 * - anything else: our bug. Reported with its stack under RUNNER_DEBUG=1.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A bad action input: names the input, the value given and what is allowed. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly allowed: string,
  ) {
    super(`Input '${input}' has invalid value ${JSON.stringify(redactCredentials(value))}: ${allowed}.`);
  }
}

/** A URL's password replaced by `***` (`https://user:***@host`), so an error never echoes one. */
export function redactCredentials(value: string): string {
  return value.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^@\s/]*@/gi, '$1***@');
}

/** A configuration file that does not parse or validate. */
export class ConfigError extends UserError {
  override name = 'ConfigError';
}

/** The token lacks access or scope for an operation. */
export class PermissionError extends UserError {
  override name = 'PermissionError';
}

/** True for errors caused by the user rather than by a bug in this code. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message of any thrown value, whatever its type. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** HTTP status of an Octokit RequestError-like value, if it has one. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** Node's system error code (`ENOENT`, `EACCES`, …) of a thrown value, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
