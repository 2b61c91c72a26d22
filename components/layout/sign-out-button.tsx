"use client";

import { Button } from "@/components/ui/button";

// next-auth's client is loaded on the click only: every signed-in page carries
// this button, and its first load should not pay for a library used once.
async function leave() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/connexion" });
}

export function SignOutButton() {
  return (
    <Button variant="quiet" onClick={() => void leave()}>
      Se déconnecter
    </Button>
  );
}
