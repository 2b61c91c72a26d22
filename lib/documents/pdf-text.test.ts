import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text";

describe("PDF text in the standard font's encoding", () => {
  it("keeps French text as it is", () => {
    const french = "Élève à l'œuvre, ça coûte 12 € « TTC » – déjà… Ÿ ‘’ “”";
    expect(pdfText(french)).toBe(french);
  });

  it("brings other letters and spaces to their closest printable form", () => {
    expect(pdfText("Łukasz Ștefan Đorđe")).toBe("Lukasz Stefan Dorde");
    expect(pdfText("10\u202f000 ≥ 2")).toBe("10 000 >= 2");
    expect(pdfText("日本")).toBe("??");
  });
});
