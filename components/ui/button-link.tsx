import Link from "next/link";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
} as const;

export const buttonClass = (variant: keyof typeof VARIANTS = "secondary") =>
  `inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-semibold ${VARIANTS[variant]}`;

export function ButtonLink({
  href,
  variant = "secondary",
  children,
  ...rest
}: { href: string; variant?: keyof typeof VARIANTS; children: React.ReactNode } & Omit<
  React.ComponentProps<typeof Link>,
  "href" | "className"
>) {
  return (
    <Link href={href} className={buttonClass(variant)} {...rest}>
      {children}
    </Link>
  );
}
