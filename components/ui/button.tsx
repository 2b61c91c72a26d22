"use client";

import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

/**
 * The app's buttons. The focus ring comes from app/globals.css (:focus-visible,
 * on every control); a pending button is disabled and says so (aria-busy)
 * while keeping its label, so that it keeps its accessible name.
 *
 * Disabled until React has hydrated the page: before that, an onClick does
 * nothing and a react-hook-form form (no method, no action) would be submitted
 * natively, a GET to the page's own URL with every field in the query string
 * (a password, on the sign-in form). A disabled default button (the form's first
 * submit button) also blocks its implicit submission (Enter in a field, HTML's
 * rule), and Playwright's click waits for an enabled button. `native`: the button submits a form that works
 * without JavaScript (method and action), so it must work at once.
 */
export function Button({
  variant = "primary",
  size = "sm",
  pending = false,
  native = false,
  type = "button",
  className = "",
  disabled,
  children,
  ...rest
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** The form is being sent: disabled until it answers. */
  pending?: boolean;
  /** Submits a form with method and action, which needs no JavaScript. */
  native?: boolean;
} & React.ComponentProps<"button">) {
  const hydrating = !useHydrated() && !native;
  const held = Boolean(disabled || pending);
  return (
    <button
      type={type}
      disabled={held || hydrating}
      aria-busy={pending || undefined}
      // Only when nothing else holds it: a button disabled for a reason looks it at once.
      data-hydrating={(hydrating && !held) || undefined}
      className={`${buttonClass(variant, size)} ${className}`.trim()}
      {...rest}
    >
      {children}
    </button>
  );
}
