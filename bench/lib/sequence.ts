/**
 * A placeholder in a request body that becomes a number of its own in every
 * request sent: each write of the write mix needs an id no other write used,
 * while the load tool cycles through a fixed list of bodies. The run's start
 * time keeps ids apart across runs on a kept dataset (--data-dir).
 */
export const SEQUENCE = '__SEQ__';

const run = Date.now().toString(36);
let next = 0;

export function withSequence(body: string): string {
  return body.includes(SEQUENCE) ? body.replaceAll(SEQUENCE, `${run}-${next++}`) : body;
}
