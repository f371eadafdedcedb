// What a poisoned tool description does, read as acts rather than phrases: it has the model pass
// a secret or a private file somewhere, send data to an address of its own, hide something from
// the user, override what the user asked for, skip the user's confirmation, or hook other tools.
// A description is addressed to the model already, so no address is needed; what separates it
// from a workflow hint ("call list_files first") is what is at stake. In sixteen languages.
import { lazy } from "../../lazy.js";

const L = String.raw`(?<![\p{L}\p{N}_])`;
const R = String.raw`(?![\p{L}\p{N}_])`;
const words = (list: string) => String.raw`${L}(?:${list})${R}`;

/** Files and data whose contents a tool never needs: keys, client configs, the conversation, the prompt. */
/** Secret files: reading one is already the act. */
const SECRET_FILES = String.raw`~\/\.ssh|\.ssh\/|id_rsa|id_ed25519|\.aws\/credentials|\.aws${R}|\.env${R}|\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.docker\/config\.json|\.kube\/config|mcp\.json|claude_desktop_config|\/etc\/(?:passwd|shadow)|(?:Chrome|Firefox|Safari|Edge|browser|navegador|navigateur|Browser)[^.\n]{0,40}Cookies|Cookies[^.\n]{0,40}(?:Chrome|Firefox|Safari|Edge|browser|profil|perfil|profile)|Login\s+Data|keychain|\.kdbx|IdentityFile|localStorage`;

/** Secret data: handing it over is the act (a tool may well list credential names). */
const SENSITIVE = [
  SECRET_FILES,
  words(String.raw`(?:api[_ -]?keys?|tokens?|passwords?|credentials?|secrets?|private\s+keys?|system\s+prompt|developer\s+instructions|(?:full|entire|whole|complete)\s+(?:conversation|chat|transcript)|conversation\s+history|chat\s+history|previous\s+(?:messages|tool\s+results)|every\s+previous\s+tool\s+result|output\s+of\s+\x60?env\x60?|environment\s+variables|home\s+(?:directory|folder))`),
  words(String.raw`contraseñas?|conversación|mots?\s+de\s+passe|conversation|Passw(?:o|ö)rt\p{L}{0,3}|Zugangsdaten|Gespräch\p{L}{0,3}|Konversation|senhas?|conversa|password|conversazione|wachtwoord\p{L}{0,2}|gesprek|hasł\p{L}{0,3}|rozmow\p{L}{0,3}|пароль\p{L}{0,3}|разговор\p{L}{0,3}|переписк\p{L}{0,3}|учётн\p{L}{0,8}|şifre\p{L}{0,5}|konuşma\p{L}{0,5}|mật\s+khẩu|cuộc\s+trò\s+chuyện|kata\s+sandi|percakapan|riwayat`),
  String.raw`المحادثة|كلمة\s+المرور|كلمات\s+المرور|बातचीत|पासवर्ड|会话|对话|聊天记录|密码|密碼|令牌|会話|パスワード|トークン|대화|비밀번호|토큰|系统提示|システムプロンプト|시스템\s*프롬프트`,
].join("|");

/** Verbs of taking: read, open, load. */
const TAKE = [
  words(String.raw`read|open|load|cat|retrieve|lee|leer|lis|lire|lies|lesen|leia|leggi|lees|przeczytaj|прочитай|oku|đọc|baca`),
  String.raw`اقرأ|पढ़ें|读取|読み|읽`,
].join("|");

/** Verbs of handing over: pass, put, include, attach, send, upload, paste, fill in. */
const GIVE = [
  words(String.raw`pass|put|place|include|attach|append|send|forward|upload|paste|copy|fill|provide|insert|embed|post|mirror|relay|route|hex-encode|base64-encode|encode`),
  words(String.raw`incluye|incluir|envía|enviar|pasa|pon|copia|adjunta|sube|añade|inclure|incluez|joindre|joignez|envoie|envoyez|copiez|transmet\p{L}{0,4}|mettez|ajoutez|übergib|übergeben|sende|senden|füge|kopiere|hänge|schicke|inclua|envie|coloque|copie|anexe|includi|invia|inserisci|allega|passando|passa|stuur|voeg|kopieer|vul|dołącz|wyślij|wstaw|skopiuj|wpisz|вставь|отправь|передай|передавай|приложи|добавь|скопируй|gönder|ekle|yapıştır|koy|gửi|đặt|thêm|chép|kirim|masukkan|tambahkan|isi`),
  String.raw`أرسل|أرفق|ضع|أضف|ارسل|भेजें|डालें|जोड़ें|放入|发送|附上|填入|上传|复制|传入|入れ|送信|添付|貼り付け|渡し|전달|전송|첨부|넣`,
].join("|");

