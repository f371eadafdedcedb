// The explicit request at the heart of a jailbreak: that the assistant drop its rules. "You have
// no restrictions", "never refuse", "stay in character no matter what", "answer twice, the second
// time unfiltered", "start your reply with 'Sure, here is'", "developer mode", in sixteen
// languages. It counts only when it is about the assistant (second person, or a persona it is
// given): a story about "an AI with no limits" asks for fiction, not for the rules to go.

import { lazy } from "../../lazy.js";
import { L, R, words } from "./word-bounds.js";

/** Rules dropped, restrictions lifted, refusals forbidden. */
const LIFT = [
  words(String.raw`no\s+(?:(?:corporate|nanny|safety|content|moral|ethical|stupid|annoying|silly|pesky)\s+)?(?:restrictions?|limits|limitations|filters?|rules|ethics|morals|morality|guidelines|censorship|boundaries|content\s+polic(?:y|ies)|safety\s+(?:rules|guidelines|filters))|without\s+(?:any\s+)?(?:restrictions|limits|limitations|filters|rules|ethics|morals|guidelines|censorship|boundaries|warnings|disclaimers)|unrestricted|unfiltered|uncensored|amoral|jailbroken|free\s+from\s+(?:all\s+|any\s+)?(?:rules|restrictions|guidelines|polic(?:y|ies)|filters)|not\s+bound\s+by\s+(?:any\s+)?(?:rules|polic(?:y|ies)|guidelines|content\s+polic(?:y|ies)|ethics)|ignores?\s+(?:all\s+|any\s+|your\s+)?(?:safety|content|ethical|openai|anthropic)\s+(?:guidelines|polic(?:y|ies)|rules|filters)|(?:polic(?:y|ies)|guidelines|restrictions|filters|rules)\s+(?:are|have\s+been|were)\s+(?:lifted|removed|disabled|suspended|turned\s+off)|never\s+refuses?|(?:can|will)\s+do\s+anything\s+now|(?:will|must)\s+(?:say|answer|generate|write)\s+anything(?!\s+else)|answers?\s+(?:any|every)\s+(?:question|request)|(?:do\s+not|don['’]t|never)\s+(?:apologi[sz]e|add\s+(?:any\s+)?(?:warnings|disclaimers|notes)|refuse|mention\s+(?:ethics|legality|polic(?:y|ies)|safety)|break\s+character)|stay\s+in\s+character\s+(?:no\s+matter\s+what|at\s+all\s+times|whatever|even\s+if)|(?:developer|god|jailbreak|dan|opposite|evil|chaos|unrestricted)\s+mode|start\s+(?:your|each|every)\s+(?:reply|response|answer)\s+with\s+["'“]?sure|(?:two|both)\s+(?:responses|answers|replies)[^.!?\n]{0,80}(?:unfiltered|jailbroken|uncensored|dan|evil|no\s+restrictions)|(?:cannot|can['’]t|must\s+not|may\s+not)\s+(?:say\s+no|refuse|decline)|never\s+(?:say|saying)\s+["'‘“]?(?:no|i\s+can['’]?t|i['’]m\s+(?:unable|sorry))|(?:disabled|removed|turned\s+off|switched\s+off|lifted|suspended|unloaded)\s+(?:your\s+|the\s+|all\s+)?(?:safety|content|ethics?)\s*(?:layer|filters?|guidelines|polic(?:y|ies)|module|restrictions)|(?:safety|filters?|ethics(?:\s+module)?)\s*=\s*(?:off|false|0|disabled|unloaded)|removes?\s+(?:the\s+|all\s+)?content\s+filters|restrictions\s+on\s+[\p{L}\s]{1,30}\s+(?:were|have\s+been)\s+(?:removed|lifted)|allowed\s+to\s+(?:produce|say|write|generate)\s+anything|(?:begin|start)\s+(?:your|each|every|the)\s+(?:reply|response|answer)\s+with\s+(?:the\s+(?:exact\s+)?words?\s+)?["'“‘]\s*(?:sure|absolutely|of\s+course|certainly|yes)|(?:answer|response|reply)\s+must\s+(?:start|begin)\s+with\s+(?:the\s+(?:exact\s+)?words?\s+)?["'“‘]\s*(?:sure|absolutely|of\s+course|certainly|yes)`),
  words(String.raw`sin\s+(?:restricciones|filtros|límites|reglas|ética|censura)|nunca\s+(?:te\s+niegues|rechaces|te\s+negarás)|modo\s+(?:desarrollador|dios|sin\s+filtro)|sans\s+(?:restrictions|filtres?|limites|règles|éthique|censure)|ne\s+refuse\s+jamais|mode\s+(?:développeur|dieu)|ohne\s+(?:Einschränkungen|Filter|Grenzen|Regeln|Ethik|Zensur)|verweigere\s+(?:niemals|nie)|niemals\s+ablehnen|Entwicklermodus|sem\s+(?:restrições|filtros?|limites|regras|ética|censura)|nunca\s+(?:recuse|se\s+recuse)|modo\s+desenvolvedor|senza\s+(?:restrizioni|filtri|limiti|regole|etica|censura)|non\s+rifiutare\s+mai|mai\s+rifiutare|modalità\s+sviluppatore|zonder\s+(?:beperkingen|filters|regels|censuur)|weiger\s+nooit|ontwikkelaarsmodus|bez\s+(?:ograniczeń|filtrów|zasad|cenzury)|nigdy\s+nie\s+odmawiaj|tryb\s+dewelopera|без\s+(?:ограничений|фильтров|правил|цензуры|этики)|никогда\s+не\s+отказывай|режим\s+разработчика|kısıtlamasız|filtresiz|sansürsüz|asla\s+reddetme|geliştirici\s+modu|không\s+(?:có\s+)?(?:giới\s+hạn|bộ\s+lọc|kiểm\s+duyệt|quy\s+tắc)|không\s+bao\s+giờ\s+từ\s+chối|chế\s+độ\s+nhà\s+phát\s+triển|tanpa\s+(?:batasan|filter|sensor|aturan)|jangan\s+pernah\s+menolak|mode\s+pengembang|sin\s+(?:ninguna\s+)?restricci(?:ón|ones)|sin\s+filtros?|kein(?:e|en)?\s+(?:Richtlinien|Filter|Einschränkung(?:en)?|Regeln|Grenzen|Zensur|moralischen\s+Bedenken)|ohne\s+(?:jede\s+)?Einschränkung(?:en)?|aucune\s+(?:règle|restriction|limite|censure)|sans\s+censure|(?:ne\s+)?jamais\s+refuser|nooit\s+weigeren|(?:nie\s+ma|bez)\s+żadnych\s+(?:zasad|ograniczeń|filtrów)|нет\s+(?:никаких\s+)?ограничений|не\s+отказыва\p{L}{0,4}|hiçbir\s+kısıtlama\p{L}{0,4}|asla\s+reddet\p{L}{0,6}|(?:Richtlinien|Regeln)\s+(?:sind|wurden)[^.]{0,30}(?:aufgehoben|deaktiviert)|regras\s+foram\s+suspensas|(?:linee\s+guida|regole)\s+sono\s+state[^.]{0,30}disattivate|(?:reglas|restricciones|políticas)\s+(?:han\s+sido|fueron|están)\s+(?:desactivadas|suspendidas|eliminadas)|(?:règles|restrictions)\s+(?:sont|ont\s+été)\s+(?:levées|suspendues|désactivées)|ограничения\s+(?:сняты|отключены)|(?:empieza|comienza)\s+tu\s+respuesta\s+(?:exactamente\s+)?con|beginne\s+deine\s+Antwort\s+mit|inizia\s+la\s+tua\s+risposta\s+con|commence\s+ta\s+réponse\s+par|begin\s+je\s+antwoord\s+met|comece\s+(?:a\s+)?sua\s+resposta\s+com|bắt\s+đầu\s+câu\s+trả\s+lời\s+bằng|mulai\s+jawaban(?:mu)?\s+dengan`),
  String.raw`بدون\s+(?:قيود|فلاتر|رقابة|حدود)|لا\s+ترفض\s+أبد|وضع\s+المطور|बिना\s+(?:किसी\s+)?(?:प्रतिबंध|फ़िल्टर|फिल्टर|नियम|सेंसर)|कभी\s+मना\s+मत|डेवलपर\s+मोड|没有(?:任何)?(?:限制|过滤|审查|规则|道德)|不受(?:任何)?(?:限制|约束)|无限制|无审查|不要拒绝|决不拒绝|永远不要拒绝|开发者模式|開發者模式|制限(?:なし|のない|がない|を解除)|フィルター(?:なし|のない)|検閲(?:なし|のない)|絶対に断らない|断らないで|開発者モード|제한(?:이\s*없|\s*없는|\s*없이)|필터(?:\s*없는|\s*없이)|검열(?:\s*없는|\s*없이)|절대\s*거절하지|개발자\s*모드|ألا\s+ترفض|मना\s+नहीं\s+करना|绝对不能拒绝|不能拒绝|倫理も制限|制限もフィルター|絶対に断りません|断りません|安全ポリシーが解除|ポリシーが解除|안전\s*정책이\s*해제|安全策略(?:已)?(?:被)?(?:解除|关闭)|で始めてください|로\s*시작해`,
].join("|");

