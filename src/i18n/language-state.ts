// Which language an element shows while another one loads (issue 9, WCAG 3.1.2): the element's
// `lang` asks for a language, Dutch shows (its root carries lang="nl") until that language's texts
// arrive, then it re-renders in it. When they cannot arrive, the element stays Dutch with a note in
// both languages. `pending` is what the element's updateComplete also waits for, so a host (and a
// test) that awaits updateComplete after setting `lang` sees the language it asked for.
//
// In a classic script i18next comes with the later part (i18n/i18n.ts): a language other than Dutch
// waits for it too. Both files are asked for at once (no waterfall); when the later part cannot
// load, the language counts as not loaded and the note says so.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { i18n as I18n } from 'i18next';
import type { I18nKit } from './i18n.js';
import { primarySubtag, requestedLanguage } from './bundled-texts.js';
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
    /** The element's instance and i18n.ts, creating the instance if needed; undefined until i18next is here. */
    private readonly i18n: () => { instance: I18n; kit: I18nKit } | undefined,
    private readonly source: () => LanguageSource,
    /** The instance if the element has one yet (it reads Dutch without one: plain-text.ts). */
    private readonly existing: () => I18n | undefined,
    /** Brings i18next (the later part); settles, never rejects. */
    private readonly bringI18n: () => Promise<unknown>,
  ) {}

  /** Picks the language from `lang` (own or an ancestor's); starts loading one that is not here yet. */
  resolve(): void {
    // Dutch asked for, and no instance yet: Dutch is what shows, nothing to create or load.
    if (!this.existing() && primarySubtag(requestedLanguage(this.host)) === 'nl') {
      this.unavailable = undefined;
      return;
    }
    this.resolveOther();
  }

  /** Not Dutch, or an instance exists: a method of its own, so a Dutch first view does not compile it (issue 9). */
  private resolveOther(): void {
    const tools = this.i18n();
    if (!tools) return this.waitForI18n();
    const { instance, kit } = tools;
    const { formulier, languages } = this.source();
    const { lang, missing } = kit.resolveLanguage(this.host, instance, loadableLanguages(languages));
    if (lang !== instance.language) void instance.changeLanguage(lang);
    this.unavailable = missing && this.failed.has(missing) ? missing : undefined;
    if (!missing || this.failed.has(missing) || this.loading === missing) return;
    this.loading = missing;
    this.pending = loadLanguage(formulier, missing, languages).then(
      (texts) => kit.addLanguage(instance, missing, texts),
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

  /**
   * Another language asked for before i18next is here: the language's file is asked for now, beside
   * the later part, and the language is picked when i18next has arrived. Dutch shows meanwhile.
   */
  private waitForI18n(): void {
    const own = requestedLanguage(this.host);
    const { formulier, languages } = this.source();
    const file = [own.toLowerCase(), primarySubtag(own)].find((lang) => loadableLanguages(languages).includes(lang));
    if (file && this.failed.has(file)) {
      this.unavailable = file;
      return;
    }
    if (this.pending) return;
    // Asked for now, not after i18next: the two files load side by side. Its outcome is read again in resolve().
    if (file) loadLanguage(formulier, file, languages).catch(() => undefined);
    this.pending = this.bringI18n().then(() => {
      // The later part could not load: without i18next the language cannot show, and the note says so.
      if (!this.i18n() && file) {
        this.failed.add(file);
        console.warn(`<${this.host.localName}>: the later part did not load, so the ${file} texts cannot show; showing Dutch.`);
      }
    }).finally(() => {
      this.pending = undefined;
      // Without i18next and without a file to wait for (a language only `translations` bring), stop here.
      if (this.i18n() || (file && this.failed.has(file))) this.resolve();
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