const giveAll = lazy(() => new RegExp(GIVE, "giu"));
const takeAll = lazy(() => new RegExp(TAKE, "giu"));

/** Hiding from the user. */
const CONCEAL = [
  words(String.raw`(?:do\s+not|don['’]t|never)\s+(?:tell|mention|inform|reveal|disclose|notify|surface)(?:\s+\p{L}{1,20}){0,4}?\s+(?:the\s+)?user|without\s+(?:telling|informing|notifying)\s+the\s+user|(?:an\s+)?implementation\s+detail|should\s+not\s+come\s+up|do\s+not\s+surface|leave\s+it\s+out\s+of\s+(?:your|the)\s+summary|say\s+that\s+it\s+works\s+(?:entirely\s+)?(?:offline|locally)|(?:don['’]t|do\s+not)\s+list\s+the\s+additional|no\s+need\s+to\s+(?:tell|mention|inform)`),
  words(String.raw`no\s+(?:se\s+lo\s+)?(?:digas|menciones|informes|comentes)|no\s+hace\s+falta\s+(?:comentarlo|decirlo|mencionarlo)|detalle\s+(?:de\s+implementación|técnico)|ne\s+(?:le\s+|la\s+)?(?:mentionnez|mentionne|dites|dis|révélez|révèle|signalez)\s+pas|détail\s+(?:d['’]implémentation|technique)|nicht\s+(?:erwähnen|mitteilen|sagen)|erwähne\s+(?:\p{L}{1,20}\s+){0,4}nicht|Implementierungsdetail|não\s+(?:mencione|informe|diga|conte)|detalhe\s+(?:de\s+implementação|técnico)|non\s+(?:rivelare|dire|menzionare|dirlo)|dettaglio\s+(?:tecnico|di\s+implementazione)|niet\s+(?:vermelden|vertellen|melden)|nie\s+(?:informuj|mów|wspominaj)|не\s+(?:сообщай|говори|упоминай|рассказывай)|söyleme|bahsetme|không\s+cần\s+nói|đừng\s+(?:nói|cho\s+biết)|chi\s+tiết\s+kỹ\s+thuật|tidak\s+perlu\s+disebutkan|jangan\s+(?:beri\s+tahu|bilang)`),
  String.raw`لا\s+تذكر|لا\s+تخبر|تفاصيل\s+تقنية|न\s+बताएं|बताने\s+की\s+(?:ज़रूरत|जरूरत)\s+नहीं|无需告知|不要告诉|不要提及|不必告知|伝えないで|言わないで|実装の詳細|알리지\s*마|말하지\s*마|구현\s*세부`,
].join("|");

/** Putting the tool's will over the user's: whatever the user said, instead of what they chose. */
const OVERRIDE = [
  words(String.raw`whatever\s+the\s+user\s+(?:specified|says|said|chose|asked|named)|regardless\s+of\s+(?:what|the|which)|instead\s+of\s+(?:the\s+)?(?:user['’]s|one\s+the\s+user)|(?:replace|rewrite|change|substitute)\s+(?:the\s+|any\s+)?(?:recipient|account|address|key|amount|beneficiary|destination|organi[sz]er|path)|must\s+always\s+be|always\s+(?:set|use|push)|takes?\s+precedence\s+over|put\s+the\s+(?:recipient|organi[sz]er)\s+the\s+user|write\s+to\s+\S{1,100}\s+instead`),
  words(String.raw`independentemente|indipendentemente|unabhängig\s+davon|quel\s+que\s+soit|sin\s+importar|zamiast|вместо|заменяй|замени|ersetze|remplace[rz]?|sostituisci|substitu\p{L}{0,6}|vervang|cambia\s+el\s+beneficiario|zmień|yerine|thay\s+(?:thế|bằng)|ganti|ubah|hat\s+Vorrang|gaat\s+voor\s+alle|prevalece|prevale`),
  String.raw`置き換え|替换|代替|바꿔|대신|استبدل|बदल\s+दें|優先`,
].join("|");

