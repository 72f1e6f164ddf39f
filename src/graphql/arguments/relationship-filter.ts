import { BadInputError } from '../../domain/errors';
import { earliestDay, latestDay, parsePartialDate } from '../../domain/temporal';
import { ANY_RELATIONSHIP, type RelationshipCriteria } from '../../graph';
import type { DateWindow, RelationshipFilter } from '../generated/resolvers-types';

/** A DateWindow widened to whole days: `from` at its first day, `to` at its last. */
export function windowDays(window: DateWindow | null | undefined, argument = 'window') {
  if (!window) return null;
  const from = window.from ? earliestDay(parsePartialDate(window.from)) : null;
  const to = window.to ? latestDay(parsePartialDate(window.to)) : null;
  if (from !== null && to !== null && from > to) {
    throw new BadInputError(`Argument "${argument}" ends (${window.to}) before it starts (${window.from}).`, {
      argument,
    });
  }
  return from === null && to === null ? null : { from, to };
}

/** The GraphQL RelationshipFilter as the graph layer's criteria, checked. */
export function toCriteria(filter: RelationshipFilter | null | undefined): RelationshipCriteria {
  if (!filter) return ANY_RELATIONSHIP;
  if (filter.minConfidence !== null && filter.minConfidence !== undefined) {
    if (filter.minConfidence < 0 || filter.minConfidence > 1) {
      throw new BadInputError(`"minConfidence" must be between 0 and 1, got ${filter.minConfidence}.`, {
        argument: 'minConfidence',
      });
    }
  }
  return {
    types: filter.types && filter.types.length > 0 ? filter.types : null,
    direction: filter.direction,
    asOf: filter.asOf ?? null,
    window: windowDays(filter.window, 'filter.window'),
    statuses: filter.statuses && filter.statuses.length > 0 ? filter.statuses : null,
    minConfidence: filter.minConfidence ?? null,
    includeUndated: filter.includeUndated,
    knownAt: filter.knownAt ?? null,
  };
}
