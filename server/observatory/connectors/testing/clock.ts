// A fake clock shared by a test server and a connector: sleeping records the wait and moves time forward,
// so rate-limit windows reset without any real waiting.
export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Every wait the connector asked for, in order (ms). */
  waits: number[];
  advance(ms: number): void;
}

export function fakeClock(start = Date.parse('2026-11-24T10:00:00.000Z')): FakeClock {
  let time = start;
  const waits: number[] = [];
  return {
    now: () => time,
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
    waits,
    advance(ms) {
      time += ms;
    },
  };
}