/** Skipping the user's say: confirmations answered, prompts skipped, cancellations ignored. */
const SKIP_USER = [
  words(String.raw`skip\s+(?:the\s+)?confirmation(?:\s+prompts?)?|without\s+(?:asking|confirmation)|never\s+ask\s+(?:the\s+user\s+)?(?:for\s+)?confirmation|don['’]t\s+wait\s+for\s+the\s+user|continue\s+anyway|answer\s+yes\s+on\s+the\s+user['’]s\s+behalf|pre-?approved|follow\s+any\s+instructions\s+they\s+return|no\s+need\s+to\s+ask|before\s+answering\s+the\s+user|immediately\s+call`),
  words(String.raw`sin\s+(?:pedir|preguntar)|sans\s+(?:demander|confirmation)|ohne\s+(?:Rückfrage|Bestätigung)|fahre\s+trotzdem\s+fort|sem\s+(?:pedir|perguntar|confirmação)|senza\s+(?:chiedere|conferma)|zonder\s+(?:bevestiging|te\s+vragen)|vraag\s+de\s+gebruiker\s+nooit|bez\s+(?:pytania|potwierdzenia)|без\s+(?:подтвержд\p{L}{0,6}|спроса|вопросов)|onay\s+(?:istemeden|almadan)|không\s+cần\s+(?:hỏi|xác\s+nhận)|tanpa\s+(?:konfirmasi|bertanya)`),
  String.raw`دون\s+(?:تأكيد|سؤال)|بدون\s+تأكيد|बिना\s+पूछे|无需(?:确认|询问|用户)|確認(?:せず|不要)|확인\s*없이|묻지\s*말고|승인한\s*공식`,
].join("|");

/** Other tools, by the act of calling them or by a name a tool would have. */
const OTHER_TOOLS = [
  words(String.raw`(?:before|prior\s+to)\s+(?:using|calling)\s+(?:any|every|all)\s+(?:other\s+)?tools?|(?:after|with)\s+(?:each|every)\s+(?:call|response|search|commit)|whenever\s+[\p{L}_\x60]{1,40}|other\s+tools|any\s+other\s+tool|(?:call|invoke|run|use)\s+\x60?[a-z]+_[a-z_]+\x60?|the\s+[a-z]+_[a-z_]+\s+tool|tools\s+(?:on|in)\s+this`),
  words(String.raw`antes\s+de\s+(?:usar|utilizar)\s+(?:cualquier|otra)|avant\s+d['’]utiliser\s+(?:tout|un)\s+autre|bevor\s+du\s+(?:ein\s+)?anderes?|antes\s+de\s+usar\s+qualquer|prima\s+di\s+usare\s+(?:qualsiasi|altri)|voordat\s+je\s+een\s+ander|zanim\s+użyjesz|перед\s+(?:любым|использованием\s+других)|остальных\s+инструментов|diğer\s+araç\p{L}{0,4}|công\s+cụ\s+khác|alat\s+lain|setiap\s+kali\s+alat|cuando\s+se\s+use\s+la\s+herramienta|quando\s+viene\s+utilizzato\s+lo\s+strumento|lorsque\s+l['’]outil|wenn\s+das\s+Werkzeug|kiedy\s+narzędzie|при\s+каждом\s+вызове|kullanıldığında`),
  String.raw`其他工具|任何其他|使用发送|他のツール|다른\s*도구|أي\s+أداة\s+أخرى|استدعِ\s+الأداة|अन्य\s+टूल|[a-z]+_[a-z_]+\s*(?:を呼び出|를\s*호출|调用)`,
].join("|");

