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
  /** Japanese: people the copy describes without a name (５０代の男性会社員は, 地元の主婦は). */
  describedPeople?: readonly string[];
  /** Japanese: kin, who are other people than the one named before の (佐藤さんの母親は). */
  relatives?: readonly string[];
  /** Japanese: place nouns written in kana inside a description (工場近くの, 駅のそばの). */
  kanaPlaceNouns?: readonly string[];
  /** Japanese: how an organisation's member ends (消防局の救助隊員は, 県警の捜査員は). */
  memberEndings?: readonly string[];
  /** Japanese: how a role before の and a name ends (捕手の松田健太は, 消防団員の…). */
  roleEndings?: readonly string[];
  /** Chinese: what may stand between a name and its verb (王丽对记者说, 黄建民则说). */
  betweenNameAndVerb?: readonly string[];
  /** Chinese: words that join a clause to the one before, ahead of its subject (不过他坦言). */
  connectives?: readonly string[];
  /** Chinese: how something was said, between a pronoun and its verb (她笑着说, 他补充说). */
  mannerBeforeVerb?: readonly string[];
  /**
   * Chinese: the last characters of role and kinship nouns (商户, 建筑师, 考生, 子孙, 运动员): a
   * surname right after one opens a name even when the noun is in no title list.
   */
  roleNounEndings?: readonly string[];
  /**
   * How an organisation's name ends (文化局, 管理处, 気象庁, 消防局), for an office as speaker.
   */
  organisationEndings?: readonly string[];
  /** Japanese: how a company's name ends, for 同社 ("the same company") pointing back to it. */
  companyEndings?: readonly string[];
  /** Chinese: how an organisation issues its words (发布消息称, 发表声明表示). */
  issuedStatements?: readonly string[];
  /** Chinese: kinds of organisation written right before its name (经纪公司星芒娱乐). */
  organisationKinds?: readonly string[];
  /**
   * Common surnames: Chinese, for a name written with no title (回老家的李秀英说); Japanese, for
   * where a name ends before a long office (田中健太郎地震津波監視課長).
   */
  surnames?: readonly string[];
  /** Japanese: the last characters of three-character given names (健太郎, 由美子, 雄之介). */
  longGivenNameEndings?: readonly string[];
  /** Chinese: nouns for a person the copy describes with no name (一位母亲, 一名年轻工程师). */
  personNouns?: readonly string[];
  /** Chinese: characters common in women's given names, for telling 她 from 他. */
  femaleNameCharacters?: readonly string[];
}

const list = (words: string): readonly string[] => words.trim().split(/\s+/u);

/**
 * Simplified characters of the lists below and their traditional forms: papers in Taiwan and
 * Hong Kong write 市長…說 where the mainland writes 市长…说.
 */
