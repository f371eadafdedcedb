// Where a shell command puts the body of an HTTP request: the values of curl's -d/--data/-F,
// wget's --post-data, HTTPie's key=value items. A secret there is being sent, not used to sign
// in (a header like `Authorization: Bearer …` is how a token is meant to travel).

const SENDER = /(?:^|[\s;|&(`])(?:curl|wget|http|https|xh|curlie)\s/;
const BODY = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode|-ascii)?|-F|--form(?:-string)?|--post-data|--body-data|--json)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g;

/** The spans of the request bodies in a shell command, or none when it runs no HTTP client. */
export function requestBodySpans(command: string): Array<[number, number]> {
  if (!SENDER.test(command)) return [];
  const out: Array<[number, number]> = [];
  BODY.lastIndex = 0;
  for (let m = BODY.exec(command); m !== null; m = BODY.exec(command)) {
    const value = m[1] as string;
    const start = m.index + m[0].length - value.length;
    out.push([start, start + value.length]);
  }
  return out;
}
