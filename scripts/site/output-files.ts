/**
 * Writing the output: every file the build writes goes through here, which
 * records its size and a hash of its content as it goes, so the offline
 * manifest never has to read the whole output back.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** One written file: its path relative to the site's root, its size and its content hash. */
export type FileRecord = [path: string, bytes: number, sha256: string];

export class OutputFiles {
  readonly records: FileRecord[] = [];
  readonly #folders = new Set<string>();

  /**
   * `atomic` writes each file beside itself and renames it into place, for a
   * folder that is being served while it changes (a watching session's).
   */
  constructor(
    readonly root: string,
    readonly atomic = false,
  ) {}

  /** `path` is relative to the site's root, with forward slashes. */
  write(path: string, content: string | Buffer): void {
    const file = this.#fileFor(path);
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    if (this.atomic) {
      writeFileSync(`${file}.writing`, bytes);
      renameSync(`${file}.writing`, file);
    } else writeFileSync(file, bytes);
    this.records.push([path, bytes.length, createHash("sha256").update(bytes).digest("hex")]);
  }

  /**
   * A file written a piece at a time, as its pieces are made: the largest
   * downloads at 100k entities are hundreds of megabytes, which as one string
   * and then one buffer were the build's peak memory.
   */
  writePieces(path: string, pieces: Iterable<string>): void {
    const file = this.#fileFor(path);
    const target = this.atomic ? `${file}.writing` : file;
    const fd = openSync(target, "w");
    const hash = createHash("sha256");
    let size = 0;
    let pending = "";
    const flush = () => {
      const bytes = Buffer.from(pending);
      writeSync(fd, bytes);
      hash.update(bytes);
      size += bytes.length;
      pending = "";
    };
    try {
      for (const piece of pieces) {
        pending += piece;
        // Pieces are often one CSV row: a write per megabyte, not per row.
        if (pending.length >= 1 << 20) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
    if (this.atomic) renameSync(target, file);
    this.records.push([path, size, hash.digest("hex")]);
  }

  #fileFor(path: string): string {
    const file = join(this.root, path);
    const folder = dirname(file);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    return file;
  }

  /** Records files another tool wrote (Pagefind, esbuild) under `folder`. */
  adopt(folder: string): void {
    for (const entry of readdirSync(join(this.root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const bytes = readFileSync(file);
      this.records.push([relative(this.root, file).split(sep).join("/"), bytes.length, createHash("sha256").update(bytes).digest("hex")]);
    }
  }

  adoptFile(path: string): void {
    const bytes = readFileSync(join(this.root, path));
    this.records.push([path, bytes.length, createHash("sha256").update(bytes).digest("hex")]);
  }
}
