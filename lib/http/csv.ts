/**
 * CSV for French spreadsheets: semicolon separators, CRLF line ends, a UTF-8
 * BOM so accents open correctly, and cells that could start a formula escaped
 * (CSV injection).
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
