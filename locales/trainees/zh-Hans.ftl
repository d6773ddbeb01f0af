### The trainees area of the zh-Hans bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = 学员
trainee-none = 输入学员姓名后，其回答将被记录。
trainee-results = { $name }的结果
trainee-results-none = 尚未回答任何练习。
trainee-col-exercise = 练习
trainee-col-answer = 回答
trainee-col-mark = 对错
trainee-col-time = 用时
trainee-right = 正确
trainee-wrong = 错误
trainee-seconds = { $seconds }秒
trainee-export = 导出结果（JSON、CSV、PDF）
trainee-store-failed = 无法保存结果：{ $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }（{ $age }岁）— { $kind }
case-situation-pin = { $situation } · 密码 { $pin }
case-kiosk = 自助终端：{ $outcome }
case-outcome-issues = 发放证明书
case-outcome-domicile = 只发放户籍所在地的证明书
case-outcome-refuses = 不予发放：{ $refusal }
case-situation-deceased = 记录为已死亡，由家属带卡前来
case-situation-support = 属于支援措施（家庭暴力、跟踪骚扰等）对象
case-situation-moved-out = 已提交迁出申报
case-situation-gaiji = 姓名中的外字尚未处理
case-situation-child = { $age }岁的儿童
case-situation-cert-expired = 电子证书已于{ $date }过期
case-situation-stay-ended = 在留期间已于{ $date }结束
case-situation-card-expired = 卡已于{ $date }过期
case-situation-suspended = 卡已暂停使用
case-situation-revoked = 电子证书已失效
case-situation-new-card = 今天刚领取卡或电子证书
case-situation-pin-changed = 今天更改了密码
case-situation-pin-failures = 已连续输错密码：{ $failures }次
case-situation-moved-in-today = 今天刚迁入
case-situation-domicile-registered = 住在其他市区町村，户籍所在地在此（{ $date }已办理使用登记）
case-situation-domicile-only = 住在其他市区町村，户籍所在地在此（未办理使用登记）
case-situation-elsewhere = 住在其他市区町村
case-situation-foreign = 外国籍居民（{ $nationality }）
case-situation-no-seal = 没有印章登记
case-situation-no-tax = 没有课税记录
case-situation-resident = 居民，无特殊情况
case-cards-title = 案例卡：虚构的居民
case-cards-head = 案例卡 — 虚构的居民（样本）· 自助终端时间 { $time }
case-card-age = { $age }岁 · { $kind }
case-card-situation = 情况
case-card-kiosk = 自助终端的处理
