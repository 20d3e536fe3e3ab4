// The body of a file a classic script inserts (internal/script-part.ts): hand `detail` to the script
// element that is running it. `document.currentScript` is that element only while the file runs.
// Its own module, so a language file carries nothing of the loader.
export function handOverPart(event: string, detail: unknown): void {
  document.currentScript?.dispatchEvent(new CustomEvent(event, { detail }));
}
