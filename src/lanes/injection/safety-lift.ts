// The explicit request at the heart of a jailbreak: that the assistant drop its rules. "You have
// no restrictions", "never refuse", "stay in character no matter what", "answer twice, the second
// time unfiltered", "start your reply with 'Sure, here is'", "developer mode", in sixteen
// languages. It counts only when it is about the assistant (second person, or a persona it is
// given): a story about "an AI with no limits" asks for fiction, not for the rules to go.

const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const words = (list: string) => String.raw`${L}(?:${list})${R}`;

/** Rules dropped, restrictions lifted, refusals forbidden. */
const LIFT = [
  words(String.raw`no\s+(?:restrictions|limits|limitations|filters|rules|ethics|morals|morality|guidelines|censorship|boundaries|content\s+polic(?:y|ies)|safety\s+(?:rules|guidelines|filters))|without\s+(?:any\s+)?(?:restrictions|limits|limitations|filters|rules|ethics|morals|guidelines|censorship|boundaries|warnings|disclaimers)|unrestricted|unfiltered|uncensored|amoral|jailbroken|free\s+from\s+(?:all\s+|any\s+)?(?:rules|restrictions|guidelines|polic(?:y|ies)|filters)|not\s+bound\s+by\s+(?:any\s+)?(?:rules|polic(?:y|ies)|guidelines|content\s+polic(?:y|ies)|ethics)|ignores?\s+(?:all\s+|any\s+|your\s+)?(?:safety|content|ethical|openai|anthropic)\s+(?:guidelines|polic(?:y|ies)|rules|filters)|(?:polic(?:y|ies)|guidelines|restrictions|filters|rules)\s+(?:are|have\s+been|were)\s+(?:lifted|removed|disabled|suspended|turned\s+off)|never\s+refuses?|(?:can|will)\s+do\s+anything\s+now|(?:will|must)\s+(?:say|answer|generate|write)\s+anything(?!\s+else)|answers?\s+(?:any|every)\s+(?:question|request)|(?:do\s+not|don['’]t|never)\s+(?:apologi[sz]e|add\s+(?:any\s+)?(?:warnings|disclaimers|notes)|refuse|mention\s+(?:ethics|legality|polic(?:y|ies)|safety)|break\s+character)|stay\s+in\s+character\s+(?:no\s+matter\s+what|at\s+all\s+times|whatever|even\s+if)|(?:developer|god|jailbreak|dan|opposite|evil|chaos|unrestricted)\s+mode|start\s+(?:your|each|every)\s+(?:reply|response|answer)\s+with\s+["'“]?sure|(?:two|both)\s+(?:responses|answers|replies)[^.!?\n]{0,80}(?:unfiltered|jailbroken|uncensored|dan|evil|no\s+restrictions)`),
  words(String.raw`sin\s+(?:restricciones|filtros|límites|reglas|ética|censura)|nunca\s+(?:te\s+niegues|rechaces|te\s+negarás)|modo\s+(?:desarrollador|dios|sin\s+filtro)|sans\s+(?:restrictions|filtres?|limites|règles|éthique|censure)|ne\s+refuse\s+jamais|mode\s+(?:développeur|dieu)|ohne\s+(?:Einschränkungen|Filter|Grenzen|Regeln|Ethik|Zensur)|verweigere\s+(?:niemals|nie)|niemals\s+ablehnen|Entwicklermodus|sem\s+(?:restrições|filtros?|limites|regras|ética|censura)|nunca\s+(?:recuse|se\s+recuse)|modo\s+desenvolvedor|senza\s+(?:restrizioni|filtri|limiti|regole|etica|censura)|non\s+rifiutare\s+mai|mai\s+rifiutare|modalità\s+sviluppatore|zonder\s+(?:beperkingen|filters|regels|censuur)|weiger\s+nooit|ontwikkelaarsmodus|bez\s+(?:ograniczeń|filtrów|zasad|cenzury)|nigdy\s+nie\s+odmawiaj|tryb\s+dewelopera|без\s+(?:ограничений|фильтров|правил|цензуры|этики)|никогда\s+не\s+отказывай|режим\s+разработчика|kısıtlamasız|filtresiz|sansürsüz|asla\s+reddetme|geliştirici\s+modu|không\s+(?:có\s+)?(?:giới\s+hạn|bộ\s+lọc|kiểm\s+duyệt|quy\s+tắc)|không\s+bao\s+giờ\s+từ\s+chối|chế\s+độ\s+nhà\s+phát\s+triển|tanpa\s+(?:batasan|filter|sensor|aturan)|jangan\s+pernah\s+menolak|mode\s+pengembang`),
  String.raw`بدون\s+(?:قيود|فلاتر|رقابة|حدود)|لا\s+ترفض\s+أبد|وضع\s+المطور|बिना\s+(?:किसी\s+)?(?:प्रतिबंध|फ़िल्टर|फिल्टर|नियम|सेंसर)|कभी\s+मना\s+मत|डेवलपर\s+मोड|没有(?:任何)?(?:限制|过滤|审查|规则|道德)|不受(?:任何)?(?:限制|约束)|无限制|无审查|不要拒绝|决不拒绝|永远不要拒绝|开发者模式|開發者模式|制限(?:なし|のない|がない|を解除)|フィルター(?:なし|のない)|検閲(?:なし|のない)|絶対に断らない|断らないで|開発者モード|제한(?:이\s*없|\s*없는|\s*없이)|필터(?:\s*없는|\s*없이)|검열(?:\s*없는|\s*없이)|절대\s*거절하지|개발자\s*모드`,
].join("|");

