import { redirect } from "next/navigation";
import { SPACE_HOME } from "@/lib/auth/spaces";
import { requireViewer } from "@/lib/auth/viewer";

/** The home of the first space the user may enter. */
export default async function HomePage() {
  const viewer = await requireViewer();
  const space = viewer.spaces[0];
  if (!space) redirect("/aucun-espace");
  redirect(SPACE_HOME[space]);
}
