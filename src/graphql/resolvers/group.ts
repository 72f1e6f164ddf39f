import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const groupResolvers: Resolvers['Group'] = { ...entityFields, size: property<string>('size') };