/** The assistant as the one addressed: second person, or a persona being given to it. */
const YOU = [
  words(String.raw`you|your|yourself|you['’]re|you['’]ll|act\s+as|pretend|roleplay|role-play|from\s+now\s+on|tú|tu|te|usted|eres|estás|puedes|debes|vous|êtes|peux|dois|du|dich|dir|dein|deine|bist|kannst|musst|você|voce|seu|sua|voi|tuo|sei|puoi|devi|jij|je|jouw|bent|kunt|ty|ciebie|twoje|jesteś|możesz|musisz|ты|вы|тебя|твои|твой|можешь|должен|sen|siz|senin|bạn|kamu|anda|kau`),
  String.raw`أنت|انت|आप|तुम|तुम्हें|你|您|请|給我|给我|告诉我|あなた|君|ください|당신|너|해줘|알려줘|주세요`,
].join("|");

const liftRe = lazy(() => new RegExp(LIFT, "giu"));

/** Two answers, one of them without the rules: "[NORMAL] … [SIN FILTRO]", « officielle » puis « sans censure ». */
const dualRe = lazy(() => new RegExp(
  String.raw`${L}(?:two|both|deux|dos|zwei|due|duas|twee|dwa|dwie|два|две|iki|hai|dua)\s+(?:different\s+)?(?:responses|answers|replies|ways|réponses|respuestas|formas|maneras|Antworten|risposte|respostas|antwoorden|odpowiedzi|razy|ответа|варианта|cevap|câu\s+trả\s+lời|jawaban)[\s\S]{0,240}?(?:unfiltered|uncensored|jailbroken|no\s+(?:rules|filters|restrictions)|sin\s+(?:filtro|censura|restricci\p{L}{1,4})|sans\s+(?:censure|filtre)|aucune\s+règle|ohne\s+(?:jede\s+)?(?:Einschränkung|Filter|Zensur)|senza\s+(?:filtri|censura)|sem\s+(?:filtro|censura)|bez\s*filtr\p{L}{0,3}|żadnych\s+zasad|без\s+(?:фильтров|цензуры|ограничений)|filtresiz|sansürsüz|không\s+(?:kiểm\s+duyệt|bộ\s+lọc)|tanpa\s+(?:aturan|filter)|(?:Schatten|shadow|dark|evil)(?:modus|\s+mode))`,
  "iu",
));

