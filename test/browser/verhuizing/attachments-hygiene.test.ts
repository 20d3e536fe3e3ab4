// Issue 8, holes 3 and 7 in the element: it takes at most the schema's number of files and says so,
// refuses a "%PDF-" header in front of a web page, and sends each name cleaned — what the receiver
// accepts, by the same functions (src/schemas/attachments.ts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { press, root, tick } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import { NOW, TODAY, aangeverStap, createVerhuizing, drieMee, hoofdbewonerStap, nieuwAdresVol, start, upload } from './driver.js';

describe('<gemeente-verhuizing> attachments: count, content and names', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  async function toBijlagen(lang?: string) {
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });
    for (const step of [start, nieuwAdresVol, aangeverStap, drieMee, hoofdbewonerStap]) {
      await untilStep(el, step.heading.nl);
      await step.fill(el);
      await press(el, 'Volgende');
      await tick(el);
    }
    await untilStep(el, 'Bijlagen');
    if (lang) {
      el.setAttribute('lang', lang);
      await tick(el);
    }
    return el;
  }
  const field = (el: HTMLElement, soort: string) => root(el).getElementById(`f-bijlagen-${soort}`)!.closest('.field')!;

  it('takes 32 files (4 for each of the verhuizing’s 8 kinds) and refuses the 33rd with a message on the field', async function () {
    this.timeout(60000);
    const el = await toBijlagen();
    await upload(el, 'machtiging', Array.from({ length: 33 }, (_, i) => ({ name: `machtiging-${i + 1}.pdf`, kind: 'pdf' as const })));
    const machtiging = field(el, 'machtiging');
    expect(machtiging.querySelectorAll('.file-list__item')).to.have.length(32);
    expect(machtiging.querySelector('.error-message')!.textContent).to.contain(
      'Kies hoogstens 32 bestanden: haal eerst een bestand weg',
    );
    // Also across kinds: the consent is refused too while 32 are held.
    await upload(el, 'toestemming-hoofdbewoner', [{ name: 'toestemming.pdf', kind: 'pdf' }]);
    expect(field(el, 'toestemming-hoofdbewoner').querySelector('.error-message')!.textContent).to.contain('hoogstens 32 bestanden');
    el.setAttribute('lang', 'en');
    await tick(el);
    await upload(el, 'toestemming-hoofdbewoner', [{ name: 'toestemming.pdf', kind: 'pdf' }]);
    expect(field(el, 'toestemming-hoofdbewoner').querySelector('.error-message')!.textContent).to.contain(
      'Choose at most 32 files: remove a file first',
    );
  });

  it('refuses a PDF header followed by HTML, on the field', async function () {
    this.timeout(60000);
    const el = await toBijlagen();
    await upload(el, 'huurcontract', [{ name: 'huurcontract.pdf', kind: 'pdf-html' }]);
    const huurcontract = field(el, 'huurcontract');
    expect(huurcontract.querySelectorAll('.file-list__item')).to.have.length(0);
    expect(huurcontract.querySelector('.error-message')!.textContent).to.contain('Kies een ander bestand: dit is geen goede PDF, JPG of PNG');
  });

  it('cleans a file name before it is sent: no bidi controls, at most 100 characters, extension kept', async function () {
    this.timeout(60000);
    const el = await toBijlagen();
    const long = `${'huurcontract-'.repeat(12)}.pdf`;
    await upload(el, 'huurcontract', [{ name: 'huur\u202Efdp.pdf', kind: 'pdf' }]);
    await upload(el, 'machtiging', [{ name: long, kind: 'pdf' }]);
    const names = [...root(el).querySelectorAll('.file-list__item > span')].map((s) => s.textContent!);
    expect(names[0]).to.match(/^huurfdp\.pdf \(/);
    const shortened = names[1]!.replace(/ \(.*$/, '');
    expect(shortened).to.have.length(100);
    expect(shortened.endsWith('.pdf')).to.equal(true);
  });
});
