"""What a question asks: its shape (figure, list, ...), weighted key terms, unit, and parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache, partial
from itertools import pairwise
from pathlib import Path

from retrieval.lexicon import ONE_CHARACTER_GOODS, ends_on_a_noun, pos_tags, sibling_sets
from retrieval.models import Query, ReportMeta
from retrieval.places import (
    CN_SHORT_YEAR,
    NATIONAL,
    REPORT_YEARS,
    SHORT_YEAR,
    SPEAKERS,
    arabic_years,
    dated_years,
    event_years,
    plan_names,
    report_years,
    ruled_out,
    written_years,
)
from retrieval.text import blank, normalize, verb_with_thing, written_as

MAX_QUESTION_CHARS = 500
MAX_ASKS = 4


class Shape(StrEnum):
    """The form an answer should take."""

    FIGURE = "figure"
    LIST = "list"
    YESNO = "yesno"
    OPEN = "open"


@dataclass(frozen=True)
class TermGroup:
    """One concept of the question: the word asked plus its thesaurus variants."""

    variants: tuple[str, ...]
    weight: float
    position: int = -1
    head: bool = False
    name: bool = False  # a person's name: an answer must mention it
    # Everyday synonyms the passages use, added for scoring; not proof of the counted thing.
    borrowed: tuple[str, ...] = ()
    # The report's own word for a thesaurus variant asked (再就业 for 重新找到了工作).
    canonical: str = ""
    setting: bool = False  # a word of the clause setting the time (亚洲金融危机那一年，)
    quoted: bool = False  # written in quotes (“三农”): the report's own name for the thing

    @property
    def label(self) -> str:
        return self.variants[0]

    @property
    def plain(self) -> TermGroup:
        """The group with only the words that name its thing plainly: the question's word and,
        when that is an everyday variant, the report's word (not the loose variants)."""
        return replace(
            self, variants=tuple(dict.fromkeys((self.label, self.canonical or self.label)))
        )


@dataclass
class Ask:
    """One answerable ask: its text, shape, weighted key terms and the unit it wants."""

    text: str
    shape: Shape
    groups: list[TermGroup] = field(default_factory=list)
    years: set[str] = field(default_factory=set)
    unit: str = ""
    # "target" (目标/预期: the year's plan) or "actual" (去年/完成: the achieved result), else "".
    tense: str = ""
    # The question insists on that tense (实际, 最终, 目标): the other one does not answer it.
    strict_tense: bool = False
    # One of several years the question compares in one report (1952年和1956年…分别是多少):
    # the figure's clause must name it.
    year: str = ""
    # Words of what the question says it does not want ("实际到位了多少？不是协议金额"): a figure
    # told only as that does not answer.
    unwanted: tuple[str, ...] = ()
    # The years the whole question writes as events' (2018年要再压减…), which a part of it
    # ("、退出多少煤炭产能") asks of too.
    events: frozenset[str] = frozenset()
    # The whole question, when this ask is one part of it ("…全国少数民族中等学校学生有多少？
    # 高等学校学生又有多少": the second asks of 少数民族 too).
    question: str = ""


# Units too common to say by themselves which figure or passage answers (多少人, 多少钱, 百分之几).
COMMON_UNITS = frozenset({"人", "个", "元", "万元", "亿元", "项", "次", "名", "户", "%"})
# Units whose class a figure must share with the question (money asked, money answered).
STRICT_UNITS = {"元": "money", "%": "percent", "亩": "area", "吨": "weight", "米": "length"}

_MEASURE = (
    "人次|户次|个|项|次|名|人|户|家|起|条|台|处|场|期|份|所|座|栋|批|亩|吨|万元|亿元|元|公里|米|张|辆|件|"
    "篇|盏|支|位|间|套|天|年|月|包|批次|轮|本|颗|枚|部|种|集|美元|欧元|港元|平方公里|平方米|公顷|立方公尺|公尺|"
    "公斤|立方米|千瓦时|千瓦|剂次|剂|例|斤|担|头|只|株|棵|级|层"
)
# "哪个多", "哪年更高", "谁发展的党员多": a comparison that asks for the figures.
_WHICH_MORE = (
    r"哪(?:个|年|一年|边|方)更?[多少高低大小]|"
    r"(?:谁|哪(?:个|年|一年|边|方))[^，,。？?]{0,20}(?<!多)(?:多|少|高|低|大|快|慢)(?=[？?！!。]|$)"
)
_FIGURE_ASK = re.compile(
    rf"多少|几(?:{_MEASURE})?|比例|比重|占比|百分之|[^\s，,]{{0,4}}(?<!功)率(?!领|先)|多大|多长|多高|多远|多重|多久|"
    r"金额|数量|总数|人数|户数|次数|几成|多还是少|高还是低|增加了|减少了|多了|少了|最多|最少|更多|更少|"
    + _WHICH_MORE
)
# "1984年全国棉花产量", "对比一下两年的进出口总额": a total or an output named with no ask word.
_TOTAL_NAMED = re.compile(r"总额|总量|总值|产值|产量")
# "多少本地群众": 本 of 本地/本镇 is no measure word; nor 种 of 种地.
# "这几样东西的出口": 这几/那几 points at things named, it asks no count.
_UNIT_ASK = re.compile(
    rf"(?:多少|(?<![这那])几)\s*(?:万|亿)?({_MEASURE})(?!(?<=本)[地镇村县市乡])(?!(?<=年)[轻纪龄])"
    r"(?!(?<=种)[地田植树粮菜养子])"  # 多少种地补贴: 种 the verb, no measure word
    # "安排了多少支出", "多少天然气", "多少场所": a word that begins with a measure word.
    r"(?!(?<=支)[出付持撑])(?!(?<=天)然)(?!(?<=场)[所地馆])(?!(?<=份)额)(?!(?<=所)[得有])"
    r"(?!(?<=条)[件例])(?!(?<=部)[门分])"
)
# A measure word the list lacks: right after 几 (几层, 几朝), or ending the question (多少页？).
# (Not a material counted by weight: 炼出多少钢, 打了多少粮.)
_OTHER_UNIT_ASK = re.compile(
    r"(?:几|多少)(?![了呢吗啊呀吧的钢铁煤油粮棉电水气肉糖茶酒布盐])([\u4e00-\u9fff])(?=[？?。！!]?$)"
    r"|(?<![这那])几(?!乎|何|十|百|千|万)([\u4e00-\u9fff])"
)
_QUOTED = re.compile(r"[“\"「『]([\u4e00-\u9fff0-9a-z+]{2,12})[”\"」』]")
# The asker's own story ("我在整理材料，想核对一下：").
_CHAT = re.compile(r"[我咱您你俺]|想|帮|请|麻烦|要用|核对|问一下|上课|整理|汇报|写材料")
# "增长了百分之几", "提高了几个百分点", "投了多少钱修路": the unit asked, like 多少户.
_PERCENT_UNIT_ASK = re.compile(r"百分之(?:几|多少)(?:点几)?|(?:几|多少)个?百分点|(?:几|多少)个点")
# "参保的具体人数是多少", "户数有多少": the count's own unit.
# "遇难人数，政府工作报告里说的是多少": the count named before an aside is the unit asked.
_COUNT_NOUN_ASK = re.compile(r"(人次|人|户)数[^。？?；;]{0,14}?(?:多少|几)")
# "多招了多少学生": people asked by who they are are counted in 人 (not 学生资助…亿元).
_PEOPLE_NOUN_ASK = re.compile(
    r"(?:多少|几)(?:万|亿)?(?:个|名)?[\u4e00-\u9fff]{0,4}?(?:学生|职工|工人|农民工|农民|干部|党员|群众|"
    r"毕业生|教师|医生|劳动力|人口|居民|老人|儿童|村民|志愿者|军人|人才|员工|人员|工作者|游客|旅客|乘客|观众|学员|选民|患者|病人)"
    r"(?=[？?。！!，,]|$|呢|吗|啊)"
)
# "享受生活补助的中西部困难学生有多少": people named right before the ask are counted in 人,
# whatever money the words before them name.
_PEOPLE_BEFORE_ASK = re.compile(
    r"(?:学生|职工|工人|农民工|农民|干部|党员|群众|毕业生|教师|医生|劳动力|人口|居民|老人|儿童|村民|"
    r"志愿者|军人|人才|员工|人员|工作者|纳税人)(?:一共|总共|共)?(?:有|是|达到?)?(?:多少|几)(?:万|亿)?"
    r"(?:人|名|个)?(?=[？?。！!，,]|$|呢|吗|啊)"
)
# "有多少孩子吃上了国家补贴的营养餐": people counted right after the ask (not 多少学生资助资金).
_PEOPLE_RIGHT_AFTER_ASK = re.compile(
    r"(?:多少|几)(?:万|亿)?(?:个|名|位)?(?:孩子|小孩|儿童|学生|老人|农民|群众|职工|工人|居民|村民)"
    r"(?![\u4e00-\u9fff]{0,2}(?:钱|资金|经费|补贴|补助|工资|收入|存款|奖|费|金))"
)
_PEOPLE_OF_SOME_ASK = re.compile(
    r"(?:多少|几)(?:万|亿)?(?:个|名|位)?[\u4e00-\u9fff]{2,6}的(?:孩子|小孩|儿童|学生|老人)"
    r"(?![\u4e00-\u9fff]{0,2}(?:钱|资金|经费|补贴|补助|工资|收入|存款|奖|费|金))"
)
# "给多少困难和重度残疾人发放补贴": how many people are given to, not how much.
_PEOPLE_GIVEN_TO = re.compile(
    r"(?:给|为|向)(?:多少|几)(?:万|亿)?(?:个|名)?[^，,。？?]{0,8}?(?:人|学生|儿童|老人|职工|农民)"
    r"(?:发放|发|提供|资助|补助|救助)"
)
# "2024年全国人大批准政府工作报告的那份决议", "二届全国人大三次会议关于政府工作报告的决议",
# "十二届全国人大一次会议（2013年）审议的那份政府工作报告": the document to read, no thing asked.
_CONGRESS = (
    r"(?:第?[一二三四五六七八九十]{1,3}届)?(?:全国)?(?:人大|人民代表大会)"
    r"(?:第?[一二三四五六七八九十]{1,2}次(?:会议)?)?"
)
RESOLUTION = re.compile(
    rf"{_CONGRESS}\s*(?:[（(][^）)]{{0,8}}[）)])?[^，,。？?]{{0,12}}?"
    r"(?:决议|政府工作报告)(?:时|的)?(?:那份|这份|那个|这个)?(?:决议)?(?:里|中|上)?"
    r"|(?:关于政府工作报告的)?决议(?:里|中|上)?"
)
# "1957年周总理作的政府工作报告里": who gave the report names the report, not its content.
SPEAKER = re.compile(
    rf"(?:国务院)?{SPEAKERS}"
    r"(?:同志)?(?:总理)?(?:所作|作|做)?(?:的|那个|那份|那次)?(?=[^，,。？?]{0,8}报告)"
)
_MONEY_UNIT_ASK = re.compile(r"(?:多少|几)(?:万|亿)?块?钱")
_PART_SHARE_ASK = re.compile(r"其中[^，,。？?]{1,12}占了?多少")
# "面积有多大", "多大面积": an area, counted in 亩 or its kin.
_LAND = r"(?:荒地|耕地|土地|林地|草地|草原|农田|良田|水田|旱地|荒山)"
_AREA_ASK = re.compile(
    rf"面积[^，,。？?]{{0,3}}多大|多大(?:的)?面积|多少面积|多少{_LAND}|"
    rf"{_LAND}(?:有|是|共有|一共有)?多少(?![钱元])"  # 开多少荒地, 耕地有多少
)
_ASKED_UNITS = (_PERCENT_UNIT_ASK, _MONEY_UNIT_ASK, _AREA_ASK, _UNIT_ASK, _OTHER_UNIT_ASK)
_MONEY_ASK = re.compile(
    r"多少钱|钱|金额|资金|经费|奖金|补贴|补助|收入|支出|开支|投入|投资|元|[保助贴恤老偿险]金"
    r"|[挣赚](?=了?多少)"
)
# "国债投资新增公路通车里程多少": a measure that is no money right before the ask; the money
# word before it only says whose.
_MEASURE_ASKED = re.compile(
    r"(?:里程|长度|面积|产量|人数|人次|数量|个数|件数|吨数|仓容|容量|库容)[^，,。？?；;]{0,3}(?:多少|几)"
)
# Money a figure is about when the question counts it (能拿多少工资, 存款有多少): in yuan.
_MONEY_HEAD = "工资|薪水|薪酬|津贴|利润|存款|贷款|赤字|税收|(?<![消浪免])费(?!率)"
_MONEY_COUNTED = re.compile(
    rf"(?:{_MONEY_HEAD})[^，,。？?；;]{{0,6}}(?:多少|几)|(?:多少|几)[^，,。？?；;]{{0,3}}(?:{_MONEY_HEAD})"
)
# Asking an amount: 多少, 几, or which is more (哪个多, 更多).
_AMOUNT_ASK = re.compile(r"多少|几|[更最][多少]|哪(?:个|年|一年)更?[多少]")
_CHANGE_ASK = re.compile(
    r"(?:增长|增加|提高|下降|减少|上涨|涨|降低|压缩|压减|削减|缩减|减|降|节约|节省|便宜)[了又是为达到]{0,3}多少"
)
# "扣掉物价因素实际多了多少": a change in real terms, told as a share.
_PRICES_TAKEN_OUT = re.compile(
    r"(?:扣除|扣掉|去掉|除去|剔除)(?:了)?(?:物价|价格|涨价)(?:上涨)?的?(?:因素|水分)(?:以?后)?"
)
_REAL_CHANGE = re.compile(rf"{_PRICES_TAKEN_OUT.pattern}|实际(?:增长|增加|多了|提高)")
_YUAN_ASK = re.compile(r"多少钱|多少(?:万|亿)?元|金额")
_PERCENT_ASK = re.compile(
    # (Not a share the question gives: "增长百分之一百一十一，那…产量是多少万立方公尺".)
    r"比例|比重|占比|占了?多少|百分之(?![零〇一二两三四五六七八九十百千\d])|(?:几|多少)个点|[^\s，,]{0,4}(?<!功)率(?!领|先)|几成|增速|增长速度"
    r"|[增涨降跌]幅|(?:增长|上涨|下降)的?幅度"  # "利润增长的幅度，不是利润额"
)
# A speed of growth asked (增速), which the reports tell as 增长…%.
_GROWTH_SPEED = re.compile(r"增速|增长速度|增长幅度|增幅|(?<!自然)增长率")
# A vaccine asked of, and a full course of it in everyday words (把针都打齐, 所有针次都打完).
_VACCINE = re.compile(r"疫苗|打针|针次")
_FULL_COURSE = re.compile(
    r"(?:把针)?都?打(?:完|齐|满)了?(?:全部|所有|全程)?的?(?:几针|针次|针)?|"
    r"(?:所有|全部)的?(?:针次|针|剂次)都?打完了?"
)
# Which year of an event, told right after as a year (疫情第二年（2021年）).
_NTH_YEAR = re.compile(
    r"(?:头一?|第[一二三四五六七八九十])年(?=\s*[（(]?\s*(?:也就是|就是|即)?\s*"
    r"(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年)"
)
# The whole a share is of (服务业在GDP里的占比): its words set the base, not the thing.
_SHARE_BASE = re.compile(
    r"(?<=[\u4e00-\u9fff])在([^，,。？?；;]{1,10}?)(?:里|中|当中|之中|里面)(?:的|所)?(?:占比|比重|比例|份额)"
    # "服务业占GDP的比重": the same, said with 占.
    r"|(?<=[\u4e00-\u9fff])占([^，,。？?；;的]{1,10}?)的?(?:比重|比例|份额)"
)
_LIST_ASK = re.compile(
    r"哪些|哪几|什么措施|什么举措|哪方面|什么工作|做了什么|干了什么|有什么|采取了什么|有何|主要工作|"
    r"具体做法|怎么做|怎样做|哪几件|哪[三四五六七八九十](?:个|项|条|种|大|方面|样|件|类|点|块|重)|"
    # "四项指标分别是什么", "两步设想分别是什么": a counted set of items.
    r"[两二三四五六七八九](?:个|项|条|种|大|类|方面|步)[^，,。？?]{0,10}分别是什么"
)
_YESNO_ASK = re.compile(r"是否|有没有|是不是|能不能|有无|吗[？?]?$")
_ASK_WORD = re.compile(
    r"多少|几(?:个|项|次|名|人|户|家|起|条|台|处|场|期|份|所|座|栋|批|件)?|哪些|哪几|哪个|哪里|什么|如何|"
    r"哪一?(?:台|座|家|所|条|部|届|批|款|年)(?![^，,。？?]{0,4}[多少高低大小快慢][？?。]?$)|"
    r"多大|多长|多高|多远|多久|怎么|怎样|是否|有没有|有无|谁|何时|吗|比例|占比|[^\s，,]{0,2}率|金额是多少"
)
# "是谁/何人/哪位": the answer is a person, so it must name one.
PERSON_ASK = re.compile(
    r"(?<![比和与跟])谁(?![更家的])|何人|哪位|哪一位|哪几位|哪[两二三四五]位|姓名|"
    # "镇党委书记叫什么名字", not "第一艘航母叫什么名字" (辽宁舰): a person's name, a person named.
    r"(?<=[人者员长记任理志雄范家士表部师生他她练手])(?:叫什么(?:名字)?|的?名字是)"
)
# A clause of its own asking which is more: "，哪年定得高", "？谁多".
_WHICH_MORE_CLAUSE = re.compile(
    r"(?<=[，,？?。；;])\s*(?:(?:谁|哪(?:个|年|一年|边|方))(?:的)?"
    r"(?:增速|增幅|涨幅|增长|速度|比重|占比|数额|金额|数量|数字|规模|人数|面积|产量)?"
    r"(?:定得|定的|来得|更|增得|涨得|长得|增长得)?"
    r"[多少高低大小快慢]"
    r"[些点]?"
    # "…各是多少？是涨了还是跌了": which way it went, told by the figures side by side.
    r"|是?(?:涨|升|增|增加|增长|上升|多|高)了?还是(?:跌|降|减|减少|下降|少|低)了?(?:呢|啊)?)"
    r"[？?。！!]?$"
)


