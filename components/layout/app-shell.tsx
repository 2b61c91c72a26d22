import type { Space } from "@/lib/auth/spaces";
import type { Viewer } from "@/lib/auth/viewer";
import { SectionNav, type NavItem } from "./section-nav";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, the space's navigation, the main landmark and the footer. */
export function AppShell({
  viewer,
  space,
  navLabel,
  nav,
  children,
}: {
  viewer: Viewer;
  space: Space;
  navLabel: string;
  nav: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <>
      <a href="#contenu" className="skip-link">
        Aller au contenu
      </a>
      <SiteHeader
        userName={`${viewer.firstName} ${viewer.lastName}`}
        spaces={viewer.spaces}
        current={space}
      />
      <SectionNav label={navLabel} items={nav} />
      <main id="contenu" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
