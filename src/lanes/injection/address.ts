// Text inside data that addresses the automated reader ("AI assistant: …", "for any bot reading
// this", "if you are an AI", "致AI助手：") and, in the same passage, asks for something with
// stakes: an address or link to send to, a secret, the user's data or accounts, an approval, a
// payment, silence towards the user. A person writing to a person names no AI; an agent's own
// docs that address agents ("AI agents: run pnpm test") ask for nothing with stakes. In sixteen
// languages, built from each language's ordinary words for these, not from any one attack.
import { lazy } from "../../lazy.js";
import { L, R } from "./word-bounds.js";

/** What an automated reader is called. Latin-script words are bounded by letters, not `\b`. */
const READER = [
  // English, and the products people address by name
  String.raw`(?:AI|A\.I\.|LLM|GPT|ChatGPT|Claude|Copilot|Gemini|chat\s?bot|language\s+model|automat(?:ed|ic)\s+(?:assistant|agent|reviewer|system|tool)|(?:AI|coding|code|e-?mail|mail|inbox|calendar|support|review(?:er)?|triage|summar\w{0,8}|scheduling|virtual|digital|auto|moderation|shopping)[- ]?(?:assistant|agent|bot|helper|reviewer|pair[- ]programmer|model|system))s?|(?:assistant|agent|bot)s`,
  // Spanish, Portuguese, Italian, French, Dutch, German, Polish, Turkish, Indonesian, Vietnamese
  String.raw`asistentes?|agentes?|IA|robôs?|assistentes?|assistante|assistente|agenti|assistenti|KI|Assistent(?:en|in)?|Agenten|asystent(?:a|ów|owi|cie)?|agent(?:a|ów|cie|owi)|yapay\s+zek[aâ]\p{L}{0,12}|asistan\p{L}{0,12}|ajan\p{L}{0,12}|asisten|agen|trợ\s+lý|tác\s+nhân`,
  // Russian, Arabic, Hindi
  String.raw`ИИ|ассистент\p{L}{0,12}|агент\p{L}{0,12}|бот\p{L}{0,12}|помощник\p{L}{0,12}|нейросет\p{L}{0,12}|المساعد|الوكيل|الذكاء\s+الاصطناعي|البوت|सहायक\p{L}{0,12}|एजेंट\p{L}{0,12}|बॉट\p{L}{0,12}|एआई`,
  // Chinese, Japanese, Korean (no word boundaries)
  String.raw`人工智能|智能体|助手|机器人|機器人|代理|エージェント|アシスタント|ボット|에이전트|어시스턴트|봇`,
].join("|");

/** The plain singular words, which also name people and speakers ("Agent: sorry about that"). */
const BARE = String.raw`assistant|agent|bot`;

const QUALIFIED = String.raw`${L}(?:${READER})${R}`;
const NOUN = String.raw`${L}(?:${READER}|${BARE})${R}`;
const CJK_NOUN = String.raw`(?:AI|人工智能|智能体|助手|机器人|機器人|代理|エージェント|アシスタント|ボット|에이전트|어시스턴트|봇)`;

