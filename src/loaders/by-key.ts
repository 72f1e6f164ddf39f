import DataLoader from 'dataloader';

/**
 * A per-request DataLoader over a batch function that already honours the
 * DataLoader contract (values in key order, same length, null for a miss).
 */
export function loaderByKey<V>(batch: (keys: readonly string[]) => Promise<V[]>, maxBatchSize = 1000) {
  return new DataLoader<string, V>(batch, { maxBatchSize });
}