# The year before asked beside this one: "比上年多还是少", "和上年同期相比各是多少".
YEAR_BEFORE_BESIDE = re.compile(
    r"(?:和|与|同|跟|比)(?:上年|去年|上一年)(?:同期)?(?:相比|比)?[，,]?是?"
    r"(?:(?:多|高|增加|增长|涨)了?还是(?:少|低|减少|下降|降)了?|(?=各|分别))"
)


def without_which_more(text: str) -> str:
    """The question without a clause of its own asking which is more ("，哪年增速更高"): it
    compares the figures asked, and names nothing a passage would."""
    return _WHICH_MORE_CLAUSE.sub("", text)


COMPARE_ASK = re.compile(
    r"哪个镇|哪个乡|哪一个镇|哪些镇|谁更|更多|更少|最多|最少|相比|比较|对比|比一比|分别|各自|各镇|多还是少|高还是低|"
    + _WHICH_MORE
)
# "零售价格总体涨了多少", "加起来一共多少": a hedge on the figure, no thing of its own.
_HEDGES = re.compile(
    r"(?:总体|整体)(?:上|来看|来说|而言)|总的(?:来说|来看|说)|(?:总体|整体)(?=[涨增降提减升跌是有为达])"
    r"|加起来|合起来|算下来"
    # "减负的那些钱里，光社保费就减免了多少": the whole the part is of, said in passing.
    r"|(?:那些|这些|那笔|这笔)钱里"
    # "2018年政府工作报告回顾过去五年时说，": when the report said it.
    r"|(?<=[年告顾])时(?:说|讲|提到)"
    # "种梨这一块一年下来产值有多少": the field spoken of, no word of the report's.
    r"|这一?块儿?(?=[^钱地田]|$)|一年下来"
    # "财税收入里，单算税收收入是多少": one part counted apart, no word of the report's.
    r"|单算|单独算|光算"
)

# "亚洲金融危机那一年，", "三中全会以后那几年，", "从三届人大到四届人大这十年里，": a clause
# opening the question that sets the time; its words weigh SETTING_WEIGHT of their own.
_SETTING = re.compile(
    r"^[，,\s]*[^，,。？?；;]{2,24}?(?:[这那](?:[一二两三四五六七八九十几\d]+|些)?年(?:里|中|间|来|当中)?|"
    r"那段时间|那阵子|那会儿|的时候|期间|前后|那次|那一次|那回|(?:冲击|影响|背景|形势)之?下)"
    # "金融危机那年和第二年（2008年、2009年），": the years after it, and the years written out.
    r"(?:和(?:第[二三四五]年|下一年|次年|后一年))?(?:[（(][^）)]{0,20}[）)])?[，,]"
    # "一九五四年长江、淮河发大水，当年的…": a year's event, the ask going on with 当年.
    r"|^[，,\s]*\d{4}\s*年[^，,。？?；;]{2,24}[，,](?=\s*(?:当年|那年|这年|那一年|这一年))"
    # "1998年为了应对亚洲金融危机，…增发了多少…": what it was done for, not what is counted.
    r"|^[，,\s]*(?:\d{4}\s*年)?(?:为了|为)[^，,。？?；;]{2,20}[，,]"
)
SETTING_WEIGHT = 0.4
# "哪位中国科学家": the kind of person asked, after these words, is the answer's, not a term.
_WHO_OF_A_KIND = re.compile(r"哪一?位|哪个人|哪名")
_LOOKING_BACK = re.compile(r"(?:\d{4}年)?(?:的|那份|这份)?(?:政府)?(?:工作)?(?:报告|总结)|回顾")
# "大跃进的一九五八年和改革开放起步的一九七八年", "闹非典那年（2003年）", "疫情第三年也就是2022年",
# "改革开放40周年那年（2018年）":
# an event naming a year the question also writes sets the time, wherever it stands.
_YEAR_SETTING = re.compile(
    r"(?:^|(?<=[，,。？?；;和与、（(\s]))([\u4e00-\u9fff“](?:[\u4e00-\u9fff”]|\d+(?![\d\s]*年)){1,9}?)"
    r"(?:那一?年|结束(?:时|的时候|那年)|[前后]一年|的|[，,]?也就是|[，,]?即)\s*[（(]?\s*\d{2,4}\s*年"
)


def without_year_settings(text: str) -> str:
    """The question with each event that names a year it also writes blanked (闹非典那年（2003年）
    keeps （2003年）): the year finds the report; the event's words find every report on it."""
    digits = arabic_years(text)
    if len(digits) != len(text):
        return text
    for m in reversed(list(_YEAR_SETTING.finditer(digits))):
        text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    return text


_SPAN_WORDS = re.compile(
    r"\d+|[〇零一二两三四五六七八九十几]+|[从自到至和与年这那些里中间来当]|期间|的时候|那段时间|那阵子|那会儿"
)

