/**
 * What Japanese and Chinese news copy uses to say who spoke. Names are not set off by spaces or
 * capitals, so the title or honorific written right after a Japanese name (岸川健一首相は,
 * 佐藤恵美さんは) and right before a Chinese one (局长费东斌表示) is what marks the name.
 */
export interface CjkLexicon {
  language: 'ja' | 'zh';
  /** Words that close the attribution ("と述べた") or introduce the quote ("表示："). */
  speechVerbs: readonly string[];
  accordingTo: readonly string[];
  /** Titles and honorifics next to a name: after it in Japanese, before it in Chinese. */
  titles: readonly string[];
  /** Sources the copy leaves unnamed ("気象庁の担当者は", "有关负责人"). */
  unnamedSources: readonly string[];
  pronouns: readonly string[];
}

const list = (words: string): readonly string[] => words.trim().split(/\s+/u);

export const japanese: CjkLexicon = {
  language: 'ja',
  speechVerbs: list(
    '述べた 語った 話した 話す 指摘した 強調した 呼びかけた 明らかにした 説明した 訴えた',
  ),
  accordingTo: list('によると によれば'),
  titles:
    list(`特任教授 名誉教授 教授 首相 知事 市長 町長 村長 会長 会頭 社長 農相 外相 財務相 経産相
    官房長官 長官 大臣 団長 選手 監督 議員 委員長 代表 理事長 院長 部長 課長 氏 さん 容疑者 被告`),
  unnamedSources: list('担当者 関係者 幹部 広報担当者'),
  pronouns: list('彼 彼女'),
};

export const chinese: CjkLexicon = {
  language: 'zh',
  speechVerbs: list('表示 说 指出 称 告诉记者 强调 提醒 介绍 认为 透露 坦言'),
  accordingTo: list('据'),
  titles: list(`局长 副局长 司长 厅长 部长 省长 市长 县长 主任 主席 总理 书记 秘书长 副秘书长 发言人
    新闻发言人 研究员 教授 专家 负责人 预报员 首席预报员 居民 市民 村民 大户 董事长 总经理 院长 记者`),
  unnamedSources: list('有关负责人 负责人 相关人士 知情人士'),
  pronouns: list('他 她'),
};
