// Running LibreOffice headless for the office-suite tests and the screenshot script.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function which(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function findSoffice(): string | undefined {
  return which('soffice') ?? which('libreoffice');
}

/** A LibreOffice with a private profile (its own user installation), removed by `dispose`. */
export class Office {
  readonly profile = fs.mkdtempSync(path.join(os.tmpdir(), 'itu-lo-profile-'));

  constructor(readonly soffice: string) {}

  /** Converts `input` to `format` (`fodt`, `docx`, `pdf` …) into `outDir`; returns the output path. */
  convert(input: string, format: string, outDir: string): string {
    fs.mkdirSync(outDir, { recursive: true });
    const result = spawnSync(
      this.soffice,
      [`-env:UserInstallation=file://${this.profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const output = path.join(outDir, `${path.basename(input, path.extname(input))}.${format.split(':')[0]}`);
    if (result.status !== 0 || !fs.existsSync(output)) {
      throw new Error(`soffice --convert-to ${format} ${input} failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}`);
    }
    return output;
  }

  dispose(): void {
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

export interface ChangedRegion {
  id: string;
  kind: 'insertion' | 'deletion' | 'format-change';
  author: string;
  /** The text the change covers, paragraph breaks as `\n`. */
  text: string;
}

/** The tracked changes of a flat ODT (`.fodt`) as LibreOffice wrote them. */
export function trackedChanges(fodt: string): ChangedRegion[] {
  const block = /<text:tracked-changes[^>]*>([\s\S]*?)<\/text:tracked-changes>/.exec(fodt)?.[1] ?? '';
  const body = fodt.slice(fodt.indexOf('</text:tracked-changes>'));
  return [...block.matchAll(/<text:changed-region\b[^>]*\btext:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)].map((m) => {
    const [, id, inner] = m;
    const kind = /<text:(insertion|deletion|format-change)\b/.exec(inner)![1] as ChangedRegion['kind'];
    const author = /<dc:creator>([^<]*)<\/dc:creator>/.exec(inner)?.[1] ?? '';
    // Deleted text is either kept in the region (older files) or marked in the body like insertions.
    const ranged = new RegExp(`<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`).exec(body)?.[1];
    const kept = /<text:deletion>[\s\S]*?<\/office:change-info>([\s\S]*)<\/text:deletion>/.exec(inner)?.[1];
    return { id, kind, author: unescape(author), text: odfText(ranged ?? kept ?? '') };
  });
}

function odfText(xml: string): string {
  return unescape(
    xml
      .replace(/<\/text:(?:p|h)>\s*<text:(?:p|h)\b[^>]*>/g, '\n')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/^\s+|\s+$/g, (s) => (s.includes('\t') ? s : '')),
  );
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
