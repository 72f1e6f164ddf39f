import type { Resolvers } from '../generated/resolvers-types';
import { entityFields } from './entity';

export const placeResolvers: Resolvers['Place'] = entityFields;
