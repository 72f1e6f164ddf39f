import type { Resolvers } from '../generated/resolvers-types';
import { entityFields } from './entity';

export const governmentResolvers: Resolvers['Government'] = entityFields;
