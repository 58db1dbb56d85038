import * as z from 'zod/mini';
import { errorResponse } from '../http-errors';
import { hashSeed, seededRandom, type Random } from '../random';

/**
 * Injected faults for resilience tests and e2e journeys (`POST /__emulator/faults`): latency,
 * 429s with `Retry-After`, 402s and 500s, optionally limited to some methods and paths. Only
 * `/api/v2/*` is affected, and a faulted request changes nothing, except with
 * `errorAfterApplying`: then a 500 is sent after the request was carried out (a create is
 * stored), as when a real API commits and its answer is lost on the way back.
 *
 * A matching request waits its latency (a range picks one), then is answered 429 with
 * `rateLimitRate`, else 402 with `paymentRequiredRate`, else 500 with `errorRate`: the rates apply
 * one after the other, so `{rateLimitRate: 0.3, errorRate: 0.3}` answers 30% 429 and 0.7 × 0.3 = 21% 500.
 * With `seed` the draws come from seeded generators, one per endpoint, started afresh by each
 * configuration: the n-th request to an endpoint meets the same faults on every run.
 */
/**
 * Set by the dashboard server's status ping only (emulator-backend.ts): a browser's own headers
 * never reach the emulator (backend.ts forwards an allow-list), so no page can skip a fault.
 */
export const PROBE_HEADER = 'x-dashboard-probe';

const latency = z.number().check(z.gte(0), z.lte(60_000));
const rate = z.number().check(z.gte(0), z.lte(1));
export const faultConfigSchema = z.strictObject({
  latencyMs: z.optional(z.union([latency, z.tuple([latency, latency])])),
  errorRate: z.optional(rate),
  rateLimitRate: z.optional(rate),
  /** 402 as for a workspace without an Inbox Placement plan (docs/api/reference.md §1 error table). */
  paymentRequiredRate: z.optional(rate),
  retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(3600))),
  methods: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** A regular expression, or a plain substring when it does not compile. */
  paths: z.optional(z.string().check(z.minLength(1))),
  /** The 500s come after the request was carried out: the write is stored, the answer lost. */
  errorAfterApplying: z.optional(z.boolean()),
  /** Seed for the fault draws (mulberry32, `random.ts`); without it they use `Math.random`. */
  seed: z.optional(z.int().check(z.gte(0), z.lte(0xffffffff))),
});
export type FaultConfig = z.infer<typeof faultConfigSchema>;

function pathMatcher(pattern: string | undefined): (path: string) => boolean {
  if (!pattern) return () => true;
  try {
    const regex = new RegExp(pattern);
    return (path) => path.includes(pattern) || regex.test(path);
  } catch {
    return (path) => path.includes(pattern);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ids in paths (UUIDs) are replaced, so `/tests/<id>` is one endpoint whichever test it is. */
const ID_SEGMENT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export class Faults {
  private config: FaultConfig | null = null;
  private matchesPath: (path: string) => boolean = () => true;
  private streams = new Map<string, Random>();

  constructor(private readonly unseeded: Random = Math.random) {}

  get current(): FaultConfig | null {
    return this.config;
  }

  set(config: FaultConfig): void {
    this.config = config;
    this.matchesPath = pathMatcher(config.paths);
    this.streams = new Map();
  }

  clear(): void {
    this.config = null;
  }

  /**
   * With a seed, each endpoint (method and path, ids replaced) has its own seeded stream, so the
   * faults the n-th PATCH of a test meets do not depend on how many reads ran alongside it.
   */
  private randomFor(seed: number | undefined, method: string, path: string): Random {
    if (seed === undefined) return this.unseeded;
    const key = `${method.toUpperCase()} ${path.replace(ID_SEGMENT, ':id')}`;
    let stream = this.streams.get(key);
    if (!stream) {
      stream = seededRandom(hashSeed(`${seed} ${key}`));
      this.streams.set(key, stream);
    }
    return stream;
  }

  /**
   * After any delay: null to carry on, or the response to send instead of handling the request
   * (`afterHandling`: handle it first, then send this instead of its answer).
   */
  async apply(method: string, path: string): Promise<{ response: Response; afterHandling: boolean } | null> {
    const config = this.config;
    if (!config) return null;
    if (config.methods?.length && !config.methods.some((m) => m.toUpperCase() === method.toUpperCase()))
      return null;
    if (!this.matchesPath(path)) return null;

    // Every request takes the same four draws when it arrives, whatever is configured, so its
    // fate is fixed before it waits and concurrent requests cannot shift each other's draws.
    const random = this.randomFor(config.seed, method, path);
    const [latencyDraw, rateLimitDraw, paymentDraw, errorDraw] = [random(), random(), random(), random()];

    const latency = config.latencyMs;
    const delay = Array.isArray(latency)
      ? latency[0] + latencyDraw * Math.max(0, latency[1] - latency[0])
      : (latency ?? 0);
    if (delay > 0) await sleep(delay);

    if (config.rateLimitRate && rateLimitDraw < config.rateLimitRate) {
      const response = errorResponse(429, 'Rate limit exceeded', {
        'Retry-After': String(config.retryAfterSeconds ?? 1),
      });
      return { response, afterHandling: false };
    }
    if (config.paymentRequiredRate && paymentDraw < config.paymentRequiredRate) {
      return { response: errorResponse(402, 'Workspace does not have an active paid plan'), afterHandling: false };
    }
    if (config.errorRate && errorDraw < config.errorRate) {
      return { response: errorResponse(500, 'Injected fault'), afterHandling: config.errorAfterApplying ?? false };
    }
    return null;
  }
}
