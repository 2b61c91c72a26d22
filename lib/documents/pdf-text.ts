/**
 * The PDFs use the standard Helvetica (no font file to load, parse or embed:
 * the fastest documents, and every French letter — é, è, à, ç, œ, €, « » — is
 * in its WinAnsi encoding). A character outside it would print as a wrong
 * glyph, so names and addresses typed elsewhere ("Łukasz", "Ștefan", a
 * narrow no-break space from Intl) are brought to their closest WinAnsi form.
 */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "\u2002": " ",
  "\u2003": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2192": "->",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ħ: "H",
  ħ: "h",
  ı: "i",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code === 0x0a || code === 0x09) return true;
  if (code < 0x20 || code === 0x7f) return false;
  if (code <= 0x7e || (code >= 0xa0 && code <= 0xff)) return true;
  return WIN_ANSI_EXTRAS.has(char);
}

export function pdfText(value: string): string {
  let out = "";
  for (const char of value) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    // "Ș" is "S" + a combining comma: keep the letter when it is printable.
    const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out += [...base].every(isWinAnsi) && base ? base : "?";
  }
  return out;
}
