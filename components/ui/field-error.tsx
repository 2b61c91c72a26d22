import type { FieldError as HookFieldError } from "react-hook-form";

/**
 * A form field's error (react-hook-form's), printed under the field.
 * `fieldErrorProps` marks the field invalid and names the message in its
 * aria-describedby, so a screen reader reads the error with the field;
 * `FieldError` prints the message (nothing while there is none). Both take
 * the message's id and the field's error.
 */
export function fieldErrorProps(id: string, error: HookFieldError | undefined) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? id : undefined,
  };
}

export function FieldError({ id, error }: { id: string; error: HookFieldError | undefined }) {
  return error ? (
    <p id={id} className="text-sm text-red-800">
      {error.message}
    </p>
  ) : null;
}
