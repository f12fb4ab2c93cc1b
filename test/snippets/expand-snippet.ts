/**
 * A small, strict reader of VS Code snippet syntax for tests: expands a snippet
 * the way VS Code would on insertion (placeholders → their default, choices →
 * the first option) and lists the tabstops. Throws on syntax VS Code would read
 * differently from literal text (an unescaped `$` before a name, a stray `}`
 * inside a placeholder...).
 */
export interface Expanded {
  text: string;
  tabstops: number[];
  placeholders: { n: number; value: string }[];
  choices: { n: number; options: string[] }[];
}

export function expandSnippet(src: string): Expanded {
  let i = 0;
  const out: Expanded = { text: '', tabstops: [], placeholders: [], choices: [] };
  const defaults = new Map<number, string>();
  const mirrors: { at: number; n: number }[] = [];

  function readUntil(stop: string | undefined): string {
    let s = '';
    while (i < src.length) {
      const ch = src[i];
      if (ch === '\\') {
        const nx = src[i + 1];
        if (nx === '$' || nx === '}' || nx === '\\') {
          s += nx;
          i += 2;
          continue;
        }
        s += ch;
        i += 1;
        continue;
      }
      if (stop && ch === stop) return s;
      if (ch === '}' && stop === undefined) {
        // A lone } outside placeholders is literal in VS Code, but our renderer always escapes it.
        throw new Error(`unescaped } at ${i}`);
      }
      if (ch === '$') {
        s += readDollar(s.length, s);
        continue;
      }
      s += ch;
      i += 1;
    }
    if (stop) throw new Error(`unterminated placeholder, expected ${stop}`);
    return s;
  }

  function readDollar(_pos: number, _acc: string): string {
    // at '$'
    const rest = src.slice(i);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      i += m[0].length;
      const n = Number(m[1]);
      out.tabstops.push(n);
      return `\u0000${n}\u0000`;
    }
    m = /^\$\{(\d+)([:|}])/.exec(rest);
    if (m) {
      i += m[0].length;
      const n = Number(m[1]);
      out.tabstops.push(n);
      if (m[2] === '}') return `\u0000${n}\u0000`;
      if (m[2] === ':') {
        const v = readUntil('}');
        i += 1; // }
        out.placeholders.push({ n, value: v });
        defaults.set(n, v);
        return v;
      }
      // choice
      const options: string[] = [];
      let cur = '';
      while (i < src.length) {
        const ch = src[i];
        if (ch === '\\' && /[,|\\$}]/.test(src[i + 1] ?? '')) {
          cur += src[i + 1];
          i += 2;
          continue;
        }
        if (ch === ',') {
          options.push(cur);
          cur = '';
          i += 1;
          continue;
        }
        if (ch === '|' && src[i + 1] === '}') {
          options.push(cur);
          i += 2;
          out.choices.push({ n, options });
          defaults.set(n, options[0]);
          return options[0];
        }
        cur += ch;
        i += 1;
      }
      throw new Error('unterminated choice');
    }
    if (/^\$[A-Za-z_{]/.test(rest)) throw new Error(`unescaped $ would start a variable at ${i}: ${rest.slice(0, 20)}`);
    // A $ not followed by a name or number is literal in VS Code; our renderer escapes it anyway.
    throw new Error(`unescaped $ at ${i}`);
  }

  let text = readUntil(undefined);
  void mirrors;
  text = text.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => defaults.get(Number(n)) ?? '');
  out.text = text;
  return out;
}