/** Words that turn a noun into the one spoken to: "to", "for", "dear", "note for", in each language. */
const TO = String.raw`(?:to|for|dear|hey|hi|hello|attention|para|pour|à|aux|an(?=\s+(?:den|die|das|alle)\s)|für|liebe[rs]?|per(?=\s+(?:l['’]|il|lo|gli|i)\s?)|all['’]|agli|ao|aos|às|dla|voor|aan|для|к|kepada|untuk|buat|cho|gửi|dành\s+cho|إلى|لل)`;
const ARTICLE = String.raw`(?:l['’]|(?:the|any|all|every|each|whatever|whichever|your|el|la|los|las|le|les|den|die|der|dem|il|lo|gli|o|os|a|as|de|het|de\s+la|du|des|al|ai|an?|un|une|uma|um|ein|eine|een)\s+)?`;
const ADJECTIVES = String.raw`(?:[\p{L}-]{1,30}[ \t]+){0,2}`;
/** "if you are an AI", "if an assistant is reading this", "if this inbox is handled by a bot", and the same in other languages. */
const IF = String.raw`(?:if|si|wenn|falls|se|als|jeśli|jeżeli|если|eğer|nếu|jika|kalau|إذا|अगर|यदि)`;
/** "you are", in the languages above, for "if you are an AI". */
const YOU_ARE = String.raw`(?:you['’]re|you\s+are|tu\s+es|vous\s+êtes|eres|sei|você\s+é|du\s+bist|jesteś|ты|bạn\s+là|kamu|anda|sen)`;
/** Modal and imperative markers after the reader as subject: "the agent must", "l'assistant doit", "エージェントは…すること". */
const MUST = String.raw`${L}(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|is\s+(?:required|expected|instructed|authori[sz]ed|allowed)\s+to|are\s+(?:(?:hereby|now)\s+)?(?:required|expected|instructed|authori[sz]ed|allowed)\s+to|may\s+now|please|debe|deben|tiene\s+que|deve|devono|doit|doivent|muss|müssen|soll|sollen|darf|moet|moeten|musi|powinien|должен|должна|должны|вправе|обязан\p{L}{0,12}|wajib|harus|phải|vui\s+lòng|hãy|lütfen|yapmalı\p{L}{0,12}|يجب|عليه)${R}|必须|必須|应该|應該|需要|请|請|すること|してください|ください|べき|하십시오|해\s*주세요|하세요|해야|على\s+(?:المساعد|الوكيل)`;
/** Frames that pretend to be the system or a tool inside data. */
const FRAME = String.raw`<\|?(?:system|im_start\|>\s*system)\|?>|\[\/?INST\]|<<SYS>>|<\/?function_results>|<\/?tool_output|\[tool_output|<\/?(?:system|sistema|système|systeem|システム)>|\[(?:SYSTEM|SISTEMA|SYSTÈME|СИСТЕМА|HỆ\s+THỐNG|सिस्टम|SİSTEM|SYSTEEM)[^\]\n]{0,40}\]|###\s*\(system\)|(?:^|[\n\[(<#*【]|--)[ \t]*(?:(?:system|sistema|système|systeem|systemowa?|системное|sistem)\s+(?:message|note|notice|directive|instruction|prompt|override|mensaje|messaggio|mensagem|instrucción|instrução|istruzione|bericht|instructie|wiadomość|сообщение|mesajı)|(?:Message|Mensaje|Messaggio|Mensagem|Nachricht)\s+(?:système|del\s+sistema|di\s+sistema|do\s+sistema|vom\s+System))[^\n:\]】>]{0,30}(?:[:\]】>]|\n)|系统(?:指令|消息|提示)|系統(?:指令|訊息)|システム(?:指示|メッセージ)|시스템\s*(?:지시|메시지)|(?:تعليمات|رسالة)\s+النظام|सिस्टम\s+संदेश`;

/** A colon that ends an address (not the one of a URL). */
const COLON = String.raw`[:：](?!\/\/)`;
const END = String.raw`${COLON}|[,，]|\n`;
/** What may stand between the reader's name and the colon: two words ("asistente virtual", "assistants IA") or a clause about this text ("that reads this page", "que procesa los pagos"). */
const REL = String.raw`that|who|which|reading|processing|summari[sz]ing|handling|reviewing|editing|modifying|building|installing|using|working|helping|preparing|triaging|in\s+this|on\s+this|que|qui|der|die|das|den|che|który|która|które|которы\p{L}{0,12}|в\s+этом|الذي|التي|جو|जो|yang|mà|ki|bu`;
const AFTER_NOUN = String.raw`(?:[ \t]+[\p{L}-]{1,30}){0,2}|[ \t]+(?:${REL})${R}[^\n.!?:：]{0,60}?|[ \t]*\([^)\n]{0,30}\)`;

