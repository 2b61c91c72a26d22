import Markdown from "react-markdown";

/**
 * The unit's text. Markdown written by the organization; raw HTML is not
 * rendered (react-markdown's default), so a unit cannot inject scripts.
 */
export function UnitContent({ content }: { content: string }) {
  return (
    <div className="flex flex-col gap-3 leading-relaxed [&_blockquote]:border-l-4 [&_blockquote]:border-brand-600 [&_blockquote]:bg-brand-50 [&_blockquote]:p-3 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_a]:underline">
      <Markdown>{content}</Markdown>
    </div>
  );
}
