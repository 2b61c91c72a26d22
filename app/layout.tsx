import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { SITE } from "@/lib/site";
import { brand } from "@/tailwind.config";

export const metadata: Metadata = {
  title: { default: SITE.name, template: `%s · ${SITE.name}` },
  description: SITE.tagline,
  // app/icon.svg and app/manifest.ts serve /icon.svg and /manifest.webmanifest;
  // naming the icons here replaces Next's automatic links, so all are listed.
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  appleWebApp: { capable: true, title: SITE.name, statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: brand[700],
};

// Every page is rendered per request: its scripts carry that response's CSP
// nonce (proxy.ts), which a page prerendered at build time could not have.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="fr">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
