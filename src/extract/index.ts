export { extract } from './extract';
export { resolveStatedDate, type DateResolution, type StatedDate } from './date-resolution';
export * from './types';
export { scoreExtraction, type ReferenceGraph, type Score } from './score';
export { draftFindings, type DraftFindings } from './draft';
