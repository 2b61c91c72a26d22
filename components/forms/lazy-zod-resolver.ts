import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver whose zod schema is loaded on demand. The
 * browser's check is a comfort (the server parses every payload again with
 * the same schema), and zod with its resolver weighs about 50 kB gzipped:
 * kept out of the page's first load, they arrive in their own chunk, fetched
 * by `preload()` once the page is interactive or at the first check.
 */
export type LazyResolver<T extends FieldValues> = Resolver<T> & { preload: () => Promise<void> };

export function lazyZodResolver<T extends FieldValues>(
  loadSchema: () => Promise<z.ZodType>,
  options: { raw?: boolean } = {},
): LazyResolver<T> {
  let ready: Promise<Resolver<T>> | undefined;
  const load = () =>
    (ready ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => {
        // zodResolver's overloads cannot see T through the lazy schema.
        const make = zodResolver as unknown as (
          schema: z.ZodType,
          schemaOptions: undefined,
          resolverOptions: { raw: boolean },
        ) => Resolver<T>;
        return make(schema, undefined, { raw: options.raw ?? false });
      },
    ));
  const resolver: Resolver<T> = async (values, context, opts) =>
    (await load())(values, context, opts);
  return Object.assign(resolver, {
    preload: async () => {
      await load();
    },
  });
}