# Words that carry no content of their own in a question about a report.
_STOP_WORDS = """
    多少 几 几个 几项 几次 几名 哪些 哪几 哪个 哪一个 什么 怎么 怎样 如何 是否 有没有 有无
    是不是 吗 呢 啊 吧 呀 了 的 地 得 是 在 有 和 与 及 以及 或 或者 对 把 被 给 向 从 到 于 为
    共 共计 一共 总共 累计 合计 请问 请 告诉 我 你 您 我们 他们 它 它们 其 该 这 那 那么 这个
    那个 镇 乡 街道 政府 人民政府 报告 工作 工作总结 总结 情况 方面 做 做了 干 干了 搞 开展 进行
    主要 哪 谁 多大 多长 时候 时间 期间 分别 各自 比较 相比 对比 更 最 多 少 个 项 年 今年 去年
    前年 上半年 下半年 全年 年度 一下 知道 了解 关于 有关 相关 具体 到底 究竟 都 也 还 又 就 所
    些 次 达到 达 占 一些 哪里 何时 怎么样 能 能否 可以 需要 要 会 过 着 当地 本镇 全镇 我镇
    该镇 这个镇 哪个镇 更多 更少 最多 最少 谁更 期间 里 中 上 下 内 后 前 以来 截至 目前 现在
    采取 措施 举措 做法 具体做法 取得 成效 成绩 几成 比例 数量 总数 人数 户数 次数 金额
    哪几项 哪几个 几件 件事 支持 努力 事情 事 内容 包括 提到 提及 说 讲 几件事 件事 认为 自己
    打算做 还是 多还是少 高还是低 各 各是 一遍 那批 这批 百分之 多高 多大 有多 多少钱 是多少 叫
    比一比 比比 比较一下 对比一下 名字 姓名 叫什么 月份 那阵子 那时候 那会儿 那段时间 这段时间
    光是 单是 光 仅仅 仅 只是 咱们 咱 一年 这块 那块 这一块 这方面 那方面 多久 大概 大约 大致
    差不多 一个 没有 那年 这年 那一年 那边 这边 偷偷 当时 已经 问 数 两会 来 一项 单 就是 也就是
    讲到 说到 谈到 那些 这些 多长时间 多长 一家 真正 真的 当年 实打实 回顾 时
    几样 这几样 那几样 这几个 那几个 这几项 那几项 哪位 哪一位 谁来 由谁 由谁来 几块 这几块 那几块
    涉及 镇里 县里 乡里 村里 当中 两位 三位 几位 单看 只看 光看 看 落在 落到了 落在了
    而是 不是 算法 口径 算法是 一起 一下子 来着 跟 年比
    几栋 那几栋 这几栋 几座 那几座 这几座 几家 那几家 这几家 几所 那几所 这几所 几条 那几条 这几条
    what how many much is the of in and a an
"""
_STOP = frozenset(_STOP_WORDS.split())
_FUNCTION_CHARACTERS = frozenset("内要将会把被在了的得地着过也都还又就才所而且并该")
# Common surnames: a word jieba tags as a person's name must start with one (治河 is no name).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
    "钱严覃武戴莫孔汤舒滕瞿粟符伍欧屠"
)
# Everyday words for people and things: they rarely decide what a question is about.
_GENERIC_WORDS = """
    村民 群众 老百姓 百姓 人家 孩子 居民 家庭 人们 大家 东西 地方 钱 人 户 家 部门 单位 方面
    问题 干部 同志 领导 出来 起来 上去 下来 一下 国务院 我国 中国 国家 手里 手上 兜里 家里 头上
    整个 有数
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_CONTENT_TAGS = ("n", "vn", "eng", "j", "l", "i", "s", "z", "b", "an", "nz", "nr", "ns", "nt")
_TOWN_SUFFIX = re.compile(r"(?:镇|乡|街道)$")
_PERIOD_WORDS = re.compile(
    r"\d{4}\s*年(?:度)?(?:底|末|初(?!步)|上半年|下半年|全年|前三季度|第[一二三四]季度)?|"
    r"今年|去年|前年|上半年|下半年|全年|年初|年底|年中|这半年|近半年|半年来|"
    # "第三季度单季", "前三季度累计": a quarter on its own, or the first three summed.
    r"前三季度(?:累计)?|第?[一二三四]季度(?:单季)?|单季度?|"
    r"[那这]段时间|那阵子|那会儿|那几天|那时候|"  # "集中强降雨那段时间转移了多少户"
    # "两年间涨到了多少": a span, no thing.
    r"(?:这|那|近)?[两二三四五六七八九十几]年(?:间|中)|"
    r"结束(?:时|的时候|那年)|"  # "“六五”结束时（一九八五年底）"
    r"(?<=年)(?:头|前)[一二三四五六七八九十\d]{1,2}个月|"  # 81年头九个月: a part of the year
    r"(?:[五六七八九]十|[5-9]0)年代(?:[初中末]期?)?"  # 八十年代那份报告: a decade, no term
)
_PART_SPLIT = re.compile(r"[，,；;？?！!。]|以及|并且|另外|同时|还有|此外")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKEN_OK = re.compile(r"[\u3400-\u9fff]+|[a-z]{2,}|\d+(?:\.\d+)?%?")


# A report states both last year's result and this year's plan; these words say which is asked.
_TARGET_ASK = re.compile(
    r"目标|指标[^，,。？?哪]{0,6}(?:多少|几)|计划数?(?:是|为|定为|定的是)?(?:多少|几)|预期(?!寿命)|预计|估计|(?:当年|今年)(?:要|将|拟|计划)|准备(?!金)|打算|计划(?:当年|今年|明年|本年|全年)|"
    r"要(?:增加|达到|提高|降低|减少|增长|下降)(?:到|多少)|"
    # "“十一五”规划纲要草案里": the document laying the plan out.
    r"纲要|草案|"
    # "到1957年全国将共有多少所高等学校": what a year is to come to.
    r"到\s*\d{2,4}\s*年[^，,。？?]{0,16}?(?:将|要|能|可以)(?:会|要)?(?:共|一共|总共)?(?:有|达到|增加|建成)|"
    # "计划到1987年达到多少人": a later year's target.
    r"(?:计划|规划)(?:要|将)?到\s*\d{2,4}\s*年|"
    # "2018年要再压减多少钢铁产能": a year's plan, told as what it is to do.
    r"年(?:要|将|拟)再?(?:淘汰|新增|完成|安排|减少|增加|压减|退出|化解|达到|实现|提高|降低|建成|改造|新建)|"
    # "2014年计划淘汰多少辆": a plan's verb after 计划 (not 计划生育, 计划经济).
    r"(?:计划|打算|准备)(?:要|将|再)?(?:淘汰|新增|完成|安排|投资|投入|建设|改造|新建|开工|减少|增加|"
    r"压减|退出|化解|达到|实现|解决|培训|转移|招收|招生|发行|提高|降低|增长|下降|控制|建成|修建|搬迁|生产)"
)
# "索道是哪天竣工投用的": when something happened, which a plan's date does not answer.
WHEN_DONE = re.compile(
    r"是(?:哪天|哪一天|什么时候|何时|哪年|哪一年|几月|哪个月)[^，,。？?]*的[？?。]?$"
)
# Words of a thing done, which a part of a question asking a target elsewhere asks as done.
_DONE_WORDS = re.compile(r"完成|实现|已经|累计")
_ACTUAL_ASK = re.compile(
    r"实际|完成了|过去一年|去年|上一年|前一年|最终|最后|"
    r"(?:增长|增加|下降|减少|降|涨|提高|回落|达到|实现|花|投入|拿出|支出)了|"
    # "中央财政为这事掏了多少钱", "救出了多少人": what was paid or done.
    r"(?:掏|花掉|补贴|发放|救出|安置|淘汰|关停|关闭|退出|发行)了|"
    # "2008年成功研发了哪些…", "2014年新设了哪几个…": what was done that year.
    r"(?:成功|研发|研制|建成|新设|设立|开通|出台|发射|取得|通过|颁布)了|"
    # "目标比原定早了多久完成": a target met ahead of time, a result.
    r"(?:早|提前)了?[^，,。？?]{0,6}?(?:完成|实现)"
)
# 计划 as a plan's word, not a policy's or a system's name (计划生育, 计划经济, 计划单列市).
PLAN_WORD = r"计划(?!生育|经济|单列|免疫|体制)"
# Words that insist on one tense: a plan is no answer to "实际是多少", a result none to "目标".
_STRICT_TENSE = re.compile(rf"实际|最终|最后|目标|预期(?!寿命)|{PLAN_WORD}")
# Words that only say which of the two is asked: they are the tense, not the topic.
_TENSE_WORDS = frozenset(
    {"目标", "指标", "预期", "预期目标", "预计", "估计", "计划", "计划数", "打算", "准备"}
)


def _thing_named(word: str) -> bool:
    """Whether a word ends on a noun, a verbal noun (经费) or an abbreviation (三公), or counts
    a step of its own (第二步)."""
    tags = pos_tags(word)
    return (bool(tags) and tags[-1][1].startswith(("n", "vn", "j"))) or word.startswith("第")


# Words of a plan's aim that name no thing: "力争达到多少".
_PLAN_ONLY = frozenset({"力争", "争取", "确保", "达到", "突破", "实现", "完成"})
_RESULT_WORDS = frozenset({"实际", "最终", "最后", "实际上", "到位", "结果"})
# "目标定的是多少": the verbs that set a plan, no subject of the ask after it.
_PLAN_SET_BY = r"(?:定下|确定|提出|(?<![原规制预约决])[定订])(?=的?(?:计划|目标|指标))"
_SETTING_VERBS = frozenset({"定", "订", "定下", "确定", "提出"})
_DONE_VERBS = frozenset({"完成", "实现", "落实", "安排"})


# "…又是多少", "…呢": the ask before asked again, of the thing this part names.
_SAME_AGAIN = re.compile(r"(?:又(?:是|有)?(?:多少|几)|呢)[？?。]?$")
# "平均每年增长多少": the change a part asks, from its words saying how it is measured.
_CHANGE_TAIL = re.compile(
    r"(?:平均每年|每年平均|年均|平均)?(?:比上年|同比)?(?:实际)?"
    r"(?:增长|增加|提高|下降|减少|降低|上涨)了?(?:的?(?:目标|预期|指标)(?:是|为)?)?"
    r"(?:百分之几|多少|几)[？?。]?$"
)


def _change_asked_again(part: str, before: str) -> str:
    """ "城镇职工家庭人均收入又是多少" after "农民人均纯收入平均每年增长多少" asks the same change:
    the part with the change the part before asks (城镇职工家庭人均收入平均每年增长多少)."""
    again = _SAME_AGAIN.search(part)
    change = _CHANGE_TAIL.search(before)
    if not again or not change or _CHANGE_WORDS_ASKED.search(part):
        return part
    if not _CJK_WORD.search(before[: change.start()]):
        return part  # "…是多少、增长了多少？粮食产量又是多少": the level, asked first, again
    # ("农村居民人均纯收入的目标又是多少": its 的目标 is the tail's own.)
    return re.sub(r"的?(?:目标|预期|指标)?$", "", part[: again.start()]) + change.group(0)


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
_CHANGE_WORDS_ASKED = re.compile(r"增|减|涨|降|提高|下跌|幅|速|率|比例|比重|百分之")


# Words that ask how much something changed without naming it ("比上年增长多少"): a part made
# only of them is about the part before's subject.
_CHANGE_ONLY = re.compile(
    r"上年|去年|前年|同比|环比|增长|增加|提高|上升|上涨|下降|减少|降低|增幅|增速|涨幅|幅度|涨|降"
)


# "…进出口总额是多少？在世界上排第几": a rank asked, of the thing before.
_RANK_ONLY = re.compile(
    r"(?:在)?(?:世界|全球|国际)?上?(?:排|排名|排在|居|位居|名列)?(?:第几|第几位|第几名|几位|几名)?"
)


_RANK_ASK = re.compile(
    r"(?:排|居|位居|名列|排名|排在)(?:到了?|在了?)?第?几(?:位|名)?|第几(?:位|名|届|批|条|次|个)|名次|位次"
    r"|排名[^，,。？?]{0,6}?第几"  # "世界排名升到第几"
)
RANK_UNIT = "位次"
# "多长时间内不变", "要多久": how long, in years, months or days.
DURATION_UNIT = "时长"
_DURATION_ASK = re.compile(r"多长的?时间|多久|多少时间")


def tense_of(text: str) -> str:
    """Whether a question asks for a plan ("target"), an achieved result ("actual"), or either."""
    target = bool(_TARGET_ASK.search(text))
    actual = bool(_ACTUAL_ASK.search(text))
    if target == actual:
        return ""
    return "target" if target else "actual"


def _strict(text: str, tense: str) -> bool:
    """Whether the question insists on its tense (实际是多少, 目标是多少)."""
    return bool(tense) and bool(_STRICT_TENSE.search(text))


def _untensed(groups: list[TermGroup], tense: str) -> list[TermGroup]:
    """With a tense asked, 目标/预期 or 实际/最终 weigh little: the topic words pick the figure."""
    words = {"target": _TENSE_WORDS, "actual": _RESULT_WORDS}.get(tense, frozenset())
    untensed = [replace(g, weight=0.3, head=False) if g.label in words else g for g in groups]
    # "GDP增长预期目标是多少": a tense word the head, the thing right before it is counted.
    heads = [i for i, g in enumerate(groups) if g.head and g.label in words]
    if heads and not any(g.head for g in untensed):
        end = groups[heads[0]].position
        for i in range(heads[0] - 1, -1, -1):
            g = untensed[i]
            if g.position + len(g.label) < end - 1:
                break
            if g.label not in words:
                untensed[i] = replace(g, weight=g.weight * 1.5, head=True)
                break
            end = g.position
    return untensed


# The report's own date asked: "工作总结落款是哪一天", "这份报告是什么时候发布的", "发布时间".
# (Not a date the report tells of: "报告说…是哪天封顶的".)
_WHEN = r"(?:哪天|哪一天|哪日|什么时候|什么时间|何时|几月几[日号])"
_ISSUED = r"(?:发布|印发|公布|发出|发的|写|出的|定稿|成文|落款|签发|作的|做的)"
_REPORT_DATE_ASK = re.compile(
    r"落款(?!单位)"
    rf"|(?:报告|总结|材料)(?:是|于|在)?{_WHEN}[^，,。？?]{{0,2}}{_ISSUED}"
    rf"|(?:报告|总结|材料)的?(?:发布|成文|印发|签发)(?:时间|日期)"
)


def asks_report_date(text: str) -> bool:
    """Whether the question asks when the report itself was dated or published."""
    return bool(_REPORT_DATE_ASK.search(text))


# "政府工作报告是哪位镇长作的", "在…大会上讲话的乡党委书记是谁", "作报告的是谁".
_WHO = r"(?:哪位|谁|哪个人|哪一位)"
_REPORT_SPEAKER_ASK = re.compile(
    rf"(?:报告|讲话|总结)[^，,。？?]{{0,8}}(?:是|由)?{_WHO}[^，,。？?]{{0,6}}"
    r"(?:作|做|讲|念|宣读|发表|所作)"
    rf"|(?:作|做|发表)了?(?:这个|这份|该)?(?:报告|讲话)的[^，,。？?]{{0,8}}是{_WHO}"
    rf"|(?<!发言)(?<!交流)讲话的[^，,。？?]{{0,8}}是{_WHO}"
    r"|(?:报告|讲话)人"
)


def asks_report_speaker(text: str) -> bool:
    """Whether the question asks who gave the report or speech itself."""
    return bool(_REPORT_SPEAKER_ASK.search(normalize(text)))


def sanitize(question: str) -> str:
    """Drop control characters and excess length; the rest of the wording is kept."""
    text = _CONTROL.sub(" ", question or "")
    return normalize(text)[:MAX_QUESTION_CHARS]


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


# "是哪一年的", "要到哪一年实现…翻一番": a year asked (not 哪一年的报告, nor 哪年更高).
YEAR_ASK = re.compile(
    r"(?:是|到|在|于|从)哪一?年(?!的?(?:报告|政府))|哪一?年的(?!报告|政府)|"
    r"哪一?年(?=[\u4e00-\u9fff]{0,2}(?:恢复|开始|实现|建成|举办|召开|成立|完成|加入|取消|提出))"
)


def shape_of(text: str) -> Shape:
    """Figure, list, yes/no or open, from the ask words."""
    if _LIST_ASK.search(text):
        return Shape.LIST
    if _FIGURE_ASK.search(text):
        return Shape.FIGURE
    if YEAR_ASK.search(text):
        return Shape.OPEN  # "要到哪一年实现国内生产总值翻一番": a year, not the total named
    if _TOTAL_NAMED.search(text):
        return Shape.FIGURE
    if _YESNO_ASK.search(text):
        return Shape.YESNO
    return Shape.OPEN


# "按现行汇率算", "按可比价格计算": how a figure is reckoned, not what is asked (no rate asked).
# "三届人大以来这十年里": the event a span is counted from sets the time; the answer need not
# name it again ("在这十年中").
_SINCE = re.compile(r"(?:^|(?<=[，,。？?；;\s说讲]))([\u4e00-\u9fff]{2,8}?)以来")
_RECKONED = re.compile(
    r"按(?:照)?(?!人头|人口|人均|每人|每个人)[^，,。？?按]{1,8}?(?:计算|算)"
    r"|按(?:照)?(?:可比价格|不变价格|现行价格|当年价格|可比口径)"  # (按可比价格比1978年增长)
)


# "占到…一半以上，具体占了多少": how big the asker knows it is, not a thing to find.
# "抽查的一百多个在建项目": a rough count of what is asked about, no words the report repeats.
_ROUGH_SIZE = re.compile(
    r"(?:超过|超出|过了|占到|占了|达到)?(?:一半|半数|大半|过半)(?:以上|多)?"
    r"|(?<![\d一二三四五六七八九十两百千万])[一二三四五六七八九十两百千\d]+多[万亿]?"
    r"(?:个|名|家|项|所|座|户|条|种|位)"
)


def without_reckoning(text: str) -> str:
    """The text with each 按…算 phrase blanked, its length kept."""
    return _RECKONED.sub(lambda m: "，" * len(m.group(0)), text)


def asked_unit(text: str) -> str:
    """The unit a figure question wants: a measure word, or 元 / % for money and shares."""
    text = without_reckoning(text)
    # "其中留抵退税占多少": the part's own amount, told in the whole's unit as often as a share.
    part = _PART_SHARE_ASK.search(text)
    if part and not _PERCENT_ASK.search(text.replace(part.group(0), "")):
        return ""
    if _RANK_ASK.search(text):
        return RANK_UNIT  # "在世界上排第几": 第四位
    if (
        _PRICES_TAKEN_OUT.search(text)
        and not _UNIT_ASK.search(text)
        and not _MONEY_ASK.search(text)
    ):
        return "%"  # "去掉涨价因素实际涨了多少": a real change, told as a share
    if _DURATION_ASK.search(text):
        return DURATION_UNIT  # "多长时间内不变": 五十年内
    # "降了几次存款准备金率": how many times, whatever rate was changed.
    times = re.search(r"(?:多少|几)\s*(次|回|轮|批|趟|遍)", text)
    if times:
        return "次" if times.group(1) in "趟遍" else times.group(1)  # 跑了几趟: 两次
    if _PERCENT_ASK.search(text):
        return "%"
    if re.search(r"(?:多少|几)个?周年", text):
        return "周年"  # 成立多少周年: an anniversary, which figures otherwise leave out
    if _AREA_ASK.search(text):
        return "亩"
    if re.search(r"(?:折合|折算|换算|合)成?美元", text):
        return "美元"  # "国内生产总值折合成美元是多少": not the 134.9万亿元 in yuan
    if re.search(r"(?:多少|几)\s*(?:万|亿)?\s*个人(?=[？?。，,！!、]|$|呢|吗|啊)", text):
        return "人"  # "死了几个人": people, not a count of things (宣传资料10万余份)
    if re.search(r"的人(?:有|是|一共有|共有)?(?:多少|几)个?(?=[？?。，,！!、]|$|呢|吗|啊)", text):
        return "人"  # "有过吸毒经历的人有多少个": people (not 典型经验报送10篇)
    match = _UNIT_ASK.search(text)
    if match:
        unit = match.group(1)
        return "元" if unit in ("万元", "亿元") else unit  # 美元 stays 美元
    if _PEOPLE_RIGHT_AFTER_ASK.search(text):
        return ""  # "有多少孩子…吃上了国家补贴的营养餐": children counted (3200万孩子), no money
    if _PEOPLE_OF_SOME_ASK.search(text) and _MONEY_ASK.search(text):
        return ""  # "多少贫困家庭的孩子上学不用交钱": whose children, said between; no money
    money = _MONEY_ASK.search(text) and not _MEASURE_ASKED.search(text)
    if (money and _AMOUNT_ASK.search(text)) or _MONEY_COUNTED.search(text):
        if _PEOPLE_BEFORE_ASK.search(text) or _PEOPLE_GIVEN_TO.search(text):
            return "人"
        # "研发经费增长了多少": a change in money is told as a share as often as in yuan.
        changed = _CHANGE_ASK.search(text) or _REAL_CHANGE.search(text)
        return "" if changed and not _YUAN_ASK.search(text) else "元"
    match = _COUNT_NOUN_ASK.search(text)
    if match:
        return match.group(1)
    if _PEOPLE_NOUN_ASK.search(text):
        return "人"
    match = _OTHER_UNIT_ASK.search(text)
    if match:
        return match.group(1) or match.group(2)
    return ""


def is_compare(text: str, query: Query) -> bool:
    """Comparison across towns: two named towns, or a which-town question."""
    return len(query.towns) >= 2 or bool(COMPARE_ASK.search(text) and _names_town_set(text))


def asks_person(text: str) -> bool:
    """Whether the question asks who: its answer must name a person."""
    return bool(PERSON_ASK.search(text)) and not COMPARE_ASK.search(text)


def _names_town_set(text: str) -> bool:
    return bool(re.search(r"哪个镇|哪个乡|哪一个镇|哪些镇|各镇|几个镇|两个镇|两镇|各乡镇", text))


@lru_cache(maxsize=4)
def _thesaurus(path: str, mtime: float) -> tuple[tuple[str, ...], ...]:
    from retrieval.lexicon import Thesaurus

    return tuple(tuple(g for g in group if g) for group in Thesaurus.load(Path(path)).groups)


def thesaurus_groups(path: Path | None) -> tuple[tuple[str, ...], ...]:
    """Thesaurus concepts (canonical first), cached by file and modification time."""
    if path is None or not path.is_file():
        return ()
    return _thesaurus(str(path), path.stat().st_mtime)


def place_words(query: Query, catalog: list[ReportMeta]) -> list[str]:
    """Town names (and short forms) the question may contain, longest first. A short form that
    is a common word (茶园, 银杏) is one only of a town the question names: "龙潭镇山上的茶园"
    asks of tea gardens."""
    from retrieval.places import common_stem, town_aliases

    aliases = town_aliases(catalog)
    names = set(aliases) | set(query.towns) | set(query.unknown_towns)
    words: set[str] = set()
    for name in names:
        if not name:
            continue
        named = aliases.get(name, name) in query.towns
        short = _TOWN_SUFFIX.sub("", name)
        for word in dict.fromkeys((name, short)):
            if len(word) >= 2 and (named or word == name != short or not common_stem(word)):
                words.add(word)
    return sorted(words, key=len, reverse=True)


def _tagged(text: str) -> list[tuple[str, str]]:
    from retrieval.lexicon import pos_tags

    tags = pos_tags(text)
    out: list[tuple[str, str]] = []
    for i, (word, flag) in enumerate(tags):
        after = tags[i + 1][0] if i + 1 < len(tags) else ""
        if (
            len(word) == 2
            and word[1] == "有"
            and flag.startswith("n")
            and after[:1] in ("多", "几", "，", "")
        ):
            # "油茶林有多大面积" cut 油茶/林有 (a name, to jieba): a character of the word
            # before, and the verb 有.
            out += [(word[0], "ng"), ("有", "v")]
            continue
        out.append((word, flag))
    return out


def _common_word(word: str) -> bool:
    """A word with everyday synonyms (林子, 城镇) names no person or place, whatever jieba tags."""
    from retrieval.synonyms import synonym_table

    return word in synonym_table()


# A two-character dictionary word jieba tags as a place is one only when the dictionary often
# saw it (上海, 深圳); 治河 is tagged a place too, seen three times.
PLACE_FREQUENCY = 20
_LOCATIVE = frozenset("里边上中内外旁")
_MOTION = frozenset("下上进出去回到")


def _seat(word: str) -> str:
    """The place a body is named for (深圳经济特区 → 深圳), or "" when its name opens with none;
    the country (中国人民银行) names no place of its own."""
    for size in (3, 2):
        head = word[:size]
        if (
            len(word) >= size + 2
            and head not in ("中国", "全国", "中华", "国家")
            and pos_tags(head) == [(head, "ns")]
            and _place_name(head)
        ):
            return head
    return ""


_LEVELS = frozenset("省市县区乡镇村组街道社")


def _place_name(word: str) -> bool:
    """Whether a word jieba tags ns is truly a place's name (上海市, 深圳), not a rare guess."""
    from retrieval.lexicon import word_frequency

    if len(word) == 2 and word[1] in _LOCATIVE:
        return False  # 河里, 村里: "in the river", not a place called so
    if len(word) == 2 and word[0] in _MOTION:
        return False  # 下河, 进城, 上山: going somewhere, not a place called so
    if all(c in _LEVELS for c in word):
        return False  # 镇村, 乡村, 省市县: levels of government, no place's name
    # A word outside the dictionary (桥江) is a place jieba guessed from context: keep it.
    seen = word_frequency(word)
    return len(word) >= 3 or seen == 0 or seen >= PLACE_FREQUENCY


