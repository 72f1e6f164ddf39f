import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const courtResolvers: Resolvers['Court'] = { ...entityFields, jurisdiction: property<string>('jurisdiction') };
