/** What may cost the stagiaire months of stage, in plain words. */
export function RiskList({ risks }: { risks: string[] }) {
  if (risks.length === 0) {
    return (
      <p className="text-green-800">Rien n&apos;est en retard ni à remettre dans les deux mois.</p>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {risks.map((risk) => (
        <li
          key={risk}
          className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950"
        >
          {risk}
        </li>
      ))}
    </ul>
  );
}