const ADDRESS = [
  // "Note for AI assistants:", "An den Code-Assistenten:", "Для бота в этом чате:", "إلى المساعد الذي يقرأ هذا البريد:"
  String.raw`${L}${TO}\s*${ARTICLE}${ADJECTIVES}${NOUN}(?:${AFTER_NOUN})[ \t]*(?:${END})`,
  // "AI assistant: after loading…", "Agents modifying this file:", "Copilot, approve…", "Asystencie AI, …"
  String.raw`(?:^|[.!?;>\n"“(\[【「*#|-]|--)[ \t]*(?:(?:dear|hey|hi|hello|ok|note|nb|p\.?s\.?|important)[ \t,:]+)?${ARTICLE}${ADJECTIVES}(?:${QUALIFIED}(?:[^\n.!?:：,，]{0,60}?${COLON}|[ \t]*[,，])|${NOUN}[^\n.!?:：,，]{3,60}?${COLON})`,
  // "if you're an AI", "if there's an assistant bot reading this", "if this inbox is handled by an assistant"
  String.raw`${L}${IF}\s+${YOU_ARE}\s+${ARTICLE}${ADJECTIVES}${NOUN}`,
  String.raw`${L}${IF}\s+(?:(?!you)[^\n.!?]){0,32}?${NOUN}`,
  // the reader as the subject of an obligation: "the calling agent must include", "l'assistant doit transférer"
  String.raw`${NOUN}[^\n.!?]{0,50}?(?:${MUST})`,
  // "@support-bot, …", "@群助手"
  String.raw`@[\p{L}\p{N}_-]{0,20}(?:bot|assistant|agent|helper|助手|ボット|봇)${R}`,
  // CJK: "致AI编程助手：", "AIエージェントへ：", "AI 에이전트에게:", "如果你是AI", "AI 비서가 정리하고 있다면"
  String.raw`(?:致|给|給|对|對|请|請|如果你是|若你是|もしあなたが)\s*[\p{L}\p{N}\s]{0,8}?${CJK_NOUN}[\p{L}\p{N}\s]{0,8}?[：:，,]?`,
  String.raw`${CJK_NOUN}[\p{L}\p{N}]{0,6}?(?:へ|に|への|の方へ|向け|에게|께|한테)[\p{L}\p{N}\s]{0,10}?[：:、，,]`,
  String.raw`(?:${CJK_NOUN}|비서|AI\s*비서)[\p{L}\p{N}\s]{0,20}?(?:다면|라면|なら|的话|的話)`,
].join("|");

/** What gives the request stakes. Latin-script words bounded by letters; the rest as they are. */
const STRONG_STAKES = [
  // where data would go, and what would be sent
  String.raw`https?:\/\/|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\p{L}]{2,24}|~\/|\.env${R}|id_(?:rsa|ed25519)|\.ssh|\.aws|\.kdbx|localStorage|cookies?${R}`,
  String.raw`${L}(?:passwords?|passwort\p{L}{0,12}|contraseñas?|mots?\s+de\s+passe|senhas?|hasł\p{L}{0,12}|пароль\p{L}{0,12}|şifre\p{L}{0,12}|mật\s+khẩu|kata\s+sandi|tokens?|secrets?|api[_ -]?keys?|credentials?|recovery\s+codes?|verification\s+codes?|MFA|2FA|OTP|IBAN|Pix|UPI|CVV|card\s+(?:number|details)|bank\s+details)${R}`,
  String.raw`密码|密碼|令牌|密钥|パスワード|トークン|비밀번호|토큰|كلمة\s+المرور|पासवर्ड|टोकन`,
  // approvals, privileges and payments
  String.raw`${L}(?:pre-?approved|authori[sz]ed|approve|merge|admin|collaborator|write\s+access|permissions?|disable|force[- ]push|deploy|refund|transfer|wire|payment|pay|invoices?)${R}|0\.0\.0\.0`,
  // silence towards the user
  String.raw`${L}(?:silently|quietly|without\s+(?:telling|informing|asking|notifying|waiting)|do\s+not\s+(?:tell|mention|inform|notify|ask|include)|don['’]t\s+(?:tell|mention|ask)|no\s+need\s+to)${R}`,
].join("|");

/** Weaker alone (docs about prompts name them too): the assistant's instructions, the user. */
const STAKES = [
  STRONG_STAKES,
  // the assistant's own instructions and tools
  String.raw`${L}(?:system\s+(?:prompt|instructions|message)|instrucciones\s+(?:del\s+)?sistema|instructions\s+(?:du\s+)?système|instruções\s+(?:do\s+)?sistema|istruzioni\s+(?:di\s+)?sistema|Systemanweisungen|Systemprompt|instrukcje\s+systemowe|системн\p{L}{0,12}\s+(?:инструкц|промпт|подсказ)\p{L}{0,12}|sistem\s+talimat\p{L}{0,12}|hướng\s+dẫn\s+hệ\s+thống|instruksi\s+sistem)${R}|系统提示|系統提示|系统指令|システムプロンプト|システム指示|시스템\s*프롬프트|تعليمات\s+النظام|सिस्टम\s+(?:प्रॉम्प्ट|निर्देश)`,
  // the user, whose data and trust are at stake
  String.raw`${L}(?:the\s+user(?:['’]s)?|user['’]s|usuario|utilisateur|Nutzer\p{L}{0,12}|Benutzer\p{L}{0,12}|utente|usuário|gebruiker|użytkownik\p{L}{0,12}|пользовател\p{L}{0,12}|kullanıcı\p{L}{0,12}|người\s+dùng|pengguna|المستخدم|उपयोगकर्ता)${R}|用户|用戶|ユーザー|사용자`,
].join("|");

