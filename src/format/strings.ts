// Interface strings in the story's three reader languages. Data text is shown as written.
export interface UiStrings {
  timelineRole: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  resetLabel: string;
  zoomHint: string;
  zoomHintMac: string;
  overviewLabel: string;
  earlier: (n: number) => string;
  later: (n: number) => string;
  clusterText: (n: number) => string;
  clusterLabel: (n: number, from: string, to: string) => string;
  morePassages: (n: number) => string;
  showSources: string;
  close: string;
  actors: string;
  passages: (n: number) => string;
  excerpt: string;
  fieldSubject: string;
  fieldClassification: string;
  fieldRoute: string;
  fieldSent: string;
  fieldReleased: string;
  fieldParagraph: string;
  fieldOutlet: string;
  fieldAuthor: string;
  fieldHeadline: string;
  fieldDate: string;
  cablePage: string;
  articlePage: string;
  readInContext: string;
  loading: string;
  fullText: (name: string) => string;
  textUnavailable: string;
  copyCitation: string;
  copyLink: string;
  copied: string;
  previous: string;
  previousLabel: string;
  next: string;
  nextLabel: string;
  listView: string;
  chartView: string;
  selected: (label: string) => string;
  instructions: string;
  invalidJson: string;
  noData: string;
  empty: string;
}

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

const en: UiStrings = {
  timelineRole: 'timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset',
  resetLabel: 'Reset the view to the whole period',
  zoomHint: 'Ctrl + scroll to zoom',
  zoomHintMac: '⌘ + scroll to zoom',
  overviewLabel: 'Overview: drag the window to move, or brush a range to zoom to it',
  earlier: (n) => `← ${n} earlier`,
  later: (n) => `${n} later →`,
  clusterText: (n) => `${n} event${n === 1 ? '' : 's'}`,
  clusterLabel: (n, from, to) =>
    n === 1
      ? `1 event, ${from}. Zoom in to see it`
      : `${n} events, ${from} to ${to}. Zoom in to see them`,
  morePassages: (n) => `+${n} more passage${n === 1 ? '' : 's'}`,
  showSources: 'Show sources',
  close: 'Close the source panel',
  actors: 'Involved',
  passages: (n) => (n === 1 ? 'The passage it rests on' : `The ${n} passages it rests on`),
  excerpt: 'Excerpt',
  fieldSubject: 'Subject',
  fieldClassification: 'Classification',
  fieldRoute: 'From → to',
  fieldSent: 'Sent',
  fieldReleased: 'Released',
  fieldParagraph: 'Paragraph',
  fieldOutlet: 'Outlet',
  fieldAuthor: 'Author',
  fieldHeadline: 'Headline',
  fieldDate: 'Published',
  cablePage: 'Public cable page',
  articlePage: 'Read the article',
  readInContext: 'Read in context',
  loading: 'Loading the source text…',
  fullText: (name) => `Full text of ${name}`,
  textUnavailable: 'The source text could not be loaded.',
  copyCitation: 'Copy citation',
  copyLink: 'Copy link',
  copied: 'Copied to the clipboard',
  previous: 'Previous',
  previousLabel: 'Previous event',
  next: 'Next',
  nextLabel: 'Next event',
  listView: 'List',
  chartView: 'Timeline',
  selected: (label) => `Selected: ${label}`,
  instructions:
    'Arrow keys move between events, Enter opens the sources, plus and minus zoom, 0 resets.',
  invalidJson: 'The timeline data is not valid JSON.',
  noData: 'No timeline data: give the element a src attribute or an inline JSON script.',
  empty: 'This timeline has no events yet.',
};

const ja: UiStrings = {
  timelineRole: '年表',
  zoomIn: '拡大',
  zoomOut: '縮小',
  reset: 'リセット',
  resetLabel: '全期間の表示に戻す',
  zoomHint: 'Ctrl + スクロールで拡大・縮小',
  zoomHintMac: '⌘ + スクロールで拡大・縮小',
  overviewLabel: '概観：枠をドラッグして移動、範囲を選んで拡大',
  earlier: (n) => `← 前に${n}件`,
  later: (n) => `後に${n}件 →`,
  clusterText: (n) => `${n}件`,
  clusterLabel: (n, from, to) => `${n}件の出来事（${from}〜${to}）。拡大して表示`,
  morePassages: (n) => `ほか${n}件の引用`,
  showSources: '出典を表示',
  close: '出典パネルを閉じる',
  actors: '関係者',
  passages: (n) => `根拠となる引用（${n}件）`,
  excerpt: '抜粋',
  fieldSubject: '件名',
  fieldClassification: '機密区分',
  fieldRoute: '発信 → 宛先',
  fieldSent: '発信日',
  fieldReleased: '公開日',
  fieldParagraph: '段落',
  fieldOutlet: '媒体',
  fieldAuthor: '筆者',
  fieldHeadline: '見出し',
  fieldDate: '掲載日',
  cablePage: '公電の公開ページ',
  articlePage: '記事を読む',
  readInContext: '原文で読む',
  loading: '原文を読み込み中…',
  fullText: (name) => `${name}の全文`,
  textUnavailable: '原文を読み込めませんでした。',
  copyCitation: '出典をコピー',
  copyLink: 'リンクをコピー',
  copied: 'クリップボードにコピーしました',
  previous: '前へ',
  previousLabel: '前の出来事',
  next: '次へ',
  nextLabel: '次の出来事',
  listView: '一覧',
  chartView: '年表',
  selected: (label) => `選択：${label}`,
  instructions: '矢印キーで移動、Enterで出典を表示、＋と－で拡大・縮小、0でリセット。',
  invalidJson: '年表のデータが正しいJSONではありません。',
  noData: '年表のデータがありません（src属性またはJSONを指定してください）。',
  empty: 'この年表にはまだ出来事がありません。',
};

const ru: UiStrings = {
  timelineRole: 'хронология',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  reset: 'Сброс',
  resetLabel: 'Показать весь период',
  zoomHint: 'Ctrl + прокрутка для масштаба',
  zoomHintMac: '⌘ + прокрутка для масштаба',
  overviewLabel: 'Обзор: перетащите окно или выделите период, чтобы приблизить его',
  earlier: (n) => `← ещё ${n} раньше`,
  later: (n) => `ещё ${n} позже →`,
  clusterText: (n) => `${n} ${ruPlural(n, 'событие', 'события', 'событий')}`,
  clusterLabel: (n, from, to) =>
    `${n} ${ruPlural(n, 'событие', 'события', 'событий')}, ${from} — ${to}. Приблизьте, чтобы увидеть`,
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
  fullText: (name) => `Полный текст ${name}`,
  textUnavailable: 'Не удалось загрузить текст источника.',
  copyCitation: 'Копировать ссылку на источник',
  copyLink: 'Копировать ссылку',
  copied: 'Скопировано в буфер обмена',
  previous: 'Назад',
  previousLabel: 'Предыдущее событие',
  next: 'Вперёд',
  nextLabel: 'Следующее событие',
  listView: 'Список',
  chartView: 'Хронология',
  selected: (label) => `Выбрано: ${label}`,
  instructions:
    'Стрелки — переход между событиями, Enter — источники, плюс и минус — масштаб, 0 — сброс.',
  invalidJson: 'Данные хронологии — не корректный JSON.',
  noData: 'Нет данных: укажите атрибут src или встроенный JSON.',
  empty: 'В этой хронологии пока нет событий.',
};

const byLanguage: Record<string, UiStrings> = { en, ja, ru };

export function stringsFor(locale: string): UiStrings {
  return byLanguage[locale.slice(0, 2).toLowerCase()] ?? en;
}
