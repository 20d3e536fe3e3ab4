// A plugin that puts a line in front of a chunk's code in generateBundle moves every mapped position
// down one line. The map file is written from the chunk's map after generateBundle, so it is shifted
// here, on disk, in writeBundle: an empty first line in a v3 map is one ';' in front of `mappings`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function shiftSourceMapsOneLine(options: { dir?: string }, bundle: Record<string, { type: string; fileName: string }>): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const file = `${options.dir ?? 'dist'}/${chunk.fileName}.map`;
    if (!existsSync(file)) continue;
    const map = JSON.parse(readFileSync(file, 'utf8')) as { mappings: string };
    map.mappings = `;${map.mappings}`;
    writeFileSync(file, JSON.stringify(map));
  }
}
