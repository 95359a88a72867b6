import { describe, expect, it } from 'vitest';
import { createProgressMeter, type DownloadProgress } from '../../src/iso/progress.js';

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createProgressMeter', () => {
  it('emits at most once per interval, plus a final event', () => {
    const clock = fakeClock();
    const events: DownloadProgress[] = [];
    const meter = createProgressMeter({
      startBytes: 0,
      total: 1000,
      onProgress: (p) => events.push(p),
      now: clock.now,
    });
    clock.advance(10);
    meter.update(10); // first update always shows
    for (let i = 0; i < 9; i++) {
      clock.advance(10);
      meter.update(20 + i);
    }
    expect(events).toHaveLength(1);
    clock.advance(10);
    meter.update(100);
    expect(events).toHaveLength(2);
    meter.finish(100);
    expect(events).toHaveLength(3);
  });

  it('computes rate from this session only and an ETA from the remainder', () => {
    const clock = fakeClock();
    const events: DownloadProgress[] = [];
    const meter = createProgressMeter({
      startBytes: 500,
      total: 2500,
      onProgress: (p) => events.push(p),
      now: clock.now,
    });
    clock.advance(2000);
    meter.finish(1500); // 1000 new bytes in 2 s
    expect(events).toEqual([{ bytes: 1500, total: 2500, rate: 500, etaSeconds: 2 }]);
  });

  it('omits total and ETA when the size is unknown, and rate 0 before time passes', () => {
    const clock = fakeClock();
    const events: DownloadProgress[] = [];
    const meter = createProgressMeter({ startBytes: 0, onProgress: (p) => events.push(p), now: clock.now });
    meter.finish(0);
    expect(events).toEqual([{ bytes: 0, rate: 0 }]);
  });
});