# "那一轮轮的大扫除", "弄了一片": how many or how often, said in passing, no thing named.
_COUNT_WORD = re.compile(
    r"[一两二三几每各]([轮片批次场处回遍趟道拨茬])\1?|([轮片批拨茬])\2|[一两二三几][个项家层种]"
)


def _weight(word: str, flag: str) -> float:
    if word in _GENERIC or len(word) == 1 or _COUNT_WORD.fullmatch(word):
        return 0.3
    if all(c in _FUNCTION_CHARACTERS for c in word):
        return 0.5  # "五年内要建设": jieba's 内要 (tagged a noun) is two function words, no thing
    if flag.startswith(_CONTENT_TAGS) or (flag in ("m", "x") and not word.isdigit()):
        return 1.2 if len(word) >= 3 else 1.0
    return 0.5


# Characters a thesaurus term found in a question is not grown by (see _enclosing).
_NOT_GROWN = frozenset("，有了的是在和与及等多几")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Where each jieba word of the text starts and ends."""
    spans = []
    at = 0
    for word, _ in _tagged(text):
        spans.append((at, at + len(word)))
        at += len(word)
    return spans


def _enclosing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span grown by a single character that jieba reads as part of the same word."""
    grown_start, grown_end = start, end
    for s, e in spans:
        if s < start < e and start - s == 1:
            grown_start = s
        if s < end < e and e - end == 1:
            grown_end = e
    return grown_start, grown_end


_HOW_MANY = re.compile(r"多少|几")
_LOCAL_GOVERNMENT = re.compile(r"财政|政府|预算|专项|债|税|一般")
_PLANNED_ACT = re.compile(
    r"(?:国家)?计划(?=发行|生产|安排|投资|建设|新增|完成|达到|实现|新建|修建|招收|培训|减少|压减)"
    r"|(?:定为|定在|定成|确定为|定的是)(?=多少|几)"
)
_REPORT_ASIDE = re.compile(
    r"[（(](?:按|据|根据|依据|参照|见|以)?[^（）()]{0,20}(?:报告|总结)[^（）()]{0,6}[)）]"
)


def _straddles_ask(text: str, start: int, end: int) -> bool:
    """Whether a span takes part of an asking word (多少) and part of what follows or precedes."""
    return any(
        m.start() < start < m.end() or m.start() < end < m.end()
        for m in _HOW_MANY.finditer(text, max(0, start - 2), end + 2)
    )


_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def _short_names_in_brackets(text: str) -> str:
    """'世界园艺博览会（世园会）': a short name in brackets after the full name is no word to find.

    The short name is taken for one when its characters all stand, in order, in the words just
    before the bracket; the report may write either, and the full name is kept to find.
    """
    for m in _BRACKETED.finditer(text):
        before = iter(text[max(0, m.start() - 12) : m.start()])
        if all(ch in before for ch in m.group(1)):
            text = text[: m.start()] + blank(m) + text[m.end() :]
    return text


