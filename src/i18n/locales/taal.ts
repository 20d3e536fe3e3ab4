// The one text the Dutch script carries in another language: the note shown when that language's
// file could not be loaded (404, integrity failure, CSP block). It has to be readable by a visitor
// who asked for that language, so it cannot live in that language's own file; it says so in Dutch too.
// One entry per language the build can load (load-language.ts); typed so a new one needs its note.
export const taalNietGeladen: Record<'en', { zelf: string; nl: string }> = {
  en: {
    zelf: 'The English version of this form could not be loaded, so it is shown in Dutch.',
    nl: 'De Engelse versie van dit formulier kon niet worden geladen. Daarom staat het formulier hieronder in het Nederlands.',
  },
};
