import Link from "next/link";
import type { Space } from "@/lib/auth/spaces";
import { SITE } from "@/lib/site";
import { RememberSpace } from "./remember-space";
import { SignOutButton } from "./sign-out-button";
import { SpaceSwitcher } from "./space-switcher";

export function SiteHeader({
  userName,
  spaces,
  current,
}: {
  userName: string;
  spaces: Space[];
  current: Space;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          {SITE.name}
        </Link>
        <SpaceSwitcher spaces={spaces} current={current} />
        {spaces.length > 1 ? <RememberSpace space={current} /> : null}
        <div className="flex items-center gap-3">
          <p className="text-sm text-ink">
            <span className="sr-only">Connecté en tant que </span>
            {userName}
          </p>
          <Link
            href="/notifications"
            className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            Mes notifications
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
