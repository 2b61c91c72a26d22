/**
 * The app's buttons. The focus ring comes from app/globals.css (:focus-visible,
 * on every control); a pending button is disabled and says so (aria-busy)
 * while keeping its label, so that it keeps its accessible name.
 */
const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  /** Acts at once and cannot be undone (erasing an account). */
  danger: "bg-red-700 text-white hover:bg-red-800",
  /** A refusal beside a confirmation. */
  "danger-outline": "border border-red-700 text-red-800 hover:bg-red-50",
  /** Beside the page's main actions (sign out). */
  quiet: "border border-slate-300 font-medium text-ink hover:bg-slate-100",
} as const;

const SIZES = {
  /** In a table row. */
  xs: "px-2 py-1 text-xs",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "sm"): string {
  return `inline-flex items-center justify-center rounded-md font-semibold disabled:cursor-not-allowed disabled:opacity-70 ${SIZES[size]} ${VARIANTS[variant]}`;
}

export function Button({
  variant = "primary",
  size = "sm",
  pending = false,
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
} & React.ComponentProps<"button">) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`${buttonClass(variant, size)} ${className}`.trim()}
      {...rest}
    >
      {children}
    </button>
  );
}
