import Link from "next/link";
import { buttonClass as classFor, type ButtonVariant } from "./button-class";

/** A button's look for a link; outlined unless told (most links are secondary actions). */
export const buttonClass = (variant: ButtonVariant = "secondary") => classFor(variant);

/** A link that looks like a button (the action leads to a page or a file). */
export function ButtonLink({
  href,
  variant = "secondary",
  children,
  ...rest
}: { href: string; variant?: ButtonVariant; children: React.ReactNode } & Omit<
  React.ComponentProps<typeof Link>,
  "href" | "className"
>) {
  return (
    <Link href={href} className={buttonClass(variant)} {...rest}>
      {children}
    </Link>
  );
}
