/** A stretch between quotation marks. `textStart..textEnd` excludes the marks themselves. */
export type QuoteSpan = {
  open: number;
  close: number;
  textStart: number;
  textEnd: number;
  paragraph: number;
  /** The paragraph ended before a closing mark (a quote that runs on, or an unbalanced mark). */
  unclosed: boolean;
};
