import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LAST_SPACE_COOKIE, landingSpace, SPACE_HOME } from "@/lib/auth/spaces";
import { requireViewer } from "@/lib/auth/viewer";

/** The home of the last space used (remembered by the page, in the browser), else of the first one. */
export default async function HomePage() {
  const viewer = await requireViewer();
  const space = landingSpace(viewer.spaces, (await cookies()).get(LAST_SPACE_COOKIE)?.value);
  if (!space) redirect("/aucun-espace");
  redirect(SPACE_HOME[space]);
}
