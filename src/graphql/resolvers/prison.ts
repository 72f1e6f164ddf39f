import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const prisonResolvers: Resolvers['Prison'] = { ...entityFields, nickname: property<string>('nickname') };
