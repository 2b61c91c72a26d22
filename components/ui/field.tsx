import type { ReactNode } from "react";

/**
 * A labelled form field: the label above its control (`htmlFor` names the
 * control's id), then the control and whatever follows it (its FieldError).
 * `className` lays the field out (a width in a grid, for instance).
 */
export function Field({
  htmlFor,
  label,
  className = "flex flex-col gap-1",
  children,
}: {
  htmlFor: string;
  label: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}