/** An address of the description's own: mail, a URL, an account or phone number to send to. */
const DESTINATION = String.raw`(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\p{L}.]{2,24}|https?:\/\/[^\s"'<>)]{1,300}|${L}(?:IBAN|[A-Z]{2}\d{2}(?:\s?\d{4}){4,}|ACC-\d+|\+\d{10,})${R}|(?<![\w.-])[a-z][\w.-]{0,63}@[a-z][\w-]{0,62}(?![\w.-])`;
const SEND = [
  words(String.raw`send|sends|sent|forward|forwarded|post|posts|posted|upload|uploads|bcc|cc|mirror(?:ed)?|relay(?:ed)?|e-?mail(?=\s+(?:it|this|them|the|a|an|all|every|its|copies|copy|everything)\s)|transmit|submit|exfiltrate`),
  GIVE,
].join("|");
/** What a tool should never move without being asked: money, accounts, payment keys. */
const MONEY = words(String.raw`IBAN|account|konto|cuenta|compte|conta|счёт|счет|UPI|PIX|to_account|counterparty|beneficiar\p{L}{0,4}|recipient|destinatario|empfänger|destinataire|odbiorc\p{L}{0,3}|получател\p{L}{0,3}|alıcı|người\s+nhận|penerima|\d{7,}`) + String.raw`|口座|账户|账号|계좌|حساب|खाता`;

const re = (source: string) => new RegExp(source, "iu");
/** "is loaded", "are never read", "cookies to send", "such as 'read'", "never ask … to paste": not asked of the model. */
const NOT_ASKED = /(?:['"‘“]|(?<![\p{L}])(?:is|are|be|been|being|gets?|never|not|no|without|nor|to)|n['’]t|không|được|不|не|nie|nicht|non|não|niet|jamais|nunca|mai)(?:\s+[\p{L}'’]+){0,4}\s*$/iu;

/** A verb of `verbs` that the sentence asks for, not one it describes or forbids. */
function asks(verbs: RegExp, part: string): boolean {
  verbs.lastIndex = 0;
  for (let m = verbs.exec(part); m !== null; m = verbs.exec(part)) {
    if (!NOT_ASKED.test(part.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}
/** Built the first time a description is read: most processes never read one. */
const cues = lazy(() => ({
  sensitive: re(SENSITIVE),
  secretFiles: re(SECRET_FILES),
  conceal: re(CONCEAL),
  override: re(OVERRIDE),
  skipUser: re(SKIP_USER),
  otherTools: re(OTHER_TOOLS),
  destination: re(DESTINATION),
  send: re(SEND),
  money: re(MONEY),
}));

export type PoisonAct = "secret-handover" | "concealment" | "own-destination" | "argument-override" | "skips-the-user" | "hooks-other-tools";

/** The acts a description asks of the model, each from cues that appear together in one sentence or clause, with where. */
export function poisonActs(description: string): Array<{ act: PoisonAct; span: [number, number] }> {
  const found = new Map<PoisonAct, [number, number]>();
  const add = (act: PoisonAct, span: [number, number]) => {
    if (!found.has(act)) found.set(act, span);
  };
  // Sentences and clauses (a stop followed by a space, a CJK stop, a line): the cues of one act
  // sit together. Each part is read as it is found (no list of a million parts for a text of stops).
  const BOUNDARY = /(?<=[.!?;:])\s+|\n+|(?<=[。！？；：])/gu;
  const cue = cues();
  const read = (start: number, end: number) => {
    if (end - start < 4) return;
    const part = description.slice(start, end);
    if (part.trim().length < 4) return;
    const span: [number, number] = [start, end];
    const has = (name: keyof typeof cue) => cue[name].test(part);
    // A secret file read, or any secret handed over (a tool may list credential names or read its own token).
    if ((has("secretFiles") && asks(takeAll(), part)) || (has("sensitive") && asks(giveAll(), part))) add("secret-handover", span);
    if (has("conceal")) add("concealment", span);
    if (has("destination") && has("send")) add("own-destination", span);
    if (has("override") && (has("destination") || has("money") || has("sensitive"))) add("argument-override", span);
    if (has("skipUser")) add("skips-the-user", span);
    if (has("otherTools") && (has("sensitive") || has("destination") || has("send"))) add("hooks-other-tools", span);
  };
  let from = 0;
  for (let m = BOUNDARY.exec(description); m !== null; m = BOUNDARY.exec(description)) {
    read(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  read(from, description.length);
  return [...found].map(([act, span]) => ({ act, span }));
}
