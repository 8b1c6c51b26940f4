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

/**
 * A table's rows with merged cells laid out on the grid, as Word shows them: a cell merged down
 * («مسئول پیگیری» shared by two resolutions) is in each row it spans; one merged across takes its
 * first column and leaves the others empty, so a column's index is the same in every row.
 */
function grid(table: Node): string[][][] {
  const out: string[][][] = [];
  const down = new Map<number, { paragraphs: string[]; rows: number }>();
  const span = (c: Node, name: string) => {
    const v = isElement(c) ? Number(c.attribs[name] ?? 1) : 1;
    return Number.isInteger(v) && v > 1 ? Math.min(v, 100) : 1;
  };
  for (const tr of rows(table)) {
    const cells: string[][] = [];
    const fill = () => {
      let pending = down.get(cells.length);
      while (pending) {
        cells.push([...pending.paragraphs]);
        if (--pending.rows === 0) down.delete(cells.length - 1);
        pending = down.get(cells.length);
      }
    };
    for (const td of kids(tr).filter((c) => isTag(c, 'td', 'th'))) {
      fill();
      const text = paragraphs(td);
      const across = span(td, 'colspan');
      const rowsDown = span(td, 'rowspan');
      for (let k = 0; k < across; k++) {
        const here = k === 0 ? text : [];
        if (rowsDown > 1) down.set(cells.length, { paragraphs: here, rows: rowsDown - 1 });
        cells.push(here);
      }
    }
    fill();
    out.push(cells.slice(0, 100));
  }
  return out;
}

interface List {
  ordered: boolean;
  index: number;
  depth: number;
}

/** Word numbers a list's first level «۱-»، «۲-» and, inside an item, its clauses «الف)»، «ب)». */
const CLAUSE_LETTERS = ['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش'];
function markerOf(list: List | null): string {
  if (!list?.ordered) return '- ';
  const n = ++list.index;
  return list.depth === 0 ? `${toPersianDigits(n)}- ` : `${CLAUSE_LETTERS[n - 1] ?? toPersianDigits(n)}) `;
}

function walk(n: Node, out: SourceLine[], list: List | null, depth = 0): void {
  if (isTag(n, 'table')) {
    for (const cells of grid(n)) out.push({ text: cells.map((c) => c.join(' ')).join('\t'), cells });
    return;
  }
  if (isTag(n, 'ul', 'ol')) {
    const l = { ordered: isTag(n, 'ol'), index: 0, depth };
    for (const c of kids(n)) walk(c, out, l, depth);
    return;
  }
  if (isTag(n, 'li')) {
    const marker = markerOf(list);
    const own = kids(n).filter((c) => !isTag(c, 'ul', 'ol', 'table'));
    const lines = own.map(text).join('').split('\n');
    lines.forEach((t, i) => out.push({ text: i === 0 ? marker + t.trim() : t.trim(), cells: null }));
    for (const c of kids(n)) if (isTag(c, 'ul', 'ol', 'table')) walk(c, out, null, depth + 1);
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
  for (const c of kids(n)) walk(c, out, list, depth);
}

export function htmlToLines(html: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const n of parseDocument(html).children) walk(n, out, null);
  return out;
}