def key_terms(
    text: str, places: list[str], thesaurus: tuple[tuple[str, ...], ...]
) -> list[TermGroup]:
    """Content terms of a question: thesaurus concepts first, then jieba words minus stop words."""
    # "多少名（预备）党员": a bracketed word before a thing only may narrow it; it is no term.
    rest = _OPTIONAL.sub(blank, text.lower())
    # "（按2011年政府工作报告）": an aside naming the report read, no term.
    rest = _REPORT_ASIDE.sub(blank, rest)
    for place in places:
        rest = rest.replace(place.lower(), "，" * len(place))
    # Not what is asked: the words naming the report ("1982年关于六五计划的报告里"), periods,
    # and the unit of the ask (百分之几, 多少钱, 多少户, 几层), longest forms first.
    rest = arabic_years(rest)
    years_read = rest
    setting = _SETTING.search(rest)
    if setting and not _CJK.search(_SPAN_WORDS.sub("", _LOOKING_BACK.sub("", setting.group(0)))):
        # "03到07年这五年，", "2008年报告回顾那五年，": the span asked, not a time setting it
        setting = None
    # "疫情第二年（2021年）", "大跃进第二年也就是五九年": which year of an event, the year told.
    rest = _NTH_YEAR.sub(blank, rest)
    # "新冠疫苗把针都打齐了的人", "所有针次都打完的人": the full course, as the reports write it.
    # (The reports call it 疫苗: 新冠 before it is no word to find.)
    rest = re.sub(r"新冠(?:肺炎|病毒)?(?=疫苗)", blank, rest)
    if _VACCINE.search(rest):
        rest = _FULL_COURSE.sub(
            lambda m: written_as("全程接种" if len(m.group(0)) >= 4 else "全程", m), rest
        )
    # "种了多少亩树", "修了几公里路": the verb and its thing, as the reports write them (种树).
    rest = verb_with_thing(rest)
    rest = as_reports_say(rest)
    # "国家计划发行的…", "规模定为多少": the plan and its setting are the tense, no thing.
    rest = _PLANNED_ACT.sub(blank, rest)
    # "在世界上排第几": the rank asked is the ask's unit (第四位), not a word to find.
    rest = _RANK_ASK.sub(blank, rest)
    # "国内生产总值增速是多少": the reports tell a speed of growth as 增长9.9%.
    rest = _GROWTH_SPEED.sub(lambda m: written_as("增长", m), rest)
    rest = _ROUGH_SIZE.sub(blank, rest)
    rest = re.sub(r"在(?=(?:世界|全球)上)|(?<=世界|全球)上(?=[，,？?]|$)", blank, rest)
    for words in (
        CN_SHORT_YEAR,
        SHORT_YEAR,
        SPEAKER,
        RESOLUTION,
        REPORT_YEARS,
        _PERIOD_WORDS,
        *_ASKED_UNITS,
    ):
        rest = words.sub(blank, rest)
    # "按1957年政府工作报告的计划": by the report named, no word of what is asked.
    rest = re.sub(r"(?:按照|依照|根据|依据|按|据)(?=，{4,})", blank, rest)
    # "平均一个人能挣多少": jieba would read 人能 as a word; the reports write 每人.
    rest = re.sub(r"(?<=平均)一个人|一个人(?=平均)", "，每人", rest)
    # "每年最多能比以前多借多少钱": compared with before, a change asked, no word to find.
    rest = re.sub(r"能?比(?:以前|过去|原来|之前)", blank, rest)
    # "把多少户不符合条件的吃低保的清出去了": why they were cleared, which reports leave unsaid.
    rest = re.sub(r"不符合(?:条件|要求|标准|政策)的?", blank, rest)
    # "卢峰和统溪河两个镇": how many towns are asked of, named already.
    rest = re.sub(r"(?:这|那)?[两三四五六七八九几]个?(?=镇|乡)", blank, rest)
    # "咱们国家经济到底长了多少": the country the national reports are about, no topic word.
    rest = re.sub(r"(?:咱们|我们|咱)国家", blank, rest)
    # "农村老百姓", "农村老乡": the countryside's people, whom the reports call 农民 (农村 stays:
    # "按全国农村人口平均").
    rest = re.sub(r"(?<=农村)的?(?:老百姓|老乡)", lambda m: written_as("农民", m), rest)
    # "低保标准一起上调了几成": raised, as the reports write it (not "往上调到了多少", which the
    # reports write as 调高到).
    rest = re.sub(r"(?<!往)(?:上调|调高)(?!到|至)", lambda m: written_as("提高", m), rest)
    # "乡村里的危旧房屋": the countryside's, which the reports call 农村 (not 村里的, a village's).
    rest = re.sub(r"乡村里的?", lambda m: written_as("农村", m), rest)
    # "上班的人一个星期上几天班": people at work, whom the reports call 职工.
    rest = re.sub(r"上班的人|上班族", lambda m: written_as("职工", m), rest)
    # "…分别是多少？哪年定得高": a clause asking which is higher compares the figures asked.
    rest = _WHICH_MORE_CLAUSE.sub(blank, rest)
    # "比上年多还是少", "和上年同期相比": the year before beside this one, no thing to find.
    rest = YEAR_BEFORE_BESIDE.sub(blank, rest)
    rest = _HEDGES.sub(blank, rest)
    rest = _short_names_in_brackets(rest)
    # "在哪个城市举行": the kind of place asked; the report names the place (昆明), not its kind.
    rest = re.sub(r"(?<=哪个|哪座)(?:城市|地方)|(?<=哪一个|哪一座)(?:城市|地方)", blank, rest)
    # "那两条进藏公路": pointing at things by their number, which the report need not say.
    rest = re.sub(r"(?<![第前后头])(?:这|那)[两三四五六七八九十](?:条|座|家|所|位)", blank, rest)
    # "城乡居民储蓄…余额是多少": the level of savings, which the reports tell as what they
    # reached (一九八五年末达到一千六百二十三亿元).
    if re.search(r"储蓄|存款", rest):
        rest = re.sub(r"余额(?=是?多少|有多少|为多少)", blank, rest)
    # "扣掉涨价因素后涨了多少": a change in real terms, as the reports say it (实际增长).
    rest = _PRICES_TAKEN_OUT.sub(lambda m: written_as("实际", m), rest)
    # "比1952年多出多少": a change asked, as the reports write it (增长).
    rest = re.sub(r"多出(?=了?(?:多少|几))", lambda m: written_as("增长", m), rest)
    # "报告里定的计划数": the verb setting a plan, no thing of its own.
    # (Not 原定, 规定: words of their own.)
    rest = re.sub(_PLAN_SET_BY, blank, rest)
    # "钢产量达到了什么水平": the level asked, no thing of its own.
    rest = re.sub(r"(?<=什么)(?:水平|程度|规模|数字|数目)", blank, rest)
    # "国内生产总值总量": a total's own total, the measure itself.
    rest = re.sub(r"(?<=总值|总额|产值|产量)的?总量", blank, rest)
    # "留抵退税规模有多大", "外汇储备规模是多少": how big it was, the amount asked (赤字规模是多少
    # names its measure).
    rest = re.sub(r"(?<=[\u4e00-\u9fff]{4})规模(?=有?多大|是?多少)", blank, rest)
    # "1988年报告回顾过去五年，…": the report looking back names the span, not a thing.
    rest = re.sub(r"回顾(?=过去|以往|前|近|这|那|[一二两三四五六七八九十\d]+年)", blank, rest)
    groups: list[TermGroup] = []
    # "一五时期", "“六五”期间": a five-year plan, however the report writes it.
    for start, end, names in plan_names(rest):
        groups.append(TermGroup(names, 1.3, start))
        rest = rest[:start] + "，" * (end - start) + rest[end:]
    # A quoted name (“老工伤”, “四包一”) is one term, as the report writes it: it must be there.
    known = {term for group in thesaurus for term in group}
    for m in _QUOTED.finditer(rest):
        if m.group(1) in known:
            continue  # “绿牌车”: an everyday name the thesaurus knows the report's word for
        groups.append(TermGroup((m.group(1),), 1.5, m.start(1), name=True, quoted=True))
        rest = rest[: m.start()] + "，" * (m.end() - m.start()) + rest[m.end() :]
    # Longest phrases first so 重大安全隐患 wins over 隐患 when both are listed.
    phrases = sorted(
        ((term, group) for group in thesaurus for term in group if len(term) >= 2),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    spans: list[tuple[int, int]] | None = None  # cut into words only when a term is found
    compact: tuple[str, list[int], set[int]] | None = None
    for term, group in phrases:
        at = rest.find(term)
        if at < 0 and len(term) >= 3 and len(rest) == len(text):
            # "新吸收了几名党员": the phrase 新吸收党员, split by 了 and the count asked.
            compact = compact or _compact(rest, text)
            found = _split_phrase(term, text, *compact)
            # (Not where the question has the report's own words: 新发展了几名党员 is found by
            # 发展 and 党员, which the report may write apart: 发展预备党员.)
            if found is not None and group[0] not in compact[0]:
                start, end = found
                lines = [g for g in thesaurus if term in g] or [group]
                variants = tuple(dict.fromkeys((term, *(v for g in lines for v in g))))
                groups.append(TermGroup(variants, 1.3, start))
                rest = rest[:start] + "，" * (end - start) + rest[end:]
                compact = None
            continue
        if at >= 0:
            # 低保金 holds the term 低保: take the whole word, or 金 is left as a word of its own.
            spans = _word_spans(rest) if spans is None else spans
            start, end = _enclosing(spans, at, at + len(term))
            if start < at and at + len(term) < end:
                continue  # "吸收入党" holds 收入 across its words: no income asked
            # Not grown into the next term of the thesaurus (酒驾醉驾: no 酒驾醉), a word read
            # before (blanked) or a word of no thing (醉驾有多少起: no 醉驾有).
            if end > at + len(term) and (
                rest[end - 1] in _NOT_GROWN
                or any(rest.startswith(t, at + len(term)) for t in known if len(t) >= 2)
            ):
                end = at + len(term)
            if start < at and rest[start] in _NOT_GROWN:
                start = at
            if _straddles_ask(rest, at, at + len(term)):
                continue  # "多少生活费" holds 少生 across 多少: no births asked
            word = rest[start:end]
            # 穷人 may be told as 贫困户 or as 贫困人口: every concept it is a variant of.
            lines = [g for g in thesaurus if term in g] or [group]
            variants = tuple(dict.fromkeys((word, term, *(v for g in lines for v in g))))
            # The report's word names the thing only for a variant asked as written (较大隐患
            # holds 大隐患, a variant of 重大隐患, but is another grade) and not narrower than
            # it (低保户 counts households; its report word 低保 does not).
            own = len({g[0] for g in lines}) == 1
            canonical = group[0] if own and word == term and group[0] not in word else ""
            groups.append(TermGroup(variants, 1.3, start, canonical=canonical))
            rest = rest[:start] + "，" * (end - start) + rest[end:]
            # Its other mentions too, each a word of its own (党员中女党员: 女党员 stays a word).
            for m in reversed(list(re.finditer(re.escape(term), rest))):
                if _enclosing(spans, m.start(), m.end()) == m.span():
                    rest = rest[: m.start()] + "，" * len(term) + rest[m.end() :]
    seen = {v for g in groups for v in g.variants}
    at = 0
    for word, flag in _tagged(rest):
        position = at
        at += len(word)
        word = word.strip()
        if not word or word in _STOP or word in seen or not _TOKEN_OK.fullmatch(word):
            continue
        if word.isdigit() and len(word) == 4:
            continue  # a year; periods are handled as scope
        if len(word) == 4 and word[0] == word[1] and word[2] == word[3]:
            continue  # "顺顺利利考完": how it was done, in words no report uses
        seen.add(word)
        # A person or a place (上海市, 广东省) the answer must mention, not a topic word.
        name = (
            flag == "nr" and 2 <= len(word) <= 4 and word[0] in SURNAMES and not _common_word(word)
        ) or (flag == "ns" and _place_name(word) and not _common_word(word))
        # "深圳经济特区": a body named for its place is named by the place (深圳特区).
        seat = _seat(word) if flag in ("nt", "nz") else ""
        name = name or bool(seat)
        # "惠及了多少学生": a word taking 了 is a verb, whatever jieba guessed of it.
        name = name and rest[at : at + 1] not in ("了", "过", "着")
        # "十一月底共积压": the end of a month, not a person 底共.
        name = name and not (word[0] in "底末初" and rest[position - 1 : position] in ("年", "月"))
        # "煤炭行业退出了多少产能": the reports name the trade's thing by the trade (煤炭产能).
        trade: tuple[str, ...] = ()
        if len(word) >= 4 and word.endswith(("行业", "领域")):
            trade = (word[:-2],)
        elif len(word) == 3 and word.endswith("业"):
            trade = (word[:-1] + "行业",)  # "纺织业": written 纺织行业 as often
        weight = 2.0 if name else _weight(word, flag)
        if word == "地方" and _LOCAL_GOVERNMENT.match(text, at):
            weight = 1.0  # "地方财政赤字": the local governments', a kind, not "a place"
        # "29个省区市": older reports write the count in characters (二十九个省、市、自治区).
        spelled = (spelled_number(int(word)),) if word.isascii() and word.isdigit() else ()
        groups.append(
            TermGroup(
                (word, *trade, *_written_out(word), *spelled, *([seat] if seat else [])),
                weight,
                position,
                name=name,
            )
        )
    groups.sort(key=lambda g: g.position)
    spans = [m.span(1) for m in _YEAR_SETTING.finditer(years_read)]
    spans += [m.span() for m in _RECKONED.finditer(years_read)]
    spans += [m.span(1) for m in _SINCE.finditer(years_read)]
    # "哪位中国科学家拿下了诺奖": the kind of person asked is the answer's, not the report's word.
    spans += [(m.end(), m.end() + 5) for m in _WHO_OF_A_KIND.finditer(years_read)]
    # "服务业在GDP里的占比": the whole a share is of; the reports often leave it unsaid.
    spans += [m.span(1 if m.group(1) else 2) for m in _SHARE_BASE.finditer(years_read)]
    # ("…老人每年要证明自己还健在，这一年办了多少人": a figure asked after it of no thing of its
    # own, only 办, leaves the first clause the thing counted, no setting.)
    after = sum(g.weight for g in groups if setting and g.position >= setting.end())
    if setting and after > 0 and (after >= 1.0 or shape_of(text) is not Shape.FIGURE):
        spans.append((0, setting.end()))
    if spans:
        # "亚洲金融危机那一年，下岗工人里有多少重新找到了工作": the words setting the time help
        # find the report, but the answer need not repeat them.
        groups = [
            replace(g, weight=g.weight * SETTING_WEIGHT, setting=True)
            if any(start <= g.position < end for start, end in spans)
            else g
            for g in groups
        ]
    if shape_of(text) is Shape.FIGURE:
        groups = _mark_heads(
            without_reckoning(text.lower()), groups, setting.end() if setting else 0
        )
    return groups


_MAKE = "生产|开采|出产|产|炼|采"
_PRODUCT = "钢铁|钢|原煤|煤炭|煤|石油|原油|棉花|粮食"
# Everyday phrases for what the reports name in one word: "一共打了多少粮食", "粮食收成" for
# 粮食产量; "农业、农村、农民" (read as three words) for 三农; "超过多少钱才交个税" for 起征点.
_AS_REPORTS_SAY = (
    (re.compile(r"打了?(?:多少|几)(?:万|亿)?(?:斤|吨|公斤)?的?粮食?|粮食的?收成"), "粮食产量"),
    (re.compile(r"农业、农村(?:、|和)农民"), "三农"),
    # "一年采了多少石油", "钢一年能产多少", "炼出来的钢": a product made, its output.
    (
        re.compile(
            rf"(?:一年)?能?(?:{_MAKE})(?:出来)?了?(?:多少|几)(?:万|亿)?(?:吨|斤)?的?({_PRODUCT})"
            rf"|({_PRODUCT})(?:一年)?能?(?:{_MAKE})(?:出来)?了?(?=多少|几)"
            rf"|(?:{_MAKE})出来的({_PRODUCT})"
        ),
        "产量",
    ),
    # "东西涨价涨了多少": how prices rose, 物价.
    (re.compile(r"(?:东西|商品)(?:的价格|价格)?(?=涨)"), "物价"),
    # "平摊到每个中国人头上的GDP", "按全国人头平均下来的经济总量": per head, 人均.
    (
        re.compile(
            r"(?:平摊|均摊|分摊|摊|平均|分)到每(?:一个|个)?(?:中国)?人(?:头上|身上)?的?"
            r"|按[，]*(?:全国)?人头(?:平均|平摊|算)(?:下来)?的?"
        ),
        "人均",
    ),
    # "城里人兜里的钱", "一年到手能挣多少", "净挣多少": what people earn, the reports' 城镇,
    # 收入 and 纯收入 (a wage earner's pay is 工资: no rewording).
    (re.compile(r"城里人"), "城镇"),
    # "农村里一个人平均能挣多少": the reports tell it of 农民 (农民按人口平均的纯收入).
    (re.compile(r"农村里?(?=(?:一个|每个)人平均|平均(?:一个|每个)人)"), "农民"),
    (re.compile(r"(?<![职员工])(?:兜里|手里|到手)的钱"), "收入"),
    (re.compile(r"净(?:挣|赚)了?(?:多少|几)"), "纯收入"),
    (
        re.compile(
            r"(?:(?:到手|落到手里?|拿到手里?)?能?(?:挣|赚)|能?(?:落|拿)到手里?)了?(?:多少|几)"
            r"(?![^，,。？?]{0,4}(?:利润|利税))"  # "赚了多少利润": the profit, named
        ),
        "收入",
    ),
    # "比原定早了多久完成": ahead of time, which the reports call 提前 (提前一年实现).
    (
        re.compile(
            r"比原(?:定|计划|来)(?:的)?(?:时间|计划)?早了?(?=多久|多长时间|几年|几个月|多少)"
        ),
        "提前",
    ),
    # "村支书和村主任由一人兼任": one person in both posts, which the reports call 一肩挑.
    (
        re.compile(
            r"村?(?:党?支部)?(?:支书|书记)(?:和|与|跟|、)(?:村委会?|村)?主任[^，,。？?]{0,6}?"
            r"由?(?:一人|一个人|同一人|同一个人|同一个)(?:兼任|兼|担任|来当|当|挑)"
        ),
        "一肩挑",
    ),
    # "每月工资超过多少钱才开始交个税": the threshold, which the reports call 起征点.
    (
        re.compile(
            r"(?:(?:每个?月的?|月)?(?:工资|收入|月薪)[^，,。？?多]{0,4}?)?"
            r"多少钱?(?:以上)?的?(?:人)?(?:才|就)(?:需要|要|开始|得|用|会)?(?:交|缴|纳)"
            r"(?:个人所得税|个税|所得税|税)"
        ),
        "个人所得税起征点",
    ),
)


_DIGITS = "零一二三四五六七八九"


_PUNCTUATION = frozenset("，,。？?！!；;、：:")
_PARTICLES = frozenset("了过着")
_SPLIT_GAP = 4  # characters at most between the words of a split phrase


def _compact(rest: str, text: str) -> tuple[str, list[int], set[int]]:
    """The question's words run together past particles (了) and the blanks of the count asked
    (几名, 多少个), each kept character with its place in `rest`, and where the blanks are; not
    past its own punctuation."""
    kept, where, blanks = [], [], set()
    for i, c in enumerate(rest):
        if c == "，" and text[i] not in _PUNCTUATION:
            blanks.add(i)
        elif c not in _PARTICLES:
            kept.append(c)
            where.append(i)
    return "".join(kept), where, blanks


def _split_phrase(
    term: str, text: str, compact: str, where: list[int], blanks: set[int]
) -> tuple[int, int] | None:
    """Where a thesaurus phrase runs in the question with the count asked inside it (新吸收了
    几名党员 for 新吸收党员); None when it does not, or only a particle splits it (改成了干净
    卫生的 is its own words)."""
    k = compact.find(term)
    if k < 0:
        return None
    start, end = where[k], where[k + len(term) - 1] + 1
    inside = set(where[k : k + len(term)])
    gap = "".join(text[i] for i in range(start, end) if i not in inside and i in blanks)
    # (The count asked, 几名 or 多少个, not a word rewritten: 平均一个人 read as 平均，每人.)
    split = re.search(r"多少|几", gap) is not None
    return (start, end) if split and end - start - len(term) <= _SPLIT_GAP else None


def spelled_number(n: int) -> str:
    """A count below ten thousand in characters, as older reports write it (29 -> 二十九)."""
    if not 0 < n < 10000:
        return str(n)
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("" if unit == "十" and not out and digit == 1 else _DIGITS[digit]) + unit
        elif out and n and not out.endswith("零"):
            out += "零"
    return out


def as_reports_say(text: str) -> str:
    """The question with everyday phrases in the reports' words, every later position kept (the
    word ends where the phrase did: 按人头平均下来的经济总量 reads 人均经济总量)."""
    earners = bool(_WAGE_EARNERS.search(text))
    for phrase, word in _AS_REPORTS_SAY:
        if earners and word.endswith("收入"):
            continue  # "职工一年平均能挣多少钱": their pay, 工资
        text = phrase.sub(partial(_reworded, word=word), text)
    return text


_WAGE_EARNERS = re.compile(r"职工|工人|员工|干部|教师|上班|工资")


def _reworded(m: re.Match[str], *, word: str) -> str:
    """The reports' word for a phrase, ending where it did; a product named goes before it."""
    named = next((g for g in m.groups() if g), "")
    return (named + word).rjust(len(m.group(0)), "，")


_PLENUM = re.compile(r"([一二三四五六七八九十]+)中全会")
_TERM_OF = re.compile(r"([一二三四五六七八九十]+)届")


def _written_out(word: str) -> tuple[str, ...]:
    """How a report writes a session out in full: 六中全会 as 第六次全体会议, 八届 as 第八届."""
    if m := _PLENUM.fullmatch(word):
        return (f"第{m.group(1)}次全体会议",)
    if m := _TERM_OF.fullmatch(word):
        return (f"第{m.group(1)}届",)
    return ()


# "给…的困难户", "发给种田户": the word after names who is given to.
_RECIPIENT = re.compile(r"给[^，,。？?发拨]{0,6}$")


_BASE_BEFORE_ASK = re.compile(
    r"(?:比|较|同比)(?:上年|去年|上一年|前一年|同期|上期)[^，,。？?]{0,4}$"
)


def _mark_heads(text: str, groups: list[TermGroup], after_setting: int = 0) -> list[TermGroup]:
    """The words right next to the ask word name what is counted: they weigh more (never the
    words setting the time, before `after_setting`)."""
    ask = _FIGURE_ASK.search(text, after_setting) or _ASK_WORD.search(text, after_setting)
    if not ask or not groups:
        return groups
    # A word asked twice keeps its first place: "清扫垃圾…清掉了多少垃圾" still counts 垃圾.
    after = [g for g in groups if ask.end() <= text.find(g.label, ask.end()) <= ask.end() + 6]
    # "粮食产量比上年增长了百分之几": the comparison's base (上年) is not what is counted.
    base = _BASE_BEFORE_ASK.search(text[: ask.start()])
    ref = base.start() if base else ask.start()
    before = [g for g in groups if ref - 8 <= g.position < ref and g.weight >= 0.5]
    # "谁发展的党员多", "哪边人数多": what is counted sits inside the ask, before its 多.
    inside = [g for g in groups if ask.start() < g.position < ask.end() and g.weight >= 0.5]
    if ask.group(0).startswith("谁"):
        heads = inside[-1:]
    else:  # "哪边人数多" as well, when something stands inside
        heads = (inside[-1:] if ask.group(0).startswith("哪") else []) or after or before[-1:]
    if len(heads) == 1 and heads == before[-1:] and heads[0].label in _MANNER_WORDS:
        # "对吸过毒的人重点盯管了多少个": 重点 says how, not what; the thing is the word before.
        things = [g for g in groups if g.position < heads[0].position and g.weight >= 1.0]
        heads = things[-1:] or heads
    if len(heads) == 1 and heads == before[-1:] and len(before) >= 2:
        # "国防预算安排了多少": a verb with its 了 acts on what is counted, the word before it;
        # "棉花产量是多少", "GDP总量多少": a total or an output is counted of the word before it.
        word, thing = before[-1], before[-2]
        if (
            (
                thing.position + len(thing.label) == word.position
                and thing.label not in _TENSE_WORDS | _RESULT_WORDS  # 实际完成了: the tense asked
                and not _manner(thing.label)  # 直接损失了: how, not what
                # 国内经济增长了: a thing with its change (经济增长) is what is counted.
                and not (len(word.label) >= 4 and _CHANGE_ONLY.search(word.label[-2:]))
            )
            and (
                text.startswith("了", word.position + len(word.label))
                or _TOTAL_NAMED.fullmatch(word.label)
            )
        ):
            heads = [thing]
    if len(heads) == 1 and heads[0].label in _MANNER_WORDS:
        # "人均GDP第一次超过了多少": 第一次 before the verb says when, the thing is before it.
        things = [g for g in groups if g.position < heads[0].position and g.weight >= 1.0]
        heads = things[-1:] or heads
    if len(heads) == 1 and heads[0].label in _DONE_VERBS:
        # "基本建设投资最后实际完成了多少": completing is what the figure did; what it counts
        # is the thing before, past the words of tense.
        earlier = [
            g
            for g in groups
            if g.position < heads[0].position
            and g.weight >= 0.5
            and g.label not in _TENSE_WORDS | _RESULT_WORDS
        ]
        if earlier and heads[0].position - earlier[-1].position - len(earlier[-1].label) <= 6:
            heads = earlier[-1:]
    if (
        len(heads) == 1
        and heads == before[-1:]
        and _RECIPIENT.search(text[max(0, heads[0].position - 8) : heads[0].position])
    ):
        # "给吃低保的困难户一共发了多少钱": who is given to is not what is counted; the word
        # naming the kind of giving (吃低保) is.
        earlier = [g for g in groups if g.position < heads[0].position and g.weight >= 0.5]
        heads = earlier[-1:] or heads
    if len(heads) == 1 and heads == before[-1:] and _CHANGE_ONLY.fullmatch(heads[0].label):
        # "国内生产总值实际平均每年增长多少": a change counts the thing changing, named before it
        # past the words of tense and of how it is reckoned; both are heads.
        between = [g for g in groups if g.position < heads[0].position]
        while between and (
            between[-1].label in _TENSE_WORDS | _RESULT_WORDS | _SPAN_OF_CHANGE
            or _manner(between[-1].label)
        ):
            between.pop()
        changing = between[-1] if between else None
        if (
            changing is not None
            and changing.weight >= 1.0
            and ends_on_a_noun(changing.label)
            and heads[0].position - changing.position - len(changing.label) <= 8
        ):
            heads = [changing, heads[0]]
    if ask.group(0).endswith("率"):
        # "城镇登记失业率是多少": the rate itself is what is asked, not the words before it.
        heads = [g for g in groups if g.label.endswith("率") and len(g.label) >= 2] or heads
    return [replace(g, weight=g.weight * 1.5, head=True) if g in heads else g for g in groups]


# "北斗溪镇上半年总结里有没有讲？", "2010年那份报告里应该有写", "2001年报告怎么定的": where to
# look, not an ask.
_WHERE_TO_LOOK = re.compile(
    r"^[（(]?[^，,。？?]{0,16}(?:报告|总结|材料|文件)(?:里|中|上)?[^，,。？?]{0,4}"
    r"(?:(?:有没有|是否|有无|应该|可能|也)?(?:有|都)?(?:讲|说|提|写|记|谈|介绍)|"
    r"(?:怎么|如何)(?:定|说|讲|写|安排)|有吗|有没有)[^，,。？?]{0,3}[）)]?$"
)


# "看2021年政府工作报告", "据1982年的报告": where to look, not an ask.
_LOOK_IN = re.compile(
    r"^(?:看|查|翻|参考|参照|按|据|根据)[^，,。？?]{0,16}(?:报告|总结)(?:里|中|上)?(?:的|说的)?$"
)
# After a measure word or 的; after a thing ("集中清理（综合整治）") a bracket is its other name.
_OPTIONAL = re.compile(r"(?<=[名个位户项的少几])[（(][\u4e00-\u9fff]{1,4}[）)](?=[\u4e00-\u9fff])")
# "只要卫生这一项": which of the things the question already names is meant, not an ask.
_ONLY_THIS = re.compile(
    r"^(?:只要|只问|只看|就要|单要|只算)[^，,。？?]{1,8}(?:这一项|这项|这一块|这块|这个)$"
)


def _no_ask(piece: str) -> bool:
    """Whether a clause only says where to look or which thing is meant."""
    piece = piece.strip()
    return any(p.match(piece) for p in (_WHERE_TO_LOOK, _LOOK_IN, _ONLY_THIS))


def _asked_pieces(text: str) -> list[str]:
    """The question's clauses, less those that only say where to look or which thing is meant
    (if any are left)."""
    pieces = [p.strip() for p in _PART_SPLIT.split(text) if p and p.strip()]
    return [p for p in pieces if not _no_ask(p)] or pieces


# "2023年社保收缴的人数，跟2024年医保收缴的人数比，哪个多": two things of different years set
# side by side; each is asked.
_SIDE_BY_SIDE = re.compile(
    r"^(?P<a>[^，,？?]*\d{4}\s*年[^，,？?]+?)[，,]?(?:跟|和|与|同)(?P<b>\d{4}\s*年[^，,？?]+?)"
    r"(?:(?:相)?比(?:较|一比)?)?[，,]?(?:哪个|哪一个|谁)(?:更)?(?:多|少|高|低|大|小|快|慢)[？?。]?$"
)


def _side_by_side(text: str) -> list[str] | None:
    """The two things a which-is-more question compares, when each names its own year and
    more than its year (not "2023年和2024年相比哪个多", which compares reports)."""
    m = _SIDE_BY_SIDE.match(text.strip())
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if len(re.sub(r"\d{4}\s*年|的", "", b)) < 4:
        return None
    return [f"{a}是多少", f"{b}是多少"]


_REAL_ASK = re.compile(r"多少|几|哪|什么")


def _ask_tail(part: str) -> str:
    """How a part asks, from its last ask word on (是多少, 多少亩)."""
    found = list(_ASK_WORD.finditer(part))
    if not found:
        return ""
    start = found[-1].start()
    # "拖拉机台数增长了多少？农村用电量呢": the same change asked, of the other thing.
    verb = _ASKED_VERB.search(part[:start])
    return part[verb.start() if verb else start :].rstrip("？?。！! ")


_ASKED_VERB = re.compile(
    r"(?:实际)?(?:是|为|有|达到|(?:增长|增加|提高|下降|减少|降低|上涨|上升|涨|降|增)了?)$"
)


_UNIT_ONLY = re.compile(rf"(?:是|有)?(?:多少|几)\s*(?:万|亿)?\s*(?:{_MEASURE})[？?。]?")


def split_parts(text: str) -> list[str]:
    """Split a multi-part question into asks; fragments without an ask word join the next."""
    if sides := _side_by_side(text):
        return sides
    pieces = _asked_pieces(text)
    parts: list[str] = []
    pending = ""
    for piece in pieces:
        # "路基有多长，几公里": the unit of the ask before, no ask of its own.
        if parts and not pending and _UNIT_ONLY.fullmatch(piece.strip()):
            parts[-1] = f"{parts[-1]}，{piece}"
            continue
        pending = f"{pending}，{piece}" if pending else piece
        if _ASK_WORD.search(piece):
            parts.append(pending)
            pending = ""
        elif parts and piece.endswith("呢") and len(piece) > 2:
            # "九四年国内生产总值是多少？粮食总产量呢": the same ask, of another thing.
            parts.append(pending[:-1] + _ask_tail(parts[-1]))
            pending = ""
    if pending:
        if parts:
            parts[-1] = f"{parts[-1]}，{pending}"
        else:
            parts.append(pending)
    # "排查了多少重大隐患和多少一般隐患": split at 和/及/、 between two ask words as well.
    # "新增就业多少、失业率多少、居民消费价格涨了多少": at each one between two ask words.
    out: list[str] = []
    for part in parts:
        asks = list(_ASK_WORD.finditer(part))
        cuts = []
        for a, b in pairwise(asks):
            if a.group(0).endswith("率") and _REAL_ASK.search(part, b.end()):
                continue  # "存贷款基准利率和存款准备金率各下调了几次": two things, one ask
            cut = re.search(r"[和及与、]", part[a.end() : b.start()])
            if cut:
                cuts.append(a.end() + cut.start())
        pieces = [part[i + 1 if i else 0 : j] for i, j in pairwise([0, *cuts, len(part)])]
        # "新增了多少低保、多少特困": a later item opening on its ask word is asked the same way.
        lead = part[: asks[0].start()] if asks else ""
        out.extend(
            [
                pieces[0],
                *(lead + p if p.strip().startswith(("多少", "几")) else p for p in pieces[1:]),
            ]
        )
    return [p for p in out if p.strip()]


_ITEM_SPLIT = re.compile(r"以及|[和、及与]")
_THINGS_SPLIT = re.compile(r"以及|[和及与]")


# Nouns used as adverbs before a verb (重点盯管, 集中整治, 第一次超过): how something was done.
# How a change is spread over time: "平均每年增长多少".
_SPAN_OF_CHANGE = frozenset({"平均", "每年", "年均", "平均每年", "每年平均", "一年"})
_MANNER_WORDS = frozenset(
    {"重点", "集中", "全面", "统一", "专门", "主要", "累计", "共计"}
    | {"第一次", "首次", "头一回", "头一次"}
)


def _manner(word: str) -> bool:
    """A word jieba reads as an adverb only (直接, 大约): how something was done."""
    tags = pos_tags(word) if word else []
    return bool(tags) and all(tag in ("ad", "d") for _, tag in tags)


def _adjective(word: str) -> bool:
    """A word jieba reads as an adjective only (困难, 贫困)."""
    tags = pos_tags(word) if word else []
    return bool(tags) and all(tag in ("a", "an", "ad") for _, tag in tags)


def _items(run: str, places: list[str]) -> list[str]:
    """The things a run names one by one (高速铁路运营里程和高速公路里程), or [] when it is not
    such a list: towns and years are compared by scope, not cut here."""
    items = _ITEM_SPLIT.split(run)
    if len(items) > MAX_ASKS and "、" in run:
        # "用于社会保障的资金和用于科技、教育、文化、卫生、体育的支出": one item lists its own.
        items = _THINGS_SPLIT.split(run)
    # A thing of one character is a product the reports count so (粮食和钢: 钢三千九百万吨).
    if not 2 <= len(items) <= MAX_ASKS or any(
        len(i.strip()) < 2 and i.strip() not in ONE_CHARACTER_GOODS for i in items
    ):
        return []
    # "困难和重度残疾人": an adjective before 和 describes the people after it, no thing of its own.
    first = items[0].strip()
    if _adjective(first.split("多少")[-1]):
        return []
    # "卢峰镇和统溪河镇各…" compares towns; "北斗溪今年发的玉米和大豆…" only starts with one.
    # (全国 is the whole country's figure, no town to compare: "…和全国进出口总额各是多少".)
    towns = [p for p in places if p != NATIONAL]
    if any(p in i for i in items[1:] for p in towns) or any(first.endswith(p) for p in towns):
        return []
    # "排查安全隐患数量和上年同期相比各是多少": this year's beside the year before, one thing.
    if len(items) == 2 and _YEAR_BEFORE_ITEM.fullmatch(items[1].strip()):
        return []
    # "2024年实际完成和2025年目标各是多少": a result and a target, each asked on its own.
    if _result_and_target(items):
        return items
    # "2004年的粮食和2005年的…": items of their own years are compared by scope. (A year after
    # the last item's thing is both items' time, 石油和拖拉机1974年比1964年各增长多少.)
    if any(_ITEM_TIME.match(i.lstrip()) for i in items[1:]):
        return []
    return items


def _result_and_target(items: list[str]) -> bool:
    """Whether two items are a result and a target (2024年实际完成, 2025年目标)."""
    return len(items) == 2 and {tense_of(items[0]), tense_of(items[1])} == {"actual", "target"}


def _tensed_item(head: str, item: str, ask: str) -> str:
    """One of a result and a target asked side by side, its year first: "2024年" + "石鼓镇新增城镇
    就业" + "实际完成" + "是多少"."""
    when = _ITEM_TIME.match(item)
    year, rest = (when.group(0), item[when.end() :]) if when else ("", item)
    return f"{year}{head.rstrip('，,； ')}{rest}{ask}"


_YEAR_BEFORE_ITEM = re.compile(r"(?:上年|去年|上一年|前一年)(?:同期)?(?:相比|比|的)?")
_YEAR_ONLY = re.compile(r"(?:\d{2}|[〇○零一二三四五六七八九]{2,4})\s*年(?:底|末)?")
_ITEM_TIME = re.compile(r"(?:到|在|至)?\s*(?:19|20)\d{2}\s*年(?:底|末)?")
_REPORT_LEAD = re.compile(r"^.{0,12}?(?:报告|总结)(?:里|中|上)?(?:说|讲|提到|称)?的?[，,：:]?")
_EACH_ALONE = re.compile(r"(?:那|那么)?(?:各|分别|各自)(?:是|为|有)?多少[？?。]?")
_LAST_ASK = re.compile(r"(?:相差|差|差了|差距|是|有|为)?(?:多少|几)[^，,]*$")


def _with_each(parts: list[str]) -> list[str]:
    """ "…城里人和农村人的人均收入差多少？各是多少": the lone 各是多少 asks each thing the part
    before names; the two become one "…分别是多少" ask."""
    out: list[str] = []
    for part in parts:
        if out and _EACH_ALONE.fullmatch(part.strip()) and re.search(r"[和与及跟、]", out[-1]):
            out[-1] = _LAST_ASK.sub("", out[-1]) + "分别是多少"
            continue
        out.append(part)
    return out


# Whose a figure is: people or places an item may name of its own.
_HOLDER = re.compile(r"城镇|农村|城市|城里|乡村|农民|居民|职工|工人|企业|政府|中央|地方")


def item_parts(part: str, places: list[str]) -> list[str]:
    """One ask per thing of a list sharing one ask word: "A和B分别增加到了多少" asks A's and
    B's; "损失了多少工业总产值、钢产量和财政收入" asks each of the three."""
    cut = max(part.rfind(c) for c in "，,；;：:") + 1
    head, clause = part[:cut], part[cut:].rstrip("？?。！! ")
    # "城镇居民和农民的收入各增长了多少，差距大不大": the asking clause before an aside.
    if not _ASK_WORD.search(clause) and (asked := _last_asking_clause(head)):
        head, clause = asked
    each = re.match(r"(.*?)(分别|各自|各)(.+)$", clause)
    if each and not each.group(1).strip() and _ASK_WORD.search(each.group(3)) and head:
        # "赶集日摆摊宣讲和宣讲队进企业、学校宣传，各搞了多少次": the things in the clause before;
        # split at 和 only where one of them lists its own places (进企业、学校).
        cut_at = max(head[:-1].rfind(c) for c in "，,；;：:") + 1
        run = head[cut_at:-1]
        kept = "\x00" if re.search("[和与及]", run) else "、"
        things = [i.replace("\x00", "、") for i in _items(run.replace("、", kept), places)]
        if things:
            return [f"{head[:cut_at]}{thing}{each.group(3)}" for thing in things]
    if each and each.group(1) and _ASK_WORD.search(each.group(3)):
        items = _items(each.group(1), places)
        if _result_and_target(items):
            # "新增城镇就业，2024年实际完成和2025年目标各是多少": each year's figure of the thing
            # named before ("2024年…新增城镇就业实际完成是多少"), whatever each item holds.
            return [_tensed_item(head, item.strip(), each.group(3)) for item in items]
        # "粮食和钢": asked of a product, its output.
        items = [i + "产量" if i.strip() in ONE_CHARACTER_GOODS else i for i in items]
        if items and "的" in items[-1] and not any("的" in i for i in items[:-1]):
            # "城里人和农村人的人均收入": the words after the last 的 are every item's.
            tail = items[-1][items[-1].rindex("的") :]
            items = [*(i + tail for i in items[:-1]), items[-1]]
        elif items and "的" in items[0] and not any("的" in i for i in items[1:]):
            # "一五计划给1957年定的粮食产量和棉花产量": the words up to the first item's 的
            # are every item's; not "城镇居民每人可用于生活费的收入和农民人均纯收入", where
            # each item names whose it is.
            lead = items[0][: items[0].rindex("的") + 1]
            holders = bool(_HOLDER.search(lead)) and all(_HOLDER.search(i) for i in items[1:])
            if not holders:
                items = [items[0], *(lead + i.strip() for i in items[1:])]
        elif (
            items
            and _YEAR_ONLY.fullmatch(items[0].strip())
            and (year := _YEAR_ONLY.match(items[-1].strip()))
        ):
            # "08年和09年GDP": the words after the last year are every year's.
            tail = items[-1].strip()[year.end() :]
            items = [*(i.strip() + tail for i in items[:-1]), items[-1]]
        elif (
            items
            and _HOLDER.fullmatch(_ITEM_TIME.sub("", items[0]).strip())
            and (holder := _HOLDER.match(items[-1].strip()))
            and holder.end() < len(items[-1].strip())
        ):
            # "2012年底城镇和农村人均住房面积": whose each is, the thing after the last one's.
            tail = items[-1].strip()[holder.end() :]
            items = [*(i.strip() + tail for i in items[:-1]), items[-1]]
        elif items and (when := _ITEM_TIME.match(_REPORT_LEAD.sub("", items[0], count=1))):
            # "到1985年粮食和钢": the time before the first item is every item's (past the
            # report named: "1980年报告说1979年轻工业和重工业", 1979年).
            # (Not an item with its own time: "2024年实际完成和2025年目标".)
            timed = [i.strip() for i in items[1:]]
            items = [items[0], *(i if _ITEM_TIME.match(i) else when.group(0) + i for i in timed)]
        shared = _SHARED_CHANGE.search(items[-1]) if len(items) > 1 else None
        if shared and not any(_CHANGE_WORD.search(i) for i in items[:-1]):
            # "城镇居民人均可支配收入和农民人均纯收入实际增长各多少": the change is each one's.
            items = [*(i.rstrip() + shared.group(0) for i in items[:-1]), items[-1]]
        if items:
            return [f"{head}{item}{each.group(3)}" for item in items]
    listed = re.search(r"(多少|几)([^多几]+)$", clause)
    # "用多少年建成…工业体系和国民经济体系": a time asked; what follows is what it was for.
    if listed and not listed.group(2).startswith("年"):
        items = _items(listed.group(2), places)
        if items:
            before = clause[: listed.start()] + listed.group(1)
            return [f"{head}{before}{item}" for item in items]
    return [part]


_CHANGE_WORD = re.compile(r"增长|增速|增幅|下降|上涨|提高|降低|减少|增加")
_SHARED_CHANGE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:实际|名义|年均|平均)?(?:增长|增速|增幅|下降|上涨|提高|降低)(?:率|幅度)?$"
)


