import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SelfSignForm } from "@/components/attendance/self-sign-form";
import { ATTENDANCE_METHOD_LABELS } from "@/lib/attendance/labels";
import { getSelfSignPage } from "@/lib/attendance/self-sign";
import { requireParticipant } from "@/lib/auth/viewer";
import { formatDateTime, formatHour } from "@/lib/dates/paris";

export const metadata: Metadata = { title: "Signer ma présence" };

type Props = {
  params: Promise<{ slotId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SelfSignPage({ params, searchParams }: Props) {
  const viewer = await requireParticipant();
  const { slotId } = await params;
  const page = await getSelfSignPage(viewer, slotId);
  if (!page) notFound();
  const raw = (await searchParams).code;
  const code = typeof raw === "string" && /^\d{6}$/.test(raw) ? raw : "";
  return (
    <div className="flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">Signer ma présence</h1>
      <p>
        <span className="font-semibold">{page.sessionTitle}</span> (Réf : {page.reference})
        <br />
        Séance {page.slotTitle}, {formatHour(page.startsAt)} – {formatHour(page.endsAt)}
      </p>
      {page.signed ? (
        <p className="rounded-md bg-green-50 p-3 text-green-800">
          Présence enregistrée ({ATTENDANCE_METHOD_LABELS[page.signed.method]}
          {page.signed.signedAt ? `, ${formatDateTime(page.signed.signedAt)}` : ""}).
        </p>
      ) : page.frozen ? (
        <p>La feuille de cette séance est signée par le formateur : voyez avec lui.</p>
      ) : page.open ? (
        <SelfSignForm slotId={page.slotId} initialCode={code} />
      ) : (
        <p>
          La signature de cette séance n&apos;est pas ouverte (elle l&apos;est pendant la séance).
        </p>
      )}
    </div>
  );
}
