import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; one line per event, request lines carry the request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'newsgraph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
