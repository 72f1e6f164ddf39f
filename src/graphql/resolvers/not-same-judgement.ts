import type { Resolvers } from '../generated/resolvers-types';

export const notSameJudgementResolvers: Resolvers['NotSameJudgement'] = {
  entityIds: (judgement) => [judgement.a, judgement.b],
};
