/**
 * No English written straight into the JSX of a translated folder: every text a person reads
 * (element text, aria-label, title, placeholder, alt, label, and strings chosen inside `{...}`) comes
 * from a catalog, so a new English-only string fails here instead of showing up in Finnish screens.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');

/** The folders whose screens are translated (relative to renderer/src). */
const COVERED = ['app', 'ui', 'charts', 'filter', 'practices/table', 'practices/page', 'analysis', 'import', 'merge', 'quality'];

/** Names and codes that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['AutoCredify', 'Mapper', 'CSV', 'XLSX', 'PDF', 'PNG', 'SVG', 'JSON', 'ECTS', 'EQF', 'Ctrl', 'Shift', 'Esc', 'Enter', 'Tab', 'kappa', 'alpha', 'n', 'v', 'x']);

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

/** Words a person would read in English: two letters or more, not a name or code. */
function isEnglish(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.some((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
}

/** The literal texts an expression can evaluate to (through ?:, &&, ||, ??, parentheses, templates). */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return literalTexts(node.right);
  }
  return [];
}

function bareTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(SRC, file)}:${line + 1}: ${text.trim().replace(/\s+/g, ' ')}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isEnglish(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const { initializer } = node;
      const value = ts.isStringLiteral(initializer) ? [initializer.text] : ts.isJsxExpression(initializer) && initializer.expression ? literalTexts(initializer.expression) : [];
      for (const text of value) if (isEnglish(text)) report(node, text);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      for (const text of literalTexts(node.expression)) if (isEnglish(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('translated folders', () => {
  for (const folder of COVERED) {
    it(`${folder}/ has no English text written into its JSX`, () => {
      expect(filesUnder(join(SRC, folder)).flatMap(bareTexts)).toEqual([]);
    });
  }
});
