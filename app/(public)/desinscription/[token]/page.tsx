import type { Metadata } from "next";
import { UnsubscribeView } from "@/components/notifications/unsubscribe-view";
import { describeUnsubscribe } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = {
  title: "Désinscription des e-mails",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

/** Where an e-mail's "Ne plus recevoir ces e-mails" leads: no sign-in, the token says who and what. */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  return <UnsubscribeView token={token} status={await describeUnsubscribe(token)} />;
}
