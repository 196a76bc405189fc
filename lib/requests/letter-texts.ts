/**
 * The words of the letters a reader sends (lib/requests/letters.ts builds them), one set per language the
 * reader can write in. These are legal texts a company or an authority reads: each language cites the
 * articles as that language's official texts do ("Art. 21 DSGVO", "article 21 du RGPD", "artículo 21 del
 * RGPD", "articolo 21 del GDPR"), with the same article numbers as the English letter (GDPR Art. 12(3), 15,
 * 17, 21). US statutes keep their English names (they have no other). Pure and dependency-free.
 */
import type { Locale } from "@/lib/i18n/locales";
import type { LawId, Period } from "./laws";
import type { RequestRight } from "./vocabulary";

/** What the reader's letter is about; the name and account address are typed in the browser, never stored. */
export type LetterFacts = {
  company: string;
  platform: string;
  right: RequestRight;
  law: LawId;
  /** The reader's name and the address of their account with the company: typed in the browser, never stored. */
  name: string;
  accountEmail: string;
  /** Calendar dates ("2026-12-05"), written out in the letter's language. */
  sentOn?: string;
  dueOn?: string | null;
  reference?: string | null;
  /** What the company did, for a complaint: nothing, refused, asked for more. */
  outcome?: "no-answer" | "refused" | "asked-for-more";
  /** The authority the complaint goes to. */
  authority?: string;
};

/** The facts a letter states, with dates already written in the letter's language and the law's period. */
export type LetterWords = LetterFacts & {
  /** The law's reply period (none for "none"). */
  period: Period | null;
  /** The US statute that sets the period ("California Civil Code § 1798.130(a)(2)(A)"), for US laws. */
  usCitation: string | null;
};

export type Letter = { subject: string; body: string };

export type LetterTexts = {
  request(f: LetterWords): Letter;
  followUp(f: LetterWords): Letter;
  complaint(f: LetterWords): Letter;
};

/** The GDPR article of each right: the same numbers in every language. */
export const GDPR_ARTICLES: Record<RequestRight, number> = { object: 21, erase: 17, access: 15 };
/** The GDPR article that sets the reply period (Art. 12(3)). */
const PERIOD_ARTICLE = { article: 12, paragraph: 3 } as const;

/** US statutes, named as they are (no official translation exists). */
function usBasis(law: LawId, right: RequestRight): string {
  if (law === "us-ca") return right === "erase" ? "the California Consumer Privacy Act (Cal. Civ. Code § 1798.105)" : "the California Consumer Privacy Act (Cal. Civ. Code § 1798.110)";
  if (law === "us-va") return "the Virginia Consumer Data Protection Act (Va. Code § 59.1-577)";
  if (law === "us-ut") return "the Utah Consumer Privacy Act (Utah Code § 13-61-201)";
  return "";
}
const usName = (law: LawId, right: RequestRight) => usBasis(law, right).replace(/^the /, "");