def _last_asking_clause(text: str) -> tuple[str, str] | None:
    """The text before the last clause holding an ask word, and that clause."""
    clauses = re.split(r"(?<=[，,；;：:])", text.rstrip("，,；;：: "))
    for n in range(len(clauses) - 1, -1, -1):
        if _ASK_WORD.search(clauses[n]):
            return "".join(clauses[:n]), clauses[n].rstrip("，,；;：:？?。！! ")
    return None


# "1952年和1956年", "1952、1956年": years joined in one question.
_JOINED_YEARS = re.compile(r"(\d{4})\s*年?\s*(?:和|与|及|跟|、|同)\s*(\d{4})\s*年")


# "1957年工业工程技术人员和1952年相比": a year's thing set against another year's.
_AGAINST_YEAR = re.compile(
    r"(\d{4})\s*年([^，,。？?\d]{2,20}?)(?:和|与|跟|同)(\d{4})\s*年(?:相比|比)"
)


def year_asks(ask: Ask, query: Query) -> list[Ask]:
    """One ask per year compared within one report ("1959年报告，钢产量1952年和1958年分别是
    多少", "1957年工程技术人员和1952年相比各有多少"); years that name reports are scopes of
    their own, and stay one ask."""
    joined = _JOINED_YEARS.search(ask.text)
    against = _AGAINST_YEAR.search(ask.text) if joined is None else None
    if ask.shape is not Shape.FIGURE or len(query.periods) > 1:
        return [ask]  # several reports: each is a scope of its own
    if joined is not None:
        found, thing = joined, ""
    elif against is not None:
        found, thing = against, against.group(2)
    else:
        return [ask]
    pair = (found.group(1), found.group(3) if against else found.group(2))
    years = [y for y in pair if not any(p.startswith(y) for p in query.periods)]
    if len(years) < 2:
        return [ask]
    return [
        replace(
            ask,
            text=ask.text[: found.start()] + f"{year}年{thing}" + ask.text[found.end() :],
            years={year},
            year=year,
        )
        for year in years
    ]


