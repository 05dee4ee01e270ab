import type { UiStrings } from './strings';

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

/** Ends a sentence after `text`: "12 июня 2007 г." has its period already. */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const ru: UiStrings = {
  timelineRole: 'хронология',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  reset: 'Сброс',
  resetLabel: 'Сброс: вернуть исходный вид',
  zoomHint: 'Ctrl + прокрутка для масштаба',
  zoomHintMac: '⌘ + прокрутка для масштаба',
  overviewLabel: 'Обзор: перетащите окно или выделите период, чтобы приблизить его',
  overviewWindow: 'Видимый период: стрелки, Page Up и Page Down сдвигают его',
  earlier: (n) => `← ещё ${n} раньше`,
  later: (n) => `ещё ${n} позже →`,
  clusterText: (n) => `${n} ${ruPlural(n, 'событие', 'события', 'событий')}`,
  clusterLabel: (n, from, to) =>
    `${n} ${ruPlural(n, 'событие', 'события', 'событий')}, ${from} — ${endSentence(to)} Приблизьте, чтобы увидеть`,
  morePassages: (n) => `ещё ${n} ${ruPlural(n, 'цитата', 'цитаты', 'цитат')}`,
  showSources: 'Показать источники',
  close: 'Закрыть панель источников',
  actors: 'Участники',
  passages: (n) => `Цитаты, на которых основано событие: ${n}`,
  excerpt: 'Фрагмент',
  fieldSubject: 'Тема',
  fieldClassification: 'Гриф',
  fieldRoute: 'Откуда → куда',
  fieldSent: 'Отправлена',
  fieldReleased: 'Опубликована',
  fieldParagraph: 'Абзац',
  fieldOutlet: 'Издание',
  fieldAuthor: 'Автор',
  fieldHeadline: 'Заголовок',
  fieldDate: 'Дата публикации',
  cablePage: 'Страница телеграммы',
  articlePage: 'Читать статью',
  readInContext: 'Читать в контексте',
  loading: 'Загрузка текста источника…',
  loadingData: 'Загрузка хронологии…',
  fullText: (name) => `Полный текст ${name}`,
  textUnavailable: 'Не удалось загрузить текст источника.',
  copyCitation: 'Копировать ссылку на источник',
  copyLink: 'Копировать ссылку',
  copied: 'Скопировано в буфер обмена',
  previous: 'Предыдущее',
  previousLabel: 'Предыдущее событие',
  next: 'Следующее',
  nextLabel: 'Следующее событие',
  listView: 'Список',
  chartView: 'Хронология',
  selected: (label) => `Выбрано: ${label}`,
  showing: (range, earlier, later) =>
    endSentence(
      `Показано: ${range}${earlier + later > 0 ? `; раньше: ${earlier}, позже: ${later}` : ''}`,
    ),
  instructions:
    'Стрелки влево и вправо — переход между событиями, вверх и вниз — на соседнюю дорожку, Home и End — к первому и последнему; Enter открывает источники, Escape закрывает; плюс и минус — масштаб, 0 — сброс.',
  invalidJson: 'Данные хронологии — не корректный JSON.',
  noData: 'Нет данных: укажите атрибут src или встроенный JSON.',
  empty: 'В этой хронологии пока нет событий.',
  unreachable: (path, status) =>
    `Не удалось загрузить данные хронологии (${status ? `HTTP ${status}` : 'ошибка сети'}: ${path}).`,
  invalidJsonIn: (path) => `Данные хронологии — не корректный JSON (${path}).`,
  dataErrors: (first, more) =>
    `В данных хронологии есть ошибки: ${endSentence(first)}${more > 0 ? ` И ещё ${more}.` : ''}`,
};
