import type { PlaceResolvers } from '../generated/resolvers-types';
import { entityFields } from './Entity';

export const Place: PlaceResolvers = entityFields;