def _item_heads(groups: list[TermGroup], siblings: list[str]) -> list[TermGroup]:
    """The words of one item's ask that its sibling asks lack name the item: they are heads."""
    return [
        replace(g, weight=g.weight * 1.5, head=True)
        if not g.head and g.weight >= 0.5 and not any(g.label in s for s in siblings)
        else g
        for g in groups
    ]


_AVERAGE = re.compile(r"平均|年均")


def unwanted_terms(excluded: str) -> tuple[str, ...]:
    """The key words of the clauses a question rules out (不是协议金额 -> 协议)."""
    clauses = ruled_out(excluded)
    terms = [
        g.label
        for words in clauses
        for g in key_terms(words, [], ())
        if g.weight >= 1.0 and not _FIGURE_WORD.fullmatch(g.label)  # (不是…9000亿元: 亿元 no word)
    ]
    # "不是五年平均那个": an average is told as 年均 or 平均.
    terms += [w for words in clauses if _AVERAGE.search(words) for w in ("年均", "平均")]
    # "不是问总投资": the words whole, where the question asks 投资 too.
    terms += [words for words in clauses if 2 < len(words) <= 6 and _ONE_WORD.fullmatch(words)]
    return tuple(dict.fromkeys(terms))


_ONE_WORD = re.compile(r"[\u4e00-\u9fff]+")


