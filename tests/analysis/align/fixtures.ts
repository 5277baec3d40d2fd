// Small invented articles (no real names) for alignment and story tests.
import type { Article } from '../../../src/corpus/types';
import { articleFromText } from '../../helpers/corpus';

export const ACCORD_1 = `Zorvan and Brelia sign fishing accord in Quellport

Zorvan's premier Ada Vell-Marin and Brelian president Tomas Brack signed a fishing accord in the port city of Quellport on Monday. The accord opens Brelian waters to Zorvan trawlers for ten years.

Fishermen's unions in Brelia protested outside the harbour with banners and flares. Vell-Marin said the deal would create four thousand jobs in shipyards.`;

export const ACCORD_2 = `Brelia opens its waters to the Zorvan fleet

Premier Ada Vell Marin of Zorvan and President Tomas Brack of Brelia signed an accord on fishing rights in Quellport on Monday. Under the accord Zorvan trawlers may fish in Brelian waters for ten years.

Environmental groups warned that cod stocks in the Narrow Sea are already depleted. The Brelian navy will patrol the fishing grounds from April.`;

export const ACCORD_3 = `Quellport fishing accord angers Brelian unions

Brelian fishermen's unions protested in Quellport after President Tomas Brack signed the fishing accord with Zorvan premier Ada Vell-Marin. Union leaders said Zorvan trawlers would empty Brelian waters within ten years.`;

export const LATER_VISIT = `Brack visits Zorvan capital Ostmark

Brelian president Tomas Brack arrived in Ostmark on Tuesday for a state visit hosted by premier Ada Vell-Marin. The two leaders opened a railway bridge and attended a banquet at the Ostmark palace.

Brack praised the railway as a symbol of friendship between Zorvan and Brelia.`;

export const FOOTBALL = `Harrow Rovers beat Castlebay in cup replay

Harrow Rovers beat Castlebay 3-1 in the cup replay on Saturday, with two goals from striker Penn Odalys. Castlebay had a player sent off before half time and the referee added six minutes.`;

export const CHIPS = `Lumeni unveils faster laptop chip

Chipmaker Lumeni unveiled a laptop processor it says is twice as fast as its previous design. The chip will ship in laptops from October, the company said, and uses less battery power.`;

export function article(id: string, text: string, date?: string): Article {
  return articleFromText(text, id, date ? { date } : {});
}

/** The sentence of `a` whose text contains `fragment`. */
export function sentenceWith(a: Article, fragment: string) {
  const found = a.sentences.find((s) => a.text.slice(s.start, s.end).includes(fragment));
  if (!found) throw new Error(`no sentence with "${fragment}" in ${a.id}`);
  return found;
}
