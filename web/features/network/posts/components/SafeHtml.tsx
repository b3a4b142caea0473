// HTML rendered by the server from Markdown (raw HTML escaped, links restricted to safe schemes, no remote
// images): the one place posts and comments put it into the page.
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (server/network/core/markdown.ts)
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
