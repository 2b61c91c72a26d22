import { Text } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/dates/paris";
import { A4Pages, styles, t } from "@/lib/documents/pdf-parts";

/** The page every PDF of the stage shares: the council, the title, the date it was printed. */
export function StagePdf({
  title,
  councilName,
  heading,
  subtitle,
  children,
}: {
  title: string;
  councilName: string;
  heading: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <A4Pages title={title}>
      <Text style={styles.small}>{t(councilName)}</Text>
      <Text style={styles.title}>{t(heading)}</Text>
      <Text style={styles.subtitle}>{t(subtitle)}</Text>
      {children}
      <Text style={styles.footer} fixed>
        {t(`Édité par Parcours le ${formatDateTime(new Date())}`)}
      </Text>
    </A4Pages>
  );
}
