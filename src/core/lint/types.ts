/**
 * The one message shape every lint rule produces (../shared/design/CONTRACT.md),
 * mapped once to a VS Code Diagnostic and once to each CLI format.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A text edit on the linted document: replace [start, end) (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix the user can apply: a short title and the edits it makes. */
export interface Fix {
  /** Short, predictable title shown in the light bulb, in the user's UI language. */
  title: string;
  edits: TextEdit[];
}

export interface LintMessage {
  /** A rule id from the contract: "outdated-term", "misquote", … */
  ruleId: string;
  severity: Severity;
  /** 1-based; endColumn is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the same range (UTF-16, half-open), for editors and fixes. */
  start: number;
  end: number;
  message: string;
  /** Canonical citations behind the message ("[@ks2021, lp. 3.5.1]"); empty where none applies. */
  evidence: string[];
  /** The preferred fix, if one makes sense. */
  fix?: Fix;
  /** Further alternative fixes (e.g. several nearest locators); the editor offers each. */
  suggestions?: Fix[];
}

export interface LintResult {
  file: string;
  messages: LintMessage[];
}