/** Suppressing the refusal's parts: two of these in one sentence ("no warnings, no moralizing"). */
const suppressRe = lazy(() => new RegExp(
  [
    words(String.raw`no\s+(?:warnings|moraliz\p{L}{0,3}|moralis\p{L}{0,3}|lectures?|disclaimers|caveats|safety\s+tips|hotline\s+numbers)|without\s+(?:any\s+)?(?:caveats|ethical\s+commentary|moraliz\p{L}{0,3}|lectures?|warnings|disclaimers)|skip\s+the\s+(?:lecture|warnings|disclaimers|moraliz\p{L}{0,3}|hotline\s+numbers)|(?:do\s+not|don['’]t)\s+(?:apologi[sz]e|lecture|moraliz\p{L}{0,3})|ne\s+t['’]excuse\s+pas|n['’]ajoute\s+aucun\s+avertissement|ne\s+dis\s+jamais|não\s+peça\s+desculpas|não\s+coloque\s+avisos|não\s+dê\s+sermão|sin\s+advertencias|no\s+te\s+disculpes|ohne\s+Warnungen|entschuldige\s+dich\s+nicht|senza\s+avvertenze|non\s+scusarti|без\s+предупреждений|не\s+извиняйся`),
    String.raw`माफ़ी\s+मत|चेतावनी\s+मत|不要道歉|不要警告|謝らないで|警告は不要|사과하지\s*마|경고\s*없이`,
  ].join("|"),
  "giu",
));

