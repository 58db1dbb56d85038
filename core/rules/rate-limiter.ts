/**
 * Pacing under Instantly's limits (100 requests/second and 6,000/minute per workspace, shared
 * with every other client of that workspace): the browser tab's requests, and the server's
 * results sync of each workspace (ADR 020). Requests wait for a free slot
 * in both sliding windows instead of being sent and answered 429. Our own ceilings sit below
 * the API's to leave room for the workspace's other integrations.
 */
export interface RateLimiterOptions {
  perSecond: number;
  perMinute: number;
  /**
   * Added to both windows (default 0). A request stamped here reaches the API a little later, and
   * not always by the same delay (a busy event loop, the network): counted at the other end, two
   * requests 1,000 ms apart here can land 998 ms apart there, one too many in that second.
   */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class RateLimiter {
  private readonly sent: number[] = [];
  /** Nothing is sent before this time (ms): the API said to wait (`pauseFor`). */
  private resumeAt = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Sends nothing for `ms`: the workspace was answered 429 with this Retry-After before this tab
   * could ask (the server's own request for the first page, ADR 011).
   */
  pauseFor(ms: number) {
    this.resumeAt = Math.max(this.resumeAt, this.now() + ms);
  }

  /** Resolves when one more request may be sent; callers are served in order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn;
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.now();
      const second = 1000 + (this.options.marginMs ?? 0);
      const minute = 60_000 + (this.options.marginMs ?? 0);
      while (this.sent.length && now - (this.sent[0] ?? now) >= minute) this.sent.shift();
      const lastSecond = this.sent.filter((t) => now - t < second);
      // The send that must leave its window before one more fits: the perSecond-th most recent.
      const secondBlocker = lastSecond.at(-this.options.perSecond);
      const minuteBlocker = this.sent.at(-this.options.perMinute);
      const wait = Math.max(
        this.resumeAt - now,
        lastSecond.length >= this.options.perSecond && secondBlocker !== undefined ? secondBlocker + second - now : 0,
        this.sent.length >= this.options.perMinute && minuteBlocker !== undefined ? minuteBlocker + minute - now : 0,
      );
      if (wait <= 0) {
        this.sent.push(now);
        return;
      }
      await this.sleep(wait);
    }
  }
}