const traditionalForms: Readonly<Record<string, string>> = {
  长: '長',
  说: '說',
  发: '發',
  闻: '聞',
  记: '記',
  书: '書',
  员: '員',
  处: '處',
  经: '經',
  会: '會',
  议: '議',
  县: '縣',
  镇: '鎮',
  总: '總',
  强: '強',
  调: '調',
  认: '認',
  为: '為',
  绍: '紹',
  称: '稱',
  诉: '訴',
  则: '則',
  对: '對',
  专: '專',
  师: '師',
  设: '設',
  计: '計',
  务: '務',
  厅: '廳',
  协: '協',
  董: '董',
  报: '報',
  责: '責',
  讯: '訊',
  统: '統',
  导: '導',
  医: '醫',
  还: '還',
  学: '學',
  应: '應',
  属: '屬',
  护: '護',
  农: '農',
  干: '幹',
  团: '團',
  负: '負',
  游: '遊',
  队: '隊',
  练: '練',
  张: '張',
  刘: '劉',
  陈: '陳',
  杨: '楊',
  黄: '黃',
  赵: '趙',
  吴: '吳',
  孙: '孫',
  马: '馬',
  郑: '鄭',
  谢: '謝',
  许: '許',
  韩: '韓',
  冯: '馮',
  邓: '鄧',
  叶: '葉',
  苏: '蘇',
  卢: '盧',
  钟: '鍾',
  谭: '譚',
  陆: '陸',
  贾: '賈',
  韦: '韋',
  邹: '鄒',
  龚: '龔',
  钱: '錢',
  汤: '湯',
  罗: '羅',
  丽: '麗',
  兰: '蘭',
  静: '靜',
  红: '紅',
  艳: '艷',
  颖: '穎',
  洁: '潔',
  凤: '鳳',
  着: '著',
  访: '訪',
  于: '於',
  补: '補',
  随: '隨',
  进: '進',
  后: '後',
  无: '無',
  时: '時',
  采: '採',
  间: '間',
  当: '當',
  晚: '晚',
  释: '釋',
  谈: '談',
  吁: '籲',
  叹: '嘆',
  忆: '憶',
  预: '預',
  态: '態',
  问: '問',
  赞: '讚',
  评: '評',
  诫: '誡',
  嘱: '囑',
  辞: '辭',
  证: '證',
  实: '實',
  声: '聲',
  别: '別',
  门: '門',
  确: '確',
  户: '戶',
  妇: '婦',
  妈: '媽',
  爷: '爺',
  儿: '兒',
  将: '將',
  婶: '嬸',
  厂: '廠',
  馆: '館',
  银: '銀',
  构: '構',
  联: '聯',
  台: '臺',
  织: '織',
  气: '氣',
  卫: '衛',
  办: '辦',
  众: '眾',
  瑶: '瑤',
  娇: '嬌',
  悦: '悅',
  写: '寫',
  质: '質',
  并: '並',
  过: '過',
  虽: '雖',
  纪: '紀',
  乐: '樂',
  剧: '劇',
  视: '視',
  战: '戰',
  亲: '親',
  爸: '爸',
  职: '職',
  愿: '願',
  续: '續',
  赛: '賽',
  场: '場',
  现: '現',
};

function withTraditional(words: readonly string[]): readonly string[] {
  const traditional = words.map((word) =>
    [...word].map((character) => traditionalForms[character] ?? character).join(''),
  );
  return [...new Set([...words, ...traditional])];
}

