/**
 * Counts the Cypher statements a process sends, by wrapping the driver it
 * hands to a library: every `run` on a session or a transaction, and every
 * `executeQuery`. Targets report the running total in each response so that
 * the runner can tell the round trips of one request (two requests in a row,
 * nothing else running: the difference).
 */
export class StatementCounter {
  total = 0;

  /** A proxy of `driver` whose sessions and transactions count their statements. */
  wrapDriver<D extends object>(driver: D): D {
    return this.wrap(driver);
  }

  private wrap<T extends object>(target: T): T {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    return new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => unknown;
        switch (prop) {
          case 'executeQuery':
          case 'run':
            return (...args: unknown[]) => {
              counter.total += 1;
              return fn.apply(obj, args);
            };
          case 'session':
          case 'beginTransaction':
            return (...args: unknown[]) => counter.wrap(fn.apply(obj, args) as object);
          case 'executeRead':
          case 'executeWrite':
            return (work: (tx: object) => unknown, ...rest: unknown[]) =>
              fn.apply(obj, [(tx: object) => work(counter.wrap(tx)), ...rest]);
          default:
            return fn.bind(obj);
        }
      },
    });
  }
}
