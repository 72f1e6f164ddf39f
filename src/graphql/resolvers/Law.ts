import type { LawResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Law: LawResolvers = {
  ...entityFields,
  enactedYear: property<number>('enactedYear'),
  priorInvocations: property<number>('priorInvocations'),
  priorInvocationsWartimeOnly: property<boolean>('priorInvocationsWartimeOnly'),
};
