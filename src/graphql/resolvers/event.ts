import type { Resolvers } from '../generated/resolvers-types';
import { entityFields } from './entity';

export const eventResolvers: Resolvers['Event'] = entityFields;
