/**
 * The look of the app's buttons, shared by <Button> and by links and native-form
 * submit buttons that look like one. Apart from button.tsx (a client component) so
 * that server components can call buttonClass(): a function imported from a
 * "use client" module is only a reference on the server and cannot be called there.
 */
const VARIANTS = {
  primary: "bg-brand-700 font-semibold text-white hover:bg-brand-800",
  secondary: "border border-brand-700 font-semibold text-brand-800 hover:bg-brand-50",
  /** Acts at once and cannot be undone (erasing an account). */
  danger: "bg-red-700 font-semibold text-white hover:bg-red-800",
  /** A refusal beside a confirmation. */
  "danger-outline": "border border-red-700 font-semibold text-red-800 hover:bg-red-50",
  /** Beside the page's main actions (sign out). */
  quiet: "border border-slate-300 font-semibold text-ink hover:bg-slate-100",
  /** A minor step inside a form (cancel, remove a row): underlined text in the colour around it. */
  link: "underline hover:no-underline",
} as const;

const SIZES = {
  /** In a table row. */
  xs: "px-2 py-1 text-xs",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/**
 * The disabled look (dimmed, "not allowed" cursor) is not for a button that
 * <Button> holds disabled only until React has hydrated (data-hydrating): that
 * lasts a moment on every page, and every button would flash dimmed while it loads.
 */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "sm"): string {
  return `inline-flex items-center justify-center rounded-md disabled:not-data-hydrating:cursor-not-allowed disabled:not-data-hydrating:opacity-70 ${SIZES[size]} ${VARIANTS[variant]}`;
}
