"use client";

import { useEffect } from "react";
import { LAST_SPACE_COOKIE, type Space } from "@/lib/auth/spaces";

/**
 * Remembers the space of the page the person opened, so that "/" and the next
 * sign-in land there. It runs in the browser once the page is shown: the proxy
 * cannot tell a visit from Next's prefetch of the header's links (Next strips
 * the prefetch headers before the proxy sees the request), and every space in
 * the switcher is prefetched, so remembering there kept the last one prefetched.
 */
export function RememberSpace({ space }: { space: Space }) {
  useEffect(() => {
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${LAST_SPACE_COOKIE}=${space}; path=/; max-age=${365 * 86_400}; samesite=lax${secure}`;
  }, [space]);
  return null;
}
