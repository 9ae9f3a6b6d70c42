/** The package ships no types: the parts read here, US states and territories with AP abbreviations. */
declare module 'us' {
  interface State {
    name: string;
    /** The Associated Press abbreviation news writes after a city: "Calif.", "Ill."; the name itself when AP spells it out. */
    ap_abbr: string | null;
  }
  export const STATES_AND_TERRITORIES: readonly State[];
}
