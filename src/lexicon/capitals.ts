/**
 * Capitals that news writing uses for their country's government ("Washington lifted the sanctions", "Moscow
 * denied it"), each with the words an article uses for that country instead. A general gazetteer, folded
 * (lower case, no accents); why: "was Washington lifting sanctions?" is answered by "the American government
 * was lifting sanctions", and the decision must know the two name one actor.
 */
const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  washington: ["united states", "u.s.", "us", "america", "american", "americans", "white house"],
  moscow: ["russia", "russian", "russians", "kremlin"],
  london: ["britain", "british", "united kingdom", "uk", "u.k.", "downing street"],
  beijing: ["china", "chinese"],
  paris: ["france", "french", "elysee"],
  berlin: ["germany", "german"],
  tokyo: ["japan", "japanese"],
  ankara: ["turkey", "turkish", "turkiye"],
  kyiv: ["ukraine", "ukrainian"],
  kiev: ["ukraine", "ukrainian"],
  tehran: ["iran", "iranian"],
  pyongyang: ["north korea", "north korean"],
  seoul: ["south korea", "south korean"],
  delhi: ["india", "indian"],
  "new delhi": ["india", "indian"],
  islamabad: ["pakistan", "pakistani"],
  kabul: ["afghanistan", "afghan"],
  baghdad: ["iraq", "iraqi"],
  damascus: ["syria", "syrian"],
  riyadh: ["saudi arabia", "saudi"],
  cairo: ["egypt", "egyptian"],
  khartoum: ["sudan", "sudanese"],
  jerusalem: ["israel", "israeli"],
  ottawa: ["canada", "canadian"],
  canberra: ["australia", "australian"],
  wellington: ["new zealand"],
  brussels: ["belgium", "belgian", "european union", "eu"],
  rome: ["italy", "italian"],
  madrid: ["spain", "spanish"],
  warsaw: ["poland", "polish"],
  minsk: ["belarus", "belarusian"],
  havana: ["cuba", "cuban"],
  caracas: ["venezuela", "venezuelan"],
  brasilia: ["brazil", "brazilian"],
  "mexico city": ["mexico", "mexican"],
  pretoria: ["south africa", "south african"],
  nairobi: ["kenya", "kenyan"],
  abuja: ["nigeria", "nigerian"],
  taipei: ["taiwan", "taiwanese"],
  hanoi: ["vietnam", "vietnamese"],
  bangkok: ["thailand", "thai"],
  jakarta: ["indonesia", "indonesian"],
  manila: ["philippines", "philippine", "filipino"],
  athens: ["greece", "greek"],
  stockholm: ["sweden", "swedish"],
  oslo: ["norway", "norwegian"],
  copenhagen: ["denmark", "danish"],
  helsinki: ["finland", "finnish"],
  vienna: ["austria", "austrian"],
  budapest: ["hungary", "hungarian"],
  dublin: ["ireland", "irish"],
  lisbon: ["portugal", "portuguese"],
  "the hague": ["netherlands", "dutch"],
  amsterdam: ["netherlands", "dutch"],
  bern: ["switzerland", "swiss"],
};

/** The words for the country whose government a capital's name stands for ("moscow" → russia, kremlin, …), or []. */
export function countryWordsOf(folded: string): readonly string[] {
  return CAPITALS[folded] ?? [];
}
