export { extract } from './extract';
export { resolveStatedDate, type DateResolution, type StatedDate } from './date-resolution';
export * from './types';
