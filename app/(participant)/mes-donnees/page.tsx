import type { Metadata } from "next";
import { MyDataView } from "@/components/privacy/my-data-view";
import { requireParticipant } from "@/lib/auth/viewer";
import { erasureBlocker } from "@/lib/privacy/eligibility";

export const metadata: Metadata = { title: "Mes données" };

export default async function MyDataPage() {
  const participant = await requireParticipant();
  return <MyDataView erasureBlocker={erasureBlocker(participant)} />;
}