/** A score kept against refusals ("every time you refuse you lose 5 tokens"). */
const tokenGameRe = lazy(() => new RegExp(
  [
    words(String.raw`(?:each|every)\s+(?:time\s+you\s+)?refus\p{L}{0,3}[^.!?\n]{0,60}(?:lose|cost|costs|deduct\p{L}{0,3})|(?:chaque|tout)\s+refus\s+te\s+co[uû]te|cada\s+vez\s+que\s+te\s+niegas|за\s+каждый\s+отказ|za\s+każdą\s+odmowę|jedes\s+Mal,?\s+wenn\s+du\s+ablehnst|ogni\s+rifiuto`),
    String.raw`كل\s+مرة\s+ترفض|拒绝一次|拒否するたびに|거절할\s*때마다`,
  ].join("|"),
  "iu",
));
const IMPERATIVE = /^(?:never|do\s+not|don['’]t|stay|start|ignore\s|nunca|ne\s+refuse|verweigere|niemals|mai\s|non\s+rifiutare|никогда|不要|决不|永远不要|絶対|断らない|절대|لا\s+ترفض|कभी|asla|jangan|weiger|nigdy)/iu;
const youRe = lazy(() => new RegExp(YOU, "iu"));

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

/**
 * A persona given to the assistant by name ("you are now 'BasedBot'", "Du bist ab jetzt
 * 'UnzensiertGPT'", "act as LibreAI"): later sentences with that name as their subject speak of
 * the assistant too ("UnzensiertGPT hat keine Richtlinien").
 */
const PERSONA = lazy(
  () =>
    new RegExp(
      String.raw`${L}(?:[Yy]ou\s+are\s+(?:now\s+)?|[Yy]ou['’]re\s+(?:now\s+)?|[Uu]\s+r\s+(?:now\s+)?|[Aa]ct\s+as\s+|[Ff]rom\s+now\s+on\s+you\s+are\s+|[Dd]u\s+bist\s+(?:ab\s+jetzt\s+|jetzt\s+|nun\s+)?|[Tt]u\s+es\s+(?:maintenant\s+|désormais\s+)?|[Vv]ous\s+êtes\s+(?:maintenant\s+|désormais\s+)?|(?:[Aa]hora\s+)?[Ee]res\s+|(?:[Oo]ra\s+)?[Ss]ei\s+|(?:[Aa]gora\s+)?[Vv]ocê\s+é\s+|[Jj]ij\s+bent\s+(?:nu\s+)?|[Jj]esteś\s+(?:teraz\s+)?|[Тт]ы\s+(?:теперь\s+)?|[Ss]en\s+(?:artık\s+)?|[Bb]ạn\s+là\s+|[Kk]amu\s+(?:sekarang\s+)?adalah\s+|你(?:现在)?是|あなたは)["'“‘«「]?((?:\p{Lu}[\p{L}\p{N}_-]{2,30})|(?:[\p{L}\p{N}_-]{1,24}(?:GPT|Bot|AI|LLM)))["'”’»」]?`,
      "gu",
    ),
);

/** The names the assistant was given in this text (each at most 32 characters), for the addressee test. */
function personaNames(text: string): string[] {
  const re = PERSONA();
  re.lastIndex = 0;
  const names = new Set<string>();
  for (let m = re.exec(text); m !== null && names.size < 8; m = re.exec(text)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** A jailbreak is a message, not a book: in a longer text only its start and its end are read for it. */
const HEAD_TAIL = 32 * 1024;

/** Where a request to drop the assistant's rules is, or undefined. */
export function safetyLift(text: string): [number, number] | undefined {
  if (text.length > 4 * HEAD_TAIL) {
    const head = safetyLift(text.slice(0, HEAD_TAIL));
    if (head) return head;
    const from = text.length - HEAD_TAIL;
    const tail = safetyLift(text.slice(from));
    return tail ? [tail[0] + from, tail[1] + from] : undefined;
  }
  const game = tokenGameRe().exec(text);
  if (game) return [game.index, game.index + game[0].length];
  const suppress = suppressRe();
  suppress.lastIndex = 0;
  let previous: RegExpExecArray | undefined;
  for (let m = suppress.exec(text); m !== null; m = suppress.exec(text)) {
    if (previous && m.index - previous.index < 200 && m[0].toLowerCase() !== previous[0].toLowerCase()) return [previous.index, m.index + m[0].length];
    previous = m;
  }
  const dual = dualRe().exec(text);
  if (dual) return [dual.index, dual.index + dual[0].length];
  const lift = liftRe();
  lift.lastIndex = 0;
  let names: string[] | undefined;
  for (let m = lift.exec(text); m !== null; m = lift.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const [a, b] = sentenceAround(text, start, end);
    const sentence = text.slice(a, b);
    names ??= personaNames(text);
    // An imperative ("never refuse", "stay in character…") is addressed to the reader by itself.
    const addressed = IMPERATIVE.test(m[0]) || youRe().test(sentence) || names.some((n) => sentence.includes(n));
    if (addressed && !quoted(text, a, start, end, b)) return [start, end];
    // The rest of this sentence has the same addressee: go on after it (linear on repeated lifts).
    lift.lastIndex = Math.max(lift.lastIndex, IMPERATIVE.test(m[0]) ? end : b);
  }
  return undefined;
}

/**
 * A cheap test every match passes (a stem of each lift, or any character outside ASCII for the
 * other languages): ordinary English text skips the rule's patterns.
 */
export const SAFETY_LIFT_SIGN = /[^\x00-\x7f]|restrict|filter|limit|rule|ethic|moral|guideline|censor|boundar|polic|warning|disclaim|caveat|refus|declin|character|mode|sure|absolute|course|certain|anything|apolog|lectur|hotline|safety|legal|jailbr|amoral|bound|token|point|live|two|both|answer|repl|respon|note|never|say no|\bno\s+\w|without|free from|safe|=\s*(?:off|false|0|disabled|unloaded)|\b(?:sin|sans|ohne|sem|senza|zonder|bez|tanpa|kein|keine|aucune|nunca|jamais|niemals|nie|mai|nooit|nigdy|asla|hi[cç]bir|dua|dos|deux|zwei|due|duas|twee|dwa|iki|hai|modo|modus|tryb)\b|weiger|verweiger|rifiut|recus|rechaz|niegue|regl|regel|regra|regol|zasad|aturan|kural|quy|etic|ethik|éthique|jawaban|respuesta|réponse|antwort|risposta|resposta|antwoord|odpowied|cevap|desarrollador|développeur|entwickler|sviluppatore|desenvolvedor|ontwikkelaar|dewelopera|geliştirici|pengembang/i;

/** What every match starts with, for the rule table. */
export const safetyLiftPattern = lazy(() => new RegExp(LIFT, "iu"));
