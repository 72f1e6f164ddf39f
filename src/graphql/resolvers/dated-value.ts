import { earliestDay, formatPartialDate, latestDay } from '../../domain/temporal';
import type { Resolvers } from '../generated/resolvers-types';

export const datedValueResolvers: Resolvers['DatedValue'] = {
  earliest: (date) => earliestDay(date),
  latest: (date) => latestDay(date),
  text: (date) => formatPartialDate(date),
};
