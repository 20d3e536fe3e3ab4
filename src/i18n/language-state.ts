// Which language an element shows while another one loads (issue 9, WCAG 3.1.2): the element's
// `lang` asks for a language, Dutch shows (its root carries lang="nl") until that language's texts
// arrive, then it re-renders in it. When they cannot arrive, the element stays Dutch with a note in
// both languages. `pending` is what the element's updateComplete also waits for, so a host (and a
// test) that awaits updateComplete after setting `lang` sees the language it asked for.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { i18n as I18n } from 'i18next';
import { addLanguage, primarySubtag, requestedLanguage, resolveLanguage } from './i18n.js';
import { loadableLanguages, loadLanguage, type LanguageImporters } from './load-language.js';
import { taalNietGeladen } from './locales/taal.js';

export interface LanguageSource {
  formulier: string;
  languages?: LanguageImporters;
}

export class LanguageState {
  /** Set while a language is on its way; settles (never rejects) when it arrived or failed. */
  pending?: Promise<void>;
  private loading?: string;
  private failed = new Set<string>();
  /** A language asked for that could not be loaded (the note says so), else undefined. */
  private unavailable?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly i18n: () => I18n,
    private readonly source: () => LanguageSource,
    /** The instance if the element has one yet (it reads Dutch without one: plain-text.ts). */
    private readonly existing: () => I18n | undefined = () => undefined,
  ) {}

  /** Picks the language from `lang` (own or an ancestor's); starts loading one that is not here yet. */
  resolve(): void {
    // Dutch asked for, and no instance yet: Dutch is what shows, nothing to create or load.
    if (!this.existing() && primarySubtag(requestedLanguage(this.host)) === 'nl') {
      this.unavailable = undefined;
      return;
    }
    const instance = this.i18n();
    const { formulier, languages } = this.source();
    const { lang, missing } = resolveLanguage(this.host, instance, loadableLanguages(languages));
    if (lang !== instance.language) void instance.changeLanguage(lang);
    this.unavailable = missing && this.failed.has(missing) ? missing : undefined;
    if (!missing || this.failed.has(missing) || this.loading === missing) return;
    this.loading = missing;
    this.pending = loadLanguage(formulier, missing, languages).then(
      (texts) => addLanguage(instance, missing, texts),
      (error: unknown) => {
        this.failed.add(missing);
        console.warn(`<${this.host.localName}>: ${error instanceof Error ? error.message : String(error)}; showing Dutch.`);
      },
    ).finally(() => {
      this.loading = undefined;
      this.pending = undefined;
      this.resolve();
      this.host.requestUpdate();
    });
  }

  /** The note in both languages when the language asked for could not be loaded. */
  note(): TemplateResult | typeof nothing {
    const text = this.unavailable ? taalNietGeladen[this.unavailable as keyof typeof taalNietGeladen] : undefined;
    if (!text) return nothing;
    return html`<p class="language-note" part="language-note"><span lang=${this.unavailable!}>${text.zelf}</span>
      <span lang="nl">${text.nl}</span></p>`;
  }
}