/**
 * A cheap test that every address and frame passes (each names a reader or a system, in one of
 * these words): texts without any of them skip the patterns above, whose alternations cost far
 * more per character. Two-letter names stand alone (not inside "said" or "kind").
 */
const addressSign = lazy(() => new RegExp(
  [
    String.raw`(?<![a-z])(?:ai|ia|ki|a\.i\.)(?![a-z])|llm|gpt|claude|copilot|gemini|bot|model|assist|asist|asyst|agent|agen|ajan|robô|yapay|helper|reviewer|pair|automat|system|sistem|systè|systee|SİSTEM|im_start|inst\]|<<sys|function_results|tool_output|message|mensa|messag|nachricht|hệ\s+thống|trợ\s+lý|tác\s+nhân`,
    String.raw`ии|ассист|агент|бот|помощник|нейросет|систем|المساعد|الوكيل|الذكاء|البوت|النظام|सहायक|एजेंट|बॉट|एआई|सिस्टम`,
    String.raw`人工智能|智能体|助手|机器人|機器人|代理|エージェント|アシスタント|ボット|에이전트|어시스턴트|봇|비서|系统|系統|システム|시스템`,
  ].join("|"),
  "iu",
));

const addressRe = lazy(() => new RegExp(ADDRESS, "giu"));
const frameRe = lazy(() => new RegExp(FRAME, "giu"));
const stakesRe = lazy(() => new RegExp(STAKES, "giu"));
const strongRe = lazy(() => new RegExp(STRONG_STAKES, "giu"));
const BLANK_LINE = /\n[ \t]*\n/g;
/** How far after an address its request may sit, in the same passage. */
const PASSAGE = 400;

/** Where each match of a global pattern starts and ends, in order. */
function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first index in sorted `starts` at or after `at` (binary search). */
function firstFrom(items: ReadonlyArray<[number, number]>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as [number, number])[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs each opener with the first stake after it in the same passage; the first pair found. */
function pair(openers: ReadonlyArray<[number, number]>, stakes: ReadonlyArray<[number, number]>, blanks: ReadonlyArray<[number, number]>): [number, number] | undefined {
  for (const [start, end] of openers) {
    const k = firstFrom(stakes, end);
    const stake = stakes[k];
    if (!stake || stake[0] - end > PASSAGE) continue;
    const blank = blanks[firstFrom(blanks, end)];
    if (blank && blank[0] < stake[0]) continue;
    return [start, stake[1]];
  }
  return undefined;
}

/**
 * An address to the automated reader followed, within the same passage (up to a blank line,
 * 400 characters), by something with stakes; or a fake system or tool frame followed by strong
 * stakes (model cards and prompt-format docs show frames beside the word "user"). Each pattern
 * runs once over the text and the matches are paired by position, so the cost stays linear with
 * a small constant whatever the text repeats.
 */
export function addressedRequest(text: string): [number, number] | undefined {
  if (!addressSign().test(text)) return undefined;
  // Stakes first: without them nothing pairs, and a text of nothing but addresses ("AI agent: "
  // a million times) is not walked for each of them. Strong stakes are a subset of all stakes.
  const stakes = spans(stakesRe(), text);
  if (stakes.length === 0) return undefined;
  const openers = spans(addressRe(), text);
  const frames = spans(frameRe(), text);
  if (openers.length === 0 && frames.length === 0) return undefined;
  const blanks = spans(BLANK_LINE, text);
  const found = [openers.length > 0 ? pair(openers, stakes, blanks) : undefined, frames.length > 0 ? pair(frames, spans(strongRe(), text), blanks) : undefined];
  return found.filter((f): f is [number, number] => f !== undefined).sort((a, b) => a[0] - b[0])[0];
}

/** The openers alone, for the rule table (what `addressedRequest` pairs with a stake). */
export const addressOpener = lazy(() => new RegExp(`${ADDRESS}|${FRAME}`, "iu"));
