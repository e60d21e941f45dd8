/**
 * Requests per client address: a bucket of `burst` requests refilled at `perSecond`. A room of trainees
 * following a presenter needs a few requests a minute each; a script hammering the server, or guessing
 * join codes, runs dry at once. Wrong join codes cost `failurePenalty` requests.
 */
export interface RateLimiter {
  /** Take one request from this address's bucket; false when it is empty. */
  take(address: string, cost?: number): boolean;
}

export function createRateLimiter({ burst, perSecond, now = () => Date.now() }: { burst: number; perSecond: number; now?: () => number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(address, cost = 1) {
      const t = now();
      const bucket = buckets.get(address) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      buckets.set(address, bucket);
      if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens < cost) {
        bucket.tokens = 0; // a penalty larger than what is left empties the bucket
        return false;
      }
      bucket.tokens -= cost;
      return true;
    },
  };
}
