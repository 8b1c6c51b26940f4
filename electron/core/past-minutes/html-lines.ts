// mammoth's HTML of a .docx as source lines: a paragraph or heading a line (a soft line break
// starts another), a list item a line with its marker («- »، «۱- ») as Word shows it, a table row
// a line with the paragraphs of each cell (a table inside a cell flattened into its paragraphs).
import { hasChildren, isTag as isElement, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { SourceLine } from '../../contract';
import { toPersianDigits } from '../../contract/persian-text';

type Node = ChildNode;
const isTag = (n: Node, ...names: string[]): n is Element => isElement(n) && names.includes(n.name);
const kids = (n: Node): Node[] => (hasChildren(n) ? n.children : []);

/** The text of an inline run, `<br>` as a line break. */
function text(n: Node): string {
  if (isText(n)) return n.data;
  if (isTag(n, 'br')) return '\n';
  return kids(n).map(text).join('');
}

const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote'];

/** The paragraphs of a block, flattened (for a table cell). */
function paragraphs(n: Node): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    for (const t of inline.split('\n')) if (t.trim() !== '') out.push(t.trim());
    inline = '';
  };
  for (const c of kids(n)) {
    if (isTag(c, ...BLOCKS, 'li', 'tr', 'td', 'th', 'tbody', 'thead')) {
      flush();
      out.push(...paragraphs(c));
    } else inline += text(c);
  }
  flush();
  return out;
}

function rows(table: Node): Node[] {
  return kids(table)
    .flatMap((c) => (isTag(c, 'tbody', 'thead', 'tfoot') ? kids(c) : [c]))
    .filter((c) => isTag(c, 'tr'));
}

function walk(n: Node, out: SourceLine[], list: { ordered: boolean; index: number } | null): void {
  if (isTag(n, 'table')) {
    for (const tr of rows(n)) {
      const cells = kids(tr)
        .filter((c) => isTag(c, 'td', 'th'))
        .map(paragraphs);
      out.push({ text: cells.map((c) => c.join(' ')).join('\t'), cells });
    }
    return;
  }
  if (isTag(n, 'ul', 'ol')) {
    const l = { ordered: isTag(n, 'ol'), index: 0 };
    for (const c of kids(n)) walk(c, out, l);
    return;
  }
  if (isTag(n, 'li')) {
    const marker = list?.ordered ? `${toPersianDigits(++list.index)}- ` : '- ';
    const own = kids(n).filter((c) => !isTag(c, 'ul', 'ol', 'table'));
    const lines = own.map(text).join('').split('\n');
    lines.forEach((t, i) => out.push({ text: i === 0 ? marker + t.trim() : t.trim(), cells: null }));
    for (const c of kids(n)) if (isTag(c, 'ul', 'ol', 'table')) walk(c, out, null);
    return;
  }
  if (isTag(n, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) {
    for (const t of text(n).split('\n')) out.push({ text: t.trim(), cells: null });
    return;
  }
  if (isText(n)) {
    const t = text(n).trim();
    if (t) out.push({ text: t, cells: null });
    return;
  }
  for (const c of kids(n)) walk(c, out, list);
}

export function htmlToLines(html: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const n of parseDocument(html).children) walk(n, out, null);
  return out;
}
