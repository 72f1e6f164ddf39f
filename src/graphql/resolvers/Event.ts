import type { EventResolvers } from '../generated/resolvers-types';
import { entityFields } from './Entity';

export const Event: EventResolvers = entityFields;
