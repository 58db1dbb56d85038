import { describe, expect, it } from 'vitest';
import { cpuBlockingTime, type TraceEvent } from './cpu-blocking-time';

const PAGE = { pid: 7, tid: 1 };
const thread: TraceEvent = { name: 'thread_name', ph: 'M', pid: 7, tid: 1, ts: 0, args: { name: 'CrRendererMain' } };
const paint: TraceEvent = { name: 'firstContentfulPaint', ph: 'I', pid: 7, tid: 1, ts: 1_000_000 };
const task = (startMs: number, wallMs: number, cpuMs: number, where = PAGE): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...where,
  ts: startMs * 1000,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});

describe('cpuBlockingTime', () => {
  it("counts each task's CPU time over 12.5 ms, four times, from the first paint on", () => {
    const events = [thread, paint, task(1_100, 120, 27), task(1_300, 40, 10), task(2_000, 30, 20)];
    // 4 × 27 − 50 = 58, 4 × 10 − 50 < 0, 4 × 20 − 50 = 30: wall time does not count.
    expect(cpuBlockingTime(events)).toBe(88);
  });

  it('leaves out tasks before the paint, after the window, and on other threads or pages', () => {
    const events = [
      thread,
      paint,
      task(900, 200, 200),
      task(7_000, 100, 100),
      task(1_200, 100, 100, { pid: 7, tid: 2 }),
      task(1_200, 100, 100, { pid: 8, tid: 1 }),
      task(1_500, 25, 25),
    ];
    expect(cpuBlockingTime(events)).toBe(50);
  });

  it('uses the wall time where the trace has no CPU time, and says when it cannot tell', () => {
    const { tdur: _omit, ...walled } = task(1_100, 30, 0);
    expect(cpuBlockingTime([thread, paint, walled])).toBe(70);
    expect(cpuBlockingTime([thread, task(1_100, 30, 30)])).toBeNull();
    expect(cpuBlockingTime([paint, task(1_100, 30, 30)])).toBeNull();
  });
});
