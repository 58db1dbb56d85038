import { RateLimiter } from '../../core/rules/rate-limiter';

/** One limiter for the browser tab; the server-side workspace limit covers all keys anyway. */
export const apiRateLimiter = new RateLimiter({ perSecond: 20, perMinute: 3000 });
