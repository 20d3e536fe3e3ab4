// The demo's state page: lists the named states (window.NamedStates, served by demo/site.ts from
// test/browser/a11y/named-states.ts) and opens one: `?state=<id>&lang=nl|en&look=<look>`. The state
// is entered by clicking, as the screenshot script does, then switched to the chosen language.
const N = window.NamedStates;
const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'nl';
const look = params.get('look') ?? 'standaard';
const form = document.getElementById('keuze');
form.lang.value = lang;
for (const l of N.LOOKS) form.look.append(new Option(l.description, l.id, false, l.id === look));
form.addEventListener('change', () => {
  params.set('lang', form.lang.value);
  params.set('look', form.look.value);
  location.search = params.toString();
});

const id = params.get('state');
if (!id) {
  const lijst = document.getElementById('lijst');
  for (const formulier of ['verhuizing', 'overlijden']) {
    const h2 = document.createElement('h2');
    h2.textContent = formulier === 'verhuizing' ? 'Verhuizing doorgeven' : 'Aangifte overlijden';
    const ul = document.createElement('ul');
    for (const state of N.NAMED_STATES.filter((s) => s.form === formulier)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/states.html?${new URLSearchParams({ state: state.id, lang, look })}`;
      a.textContent = state.description;
      li.append(a, ` (${state.id})`);
      ul.append(li);
    }
    lijst.append(h2, ul);
  }
} else {
  void open(id);
}

async function open(id) {
  const state = N.NAMED_STATES.find((s) => s.id === id);
  document.getElementById('lijst').hidden = true;
  document.getElementById('toestand').hidden = false;
  document.getElementById('titel').textContent = state ? state.description : `Onbekende toestand: ${id}`;
  if (state) {
    const el = await N.createStateElement(state, document.getElementById('host'), { lang: 'nl', look: N.LOOKS.find((l) => l.id === look) });
    await state.enter(el, N.clickIO);
    if (lang !== 'nl') el.setAttribute('lang', lang);
  }
}
