import type { Config } from "tailwindcss";

// Tailwind 4 is configured from CSS; app/globals.css loads this file with
// @config so the theme (brand colours with AA contrast on white) lives here.
/** Exported for what is painted outside CSS: the web manifest's and the browser bar's colour. */
export const brand = {
  50: "#eef4fb",
  100: "#d6e4f5",
  600: "#1f5fa8",
  700: "#184c87",
  800: "#123a68",
  900: "#0d2a4b",
} as const;

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand,
        ink: {
          DEFAULT: "#1b1f24",
          muted: "#4a5360",
        },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
    },
  },
};

export default config;
