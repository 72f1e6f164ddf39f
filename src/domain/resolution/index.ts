export { normalizeText, nameTokens } from './normalize';
export { scoreMergeCandidates, WEIGHTS } from './score';
export { pairKey } from './blocking';
export type * from './types';
