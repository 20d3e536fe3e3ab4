// The gemeenten of the Netherlands with their CBS codes, for "where is the body now?" (the burgemeester
// of that gemeente decides uitstel and bespoediging, Wlb art. 17 lid 1).
//
// Source: CBS, "Gemeenten alfabetisch 2026" (gemeentelijke indeling op 1 januari 2026, 342 gemeenten),
// https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar/indeling-per-jaar/gemeentelijke-indeling-op-1-januari-2026
// as derived from that workbook in two public repositories and compared (342 codes, identical names
// except 0518, which one wrote as "Den Haag"; CBS writes "'s-Gravenhage", as here). Read 2026-12-01
// through our reference search, not re-checked live. Update on 1 January after a gemeentelijke herindeling.
//
// Kept as one string ("code" + "name", "|" between, in CBS's alphabetical order) because it ships in the
// browser script: ~5 KB raw, about 2.5 KB with brotli.
const DATA =
  '1680Aa en Hunze|0358Aalsmeer|0197Aalten|0059Achtkarspelen|0482Alblasserdam|0613Albrandswaard|0361Alkmaar|' +
  '0141Almelo|0034Almere|0484Alphen aan den Rijn|1723Alphen-Chaam|1959Altena|0060Ameland|0307Amersfoort|' +
  '0362Amstelveen|0363Amsterdam|0200Apeldoorn|0202Arnhem|0106Assen|0743Asten|0744Baarle-Nassau|0308Baarn|' +
  '0489Barendrecht|0203Barneveld|0888Beek (L.)|1954Beekdaelen|0889Beesel|1945Berg en Dal|1724Bergeijk|' +
  '0893Bergen (L.)|0373Bergen (NH.)|0748Bergen op Zoom|1859Berkelland|1721Bernheze|0753Best|0209Beuningen|' +
  '0375Beverwijk|0310De Bilt|1728Bladel|0376Blaricum|0377Bloemendaal|1901Bodegraven-Reeuwijk|0755Boekel|' +
  '1681Borger-Odoorn|0147Borne|0654Borsele|0757Boxtel|0758Breda|1876Bronckhorst|0213Brummen|0899Brunssum|' +
  '0312Bunnik|0313Bunschoten|0214Buren|0502Capelle aan den IJssel|0383Castricum|0109Coevorden|1706Cranendonck|' +
  '0216Culemborg|0148Dalfsen|1891Dantumadiel|0503Delft|0762Deurne|0150Deventer|0384Diemen|1980Dijk en Waard|' +
  '1774Dinkelland|0221Doesburg|0222Doetinchem|0766Dongen|0505Dordrecht|0498Drechterland|1719Drimmelen|0303Dronten|' +
  '0225Druten|0226Duiven|1711Echt-Susteren|0385Edam-Volendam|0228Ede|0317Eemnes|1979Eemsdelta|0770Eersel|' +
  '1903Eijsden-Margraten|0772Eindhoven|0230Elburg|0114Emmen|0388Enkhuizen|0153Enschede|0232Epe|0233Ermelo|' +
  '0777Etten-Leur|1940De Fryske Marren|0779Geertruidenberg|1771Geldrop-Mierlo|1652Gemert-Bakel|0907Gennep|' +
  '0784Gilze en Rijen|1924Goeree-Overflakkee|0664Goes|0785Goirle|1942Gooise Meren|0512Gorinchem|0513Gouda|' +
  '0518\'s-Gravenhage|0014Groningen|1729Gulpen-Wittem|0158Haaksbergen|0392Haarlem|0394Haarlemmermeer|' +
  '1655Halderberge|0160Hardenberg|0243Harderwijk|0523Hardinxveld-Giessendam|0072Harlingen|0244Hattem|' +
  '0396Heemskerk|0397Heemstede|0246Heerde|0074Heerenveen|0917Heerlen|1658Heeze-Leende|0399Heiloo|0400Den Helder|' +
  '0163Hellendoorn|0794Helmond|0531Hendrik-Ido-Ambacht|0164Hengelo (O.)|0796\'s-Hertogenbosch|0252Heumen|' +
  '0797Heusden|0534Hillegom|0798Hilvarenbeek|0402Hilversum|1963Hoeksche Waard|1735Hof van Twente|1966Het Hogeland|' +
  '1911Hollands Kroon|0118Hoogeveen|0405Hoorn|1507Horst aan de Maas|0321Houten|0406Huizen|0677Hulst|' +
  '0353IJsselstein|1884Kaag en Braassem|0166Kampen|0678Kapelle|0537Katwijk|0928Kerkrade|1598Koggenland|' +
  '0542Krimpen aan den IJssel|1931Krimpenerwaard|1659Laarbeek|1982Land van Cuijk|0882Landgraaf|0415Landsmeer|' +
  '1621Lansingerland|0417Laren (NH.)|0080Leeuwarden|0546Leiden|0547Leiderdorp|1916Leidschendam-Voorburg|' +
  '0995Lelystad|1640Leudal|0327Leusden|1705Lingewaard|0553Lisse|0262Lochem|0809Loon op Zand|0331Lopik|0168Losser|' +
  '0263Maasdriel|1641Maasgouw|1991Maashorst|0556Maassluis|0935Maastricht|0420Medemblik|0938Meerssen|' +
  '1948Meierijstad|0119Meppel|0687Middelburg (Z.)|1842Midden-Delfland|1731Midden-Drenthe|1952Midden-Groningen|' +
  '1709Moerdijk|1978Molenlanden|1955Montferland|0335Montfoort|0944Mook en Middelaar|1740Neder-Betuwe|' +
  '0946Nederweert|0356Nieuwegein|0569Nieuwkoop|0267Nijkerk|0268Nijmegen|1930Nissewaard|1970Noardeast-Fryslân|' +
  '1695Noord-Beveland|1699Noordenveld|0171Noordoostpolder|0575Noordwijk|0820Nuenen, Gerwen en Nederwetten|' +
  '0302Nunspeet|0579Oegstgeest|0823Oirschot|0824Oisterwijk|1895Oldambt|0269Oldebroek|0173Oldenzaal|1773Olst-Wijhe|' +
  '0175Ommen|1586Oost Gelre|0826Oosterhout|0085Ooststellingwerf|0431Oostzaan|0432Opmeer|0086Opsterland|0828Oss|' +
  '1509Oude IJsselstreek|0437Ouder-Amstel|0589Oudewater|1734Overbetuwe|0590Papendrecht|1894Peel en Maas|' +
  '0765Pekela|1926Pijnacker-Nootdorp|0439Purmerend|0273Putten|0177Raalte|0703Reimerswaal|0274Renkum|0339Renswoude|' +
  '1667Reusel-De Mierden|0275Rheden|0340Rhenen|0597Ridderkerk|1742Rijssen-Holten|0603Rijswijk (ZH.)|1669Roerdalen|' +
  '0957Roermond|0736De Ronde Venen|1674Roosendaal|0599Rotterdam|0277Rozendaal|0840Rucphen|0441Schagen|' +
  '0279Scherpenzeel|0606Schiedam|0088Schiermonnikoog|1676Schouwen-Duiveland|0965Simpelveld|' +
  '0845Sint-Michielsgestel|1883Sittard-Geleen|0610Sliedrecht|1714Sluis|0090Smallingerland|0342Soest|0847Someren|' +
  '0848Son en Breugel|0037Stadskanaal|0180Staphorst|0532Stede Broec|0851Steenbergen|1708Steenwijkerland|' +
  '0971Stein (L.)|1904Stichtse Vecht|1900Súdwest-Fryslân|0715Terneuzen|0093Terschelling|0448Texel|1525Teylingen|' +
  '0716Tholen|0281Tiel|0855Tilburg|0183Tubbergen|1700Twenterand|1730Tynaarlo|0737Tytsjerksteradiel|0450Uitgeest|' +
  '0451Uithoorn|0184Urk|0344Utrecht|1581Utrechtse Heuvelrug|0981Vaals|0994Valkenburg aan de Geul|0858Valkenswaard|' +
  '0047Veendam|0345Veenendaal|0717Veere|0861Veldhoven|0453Velsen|0983Venlo|0984Venray|1961Vijfheerenlanden|' +
  '0622Vlaardingen|0096Vlieland|0718Vlissingen|0986Voerendaal|1992Voorne aan Zee|0626Voorschoten|0285Voorst|' +
  '0865Vught|1949Waadhoeke|0866Waalre|0867Waalwijk|0627Waddinxveen|0289Wageningen|0629Wassenaar|0852Waterland|' +
  '0988Weert|1960West Betuwe|0668West Maas en Waal|1969Westerkwartier|1701Westerveld|0293Westervoort|' +
  '1950Westerwolde|1783Westland|0098Weststellingwerf|0189Wierden|0296Wijchen|1696Wijdemeren|' +
  '0352Wijk bij Duurstede|0294Winterswijk|0873Woensdrecht|0632Woerden|1690De Wolden|0880Wormerland|0351Woudenberg|' +
  '0479Zaanstad|0297Zaltbommel|0473Zandvoort|0050Zeewolde|0355Zeist|0299Zevenaar|0637Zoetermeer|0638Zoeterwoude|' +
  '1892Zuidplas|0879Zundert|0301Zutphen|1896Zwartewaterland|0642Zwijndrecht|0193Zwolle';

