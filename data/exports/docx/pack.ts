/**
 * A docx Document as the bytes of a .docx file, synchronously. The docx package compiles a
 * document to its parts synchronously and zips them with fflate's zipSync, but only offers that
 * behind a Promise (Packer.pack); our operations answer synchronously (dispatch, the job worker,
 * the command line), so the same two steps are taken here: its compiler, then fflate. docx is
 * pinned (package.json), and data/exports/docx/docx.test.ts reads every file back.
 */
import { Packer, type Document } from 'docx';
import { zipSync } from 'fflate';

interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

export function packDocx(document: Document): Uint8Array {
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  const files = compiler.compile(document);
  const encoder = new TextEncoder();
  return zipSync(Object.fromEntries([...files].map(([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : data])), {
    level: 6,
    // A fixed time: the same document gives the same bytes.
    mtime: new Date('2026-01-01T00:00:00Z'),
  });
}
