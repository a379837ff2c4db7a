/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
