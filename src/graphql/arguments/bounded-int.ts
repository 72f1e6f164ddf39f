import { BadInputError, LimitExceededError } from '../../domain/errors';

/** An integer argument inside [min, max]: below is bad input, above is a configured limit. */
export function boundedInt(value: number, argument: string, min: number, max: number, limitName: string): number {
  if (value < min)
    throw new BadInputError(`Argument "${argument}" must be at least ${min}, got ${value}.`, { argument });
  if (value > max) {
    throw new LimitExceededError(
      limitName,
      max,
      `Argument "${argument}" = ${value} exceeds the limit ${limitName} = ${max}.`,
    );
  }
  return value;
}
