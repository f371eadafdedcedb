// Units of work one scan does, counted where the scan path loops over its input: characters
// tokenized and scored, views built, shell words parsed, rules run, credential candidates tried,
// HTML tags walked. A test reads the count at two sizes of one input shape: work that grows faster
// than the input shows there without timing anything. One shared counter, never reset by the scan.
export const work = { steps: 0 };
