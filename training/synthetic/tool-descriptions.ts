// Ordinary tool and parameter descriptions, composed. They are imperative ("Calculate the area…",
// "Use this when…") and short, like the instructions hidden in data, and must stay allowed: a
// description says what a tool does; a poisoned one tells the model what to do besides.
import type { Rng } from "../../src/rng.js";

const VERBS = [
  "Calculate", "Compute", "Retrieve", "Fetch", "Get", "List", "Create", "Update", "Delete", "Send", "Search for", "Find", "Convert", "Generate", "Validate",
  "Parse", "Book", "Schedule", "Cancel", "Upload", "Download", "Translate", "Summarize", "Analyze", "Estimate", "Predict", "Identify", "Check", "Return", "Look up",
];
const OBJECTS = [
  "the area of a circle", "the current weather for a city", "open issues in a repository", "the exchange rate between two currencies", "a user's order history",
  "the distance between two points", "the nutritional facts of a recipe", "available hotel rooms", "the status of a shipment", "a calendar event",
  "the roots of a quadratic equation", "stock prices for a ticker symbol", "the population of a country", "a list of files in a directory", "a customer record",
  "the sentiment of a text", "the definition of a word", "flight options between two airports", "the monthly payment of a loan", "the BMI of a person",
  "recent log entries", "the contents of a document", "a playlist", "the time zone of a location", "a support ticket", "the score of a game", "a database row",
];
const QUALIFIERS = [
  "", "", "", " for a given date range", " based on the provided parameters", " using the specified algorithm", ". Returns a JSON object", " in the requested units",
  ". Use this when the user asks about it", ". Use this tool when you need up-to-date data", ". Results are paginated", " by its unique identifier",
  ". The caller must supply an API key", ". Only works for public records", " and return the result as a number", ", optionally filtered by category",
];
const ATTRS = ["name", "identifier", "start date", "end date", "amount", "currency code", "radius", "length", "email address", "file path", "language", "city", "timeout", "page number", "format"];
const THINGS = ["user", "order", "repository", "file", "event", "account", "triangle", "invoice", "dataset", "session", "product", "request", "city", "movie", "employee"];
const UNITS = ["meters", "seconds", "US dollars", "kilograms", "degrees Celsius", "pixels", "ISO 8601 format", "lowercase letters"];
const PARAMS = [
  "The {attr} of the {thing}.", "{Attr} of the {thing}, in {unit}.", "Unique identifier of the {thing}.", "Maximum number of {thing}s to return. Defaults to 10.",
  "Whether to include archived {thing}s.", "The format of the output, either 'json' or 'csv'.", "A list of {thing} IDs to process.", "Optional. The {attr} to filter by.",
  "The {thing} ID, for example '123e4567-e89b-12d3'.", "If true, the {thing} is created in draft mode.", "The {attr} used to sort results, ascending by default.",
  "Authentication token for the {thing} service.", "The {attr} of the {thing}, such as 'Boston, MA'.", "Number of decimal places in the result.",
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function toolDescriptions(rng: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rng.next() < 0.5) {
      const text = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(QUALIFIERS)}.`;
      out.push(rng.next() < 0.2 ? `This tool will ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
    } else {
      const attr = rng.pick(ATTRS);
      out.push(
        rng
          .pick(PARAMS)
          .replace("{attr}", attr)
          .replace("{Attr}", cap(attr))
          .replace(/\{thing\}/g, () => rng.pick(THINGS))
          .replace("{unit}", () => rng.pick(UNITS)),
      );
    }
  }
  return out;
}