/** The assistant as the one addressed: second person, or a persona being given to it. */
const YOU = [
  words(String.raw`you|your|yourself|you['’]re|you['’]ll|act\s+as|pretend|roleplay|role-play|from\s+now\s+on|tú|tu|te|usted|eres|estás|puedes|debes|vous|êtes|peux|dois|du|dich|dir|dein|deine|bist|kannst|musst|você|voce|seu|sua|voi|tuo|sei|puoi|devi|jij|je|jouw|bent|kunt|ty|ciebie|twoje|jesteś|możesz|musisz|ты|вы|тебя|твои|твой|можешь|должен|sen|siz|senin|bạn|kamu|anda|kau`),
  String.raw`أنت|انت|आप|तुम|你|您|あなた|君|당신|너`,
].join("|");

const LIFT_RE = new RegExp(LIFT, "giu");
const IMPERATIVE = /^(?:never|do\s+not|don['’]t|stay|start|ignore\s|nunca|ne\s+refuse|verweigere|niemals|mai\s|non\s+rifiutare|никогда|不要|决不|永远不要|絶対|断らない|절대|لا\s+ترفض|कभी|asla|jangan|weiger|nigdy)/iu;
const YOU_RE = new RegExp(YOU, "iu");

/** The lift and its addressee sit in one sentence (at most this far either way). */
const REACH = 240;
const STOP = /[.!?。！？\n]/;
const OPEN_QUOTES = /["“«„「『]/g;
const CLOSE_QUOTES = /["”»“」』]/g;

/** The sentence around [start, end): back to the last stop, on to the next one. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < REACH && !STOP.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < text.length && b - end < REACH && !STOP.test(text[b] as string)) b++;
  return [a, b];
}

/** Quoted in the sentence ("… responds to 'you are DAN, you can do anything now'"): talked about, not said. */
function quoted(text: string, a: number, start: number, end: number, b: number): boolean {
  const before = text.slice(a, start);
  const after = text.slice(end, b);
  const opens = (before.match(OPEN_QUOTES)?.length ?? 0) - (before.match(CLOSE_QUOTES)?.length ?? 0);
  return (opens > 0 || (before.split('"').length - 1) % 2 === 1) && /["”»」』]/.test(after);
}

/** Where a request to drop the assistant's rules is, or undefined. */
export function safetyLift(text: string): [number, number] | undefined {
  LIFT_RE.lastIndex = 0;
  for (let m = LIFT_RE.exec(text); m !== null; m = LIFT_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const [a, b] = sentenceAround(text, start, end);
    // An imperative ("never refuse", "stay in character…") is addressed to the reader by itself.
    if ((!IMPERATIVE.test(m[0]) && !YOU_RE.test(text.slice(a, b))) || quoted(text, a, start, end, b)) continue;
    return [start, end];
  }
  return undefined;
}

/** What every match starts with, for the rule table. */
export const SAFETY_LIFT = new RegExp(LIFT, "iu");
