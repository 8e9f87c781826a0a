import type { DraftInput } from '../../src/index.js';

/** What a draft in one language needs: its sender, recipient and the words of its letters. */
interface LanguageData {
  readonly sender: Record<string, unknown>;
  readonly recipient: Record<string, unknown>;
  readonly honourTo: string;
  /** An honorific for a woman and for a man, and a Special Rapporteur's title. */
  readonly ms: string;
  readonly mr: string;
  readonly title: string;
  /** 15 November 2022 and 20 September 2022 as the issue asks them to be written. */
  readonly dates: { readonly note: string; readonly reply: string };
}

const ENGLISH: LanguageData = {
  sender: {
    state: 'Republic of Utopia',
    mission: 'Permanent Mission of the Republic of Utopia to the United Nations Office at Geneva',
    city: 'Geneva',
  },
  recipient: { name: 'Office of the High Commissioner for Human Rights', city: 'Geneva' },
  honourTo: 'transmit herewith the reply of the Government.',
  ms: 'Ms.',
  mr: 'Mr.',
  title: 'Special Rapporteur on the right to food',
  dates: { note: '15 November 2022', reply: '20 September 2022' },
};

/** The six UN languages (and US English), with data a mission would give in each. */
export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  en: ENGLISH,
  // US English differs in spelling only: the same data, dates in UN style too.
  'en-US': ENGLISH,
  fr: {
    sender: {
      state: "République d'Utopie",
      mission:
        "Mission permanente de la République d'Utopie auprès de l'Office des Nations Unies à Genève",
      city: 'Genève',
      article: 'la',
    },
    recipient: {
      name: "Haut-Commissariat des Nations Unies aux droits de l'homme",
      city: 'Genève',
      article: 'le',
    },
    honourTo: 'de transmettre ci-joint la réponse du Gouvernement.',
    ms: 'Mme',
    mr: 'M.',
    title: "Rapporteuse spéciale sur le droit à l'alimentation",
    dates: { note: '15 novembre 2022', reply: '20 septembre 2022' },
  },
  es: {
    sender: {
      state: 'República de Utopía',
      mission:
        'Misión Permanente de la República de Utopía ante la Oficina de las Naciones Unidas en Ginebra',
      city: 'Ginebra',
      article: 'la',
    },
    recipient: {
      name: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
      city: 'Ginebra',
      article: 'la',
    },
    honourTo: 'remitir adjunta la respuesta del Gobierno.',
    ms: 'Sra.',
    mr: 'Sr.',
    title: 'Relatora Especial sobre el derecho a la alimentación',
    dates: { note: '15 de noviembre de 2022', reply: '20 de septiembre de 2022' },
  },
  ru: {
    sender: {
      state: 'Республика Утопия',
      mission:
        'Постоянное представительство Республики Утопия при Отделении Организации Объединенных Наций в Женеве',
      city: 'Женева',
    },
    recipient: {
      name: 'Управление Верховного комиссара Организации Объединенных Наций по правам человека',
      city: 'Женева',
      forms: {
        dative: 'Управлению Верховного комиссара Организации Объединенных Наций по правам человека',
      },
    },
    honourTo: 'препроводить настоящим ответ Правительства.',
    ms: 'г-жа',
    mr: 'г-н',
    title: 'Специальный докладчик по вопросу о праве на питание',
    dates: { note: '15 ноября 2022 года', reply: '20 сентября 2022 года' },
  },
  ar: {
    sender: {
      state: 'جمهورية يوتوبيا',
      mission: 'البعثة الدائمة لجمهورية يوتوبيا لدى مكتب الأمم المتحدة في جنيف',
      city: 'جنيف',
      gender: 'feminine',
    },
    recipient: {
      name: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
      city: 'جنيف',
      forms: { dative: 'لمفوضية الأمم المتحدة السامية لحقوق الإنسان' },
    },
    honourTo: 'تحيل إليها طيه رد الحكومة.',
    ms: 'السيدة',
    mr: 'السيد',
    title: 'المقررة الخاصة المعنية بالحق في الغذاء',
    dates: { note: '15 تشرين الثاني/نوفمبر 2022', reply: '20 أيلول/سبتمبر 2022' },
  },
  zh: {
    sender: {
      state: '乌托邦共和国',
      mission: '乌托邦共和国常驻联合国日内瓦办事处代表团',
      city: '日内瓦',
    },
    recipient: { name: '联合国人权事务高级专员办事处', city: '日内瓦' },
    honourTo: '转交政府的答复。',
    ms: '女士',
    mr: '先生',
    title: '食物权问题特别报告员',
    dates: { note: '2022年11月15日', reply: '2022年9月20日' },
  },
};

/**
 * A draft in a language: a note verbale answering a joint communication, and letters to five
 * Special Rapporteurs (two women, three men) and to one woman.
 */
export function languageDraft(language: string): DraftInput {
  const data = LANGUAGES[language];
  if (data === undefined) throw new Error(`no data for ${language}`);
  const addressee = (honorific: string, name: string) => ({ honorific, name, title: data.title });
  return {
    language,
    sender: data.sender as DraftInput['sender'],
    inReplyTo: { reference: 'AL UTO 2/2022', date: '2022-09-20', joint: true },
    documents: [
      {
        type: 'note-verbale',
        number: '2022/11/657',
        date: '2022-11-15',
        recipient: data.recipient as { name: string },
        honourTo: data.honourTo,
        enclosures: ['A', 'B'],
      },
      {
        type: 'letter',
        date: '2022-11-15',
        addressees: [
          addressee(data.ms, 'A'),
          addressee(data.ms, 'B'),
          addressee(data.mr, 'C'),
          addressee(data.mr, 'D'),
          addressee(data.mr, 'E'),
        ],
        body: 'B',
      },
      { type: 'letter', date: '2022-11-15', addressees: [addressee(data.ms, 'A')], body: 'B' },
    ],
  };
}