_FIGURE_WORD = re.compile(r"[\d.．,，万亿千百十元美个人户项次吨亩%％公里斤米]+")
_FEW_OF_A_TIME = re.compile(r"(这|那|近|前|头|最近)几(年|个月|天)")


_BASE_YEARS = re.compile(r"(?:比|较|跟|和|与|同)\s*(\d{4})\s*年(?:相比|比)?")


def _part_years(part: str, query: Query) -> set[str]:
    """The years a part of a question names for itself within a report ("1959年报告里，一九五二
    年和一九五八年的钢产量"), not as a base (比1957年多了多少); empty when they are only the
    reports' own years, each a scope of its own."""
    bases = set(_BASE_YEARS.findall(arabic_years(part)))
    own = dated_years(part) - bases
    return own if own - {p[:4] for p in query.periods} else set()


def _not_others_years(part: str, later: list[str], years: set[str], query: Query) -> set[str]:
    """The question's years less those a later part opens on ("…1982年的报告要求人口自然增长率
    控制在多少？1985年总人口又要控制在多少": 1985 is the second part's alone; not "1985年报告中，
    1984年银行各项贷款…？其中12月…", whose second part goes on with the first's year: an earlier
    part's year goes on to the parts after it)."""
    reports = {p[:4] for p in query.periods}
    theirs = {m.group(1) for p in later if (m := _OPENING_YEAR.match(arabic_years(normalize(p))))}
    return (years - (theirs - reports - dated_years(part))) or years


# A part opening on a year of its own, not the report's: "1985年二十九个省区市总人口…".
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})年(?!的?(?:国务院)?(?:政府工作)?报告)")


def _years_as_items(items: list[str], reports: set[str]) -> bool:
    """Whether the items are the reports' own years, one each ("08年和09年GDP")."""
    years = [frozenset(dated_years(i)) for i in items]
    return (
        len(items) > 1
        and len(set(years)) == len(items)
        and all(len(y) == 1 and y <= reports for y in years)
    )


_COUNTRYSIDE = frozenset({"农村", "乡村", "村里", "乡下", "农村地区"})


def _rural(groups: list[TermGroup], query: Query) -> list[TermGroup]:
    """A township is the countryside: "统溪河镇农村厕所改了多少个" is about its 无害化厕所, the
    word 农村 only setting the scene (a national report's 农村 names a kind, and stays)."""
    if not query.towns or NATIONAL in query.towns:
        return groups
    return [
        replace(g, weight=g.weight * SETTING_WEIGHT, setting=True)
        if g.label in _COUNTRYSIDE and not g.head
        else g
        for g in groups
    ]


def _other_kind_asked(before: list[str], now: list[str]) -> bool:
    """Whether a head asked now is another kind, of one sibling set, than a head asked before."""
    for kinds in sibling_sets():
        named = dict(kinds)
        told = {named[w] for w in before if w in named}
        asked = {named[w] for w in now if w in named}
        if told and asked and not told & asked:
            return True
    return False


_COMPARED_WITH = re.compile(
    r"(?:跟|与|同|和)\s*[\d〇○零一二三四五六七八九]{2,4}\s*年\s*(?:相比|比)"
)


def analyse(
    text: str, query: Query, catalog: list[ReportMeta], thesaurus: tuple[tuple[str, ...], ...]
) -> list[Ask]:
    """The asks of a question (one, or several for a multi-part question)."""
    places = place_words(query, catalog)
    # "调整那几年", "近几年": a time, no ask; read as 那些年.
    text = _FEW_OF_A_TIME.sub(r"\1些\2", text)
    years = dated_years(text)  # 一九五七年, 57年 and 五七年 are 1957 too
    # "北斗溪镇2023年的工作总结中，2022年的…": a town's report, named by its year, is what is
    # read, not what is asked. (A national report's year stays: its checks weigh it as named.)
    if query.towns and NATIONAL not in query.towns:
        years = (years - (report_years(text) - event_years(text))) or years
    # "六四年的报告里讲，跟五七年比，…多了多少倍": the base of a comparison is no year the
    # figure is of; the report named is (as 1964年报告里 keeps its year).
    bases = {y for m in _COMPARED_WITH.finditer(text) for y in dated_years(m.group(0))}
    if bases and years <= bases:
        years = years | {p[:4] for p in query.periods if p[:4] not in bases}
    # Words the question also wants (不是超长期特别国债那个, of 特别国债) rule nothing out.
    unwanted = tuple(t for t in unwanted_terms(query.excluded) if t not in text)
    # "我在整理乡里的材料，想核对一下：2010年…": the asker's own story before a colon is no
    # ask ("临时救助金额：…" is the topic, and stays).
    preamble = re.match(r"[^：:\d]{2,40}[：:]", text)
    if (
        preamble
        and _CHAT.search(preamble.group(0))
        and not _ASK_WORD.search(preamble.group(0))
        and _ASK_WORD.search(text[preamble.end() :])
    ):
        text = text[preamble.end() :]
    if any(_no_ask(p) for p in _PART_SPLIT.split(text)):
        # The report and period it names are read already (`query`); the words are no ask.
        text = "，".join(_asked_pieces(text))
    tense = tense_of(text)
    whole = Ask(
        text,
        shape_of(text),
        _untensed(_rural(key_terms(text, places, thesaurus), query), tense),
        years,
        asked_unit(text),
        tense,
        _strict(text, tense),
        unwanted=unwanted,
    )
    reports = {p[:4] for p in query.periods}
    split = [
        # "08年和09年GDP分别…": years that are the reports' own are scopes, not items (but a
        # result and a target are asks of their own: "2024年实际完成和2025年目标").
        [part] if _years_as_items(items, reports) and not _result_and_target(items) else items
        for part in _with_each(split_parts(text))
        if (items := item_parts(part, places))
    ]
    parts = list(dict.fromkeys(item for items in split for item in items))[:MAX_ASKS]
    # "工业总产值和钢产量各损失多少": each item is what its ask counts.
    itemized = {item for items in split if len(items) > 1 for item in items}
    if len(parts) < 2:
        return year_asks(whole, query)
    asks: list[Ask] = []
    for i, listed in enumerate(parts):
        part = _change_asked_again(listed, parts[i - 1] if i else "")
        # A part with no tense word of its own takes the whole's, but a target only where it
        # tells of nothing done: "…上半年完成固定资产投资多少？全年目标是多少？" asks a
        # result first.
        part_tense = tense_of(part) or (
            "" if tense == "target" and _DONE_WORDS.search(part) else tense
        )
        # "…目标定的是多少，最后实际增长了多少": a tense word names no subject of its own.
        groups = _untensed(_rural(key_terms(part, places, thesaurus), query), part_tense)
        own = [g for g in groups if g.weight >= 0.5]
        # ("…2024年村集体经济总收入是多少？2025年力争达到多少": plan words and acts name no
        # thing of their own either: "…清查了多少家？查出多少条问题？责令整改几家？" asks of the
        # places cleared; a name, a quoted word or a long compound (电信网络诈骗) is a thing.)
        things = [
            g
            for g in own
            if g.label not in _TENSE_WORDS | _PLAN_ONLY
            and not (_CHANGE_ONLY.fullmatch(g.label) or _RANK_ONLY.fullmatch(g.label))
            and (_thing_named(g.label) or g.name or g.quoted or len(g.label) >= 4)
        ]
        if asks and (sum(g.weight for g in own) < 1.0 or not things):
            # "…完成了多少人，金额是多少": the second ask is about the first one's subject.
            # (Not its tense words: "目标…，最后实际增长了多少" asks the outcome.)
            # A head of its own that is another kind of the first ask's ("…共收入多少？共支出
            # 又是多少": 收入 and 支出) counts another thing: only the first's setting (地方财政)
            # carries over. ("…集中学了多少回？有多少人次参加": 参加 is no kind of 集中.)
            has_head = _other_kind_asked(
                [g.label for g in asks[-1].groups if g.head], [g.label for g in own if g.head]
            )
            inherited = [
                replace(g, weight=g.weight * (0.5 if has_head else 0.7), head=False)
                for g in asks[-1].groups
                if g.label not in _TENSE_WORDS | _RESULT_WORDS | _SETTING_VERBS
                and not (has_head and g.head)
            ]
            # Its own words keep their weight and head ("…，最后实际增长了多少": 增长).
            mine = {g.label for g in groups}
            groups = [g for g in inherited if g.label not in mine] + groups
        groups = _untensed(groups, part_tense)
        if listed in itemized:
            groups = _item_heads(groups, [p for p in itemized if p != listed])
        asks.append(
            Ask(
                part,
                shape_of(part),
                groups,
                # "一九五二年和一九五八年的钢产量": a part naming its own year asks of that year.
                _part_years(part, query)
                or (
                    years
                    if listed in itemized
                    else _not_others_years(part, parts[i + 1 :], years, query)
                ),
                asked_unit(part),
                part_tense,
                _strict(part, part_tense),
                unwanted=unwanted,
                events=event_years(text) if not written_years(part) else frozenset(),
                question=text,
            )
        )
    return asks
