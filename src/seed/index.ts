export { countSeedGraph, type SeedCounts } from './counts';
export { formatPath, formatSeedErrors, SeedValidationError, type SeedError } from './errors';
export { loadSeedDir, loadSeedGraph, seedIfEmpty, validateSeedDir, type LoadOptions } from './load';
export { locateQuote, type QuoteLocation } from './quotes';
export { readSeedDir } from './read-seed-dir';
export { naturalKey } from './relationship-set';
export { validateSeed, type SeedInput, type SeedInputFile, type SeedValidation } from './validate';
