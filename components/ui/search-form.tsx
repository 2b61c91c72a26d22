import type { ReactNode } from "react";
import { Button } from "./button";
import { Field } from "./field";

/**
 * The one-field search above a list (GET, `?q=`): its label, the field and
 * "Rechercher". `children` are hidden fields that keep the list's other
 * parameters (the tab it is on); `inputClassName` sizes the field.
 */
export function SearchForm({
  action,
  id,
  label,
  defaultValue,
  maxLength,
  inputClassName,
  children,
}: {
  action: string;
  id: string;
  label: string;
  defaultValue: string;
  maxLength?: number;
  inputClassName: string;
  children?: ReactNode;
}) {
  return (
    <form role="search" method="get" action={action} className="flex flex-wrap items-end gap-2">
      {children}
      <Field htmlFor={id} label={label}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={maxLength}
          className={`rounded-md border border-slate-400 ${inputClassName}`}
        />
      </Field>
      <Button variant="secondary" type="submit" native>
        Rechercher
      </Button>
    </form>
  );
}