/** "Please …" → "please …" after "Under …,"; "I" stays a capital. */
function lowerFirst(sentence: string): string {
  return sentence.startsWith("I ") ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

const lines = (...all: (string | false | null | undefined)[]) => all.filter((l): l is string => typeof l === "string").join("\n");

const english: LetterTexts = (() => {
  const basis = (law: LawId, right: RequestRight) =>
    law === "gdpr" ? `Article ${GDPR_ARTICLES[right]} of the General Data Protection Regulation (GDPR)` : law === "uk-gdpr" ? `Article ${GDPR_ARTICLES[right]} of the UK GDPR` : usBasis(law, right);
  const what = (right: RequestRight, platform: string) =>
    right === "object"
      ? `I object to the processing of my personal data for developing, training and improving artificial intelligence models and features, including the content and activity of my ${platform} account.`
      : right === "erase"
        ? `Please erase the personal data you hold about me, including what is linked to my ${platform} account, and tell the recipients you disclosed it to.`
        : "Please give me a copy of the personal data you hold about me, including what was used to train or improve AI models, with the purposes, recipients, retention period and source of that data.";
  const subject = (right: RequestRight) => (right === "object" ? "Objection to processing" : right === "erase" ? "Erasure request" : "Access request");
  const asked = (right: RequestRight) => (right === "object" ? "an objection to the processing of my personal data for AI training" : right === "erase" ? "a request to erase my personal data" : "a request for access to my personal data");
  const email = (f: LetterWords) => f.accountEmail || "[the email address of your account]";
  const signature = (f: LetterWords) => ["", "Kind regards,", f.name || "[your name]", `Account: ${email(f)}`];
  const deadline = (f: LetterWords) => {
    if (!f.period) return "Please reply without undue delay.";
    const period = "months" in f.period ? `${f.period.months} month${f.period.months === 1 ? "" : "s"}` : `${f.period.days} days`;
    const source = f.law === "gdpr" ? `GDPR Article ${PERIOD_ARTICLE.article}(${PERIOD_ARTICLE.paragraph})` : f.law === "uk-gdpr" ? `UK GDPR Article ${PERIOD_ARTICLE.article}(${PERIOD_ARTICLE.paragraph})` : f.usCitation;
    return `Under ${source}, you must reply within ${period} of receiving this request.`;
  };
  return {
    request: (f) => {
      const b = basis(f.law, f.right);
      return {
        subject: `${subject(f.right)}: ${f.platform} account ${f.accountEmail}`.trim(),
        body: lines(
          `To ${f.company}'s privacy team,`,
          "",
          b ? `Under ${b}, ${lowerFirst(what(f.right, f.platform))}` : what(f.right, f.platform),
          "",
          `My account with ${f.platform} uses the email address ${email(f)}.`,
          f.right === "object" ? "Please confirm that you have stopped this processing, and that my data will not be used to train or improve models from now on." : "Please confirm when you have done this.",
          deadline(f),
          ...signature(f),
        ),
      };
    },
    followUp: (f) => {
      const b = basis(f.law, f.right);
      return {
        subject: `Follow-up: ${subject(f.right).toLowerCase()} sent on ${f.sentOn ?? ""}`.trim(),
        body: lines(
          `To ${f.company}'s privacy team,`,
          "",
          `On ${f.sentOn ?? "[date]"} I sent you ${asked(f.right)}${b ? ` under ${b}` : ""}${f.reference ? ` (your reference: ${f.reference})` : ""}.`,
          f.dueOn ? `Your answer was due by ${f.dueOn}, and I have not received it.` : "I have not received an answer.",
          "",
          "Please answer within 7 days. If I do not hear from you, I will complain to the data protection authority.",
          ...signature(f),
        ),
      };
    },
    complaint: (f) => {
      const b = basis(f.law, f.right);
      const happened =
        f.outcome === "refused"
          ? "The company refused my request."
          : f.outcome === "asked-for-more"
            ? "The company asked me for more information, which I consider unnecessary to handle the request."
            : f.dueOn
              ? `The company did not answer by ${f.dueOn}, the deadline set by law, nor did it tell me it needed more time.`
              : "The company has not answered.";
      const complainedAbout = f.right === "object" ? "an objection to the use of my personal data for training AI models" : asked(f.right);
      return {
        subject: `Complaint against ${f.company}: ${subject(f.right).toLowerCase()} not handled`,
        body: lines(
          `To ${f.authority ?? "the data protection authority"},`,
          "",
          `I want to lodge a complaint against ${f.company} (${f.platform}).`,
          "",
          `On ${f.sentOn ?? "[date]"} I sent ${f.company} ${complainedAbout}${b ? ` under ${b}` : ""}${f.reference ? ` (their reference: ${f.reference})` : ""}.`,
          happened,
          "",
          "I ask you to examine this complaint and to order the company to deal with my request. I can send you a copy of my request and of any reply.",
          ...signature(f),
        ),
      };
    },
  };
})();

const german: LetterTexts = (() => {
  const basis = (law: LawId, right: RequestRight) =>
    law === "gdpr" ? `Art. ${GDPR_ARTICLES[right]} DSGVO` : law === "uk-gdpr" ? `Art. ${GDPR_ARTICLES[right]} UK GDPR` : usName(law, right);
  const what = (right: RequestRight, platform: string) =>
    right === "object"
      ? `widerspreche ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung, das Training und die Verbesserung von Modellen und Funktionen künstlicher Intelligenz, einschließlich der Inhalte und Aktivitäten meines ${platform}-Kontos.`
      : right === "erase"
        ? `bitte ich Sie, die personenbezogenen Daten, die Sie über mich gespeichert haben, zu löschen, einschließlich der mit meinem ${platform}-Konto verknüpften, und die Empfänger zu informieren, denen Sie sie offengelegt haben.`
        : "bitte ich Sie um eine Kopie der personenbezogenen Daten, die Sie über mich verarbeiten, einschließlich derer, die zum Training oder zur Verbesserung von KI-Modellen verwendet wurden, mit den Zwecken, Empfängern, der Speicherdauer und der Herkunft dieser Daten.";
  const subject = (right: RequestRight) => (right === "object" ? "Widerspruch gegen die Verarbeitung" : right === "erase" ? "Antrag auf Löschung" : "Auskunftsersuchen");
  const asked = (right: RequestRight) => (right === "object" ? "einen Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten für das KI-Training" : right === "erase" ? "einen Antrag auf Löschung meiner personenbezogenen Daten" : "ein Auskunftsersuchen zu meinen personenbezogenen Daten");
  const email = (f: LetterWords) => f.accountEmail || "[die E-Mail-Adresse Ihres Kontos]";
  const signature = (f: LetterWords) => ["", "Mit freundlichen Grüßen", f.name || "[Ihr Name]", `Konto: ${email(f)}`];
  const deadline = (f: LetterWords) => {
    if (!f.period) return "Bitte antworten Sie unverzüglich.";
    const period = "months" in f.period ? (f.period.months === 1 ? "eines Monats" : `von ${f.period.months} Monaten`) : `von ${f.period.days} Tagen`;
    const source = f.law === "gdpr" ? `Art. ${PERIOD_ARTICLE.article} Abs. ${PERIOD_ARTICLE.paragraph} DSGVO` : f.law === "uk-gdpr" ? `Art. ${PERIOD_ARTICLE.article} Abs. ${PERIOD_ARTICLE.paragraph} UK GDPR` : f.usCitation;
    return `Nach ${source} müssen Sie innerhalb ${period} nach Eingang dieses Schreibens antworten.`;
  };
  return {
    request: (f) => {
      const b = basis(f.law, f.right);
      return {
        subject: `${subject(f.right)}: ${f.platform}-Konto ${f.accountEmail}`.trim(),
        body: lines(
          "Sehr geehrte Damen und Herren,",
          "",
          `${b ? `gemäß ${b}` : "hiermit"} ${what(f.right, f.platform)}`,
          "",
          `Mein ${f.platform}-Konto nutzt die E-Mail-Adresse ${email(f)}.`,
          f.right === "object" ? "Bitte bestätigen Sie, dass Sie diese Verarbeitung eingestellt haben und meine Daten künftig nicht zum Training oder zur Verbesserung von Modellen verwendet werden." : "Bitte bestätigen Sie mir, wenn Sie dies erledigt haben.",
          deadline(f),
          ...signature(f),
        ),
      };
    },
    followUp: (f) => {
      const b = basis(f.law, f.right);
      return {
        subject: `Erinnerung: ${subject(f.right)} vom ${f.sentOn ?? ""}`.trim(),
        body: lines(
          "Sehr geehrte Damen und Herren,",
          "",
          `am ${f.sentOn ?? "[Datum]"} habe ich Ihnen ${asked(f.right)}${b ? ` nach ${b}` : ""} gesendet${f.reference ? ` (Ihr Aktenzeichen: ${f.reference})` : ""}.`,
          f.dueOn ? `Ihre Antwort war bis zum ${f.dueOn} fällig, und ich habe sie nicht erhalten.` : "Ich habe keine Antwort erhalten.",
          "",
          "Bitte antworten Sie innerhalb von 7 Tagen. Andernfalls werde ich mich bei der Datenschutzaufsichtsbehörde beschweren.",
          ...signature(f),
        ),
      };
    },
    complaint: (f) => {
      const b = basis(f.law, f.right);
      const happened =
        f.outcome === "refused"
          ? "Das Unternehmen hat meinen Antrag abgelehnt."
          : f.outcome === "asked-for-more"
            ? "Das Unternehmen hat weitere Angaben von mir verlangt, die für die Bearbeitung meines Antrags meines Erachtens nicht nötig sind."
            : f.dueOn
              ? `Das Unternehmen hat nicht bis zum ${f.dueOn}, der gesetzlichen Frist, geantwortet und mir auch nicht mitgeteilt, dass es mehr Zeit braucht.`
              : "Das Unternehmen hat nicht geantwortet.";
      return {
        subject: `Beschwerde gegen ${f.company}: ${subject(f.right)} nicht bearbeitet`,
        body: lines(
          `An ${f.authority ?? "die Datenschutzaufsichtsbehörde"}`,
          "",
          "Sehr geehrte Damen und Herren,",
          "",
          `hiermit lege ich Beschwerde gegen ${f.company} (${f.platform}) ein.`,
          "",
          `Am ${f.sentOn ?? "[Datum]"} habe ich ${f.company} ${asked(f.right)}${b ? ` nach ${b}` : ""} gesendet${f.reference ? ` (Aktenzeichen des Unternehmens: ${f.reference})` : ""}.`,
          happened,
          "",
          "Ich bitte Sie, diese Beschwerde zu prüfen und das Unternehmen anzuweisen, meinen Antrag zu bearbeiten. Eine Kopie meines Antrags und etwaiger Antworten kann ich Ihnen zusenden.",
          ...signature(f),
        ),
      };
    },
  };
})();

/** French, Spanish and Italian share one shape: only the words differ. */
type Romance = {
  basis: (law: LawId, right: RequestRight) => string;
  periodSource: (law: "gdpr" | "uk-gdpr") => string;
  period: (p: Period) => string;
  what: (right: RequestRight, platform: string) => string;
  subject: (right: RequestRight) => string;
  asked: (right: RequestRight) => string;
  blankEmail: string;
  blankName: string;
  blankDate: string;
  greeting: string;
  regards: string;
  account: string;
  undueDelay: string;
  deadline: (source: string, period: string) => string;
  usesEmail: (platform: string, email: string) => string;
  requestSubject: (subject: string, platform: string, email: string) => string;
  confirmObjection: string;
  confirmDone: string;
  followUpSubject: (subject: string, sentOn: string) => string;
  followUpSent: (sentOn: string, asked: string, basis: string, reference: string | null) => string;
  wasDue: (dueOn: string) => string;
  noAnswer: string;
  sevenDays: string;
  complaintSubject: (company: string, subject: string) => string;
  to: (authority: string | undefined) => string;
  lodge: (company: string, platform: string) => string;
  complaintSent: (sentOn: string, company: string, asked: string, basis: string, reference: string | null) => string;
  refused: string;
  askedForMore: string;
  lateBy: (dueOn: string) => string;
  noReply: string;
  examine: string;
};

/** "En application de l’article 21 du RGPD" → " en application de l’article 21 du RGPD" inside a sentence; "" without a law. */
const inline = (basis: string) => (basis ? ` ${basis.charAt(0).toLowerCase()}${basis.slice(1)}` : "");

function romance(w: Romance): LetterTexts {
  const email = (f: LetterWords) => f.accountEmail || w.blankEmail;
  const signature = (f: LetterWords) => ["", w.regards, f.name || w.blankName, `${w.account} ${email(f)}`];
  const deadline = (f: LetterWords) => {
    if (!f.period) return w.undueDelay;
    const source = f.law === "gdpr" || f.law === "uk-gdpr" ? w.periodSource(f.law) : (f.usCitation ?? "");
    return w.deadline(source, w.period(f.period));
  };
  return {
    request: (f) => {
      const b = w.basis(f.law, f.right);
      const what = w.what(f.right, f.platform);
      return {
        subject: w.requestSubject(w.subject(f.right), f.platform, f.accountEmail).trim(),
        body: lines(
          w.greeting,
          "",
          b ? `${b}, ${what}` : what.charAt(0).toUpperCase() + what.slice(1),
          "",
          w.usesEmail(f.platform, email(f)),
          f.right === "object" ? w.confirmObjection : w.confirmDone,
          deadline(f),
          ...signature(f),
        ),
      };
    },
    followUp: (f) => ({
      subject: w.followUpSubject(w.subject(f.right), f.sentOn ?? "").trim(),
      body: lines(
        w.greeting,
        "",
        w.followUpSent(f.sentOn ?? w.blankDate, w.asked(f.right), w.basis(f.law, f.right), f.reference ?? null),
        f.dueOn ? w.wasDue(f.dueOn) : w.noAnswer,
        "",
        w.sevenDays,
        ...signature(f),
      ),
    }),
    complaint: (f) => ({
      subject: w.complaintSubject(f.company, w.subject(f.right)),
      body: lines(
        w.to(f.authority),
        "",
        w.greeting,
        "",
        w.lodge(f.company, f.platform),
        "",
        w.complaintSent(f.sentOn ?? w.blankDate, f.company, w.asked(f.right), w.basis(f.law, f.right), f.reference ?? null),
        f.outcome === "refused" ? w.refused : f.outcome === "asked-for-more" ? w.askedForMore : f.dueOn ? w.lateBy(f.dueOn) : w.noReply,
        "",
        w.examine,
        ...signature(f),
      ),
    }),
  };
}

const french = romance({
  basis: (law, right) => (law === "gdpr" ? `En application de l’article ${GDPR_ARTICLES[right]} du RGPD` : law === "uk-gdpr" ? `En application de l’article ${GDPR_ARTICLES[right]} du UK GDPR` : usName(law, right) ? `En application du ${usName(law, right)}` : ""),
  periodSource: (law) => `l’article ${PERIOD_ARTICLE.article}, paragraphe ${PERIOD_ARTICLE.paragraph}, du ${law === "gdpr" ? "RGPD" : "UK GDPR"}`,
  period: (p) => ("months" in p ? (p.months === 1 ? "d’un mois" : `de ${p.months} mois`) : `de ${p.days} jours`),
  what: (right, platform) =>
    right === "object"
      ? `je m’oppose au traitement de mes données personnelles pour le développement, l’entraînement et l’amélioration de modèles et de fonctions d’intelligence artificielle, y compris le contenu et l’activité de mon compte ${platform}.`
      : right === "erase"
        ? `je vous demande d’effacer les données personnelles que vous détenez sur moi, y compris celles liées à mon compte ${platform}, et d’en informer les destinataires auxquels vous les avez communiquées.`
        : "je vous demande une copie des données personnelles que vous détenez sur moi, y compris celles utilisées pour entraîner ou améliorer des modèles d’IA, avec les finalités, les destinataires, la durée de conservation et la source de ces données.",
  subject: (right) => (right === "object" ? "Opposition au traitement" : right === "erase" ? "Demande d’effacement" : "Demande d’accès"),
  asked: (right) => (right === "object" ? "une opposition au traitement de mes données personnelles pour l’entraînement de l’IA" : right === "erase" ? "une demande d’effacement de mes données personnelles" : "une demande d’accès à mes données personnelles"),
  blankEmail: "[l’adresse e-mail de votre compte]",
  blankName: "[votre nom]",
  blankDate: "[date]",
  greeting: "Madame, Monsieur,",
  regards: "Veuillez agréer mes salutations distinguées,",
  account: "Compte :",
  undueDelay: "Merci de me répondre dans les meilleurs délais.",
  deadline: (source, period) => `Conformément à ${source}, vous devez me répondre dans un délai ${period} à compter de la réception de cette demande.`,
  usesEmail: (platform, email) => `Mon compte ${platform} utilise l’adresse e-mail ${email}.`,
  requestSubject: (subject, platform, email) => `${subject} : compte ${platform} ${email}`,
  confirmObjection: "Merci de me confirmer que vous avez cessé ce traitement et que mes données ne serviront plus à entraîner ou à améliorer des modèles.",
  confirmDone: "Merci de me confirmer quand ce sera fait.",
  followUpSubject: (subject, sentOn) => `Relance : ${subject.charAt(0).toLowerCase()}${subject.slice(1)} envoyée le ${sentOn}`,
  followUpSent: (sentOn, asked, basis, reference) => `Le ${sentOn}, je vous ai adressé ${asked}${inline(basis)}${reference ? ` (votre référence : ${reference})` : ""}.`,
  wasDue: (dueOn) => `Votre réponse était attendue au plus tard le ${dueOn}, et je ne l’ai pas reçue.`,
  noAnswer: "Je n’ai reçu aucune réponse.",
  sevenDays: "Merci de me répondre sous 7 jours. Sans réponse de votre part, je saisirai l’autorité de protection des données.",
  complaintSubject: (company, subject) => `Plainte contre ${company} : ${subject.charAt(0).toLowerCase()}${subject.slice(1)} restée sans suite`,
  to: (authority) => `À l’attention de : ${authority ?? "l’autorité de protection des données"}`,
  lodge: (company, platform) => `Je souhaite déposer une plainte contre ${company} (${platform}).`,
  complaintSent: (sentOn, company, asked, basis, reference) => `Le ${sentOn}, j’ai adressé à ${company} ${asked}${inline(basis)}${reference ? ` (sa référence : ${reference})` : ""}.`,
  refused: "L’entreprise a refusé ma demande.",
  askedForMore: "L’entreprise m’a demandé des informations supplémentaires, que j’estime inutiles pour traiter ma demande.",
  lateBy: (dueOn) => `L’entreprise n’a pas répondu avant le ${dueOn}, date limite fixée par la loi, et ne m’a pas indiqué avoir besoin de plus de temps.`,
  noReply: "L’entreprise n’a pas répondu.",
  examine: "Je vous demande d’examiner cette plainte et d’ordonner à l’entreprise de traiter ma demande. Je peux vous transmettre une copie de ma demande et de toute réponse.",
});

const spanish = romance({
  basis: (law, right) => (law === "gdpr" ? `En virtud del artículo ${GDPR_ARTICLES[right]} del RGPD` : law === "uk-gdpr" ? `En virtud del artículo ${GDPR_ARTICLES[right]} del UK GDPR` : usName(law, right) ? `En virtud de la ${usName(law, right)}` : ""),
  periodSource: (law) => `el artículo ${PERIOD_ARTICLE.article}, apartado ${PERIOD_ARTICLE.paragraph}, del ${law === "gdpr" ? "RGPD" : "UK GDPR"}`,
  period: (p) => ("months" in p ? (p.months === 1 ? "un mes" : `${p.months} meses`) : `${p.days} días`),
  what: (right, platform) =>
    right === "object"
      ? `me opongo al tratamiento de mis datos personales para desarrollar, entrenar y mejorar modelos y funciones de inteligencia artificial, incluidos el contenido y la actividad de mi cuenta de ${platform}.`
      : right === "erase"
        ? `les solicito que supriman los datos personales que conservan sobre mí, incluidos los vinculados a mi cuenta de ${platform}, y que informen a los destinatarios a quienes los hayan comunicado.`
        : "les solicito una copia de los datos personales que conservan sobre mí, incluidos los utilizados para entrenar o mejorar modelos de IA, con los fines, los destinatarios, el plazo de conservación y el origen de esos datos.",
  subject: (right) => (right === "object" ? "Oposición al tratamiento" : right === "erase" ? "Solicitud de supresión" : "Solicitud de acceso"),
  asked: (right) => (right === "object" ? "una oposición al tratamiento de mis datos personales para entrenar IA" : right === "erase" ? "una solicitud de supresión de mis datos personales" : "una solicitud de acceso a mis datos personales"),
  blankEmail: "[la dirección de correo de tu cuenta]",
  blankName: "[tu nombre]",
  blankDate: "[fecha]",
  greeting: "Estimados señores:",
  regards: "Atentamente,",
  account: "Cuenta:",
  undueDelay: "Les ruego que respondan sin dilación indebida.",
  deadline: (source, period) => `Conforme ${source.startsWith("el ") ? `al ${source.slice(3)}` : `a ${source}`}, deben responder en el plazo de ${period} desde la recepción de esta solicitud.`,
  usesEmail: (platform, email) => `Mi cuenta de ${platform} usa la dirección de correo ${email}.`,
  requestSubject: (subject, platform, email) => `${subject}: cuenta de ${platform} ${email}`,
  confirmObjection: "Les ruego que confirmen que han dejado de realizar este tratamiento y que mis datos no se usarán en adelante para entrenar o mejorar modelos.",
  confirmDone: "Les ruego que me confirmen cuando lo hayan hecho.",
  followUpSubject: (subject, sentOn) => `Recordatorio: ${subject.charAt(0).toLowerCase()}${subject.slice(1)} enviada el ${sentOn}`,
  followUpSent: (sentOn, asked, basis, reference) => `El ${sentOn} les envié ${asked}${inline(basis)}${reference ? ` (su referencia: ${reference})` : ""}.`,
  wasDue: (dueOn) => `Su respuesta debía llegar a más tardar el ${dueOn}, y no la he recibido.`,
  noAnswer: "No he recibido respuesta.",
  sevenDays: "Les ruego que respondan en un plazo de 7 días. Si no recibo respuesta, presentaré una reclamación ante la autoridad de protección de datos.",
  complaintSubject: (company, subject) => `Reclamación contra ${company}: ${subject.charAt(0).toLowerCase()}${subject.slice(1)} no atendida`,
  to: (authority) => `A la atención de: ${authority ?? "la autoridad de protección de datos"}`,
  lodge: (company, platform) => `Deseo presentar una reclamación contra ${company} (${platform}).`,
  complaintSent: (sentOn, company, asked, basis, reference) => `El ${sentOn} envié a ${company} ${asked}${inline(basis)}${reference ? ` (su referencia: ${reference})` : ""}.`,
  refused: "La empresa rechazó mi solicitud.",
  askedForMore: "La empresa me pidió más información, que considero innecesaria para tramitar la solicitud.",
  lateBy: (dueOn) => `La empresa no respondió antes del ${dueOn}, el plazo fijado por la ley, ni me comunicó que necesitara más tiempo.`,
  noReply: "La empresa no ha respondido.",
  examine: "Les pido que examinen esta reclamación y que ordenen a la empresa atender mi solicitud. Puedo enviarles una copia de mi solicitud y de cualquier respuesta.",
});

const italian = romance({
  basis: (law, right) => (law === "gdpr" ? `Ai sensi dell’articolo ${GDPR_ARTICLES[right]} del GDPR` : law === "uk-gdpr" ? `Ai sensi dell’articolo ${GDPR_ARTICLES[right]} dello UK GDPR` : usName(law, right) ? `Ai sensi del ${usName(law, right)}` : ""),
  periodSource: (law) => `l’articolo ${PERIOD_ARTICLE.article}, paragrafo ${PERIOD_ARTICLE.paragraph}, ${law === "gdpr" ? "del GDPR" : "dello UK GDPR"}`,
  period: (p) => ("months" in p ? (p.months === 1 ? "un mese" : `${p.months} mesi`) : `${p.days} giorni`),
  what: (right, platform) =>
    right === "object"
      ? `mi oppongo al trattamento dei miei dati personali per sviluppare, addestrare e migliorare modelli e funzioni di intelligenza artificiale, compresi i contenuti e l’attività del mio account ${platform}.`
      : right === "erase"
        ? `vi chiedo di cancellare i dati personali che conservate su di me, compresi quelli collegati al mio account ${platform}, e di informarne i destinatari a cui li avete comunicati.`
        : "vi chiedo una copia dei dati personali che conservate su di me, compresi quelli usati per addestrare o migliorare modelli di IA, con le finalità, i destinatari, il periodo di conservazione e l’origine di tali dati.",
  subject: (right) => (right === "object" ? "Opposizione al trattamento" : right === "erase" ? "Richiesta di cancellazione" : "Richiesta di accesso"),
  asked: (right) => (right === "object" ? "un’opposizione al trattamento dei miei dati personali per l’addestramento dell’IA" : right === "erase" ? "una richiesta di cancellazione dei miei dati personali" : "una richiesta di accesso ai miei dati personali"),
  blankEmail: "[l’indirizzo e-mail del tuo account]",
  blankName: "[il tuo nome]",
  blankDate: "[data]",
  greeting: "Gentili Signori,",
  regards: "Distinti saluti,",
  account: "Account:",
  undueDelay: "Vi chiedo di rispondere senza ingiustificato ritardo.",
  deadline: (source, period) => `Ai sensi del${source.startsWith("l’") ? "l’" + source.slice(2) : " " + source}, dovete rispondere entro ${period} dal ricevimento di questa richiesta.`,
  usesEmail: (platform, email) => `Il mio account ${platform} usa l’indirizzo e-mail ${email}.`,
  requestSubject: (subject, platform, email) => `${subject}: account ${platform} ${email}`,
  confirmObjection: "Vi chiedo di confermare che avete interrotto questo trattamento e che d’ora in poi i miei dati non saranno usati per addestrare o migliorare modelli.",
  confirmDone: "Vi chiedo di confermarmi quando lo avrete fatto.",
  followUpSubject: (subject, sentOn) => `Sollecito: ${subject.charAt(0).toLowerCase()}${subject.slice(1)} inviata il ${sentOn}`,
  followUpSent: (sentOn, asked, basis, reference) => `Il ${sentOn} vi ho inviato ${asked}${inline(basis)}${reference ? ` (vostro riferimento: ${reference})` : ""}.`,
  wasDue: (dueOn) => `La vostra risposta era dovuta entro il ${dueOn} e non l’ho ricevuta.`,
  noAnswer: "Non ho ricevuto alcuna risposta.",
  sevenDays: "Vi chiedo di rispondere entro 7 giorni. In mancanza di risposta, presenterò reclamo all’autorità per la protezione dei dati.",
  complaintSubject: (company, subject) => `Reclamo contro ${company}: ${subject.charAt(0).toLowerCase()}${subject.slice(1)} non gestita`,
  to: (authority) => `Alla cortese attenzione di: ${authority ?? "l’autorità per la protezione dei dati"}`,
  lodge: (company, platform) => `Desidero proporre reclamo contro ${company} (${platform}).`,
  complaintSent: (sentOn, company, asked, basis, reference) => `Il ${sentOn} ho inviato a ${company} ${asked}${inline(basis)}${reference ? ` (loro riferimento: ${reference})` : ""}.`,
  refused: "L’azienda ha respinto la mia richiesta.",
  askedForMore: "L’azienda mi ha chiesto altre informazioni, che ritengo non necessarie per gestire la richiesta.",
  lateBy: (dueOn) => `L’azienda non ha risposto entro il ${dueOn}, termine fissato dalla legge, né mi ha comunicato di aver bisogno di più tempo.`,
  noReply: "L’azienda non ha risposto.",
  examine: "Vi chiedo di esaminare questo reclamo e di ordinare all’azienda di dare seguito alla mia richiesta. Posso inviarvi una copia della mia richiesta e di ogni risposta.",
});

/** "Subject: …" above a copied or downloaded letter, in the letter's language. */
export const SUBJECT_WORD: Record<Locale, string> = { en: "Subject:", de: "Betreff:", fr: "Objet :", es: "Asunto:", it: "Oggetto:" };

export const LETTER_TEXTS: Record<Locale, LetterTexts> = { en: english, de: german, fr: french, es: spanish, it: italian };
