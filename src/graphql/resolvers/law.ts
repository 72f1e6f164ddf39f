import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const lawResolvers: Resolvers['Law'] = {
  ...entityFields,
  enactedYear: property<number>('enactedYear'),
  priorInvocations: property<number>('priorInvocations'),
  priorInvocationsWartimeOnly: property<boolean>('priorInvocationsWartimeOnly'),
};
