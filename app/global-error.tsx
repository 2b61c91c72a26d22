"use client";

import "./globals.css";
import { ServerError } from "@/components/ui/server-error";

/** The root layout itself failed: this replaces it, so it brings its own html and body. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="fr">
      <body className="min-h-screen font-sans antialiased">
        <ServerError digest={error.digest} onRetry={() => window.location.reload()} />
      </body>
    </html>
  );
}
