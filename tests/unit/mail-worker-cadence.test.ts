import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/*
 * The worker's two paces (lib/jobs/mail-worker): the due e-mails every minute,
 * the timed notices and reminders at the first tick and then every 15 minutes
 * (their pass reads every registration due). The queue and the notices are
 * replaced by counters; the clock is Vitest's.
 */
const calls = { resumed: 0, notices: 0 };
vi.mock("@/lib/mail/queue", () => ({
  resumeDueMail: async () => {
    calls.resumed += 1;
    return 0;
  },
  sendDueMail: async () => 0,
}));
vi.mock("@/lib/jobs/timed-notices", () => ({
  queueTimedNotices: async () => {
    calls.notices += 1;
  },
}));

describe("the mail worker's pace", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    calls.resumed = 0;
    calls.notices = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("resumes the due e-mails every minute and looks for timed notices every 15 minutes", async () => {
    const { startMailWorker } = await import("@/lib/jobs/mail-worker");
    startMailWorker();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toEqual({ resumed: 1, notices: 1 });
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(calls).toEqual({ resumed: 15, notices: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual({ resumed: 16, notices: 2 });
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(calls).toEqual({ resumed: 31, notices: 3 });
  });
});