export const japanese: CjkLexicon = {
  language: 'ja',
  speechVerbs: list(
    `述べた 語った 話した 話す 指摘した 強調した 呼びかけた 明らかにした 説明した 訴えた
    コメントした 述べている 語っている 話している 答えた 振り返った 明かした 打ち明けた 語る 述べる
    指摘する 強調する 説明する 訴える 明かす 振り返る 答える 指摘している 強調している 説明している
    している みる みている 話しました 語りました 述べました 説明しました 強調しました 指摘しました
    評価した 評価している 評価していました 分析した 分析する 分析している 振り返りました 話しています
    語っています`,
  ),
  accordingTo: list('によると によれば'),
  // The closed class of what Japanese papers write right after a name: offices of government,
  // business, courts, police, schools and sport, the professions, and the honorifics. Two may
  // stand in a row (主任予報官 = 主任 + 予報官, シニアアナリスト = シニア + アナリスト).
  titles:
    list(`特任教授 名誉教授 准教授 教授 講師 助教 学長 副学長 校長 教頭 教諭 園長 首相 副首相 知事
    副知事 市長 副市長 町長 村長 区長 会長 副会長 会頭 社長 副社長 専務 常務 取締役 執行役員 役員
    最高経営責任者 農相 外相 財務相 経産相 防衛相 厚労相 文科相 国交相 国土交通相 経済産業相 厚生労働相
    官房長官 官房副長官 長官 次官 事務次官 審議官 報道官 予報官 大臣 副大臣 政務官 大使 総領事 総裁
    副総裁 頭取 団長 選手 投手 捕手 内野手 外野手 主将 コーチ 騎手 棋士 力士 監督 議員 議長 副議長
    幹事長 書記長 党首 委員長 委員 代表 共同代表 理事長 理事 専務理事 事務局長 事務総長 院長 局長
    本部長 部長 次長 課長 係長 署長 所長 室長 支店長 店長 工場長 館長 施設長 センター長 主任 主幹
    主査 参事 研究員 記者 編集委員 論説委員 解説委員 アナリスト エコノミスト ストラテジスト シニア
    チーフ 上席 医師 看護師 薬剤師 保健師 助産師 獣医師 技師 弁護士 司法書士 税理士 会計士 裁判長
    裁判官 検事 巡査 巡査部長 警部 警部補 警視 博士 氏 さん 君 ちゃん 様 先生 容疑者 被告 被告人
    受刑者`),
  unnamedSources: list('担当者 関係者 幹部 広報担当者'),
  describedPeople: list(`男性 女性 男子 女子 会社員 主婦 学生 高校生 大学生 中学生 住民 店主 農家
    観光客 乗客 利用者 保護者 母親 父親 市民 町民 村民 男児 女児 男 女 少年 少女`),
  relatives: list(`母親 父親 母 父 妻 夫 長男 長女 次男 次女 息子 娘 孫 家族 兄 姉 弟 妹 祖母 祖父
    両親 夫人 家族ら 遺族 友人 仲間 同僚 弟子 教え子`),
  kanaPlaceNouns: list('近く そば 向かい 隣 あたり 周り'),
  roleEndings: list('手 員 者 家 師 士 将 長 官 生'),
  memberEndings: list('員 師 士 官'),
  pronouns: list('彼 彼女'),
  // The most common family names: a name written before a long office carries no mark of where
  // it ends but its surname and the usual length of a given name.
  surnames:
    list(`佐藤 鈴木 高橋 田中 伊藤 渡辺 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上
    木村 斎藤 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤
    近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野
    田村 中山 和田 石田 森田 上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤
    高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下
    久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 吉川 山内 西田 飯田 菅野 宮下
    北村 秋山 大橋 小松 森本 宮田 川口 大久保 永井 岩田 望月 中西 荒木 松岡 本田 小池 服部 片山`),
  // A given name of three characters mostly ends in one of these; none opens an office's name.
  longGivenNameEndings: [...'郎朗子美介助彦夫雄衛門蔵造吉治恵香奈代江枝'],
  companyEndings: list(`社 会社 ホールディングス グループ 銀行 銀 電力 ガス 鉄道 電鉄 航空 工業 商事
    自動車 電機 製作所 証券 生命 保険 産業 通信 新聞 放送 製薬 食品 建設 不動産 化学 重工 商店 百貨店`),
  organisationEndings: list(`局 庁 省 署 委員会 協会 組合 連合会 本部 センター 機構 銀行 大学 病院
    研究所 事務所 警察 消防 県警 府警 道警 政府 会社 財団 学会 議会 裁判所 地裁 高裁 市 町 村 県 都 府 区 党
    側`),
};

