import type { GovernmentResolvers } from '../generated/resolvers-types';
import { entityFields } from './Entity';

export const Government: GovernmentResolvers = entityFields;
