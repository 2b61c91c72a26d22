import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes separators and escapes formulas", () => {
    const csv = toCsv(
      ["Titre", "Heures"],
      [
        ["Fiscal; social", 7],
        ['=HYPERLINK("x")', null],
      ],
    );
    expect(csv).toBe('\ufeffTitre;Heures\r\n"Fiscal; social";7\r\n"\'=HYPERLINK(""x"")";\r\n');
  });
});
