import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { parisTime } from "@/lib/dates/paris";
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from "./ics";

const NOW = new Date("2026-03-12T08:15:00Z");

const events: CalendarEvent[] = [
  {
    uid: "slot-winter@parcours.test",
    // Winter time (UTC+1): 9h00-12h00 in Paris.
    start: parisTime(2026, 3, 20, 9, 0),
    end: parisTime(2026, 3, 20, 12, 0),
    summary: "Test Cycle 1ère année (Stage) – Journée 1",
    location:
      "CRFC Centre-Est – Espace Part-Dieu, 18 rue de la Villette, Immeuble Le Bonnel; 4e étage, 69003 Lyon",
    description: "Réf : 20230050\nAccès : Gare Part-Dieu à 5 minutes à pied (sortie Villette).",
    url: "https://parcours.example.fr/sessions/abc",
    status: "CONFIRMED",
  },
  {
    uid: "slot-summer@parcours.test",
    // Summer time (UTC+2), the day after the switch.
    start: parisTime(2026, 3, 30, 14, 0),
    end: parisTime(2026, 3, 30, 17, 30),
    summary: "FORMATION SAFIR 3 – FOCUS V4",
    location: "En ligne",
    description: `Lien de connexion : https://visio.example.fr/${"x".repeat(120)}`,
    status: "TENTATIVE",
  },
];

describe("iCalendar writer", () => {
  const text = buildCalendar(events, { now: NOW, name: "Mes sessions" });

  it("ends every line with CRLF and keeps every line within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    expect(lines.every((l) => !l.includes("\n") && !l.includes("\r"))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
  });

  it("folds without cutting a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n"))
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("escapes TEXT values", () => {
    expect(escapeText("a,b;c\\d\ne\r\nf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
  });

  it("declares Europe/Paris and writes TZID-ed times, a UID and a DTSTAMP", () => {
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20260320T090000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Paris:20260330T173000\r\n");
    expect(text).toContain("UID:slot-winter@parcours.test\r\n");
    expect(text.match(/^DTSTAMP:20260312T081500Z$/gm)).toHaveLength(2);
  });

  it("parses with an independent parser (ical.js) and round-trips the times and texts", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const timezone = calendar.getFirstSubcomponent("vtimezone")!;
    ICAL.TimezoneService.register(new ICAL.Timezone(timezone));
    const parsed = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(parsed).toHaveLength(2);
    parsed.forEach((event, i) => {
      const source = events[i]!;
      expect(event.uid).toBe(source.uid);
      expect(event.startDate.toJSDate().toISOString()).toBe(source.start.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(source.end.toISOString());
      expect(event.summary).toBe(source.summary);
      expect(event.location).toBe(source.location);
      expect(event.description).toBe(source.description);
    });
    expect(parsed[0]!.component.getFirstPropertyValue("url")).toBe(events[0]!.url);
    expect(parsed[1]!.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
  });

  it("writes Paris times whatever the server's own time zone", () => {
    const previous = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const other = buildCalendar(events, { now: NOW });
      expect(other).toContain("DTSTART;TZID=Europe/Paris:20260320T090000\r\n");
      expect(other).toContain("DTSTART;TZID=Europe/Paris:20260330T140000\r\n");
      expect(other).toContain("DTSTAMP:20260312T081500Z\r\n");
    } finally {
      process.env.TZ = previous;
    }
  });

  it("holds a feed of many events under one VTIMEZONE, with an escaped name and a refresh interval", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...events[i % 2]!,
      uid: `slot-${i}@parcours.test`,
    }));
    const feed = buildCalendar(many, {
      now: NOW,
      name: "Formateur, sessions\nà venir",
      refreshSeconds: 3600,
    });
    expect(feed.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(1);
    expect(feed.match(/^BEGIN:VEVENT$/gm)).toHaveLength(30);
    expect(feed).toContain("X-WR-CALNAME:Formateur\\, sessions\\nà venir\r\n");
    expect(feed).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    const parsed = new ICAL.Component(ICAL.parse(feed));
    expect(parsed.getAllSubcomponents("vevent").map((c) => c.getFirstPropertyValue("uid"))).toEqual(
      many.map((e) => e.uid),
    );
  });
});
