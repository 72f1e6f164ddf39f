export { normalizeText, nameTokens } from './normalize';
export { scoreMergeCandidates, WEIGHTS } from './score';
export type * from './types';
