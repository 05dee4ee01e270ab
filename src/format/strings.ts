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
  clusterText: (n) => `${n} events`,
  clusterLabel: (n, from, to) => `${n} events, ${from} to ${to}. Zoom in to see them`,
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
};

const byLanguage: Record<string, UiStrings> = { en, ja, ru };

export function stringsFor(locale: string): UiStrings {
  return byLanguage[locale.slice(0, 2).toLowerCase()] ?? en;
}
