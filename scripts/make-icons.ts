/**
 * Draws the app's icons from app/icon.svg (the favicon Next serves at /icon.svg):
 * the PNGs a phone's home screen needs and a favicon.ico for browsers that ask
 * for /favicon.ico without reading the page. Chromium renders the SVG, so the
 * PNGs look like the favicon; the outputs are committed, run this again only
 * when the icon changes:  npx tsx scripts/make-icons.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const source = readFileSync(path.join(root, "app/icon.svg"), "utf8");

const background = source.match(/fill="(#[0-9a-f]{6})"/i)?.[1];
const glyph = source.match(/<path[^>]*\/>/)?.[0];
if (!background || !glyph) throw new Error("app/icon.svg: expected a filled rect and one path");

/**
 * The same letter on a square without rounded corners, smaller: a maskable icon
 * must keep what matters within the centre circle of 80 % (the launcher cuts the
 * rest), and iOS rounds the apple-touch-icon's corners itself (transparent
 * corners would turn black). The letter's box is centred on (16.75, 16).
 */
function fullBleed(scale: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" fill="${background}"/>` +
    `<g transform="translate(16 16) scale(${scale}) translate(-16.75 -16)">${glyph}</g></svg>`
  );
}

const OUTPUTS: { file: string; size: number; svg: string }[] = [
  { file: "public/icons/icon-192.png", size: 192, svg: source },
  { file: "public/icons/icon-512.png", size: 512, svg: source },
  { file: "public/icons/maskable-192.png", size: 192, svg: fullBleed(0.7) },
  { file: "public/icons/maskable-512.png", size: 512, svg: fullBleed(0.7) },
  { file: "public/apple-touch-icon.png", size: 180, svg: fullBleed(0.85) },
];
const FAVICON_SIZES = [16, 32, 48];

/** An .ico file may hold PNG images as they are (Windows Vista and every browser since). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 0 means 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const browser = await chromium.launch({
    // Debian's Chromium where it exists (as playwright.config.ts), Playwright's own elsewhere.
    executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)),
  });
  const page = await browser.newPage();
  async function render(svg: string, size: number): Promise<Buffer> {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    return page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
  for (const { file, size, svg } of OUTPUTS) {
    writeFileSync(path.join(root, file), await render(svg, size));
  }
  const favicons = [];
  for (const size of FAVICON_SIZES) favicons.push({ size, png: await render(source, size) });
  writeFileSync(path.join(root, "public/favicon.ico"), ico(favicons));
  await browser.close();
}

await main();
