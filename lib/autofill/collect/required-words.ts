/**
 * The words a regular expression cannot match without: for `\bpass(?:word|wort)?\b|kennwort`,
 * "pass" or "kennwort". A text that holds none of them cannot match, so one cheap look for these
 * words can stand in for running many patterns. Understands the syntax the vocabulary uses:
 * literals and escapes, classes, groups, alternation, quantifiers and zero-width assertions.
 */

/** One of these words occurs in every match; undefined when no such word is known. */
type Required = string[] | undefined;

class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  alternation(): Required {
    const alternatives: Required[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.some((words) => words === undefined)) return undefined;
    return [...new Set(alternatives.flat() as string[])];
  }

  private sequence(): Required {
    const candidates: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.at < this.source.length) {
      const char = this.source[this.at] as string;
      if (char === '|' || char === ')') break;
      if (char === '(') {
        const group = this.group();
        endRun();
        if (!this.optional() && group) candidates.push(group);
        continue;
      }
      const literal = this.atom();
      const min = this.quantifier();
      if (literal === undefined) continue;
      if (literal === null || min === 0) {
        endRun();
        continue;
      }
      run += literal;
      if (min !== 1) endRun();
    }
    endRun();
    return best(candidates);
  }

  private group(): Required {
    this.at++;
    let lookaround = false;
    if (this.source[this.at] === '?') {
      lookaround = this.source[this.at + 1] !== ':';
      this.at += this.source[this.at + 2] === '<' && lookaround ? 3 : 2;
    }
    const words = this.alternation();
    this.at++;
    return lookaround ? undefined : words;
  }

  /**
   * The literal character an atom matches; null for a class of characters; undefined for a
   * zero-width assertion (\b, ^, $), which does not break a run of literals.
   */
  private atom(): string | null | undefined {
    const char = this.source[this.at++] as string;
    if (char === '^' || char === '$') return undefined;
    if (char === '.') return null;
    if (char === '[') {
      while (this.at < this.source.length && this.source[this.at] !== ']')
        this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return null;
    }
    if (char !== '\\') return char;
    const escaped = this.source[this.at++] as string;
    if (escaped === 'b' || escaped === 'B') return undefined;
    return /[a-zA-Z0-9]/.test(escaped) ? null : escaped;
  }

  /** The fewest times the atom before must occur: 1 without a quantifier. */
  private quantifier(): number {
    const char = this.source[this.at];
    let min = 1;
    if (char === '?' || char === '*') min = 0;
    else if (char === '+') min = 2;
    else if (char === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!match) return 1;
      this.at += match[0].length;
      const least = Number(match[1]);
      return least === 0 ? 0 : least === 1 && !match[2] ? 1 : 2;
    } else return 1;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  private optional(): boolean {
    const min = this.quantifier();
    return min === 0;
  }
}

/**
 * The first choice whose words all have four letters or more (a short word like "e" or "db" is
 * in too many texts), else the one whose shortest word is longest.
 */
function best(candidates: string[][]): Required {
  const shortest = (words: string[]) => Math.min(...words.map((word) => word.length));
  let chosen: string[] | undefined;
  for (const words of candidates) {
    if (shortest(words) >= 4) return words;
    if (!chosen || shortest(words) > shortest(chosen)) chosen = words;
  }
  return chosen;
}

/** The words `pattern` cannot match without; undefined when it can match without any word. */
export function requiredWords(pattern: RegExp): string[] | undefined {
  return new Reader(pattern.source).alternation();
}

/** The longest run of letters and digits (of any script) in a word: what it still requires, whatever the text's punctuation. */
function core(word: string): string {
  return (word.match(/[\p{L}\p{N}]+/gu) ?? []).reduce(
    (longest, part) => (part.length > longest.length ? part : longest),
    '',
  );
}

/**
 * One pattern that matches any text some of `patterns` could match (and more): each pattern's
 * required words cut to their longest run of letters and digits ("mot de passe" → "passe"), so
 * that it also matches the raw lower-case text the patterns see normalised ("Mot_de_passe",
 * "smtpHost"); minus words that contain another one.
 */
export function anyRequiredWord(patterns: readonly RegExp[]): RegExp {
  const words = new Set<string>();
  for (const pattern of patterns) {
    const required = requiredWords(pattern)?.map(core);
    if (!required || required.includes(''))
      throw new Error(`No word is required by ${pattern}: it cannot have a word pre-filter`);
    for (const word of required) words.add(word);
  }
  const kept = [...words].filter((word) => ![...words].some((other) => other !== word && word.includes(other)));
  return new RegExp(alternativesByPrefix(kept));
}

/**
 * `host|hote|http` as `h(?:o(?:st|te)|ttp)`: a regular expression engine drops a whole branch at
 * its first letter, instead of trying each word at each place in the text.
 */
function alternativesByPrefix(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const first = word.slice(0, 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) =>
    rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${alternativesByPrefix(rests)})`,
  );
  return branches.join('|');
}
