/** A highlighted title as safe HTML: everything escaped, then only the engine's <mark> tags restored. */
export function highlightedHtml(highlighted: string): string {
  const escaped = highlighted.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
  return escaped.replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>")
}
