import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const countryResolvers: Resolvers['Country'] = { ...entityFields, region: property<string>('region') };
