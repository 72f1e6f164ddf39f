import { DeadlineExceededError } from '../domain/errors';
import { translateDatabaseError } from './database-errors';

export interface Deadline {
  /** Client-side limit of the whole call: acquiring a connection, running, reading the result. */
  deadlineMs: number;
  /** Server-side transaction timeout, named by the TIMEOUT error when Neo4j stops the query itself. */
  timeoutMs: number;
}

/**
 * Runs one driver call under a client-side deadline, and turns what it throws into API
 * errors (TIMEOUT, DATABASE_UNAVAILABLE). The transaction timeout is enforced by Neo4j, so
 * it cannot fire when Neo4j is what hangs (a GC pause, a full disk, a partition): then the
 * deadline answers TIMEOUT (DeadlineExceededError) and calls `abandon` with the caller's session.
 *
 * `abandon` must not wait: closing a session whose connection is hung sends a RESET that is
 * answered only when the database answers again; until then the driver keeps that connection
 * out of the pool, and releases it (or drops it if the socket died) once the RESET returns.
 * So nothing leaks for longer than the database stays frozen, and the caller does not wait.
 */
export async function withDeadline<T>(
  call: () => Promise<T>,
  { deadlineMs, timeoutMs }: Deadline,
  abandon: () => Promise<void> = async () => undefined,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon().catch(() => undefined);
      reject(new DeadlineExceededError(timeoutMs, deadlineMs));
    }, deadlineMs);
  });
  const running = call();
  try {
    return await Promise.race([running, expired]);
  } catch (error) {
    throw translateDatabaseError(error, timeoutMs);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined); // settles after an abandon; nobody listens any more
  }
}