export interface Gemeente {
  /** CBS gemeentecode, 4 digits. */
  code: string;
  naam: string;
}

export const GEMEENTEN_PEILDATUM = '2026-01-01';

let cache: readonly Gemeente[] | undefined;
/** All gemeenten, in CBS's alphabetical order. Parsed on first use: importing has no cost. */
export function gemeenten(): readonly Gemeente[] {
  cache ??= Object.freeze(DATA.split('|').map((s) => ({ code: s.slice(0, 4), naam: s.slice(4) })));
  return cache;
}

/** Other names people type for a gemeente (CBS's official name is the list's). */
const ANDERE_NAMEN: Readonly<Record<string, string>> = { 'den haag': '0518', 'the hague': '0518' };

const normaal = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The gemeente a typed name means (case and spacing ignored), or undefined for free text. */
export function gemeenteBijNaam(naam: unknown): Gemeente | undefined {
  if (typeof naam !== 'string') return undefined;
  const n = normaal(naam);
  const code = ANDERE_NAMEN[n];
  return gemeenten().find((g) => (code ? g.code === code : normaal(g.naam) === n));
}

export function gemeenteBijCode(code: unknown): Gemeente | undefined {
  return typeof code === 'string' ? gemeenten().find((g) => g.code === code) : undefined;
}
