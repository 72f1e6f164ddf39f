import { GraphQLError, type ValidationRule } from 'graphql';
// graphql's own way to stop validation early (its overlapping-fields rule uses it); not re-exported at the top.
import { validationAbortedError } from 'graphql/validation/validationAbortedError';

import type { Limits } from '../../config/types';
import { LimitExceededError } from '../../domain/errors';
import { measureDocument, type DocumentSize } from './document-size';

export type DocumentLimits = Pick<
  Limits,
  | 'maxFields'
  | 'maxFieldsPerSelection'
  | 'maxAliases'
  | 'maxFragmentSpreads'
  | 'maxDirectives'
  | 'maxVariables'
  | 'maxStringLength'
>;

/** The first limit a document exceeds, as the error the caller gets; null when it is within all. */
export function documentRefusal(size: DocumentSize, limits: DocumentLimits): LimitExceededError | null {
  const checks: Array<[keyof DocumentLimits, number, string]> = [
    ['maxFields', size.fields, `The query selects ${size.fields} fields (fragments expanded, aliases included)`],
    [
      'maxFieldsPerSelection',
      size.fieldsPerSelection,
      `A selection set of the query has ${size.fieldsPerSelection} fields`,
    ],
    ['maxAliases', size.aliases, `The query uses ${size.aliases} aliases`],
    ['maxFragmentSpreads', size.fragmentSpreads, `The query has ${size.fragmentSpreads} fragment spreads`],
    ['maxDirectives', size.directives, `The query has ${size.directives} directives`],
    ['maxVariables', size.variables, `The query declares ${size.variables} variables`],
    ['maxStringLength', size.longestString, `The query has a string of ${size.longestString} characters`],
  ];
  for (const [limit, value, what] of checks) {
    if (value > limits[limit]) {
      return new LimitExceededError(limit, limits[limit], `${what}; the limit ${limit} = ${limits[limit]}.`);
    }
  }
  return null;
}

/**
 * A validation rule that runs first in the visit: it measures the document in one linear
 * pass and, over a limit, reports LIMIT_EXCEEDED and stops validation before any other
 * rule reaches a selection set (graphql's overlapping-fields rule is quadratic in the
 * fields of a selection set; 1,240 repeated fields cost a second of CPU). The report
 * carries the LimitExceededError as its originalError, which format-error.ts turns into
 * the code; documentBoundsPlugin drops graphql's "Validation aborted." that follows it.
 */
export function documentBoundsRule(limits: DocumentLimits): ValidationRule {
  return (context) => ({
    Document(node) {
      const refusal = documentRefusal(measureDocument(node), limits);
      if (refusal === null) return false; // nothing else of this rule to visit
      context.reportError(new GraphQLError(refusal.message, { originalError: refusal }));
      throw validationAbortedError;
    },
  });
}

/** True for the error graphql adds when a rule stops validation. */
export const isValidationAborted = (error: unknown) => error === validationAbortedError;
