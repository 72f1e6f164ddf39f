import { earliestDay, formatPartialDate, latestDay } from '../../domain/temporal';
import type { DatedValueResolvers } from '../generated/resolvers-types';

export const DatedValue: DatedValueResolvers = {
  earliest: (date) => earliestDay(date),
  latest: (date) => latestDay(date),
  text: (date) => formatPartialDate(date),
};
