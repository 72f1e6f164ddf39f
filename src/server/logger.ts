import pino, { type Logger } from 'pino';

/**
 * Credentials never reach the log, whichever object carries them: request
 * headers (as pino's serializers and Node's IncomingMessage name them) and
 * the secret of a new key. No log line writes a header today; this keeps a
 * future one (a debug dump of `req`, an error carrying a request) safe.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'request.headers.authorization',
  'headers.authorization',
  'err.config.headers.authorization',
  'authorization',
  'secret',
  'token',
  '*.secret',
  '*.token',
];

/** Structured JSON logs on stdout (or `destination`); one line per event, request lines carry the request id. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'newsgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

export type { Logger };
