/** Example queries: cypher/examples/*.cypher, bundled at build time. A leading `// Title` line names one. */

export interface Example {
  title: string;
  query: string;
}

const files = import.meta.glob('../../../cypher/examples/*.cypher', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function titleOf(path: string, text: string): string {
  const comment = /^\s*\/\/\s*(.+)$/m.exec(text.split('\n')[0] ?? '');
  if (comment) return comment[1]!.trim();
  const name = path.split('/').at(-1)!.replace(/\.cypher$/, '');
  return name.replace(/[-_]+/g, ' ').replace(/^\w/, (first) => first.toUpperCase());
}

export const EXAMPLES: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => ({ title: titleOf(path, text), query: text.trim() }));
