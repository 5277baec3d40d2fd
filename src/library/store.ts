// The library's article folder: saving an article once. The same URL (canonical or fetched) or
// the same text is one article: a second copy is not saved, a changed text replaces the old file.
// Every file is written atomically, and the check-then-write runs under a lock, so two rknews
// saving at once, or one killed midway, leave whole files and no duplicates.
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { textHash } from '../corpus/hash';
import { writeFileAtomic } from '../store/atomicFile';
import { withFileLock } from '../store/lock';
import { processAlive } from '../store/processAlive';
import { bodyOf, readFrontMatterFields, renderArticleFile, type LibraryArticle } from './articleFile';
import { articleBaseName, urlKey } from './naming';

export type SaveStatus = 'added' | 'updated' | 'unchanged' | 'duplicate';

export interface SaveResult {
  status: SaveStatus;
  /** The file that holds the article (the earlier one for `unchanged` and `duplicate`). */
  path: string;
}

/** The same text, whatever its line breaks and spacing. */
function textKey(body: string): string {
  return textHash(body.replace(/\s+/g, ' ').trim());
}

/** A temporary file of atomicFile's: `.<name>.<pid>.<epoch ms>.tmp`. */
const TEMP = /^\..+\.(\d+)\.(\d+)\.tmp$/;

export class ArticleStore {
  private readonly byUrl = new Map<string, string>();
  private readonly byText = new Map<string, string>();
  private readonly textOf = new Map<string, string>();
  private readonly indexed = new Set<string>();

  constructor(readonly dir: string) {
    this.sweepTempFiles();
  }

  save(article: LibraryArticle, now = new Date()): SaveResult {
    return withFileLock(join(this.dir, '.articles'), () => {
      this.refresh();
      const body = bodyOf(article);
      const key = textKey(body);
      const urls = [article.meta.url?.value, article.fetchedUrl].filter((u): u is string => !!u).map(urlKey);
      const sameUrl = urls.map((u) => this.byUrl.get(u)).find((n) => n !== undefined);
      if (sameUrl !== undefined) {
        if (this.textOf.get(sameUrl) === key) return { status: 'unchanged', path: join(this.dir, sameUrl) };
        this.write(sameUrl, article, now);
        return { status: 'updated', path: join(this.dir, sameUrl) };
      }
      const sameText = this.byText.get(key);
      if (sameText !== undefined) return { status: 'duplicate', path: join(this.dir, sameText) };
      const name = this.freeName(
        articleBaseName({ outlet: article.meta.outlet?.value, date: article.meta.date?.value, headline: article.meta.headline?.value, url: article.fetchedUrl ?? article.feed ?? '' }),
      );
      this.write(name, article, now);
      return { status: 'added', path: join(this.dir, name) };
    });
  }

  private write(name: string, article: LibraryArticle, now: Date): void {
    const text = renderArticleFile(article, now);
    writeFileAtomic(join(this.dir, name), text);
    this.index(name, text);
  }

  private freeName(base: string): string {
    for (let n = 1; ; n++) {
      const name = `${base}${n === 1 ? '' : `-${n}`}.md`;
      if (!this.indexed.has(name) && !existsSync(join(this.dir, name))) return name;
    }
  }

  /** Indexes the files another process (or an earlier run) saved since the last look. */
  private refresh(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return; // no folder yet: nothing saved
    }
    for (const name of names) {
      if (name.startsWith('.') || !name.endsWith('.md') || this.indexed.has(name)) continue;
      try {
        this.index(name, readFileSync(join(this.dir, name), 'utf8'));
      } catch {
        // Unreadable or vanished meanwhile: the loader will name it; saving goes on without it.
      }
    }
  }

  private index(name: string, text: string): void {
    const { fields, body } = readFrontMatterFields(text);
    const old = this.textOf.get(name);
    if (old !== undefined && this.byText.get(old) === name) this.byText.delete(old);
    const key = textKey(body);
    this.textOf.set(name, key);
    if (!this.byText.has(key)) this.byText.set(key, name);
    for (const field of ['url', 'fetched-from']) {
      const url = fields.get(field);
      if (url) this.byUrl.set(urlKey(url), name);
    }
    this.indexed.add(name);
  }

  /** Removes what writes killed midway left (their process is gone); files being written by a live rknews stay. */
  private sweepTempFiles(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const m = TEMP.exec(name);
      if (!m || processAlive(Number(m[1]))) continue;
      try {
        unlinkSync(join(this.dir, name));
      } catch {
        // Removed by another rknews meanwhile.
      }
    }
  }
}