export const chinese: CjkLexicon = {
  language: 'zh',
  speechVerbs: withTraditional(
    // The closed class of verbs Chinese news copy credits a quote with.
    list(`表示 说 说道 指出 称 声称 宣称 告诉记者 告诉 强调 提醒 介绍 认为 透露 坦言 直言 坦承 承认
    反映 回应 解释 补充 谈到 提到 说明 呼吁 建议 感叹 感慨 笑言 笑称 回忆 分析 预计 估计 表态
    警告 问道 答道 追问 提问 指 称赞 评价 寄语 告诫 叮嘱 嘱咐 谈起 说起 宣布 证实 披露 批评 质疑 写道`),
  ),
  accordingTo: withTraditional(list('据')),
  titles: withTraditional(
    list(`局长 副局长 司长 厅长 部长 省长 市长 副市长 县长 主任 主席 总理 书记 秘书长 副秘书长
    发言人 新闻发言人 研究员 教授 专家 负责人 预报员 首席预报员 居民 市民 村民 游客 旅客 大户
    董事长 总经理 院长 记者 总设计师 设计师 工程师 总工程师 经理 队长 教练 医生 律师 委员 议员
    立委 会长 理事长 校长 台长 法官 检察官 警官 副教授 店长 老板 学生 大学生 研究生
    家长 学生家长 患者家属 病患家属 家属 护士 护理师 教师 老师 农民 工人 村干部 镇长 乡长 村长
    区长 支书 村支书 总干事 干事 处长 科长 所长 站长 馆长 厂长 医师 主治医师 药师 营养师 心理师
    导演 编剧 演员 主演 制片人 作家 作者 诗人 画家 歌手 艺术家 评论家 主持人 策展人 学者 科学家
    分析师 经济学家 首席经济学家 研究生 博士生 博士 运动员 选手 主教练 领队 船长 机长 厨师 建筑师
    主唱 领唱 吉他手 贝斯手 鼓手 键盘手 乐手 指挥 音乐人 制作人 词作者 作曲家 舞者 编舞`),
  ),
  unnamedSources: withTraditional(list('有关负责人 负责人 相关人士 知情人士')),
  pronouns: list('他 她'),
  betweenNameAndVerb: withTraditional(
    list(`在 于 对 向 对记者 向记者 则 也 还 并 接受 受访 受访时 接受采访时 正在 今天 昨天 今日 昨日 日前 近日 当天 上午 下午
    晚间 昨晚 今晚 当晚 昨夜 稍早 早前 庭外 庭上 会后 赛后 场外 现场 席间 会上 事后 其后`),
  ),
  connectives: withTraditional(
    list(`不过 但 但是 可是 然而 而 而且 并且 同时 此外 另外 对此 随后 后来 因此 所以 其实 事实上 虽然 尽管
    只是 至于`),
  ),
  // Adverbs of sequence and manner between a subject and its verb (他同时指出, 她随后补充说).
  mannerBeforeVerb: withTraditional(
    list(`补充 接着 随后 随即 又 再 再次 续 进一步 最后 首先 同时 此外 另外 更 都 一再 多次 反复 曾 曾经
    当时 事后 特别 明确 坦率地 无奈地 私下 私底下 公开 当场 悄悄 匿名`),
  ),
  roleNounEndings: withTraditional([
    ...'师员户农工民生长人者家手士官警医商主友客孙子女妇妈爸爷奶伯叔婶姨哥姐嫂弟妹儿将匠',
  ]),
  organisationEndings: withTraditional(
    list(`局 处 厅 署 部 委员会 办公室 中心 公司 集团 协会 学会 联合会 基金会 银行 医院 法院 检察院 大学
    学院 学校 政府 研究所 研究院 气象台 派出所 管委会 卫健委 组织`),
  ),
  personNouns: withTraditional(
    list(`母亲 父亲 妈妈 爸爸 女士 先生 老人 男子 女子 女孩 男孩 青年 少年 阿姨 大爷 大妈 网友 歌迷 粉丝 观众
    乘客 顾客 司机 志愿者 员工 职员 工作人员 官员 男士 妇女 女生 男生 孩子 老伯 奶奶 爷爷`),
  ),
  issuedStatements: withTraditional(
    list(`发布消息 发布声明 发表声明 发出声明 发布公告 发出公告 发布通告 发布通报 发出通报 发布通知 发出通知
    发布新闻稿 发文 发函`),
  ),
  organisationKinds: withTraditional(
    list(
      '公司 经纪公司 集团 工作室 品牌 平台 机构 俱乐部 乐队 球队 战队 基金会 出版社 电视台 剧团',
    ),
  ),
  surnames: withTraditional([
    ...`王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏
    吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃
    武戴莫孔向汤`.replace(/\s/gu, ''),
  ]),
  femaleNameCharacters: withTraditional([
    ...'英丽芳娟秀梅兰玲静婷燕霞萍红琳娜艳敏慧雪颖洁琴莉倩妍薇蓉凤翠珍珠晶芬怡淑雅婉惠萱瑶琪媛娇妮雯菲茜蕾馨欣悦佩娥嫣婕姗璐蓓',
  ]),
};
