"use client";

// next-auth's client is loaded on the click only: every signed-in page carries
// this button, and its first load should not pay for a library used once.
async function leave() {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/connexion" });
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void leave()}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-ink hover:bg-slate-100"
    >
      Se déconnecter
    </button>
  );
}
