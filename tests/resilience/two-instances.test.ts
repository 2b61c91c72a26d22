import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHandle, type Db } from "../../lib/db/client";
import type { DatabaseTarget } from "../../lib/db/target";
import { copyDatabase, dropDatabase } from "../support/databases";
import { actionId, callAction, sessionCookie, stopInstance, type Instance } from "./support/app";
import { launchHealthy, mailFigures, PORTS, signIn, waitFor } from "./support/cluster";
import {
  acknowledged,
  createSubmitters,
  pool,
  queueMails,
  storedSubmissions,
} from "./support/fixtures";
import { startMailbox, type Mailbox } from "./support/mailbox";
import { recordLine, StatusTally } from "./support/report";

/*
 * Two instances of the production server on one PostgreSQL database, as a
 * host with several instances runs them (RATE_LIMIT_STORE=database, each with
 * its mail worker): the sign-in limits hold across both, 200 questionnaire
 * submissions spread over both (a fifth of them sent to both at once, as a
 * client retrying on another instance) are stored once each, and the two mail
 * workers send each queued e-mail once.
 */
let target: DatabaseTarget;
let db: Db;
let close: () => Promise<void>;
let mailbox: Mailbox;
const instances: Instance[] = [];
const WORKER = { MAIL_WORKER_INTERVAL_MS: "2000" };

beforeAll(async () => {
  target = await copyDatabase(inject("seededTemplate"));
  if (target.kind !== "postgres") throw new Error("PostgreSQL attendu");
  const handle = await createHandle(target);
  db = handle.prisma;
  close = () => handle.prisma.$disconnect();
  mailbox = await startMailbox(PORTS.smtp);
  instances.push(
    ...(await Promise.all([
      launchHealthy("A", target.url, WORKER),
      launchHealthy("B", target.url, WORKER),
    ])),
  );
});

afterAll(async () => {
  await Promise.all(instances.map((i) => stopInstance(i)));
  await mailbox?.close();
  await close?.();
  if (target) await dropDatabase(target);
});

describe("two instances, one database", () => {
  it("blocks the sixth failed sign-in whichever instance gets it", async () => {
    const [a, b] = instances as [Instance, Instance];
    const tally = new StatusTally();
    const email = "participant2@demo.test";
    const outcomes: string[] = [];
    // Five failures alternate between the instances, each from another address.
    for (let i = 0; i < 5; i++) {
      const r = await signIn(
        i % 2 === 0 ? a : b,
        email,
        "mauvais-mot-de-passe",
        `203.0.113.${10 + i}`,
      );
      tally.add(r.status);
      outcomes.push(r.outcome);
    }
    // Then the right password, on each instance: both refuse while the block lasts.
    for (const instance of [b, a]) {
      const r = await signIn(instance, email, "parcours-demo", "198.51.100.7");
      tally.add(r.status);
      outcomes.push(r.outcome);
    }
    expect(outcomes.slice(0, 4)).toEqual(Array(4).fill("CredentialsSignin"));
    expect(outcomes.slice(4)).toEqual(["bloqué", "bloqué", "bloqué"]);
    recordLine({
      scenario: "1. Two instances: 6th failed sign-in (A/B alternately)",
      requests: tally.requests,
      errors: tally.errors,
      rowsExpected: null,
      rowsFound: null,
      mailsExpected: null,
      mailsSent: null,
      note: `attempts 5-7 blocked on ${outcomes.slice(4).length} of 3 (both instances)`,
    });
  });

  it("stores 200 submissions spread over both exactly once, and sends each queued mail once", async () => {
    const [a, b] = instances as [Instance, Instance];
    const submitters = await createSubmitters(db, 200, "deux");
    const mails = await queueMails(db, 100, "deux");
    expect(mails).toHaveLength(100);
    const submit = actionId(inject("resilienceAppDir"), "submitQuestionnaire");
    const tally = new StatusTally();
    const acked = new Set<string>();
    await pool(submitters, 16, async (s, i) => {
      const cookie = await sessionCookie(s.userId);
      const targets = i % 5 === 0 ? [a, b] : [i % 2 === 0 ? a : b];
      const answers = await Promise.all(
        targets.map((instance) =>
          callAction(instance.origin, s.page, submit, [s.input], cookie).catch(() => null),
        ),
      );
      for (const answer of answers) {
        tally.add(answer?.status ?? "réseau");
        if (answer && acknowledged(answer)) acked.add(s.registrationId);
      }
    });
    const stored = await storedSubmissions(
      db,
      submitters.map((s) => s.registrationId),
    );
    const doubled = [...stored.values()].filter((n) => n > 1).length;
    expect(acked.size).toBe(200);
    expect(stored.size).toBe(200);
    expect(doubled).toBe(0);

    // Both workers run every 2 s; the queue drains, each job claimed by one of them.
    await waitFor(async () => (await mailFigures(db, mailbox)).pending === 0, 90_000, "file vidée");
    const figures = await mailFigures(db, mailbox);
    expect(figures.failed).toBe(0);
    expect(figures.sent).toBe(figures.expected);
    expect(figures.repeatedDeliveries).toBe(0);
    expect(figures.strays).toBe(0);
    recordLine({
      scenario: "1. Two instances: 200 submissions (40 sent to both) + 100 queued mails",
      requests: tally.requests,
      errors: tally.errors,
      rowsExpected: 200,
      rowsFound: [...stored.values()].reduce((s, n) => s + n, 0),
      mailsExpected: figures.expected,
      mailsSent: figures.sent + figures.repeatedDeliveries,
      note: `${acked.size} acknowledged; doubled rows ${doubled}; repeated mails ${figures.repeatedDeliveries}`,
    });
  });
});
