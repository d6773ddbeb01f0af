# kofu — 便利店证明书自助终端的画面文字，简体中文（译自原文 ja.ftl）。
# 所有语言文件的键相同（测试会检查缺少或多余的键）。
# 请原样保留 { $… } 占位符。金额（{ $amount }）已格式化。
# 打印出的证明书本身仍为日语。

## 语言与通用

language-name = 中文（简体）
app-title = kofu — 便利店证明书交付 模拟终端（仅限样本 SPECIMEN）
specimen-banner = SPECIMEN（样本）— 本终端只打印样本证明书
money-yen = { $amount }日元
fiscal-year = { $year }年度（{ $incomeYear }年的收入）
era-reiwa = 令和
era-heisei = 平成
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日
list-separator = 、

## 通用按钮

btn-back = 返回
btn-cancel = 取消
btn-next = 下一步
btn-ok = 确认
btn-finish = 结束
page-previous = 上一页
page-next = 下一页
page-of = 第 { $page } / { $pages } 页
toggle-large-text = 大字体
toggle-high-contrast = 高对比度
keypad-help = 数字键盘：用数字输入或选择 · 用2和8移动选择 · ○ 确定 · ← 删除一个字 · × 返回或取消

## 首页（语言与行政服务）

home-title = 请选择服务
home-language = 语言 / Language
home-services = 行政服务
home-services-hint = 要领取住民票（住民票の写し）等证明书，请按"行政服务"
home-service-copy = 复印
home-service-print = 打印（U盘・智能手机）
home-service-scan = 扫描
home-service-fax = 传真
home-service-photo = 照片打印
home-service-tickets = 票务・各种缴费
home-not-here = 本模拟终端无法使用"{ $service }"。要领取证明书，请按"{ $services }"。

## 行政服务

services-title = 行政服务
services-cert-issue = 证明书交付服务（便利店）
services-hint = 使用个人编号卡，可以领取您居住的市区町村或户籍所在地（本籍地）的证明书

## 同意（夏普型机器）

consent-title = 使用须知
consent-body = 领取证明书需要个人编号卡及其"用户身份证明用电子证书"的密码（4位数字）。连续输错3次密码，卡将被锁定，只能到市区町村的窗口解锁。打印出的证明书不能退换。请注意不要遗忘卡、证明书和找零。
consent-instruction = 请阅读使用须知，然后按"同意"
consent-agree = 同意

## 放置卡

place-title = 请放置卡
place-instruction = { $vendor ->
    [sharp] 请将卡放在读卡器上，然后按"下一步"
   *[other] 请将个人编号卡放在读卡器上
}
place-phone-note = 使用智能手机（个人编号卡功能）时，请将手机靠近读卡器
place-detected = 已读取卡

## 证明书的种类

path-title = 请选择要领取的证明书
path-residence = 居住地市区町村的证明书
path-domicile = 户籍所在地（本籍地）的证明书
path-register = 申请使用户籍所在地证明书的登记

## 密码

pin-title = 请输入密码
pin-instruction = 请输入"用户身份证明用电子证书"的密码（4位数字），然后按"确认"
pin-entered = 密码：已输入{ $count }位（共4位）
pin-wrong = 密码错误。再输错{ $tries }次，卡将被锁定。
pin-clear = 更正

## 使用登记

registered-title = 已受理使用登记
registered-body = 从{ $date }起可以领取户籍所在地的证明书。请取回您的卡。

## 取回卡

remove-title = 请取回您的卡
remove-body = 已确认本人身份。从读卡器上取回卡后，将进入下一步。

## 选择证明书

cert-title = 请选择证明书
cert-fee = 每份 { $fee }
cert-none = 没有可以领取的证明书
cert-kind-resident_certificate = 住民票（住民票の写し）
cert-kind-seal_certificate = 印章登记证明书（印鑑登録証明書）
cert-kind-tax_certificate = 课税・非课税（所得）证明书
cert-kind-family_register_appendix = 户籍附票（戸籍の附票の写し）
cert-kind-family_register = 户籍证明书（戸籍証明書）

## 选择内容

options-title = 请选择{ $kind }的内容
opt-scope = 记载对象
opt-scope-holder = 仅本人
opt-scope-household = 户内全员
opt-scope-members = 户内部分成员（选择）
opt-relationship = 记载户主和与户主的关系
opt-domicile = 记载户籍所在地（本籍）和户籍笔头者
opt-my-number = 记载个人编号（My Number）
opt-nationality = 记载国籍・地区
opt-residence-status = 记载在留资格・在留期间等
opt-residence-card = 记载在留卡等的号码
opt-year = 年度
opt-extent = 种类
opt-extent-whole = 全部事项证明书（全员）
opt-extent-individual = 个人事项证明书（一人）
opt-person = 证明对象
opt-appendix-note = 将为户籍上记载的人员制作户籍附票
opt-members-none = 请至少选择1人

## 份数

copies-title = 请选择份数
copies-value = { $count }份
copies-more = 增加1份
copies-less = 减少1份
copies-max = 最多{ $max }份
copies-ceiling = 本机每笔交易最多收取{ $ceiling }，因此最多{ $max }份
copies-subtotal = 小计 { $amount }

## 确认

confirm-title = 请确认内容
confirm-line = { $kind } × { $copies }份：{ $amount }
confirm-total = 合计 { $amount }
confirm-pay = 确认并付款
confirm-add = 再领取其他证明书

## 付款

pay-title = 请投入费用
pay-due = 应付金额 { $amount }
pay-inserted = 已投入 { $amount }
pay-remaining = 还差 { $amount }
pay-accepted = 可使用：{ $list }
pay-no-change = 目前无法找零。请投入与应付金额相等的现金
pay-cancel-note = 按"取消"后，已投入的现金将全额退还

## 打印

print-title = 正在打印
print-progress = 已打印 { $done } / { $total }份
print-wait = 请等待打印完成。请不要离开机器。
flow-step-1 = 语言
flow-step-2 = 行政服务
flow-step-3 = 卡
flow-step-4 = 密码
flow-step-5 = 证明书
flow-step-6 = 份数
flow-step-7 = 付款
flow-step-at = 第 { $n } 步，共 { $count } 步：{ $name }
print-halted-title-paper_jam = 卡纸，打印已停止
print-halted-title-out_of_paper = 缺纸，打印已停止
print-halted-call-staff = 请联系店员。店员处理好后，将继续打印剩余的证明书。请勿将卡和密码交给他人。
print-halted-cancel-note = 按"取消"后，将退还未打印部分的费用
printer-halted = 已停止，等待店员处理：{ $fault }
printer-clear-fault = 店员：处理{ $fault }
effect-printer_halted = 打印机已停止（{ $fault }）：已打印 { $printed } / { $of }份，等待店员处理
effect-printer_resumed = 店员已处理{ $fault }，继续打印
live-printer-halted = 打印机已停止（{ $fault }）。请联系店员。
live-printer-resumed = 已继续打印。
trainer-ev-clear-fault = 店员修复打印机

## 遗忘物品

take-title = 请不要遗忘物品
take-card = 请取回您的卡
take-certs = 请从出纸口取走{ $count }份证明书
take-change = 请取走找零：{ $amount }
take-nothing = 没有遗忘物品
take-issued = 证明书已发行
take-cancelled = 已取消。您投入的现金已退至退币口
take-cancelled-unpaid = 已取消。未收取任何费用
take-timeout = 因长时间未操作，已结束
take-fault = 打印机已停止（{ $fault }）。只收取了已打印部分的费用。请联系店员。

## 暂停服务

oos-title = 目前无法使用
oos-hours = 服务时间：每天 { $open }–{ $close }
oos-now = 现在：{ $now }

## 无法发行

refusal-title = 无法发行证明书
refusal-rule = 原因
refusal-next = 接下来该怎么做
refusal-back = 返回证明书列表

## 原因。参数：{ $city } 市区町村名；{ $hall } 窗口（附受理时间和电话）；{ $office } 窗口名称；
## { $open } { $close } 规则所说的时间；{ $reopens } 恢复服务的日期和时间；{ $date } 有效期或开始使用日；
## { $registered } yes / no；{ $stopFrom } { $stopUntil } 暂停期间；{ $year } 年度；{ $days } 天数；
## { $age } 年龄；{ $tries } 次数；{ $hotline } 电话号码；{ $button } 按钮名称。

refusal-sentence = { $title }。{ $rule }。{ $next }。
reason-out_of_service_hours-title = 不在服务时间内
reason-out_of_service_hours-rule = 便利店交付服务每天 { $open }–{ $close }（日本时间）提供
reason-out_of_service_hours-next = 请于{ $reopens }以后再来，或到{ $hall }领取
reason-year_end_suspension-title = 年末年初暂停服务
reason-year_end_suspension-rule = { $stopFrom }至{ $stopUntil }暂停服务
reason-year_end_suspension-next = 请于{ $reopens }以后再来。市区町村的窗口到{ $stopUntil }为止也不办公
reason-maintenance-title = 系统维护中
reason-maintenance-rule = 在{ $city }公布的维护期间暂停服务
reason-maintenance-next = 请于{ $reopens }以后再来，或到{ $hall }领取
reason-centre_unreachable-title = 通信故障，暂停服务
reason-centre_unreachable-rule = 本机无法连接证明书交付中心期间暂停服务
reason-centre_unreachable-next = 请稍后再试，或到{ $hall }领取
reason-family_register_hours-title = 不在户籍证明书的受理时间内
reason-family_register_hours-rule = { $city }的户籍证明书仅在周一至周五（节假日除外）的 { $open }–{ $close } 发行
reason-family_register_hours-next = 请于{ $reopens }以后再来，或到{ $hall }领取
reason-card_expired-title = 卡已过有效期
reason-card_expired-rule = 您的卡有效期至{ $date }
reason-card_expired-next = 请到{ $hall }申请重新发卡，并携带卡和身份证明文件。在此之前，请到窗口领取证明书
reason-certificate_expired-title = 电子证书已过有效期
reason-certificate_expired-rule = 用户身份证明用电子证书的有效期至{ $date }（发行后第5次生日）
reason-certificate_expired-next = 请到{ $hall }更新电子证书。请携带卡，并事先确认您的密码
reason-certificate_revoked-title = 电子证书已失效
reason-certificate_revoked-rule = 用户身份证明用电子证书已失效
reason-certificate_revoked-next = 请到{ $hall }申请重新发行电子证书。请携带卡
reason-card_suspended-title = 卡已被暂停使用
reason-card_suspended-rule = 因已申报遗失或被盗，卡的电子证书已被停止
reason-card_suspended-next = 如果找到了卡，请到{ $hall }解除暂停，并携带卡和身份证明文件。有关暂停使用的咨询：{ $hotline }（免费电话）
reason-pin_locked-title = 密码已被锁定
reason-pin_locked-rule = 连续输错{ $tries }次密码会被锁定，只能在市区町村的窗口解锁
reason-pin_locked-next = 请到{ $hall }重设密码。请携带卡以及驾驶执照、健康保险证等身份证明文件
reason-under_age-title = 未满{ $age }岁者无法使用
reason-under_age-rule = 便利店交付服务仅供{ $age }岁以上者使用
reason-under_age-next = 请由监护人到{ $hall }领取
reason-moved_out-title = 已申报迁出
reason-moved_out-rule = 已申报迁出者，无法通过便利店交付领取证明书
reason-moved_out-next = 请在{ $days }日内到迁入地的市区町村办理迁入申报。{ $city }的证明书请到{ $hall }领取
reason-support_measures-title = 请到窗口领取
reason-support_measures-rule = 此卡无法使用便利店交付服务
reason-support_measures-next = 请到{ $hall }的窗口咨询
reason-support_measures-rule-private = 为了当事人的安全，对正在接受支援措施（家庭暴力、跟踪骚扰等）者，便利店交付不发行证明书。公开画面上只显示"此卡无法使用"
reason-deceased-title = 此卡无法使用
reason-deceased-rule = 此卡无法使用便利店交付服务
reason-deceased-next = 请到{ $hall }的窗口咨询
reason-deceased-rule-private = 卡的持有人有死亡记录，因此无法使用此卡。家属可以在窗口申请证明书
reason-moved_in_today-title = 迁入当天无法使用
reason-moved_in_today-rule = 迁入申报从次日起才会反映到便利店交付服务中
reason-moved_in_today-next = 请明天以后再来，或今天到{ $hall }领取
reason-gaiji_pending-title = 请到窗口领取
reason-gaiji_pending-rule = 记录中的文字（外字）尚未登记完成，目前还无法打印
reason-gaiji_pending-next = 请到{ $hall }咨询
reason-not_resident-title = 仅限居住在{ $city }的人士使用
reason-not_resident-rule = 此证明书仅发给{ $city }的居民
reason-not_resident-next = 请选择您居住的市区町村的证明书，或户籍所在地的证明书
reason-no_seal_registration-title = 没有印章登记
reason-no_seal_registration-rule = 只能证明在{ $city }登记的印章
reason-no_seal_registration-next = 请到{ $hall }办理印章登记。请携带要登记的印章和身份证明文件
reason-no_tax_record-title = 没有课税记录
reason-no_tax_record-rule = { $city }没有您{ $year }的课税记录（该年1月1日及现在都必须居住在{ $city }）
reason-no_tax_record-next = 请向{ $hall }咨询。1月1日居住在其他市区町村的人士，请向该市区町村咨询
reason-no_family_register-title = 户籍所在地不在本市区町村
reason-no_family_register-rule = 户籍证明书仅发给户籍所在地在{ $city }的人士
reason-no_family_register-next = 请向户籍所在地的市区町村申请（如该市区町村提供便利店交付服务，也可以在便利店领取）
reason-not_japanese_national-title = 仅限日本国籍人士使用
reason-not_japanese_national-rule = 户籍仅为日本国籍人士编制
reason-not_japanese_national-next = 请选择住民票等您居住的市区町村的证明书
reason-domicile_not_registered-title = 需要办理户籍所在地证明书的使用登记
reason-domicile_not_registered-rule = 居住在{ $city }以外的人士，需要先办理使用登记（登记需要{ $days }个工作日）
reason-domicile_not_registered-next = { $registered ->
    [yes] 使用登记正在办理中。请于{ $date }以后再来
   *[no] 请从头重新开始，在选择证明书种类的画面上选择"{ $button }"。登记完成后再来
}
reason-card_unreadable-title = 无法读取卡
reason-card_unreadable-rule = 读卡器无法读取卡的IC芯片
reason-card_unreadable-next = 请取回卡，将卡平放在读卡器上，从头重新开始。如果仍然无法读取，请携卡到{ $hall }进行检查
reason-card_not_yet_usable-title = 此卡从明天起可以使用
reason-card_not_yet_usable-rule = 领取卡的当天和更改密码的当天，无法使用便利店交付服务
reason-card_not_yet_usable-next = 请明天以后再来，或今天到{ $hall }领取
reason-not_offered-title = 此证明书不在便利店发行
reason-not_offered-rule = { $city }不通过便利店交付发行此证明书
reason-not_offered-next = 请到{ $hall }领取
reason-registration_not_needed-title = 无需办理使用登记
reason-registration_not_needed-rule = { $registered ->
    [yes] 使用登记已完成。从{ $date }起可以使用户籍所在地的证明书
   *[no] 使用登记是为户籍所在地在{ $city }、但居住在其他市区町村的人士办理的手续
}
reason-registration_not_needed-next = 请从头重新开始，直接选择您需要的证明书
reason-smartphone_not_supported-title = 本机无法使用智能手机
reason-smartphone_not_supported-rule = { $case ->
    [register] 办理户籍所在地证明书的使用登记，需要使用个人编号卡（实体卡），无法用智能手机登记
    [later] 本机从{ $date }起支持{ $device }
   *[never] 本机的读卡器不支持{ $device }
}
reason-smartphone_not_supported-next = 请改用个人编号卡（实体卡），并输入密码（4位数字）

## 窗口（市区町村的资料中没有中文名称时，显示日语名称及其读音）

office-name-reading = { $name }（{ $reading }）
office-full = { $office }（{ $hours }；电话 { $phone }）
office-full-no-phone = { $office }（{ $hours }）
office-alternatives = { $first }或{ $others }
office-alternatives-separator = 或
office-days-range = { $from }至{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks }{ $days } { $open }–{ $close }
office-weeks-join = 每月{ $list }个
office-weeks-separator = 、
office-week-1 = 第1
office-week-2 = 第2
office-week-3 = 第3
office-week-4 = 第4
office-week-5 = 第5
office-hours-separator = ，
office-closed-holidays = 节假日及12月29日至1月3日不办公

## 接下来的手续（培训用的简短名称）

next-step-come_back_in_service_hours = 在服务时间内再来
next-step-come_back_after_year_end = 年末年初暂停结束后再来
next-step-come_back_after_maintenance = 维护结束后再来
next-step-come_back_in_office_hours = 在工作日的受理时间内再来
next-step-come_back_tomorrow = 明天以后再来
next-step-reset_pin_at_city_hall = 在市区町村的窗口重设密码
next-step-renew_card_at_city_hall = 在市区町村的窗口申请重新发卡
next-step-renew_certificate_at_city_hall = 在市区町村的窗口更新电子证书
next-step-cancel_suspension_at_city_hall = 在市区町村的窗口解除暂停
next-step-register_seal_at_city_hall = 在市区町村的窗口办理印章登记
next-step-tax_office = 向税务窗口咨询
next-step-city_hall = 到市区町村的窗口咨询
next-step-complete_move_in = 在迁入地办理迁入申报
next-step-municipality_of_residence = 使用居住地市区町村的证明书
next-step-municipality_of_domicile = 向户籍所在地的市区町村申请
next-step-register_domicile_and_wait = 办理户籍所在地证明书的使用登记后等待
next-step-choose_another_certificate = 选择其他证明书
next-step-place_card_again = 重新放置卡
next-step-insert_more_money = 投入不足的金额
next-step-choose_certificates_directly = 直接选择证明书
next-step-use_plastic_card = 使用个人编号卡（实体卡）
device-card = 个人编号卡
device-android = Android智能手机
device-iphone = iPhone

## 发生的事情（培训用的操作记录）

effect-language_changed = 语言已切换为{ $lang }
effect-card_read = 已读取卡
effect-card_taken_off = 卡已从读卡器上取下
effect-card_may_be_removed = 可以取下卡
effect-pin_accepted = 密码正确
effect-pin_rejected = 密码错误（还剩{ $tries }次）
effect-pin_locked = 密码已锁定
effect-registration_accepted = 已受理使用登记（从{ $date }起可用）
effect-selection_started = 已选择{ $kind }
effect-selection_added = { $kind } { $copies }份（每份{ $fee }）
effect-selection_reopened = 已撤回{ $kind }以便修改
effect-total = 合计 { $amount }
effect-payment_due = 应付 { $amount }
effect-money_accepted = 已收 { $amount }（还差 { $remaining }）
effect-money_returned = 已退还 { $amount }（{ $why }）
effect-returned-denomination = 本机不接受的硬币或纸币
effect-returned-already_paid = 已付清
effect-returned-no_change = 无法找零（只收正好的金额）
effect-returned-closed = 服务时间已结束
effect-returned-change = 找零
effect-returned-refund = 退款
effect-printing_started = 开始打印
effect-copy_printed = 已打印{ $kind }（第{ $copy }/{ $of }份，{ $number }）
effect-printer_stopped = 打印机已停止：{ $fault }
effect-output_failed = 无法保存证明书（{ $path }：{ $error }）：已停止打印，未打印部分的费用已退还
effect-printing_done = 打印完成
effect-refused = 无法发行：{ $sentence }
effect-refusal_left = 居民已离开无法发行的画面
effect-fault_armed = 已设置故障：{ $fault }
effect-inactivity_warning = 无操作：如不延长，{ $seconds }秒后返回首页
effect-time_extended = 已延长时间
effect-timed_out = 无操作：已返回首页
effect-returned_home = 结束画面无人操作：已返回首页
effect-session_ended = 结束：{ $status }
effect-other_service_touched = 已按"{ $service }"：本模拟终端没有此服务（走错路径）
effect-status-issued = 已发行
effect-status-refused = 无法发行
effect-status-cancelled = 已取消
effect-status-timed_out = 超时
effect-status-registered = 已办理使用登记

## 无操作时

warning-title = 要继续操作吗？
warning-body = { $seconds }秒后将返回首页。已投入的现金和卡将退还给您。
warning-extend = 延长时间

## 机器的部件

reader-title = 读卡器
reader-choose = 要放置的卡
reader-place = 放置卡
reader-place-phone = 将手机靠近读卡器
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = 卡：正面朝上，平放在读卡器上
guide-phone = 手机：靠近读卡器
reader-remove = 取回卡
reader-empty = 读卡器上没有卡
reader-has = 读卡器上：{ $name }
card-kind-card = 个人编号卡
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = 硬币・纸币投入口
slot-insert = 投入 { $amount }
printer-title = 打印机
printer-idle = 待机中
printer-busy = 正在打印 { $done } / { $total }
printer-stopped = 已停止：{ $fault }
fault-paper_jam = 卡纸
fault-out_of_paper = 缺纸
fault-card_unreadable = 无法读卡
fault-no_change = 零钱不足
fault-centre_unreachable = 无法连接中心
tray-title = 出纸口
tray-empty = 空
tray-open = 打开 { $name }
tray-take = 取走证明书
tray-opened = 已打开：{ $path }
tray-open-failed = 无法打开。文件：{ $path }
change-title = 退币口
change-empty = 空
change-take = 取走找零
keypad-title = 数字键盘
keypad-digit = 数字键盘 { $digit }
keypad-enter = 数字键盘 ○ 确定
keypad-clear = 数字键盘 ← 更正
keypad-cancel = 数字键盘 × 取消
keypad-tactile = 5键上有凸点
jack-title = 耳机插孔（语音引导）
jack-plug = 插入耳机
jack-unplug = 拔出耳机
jack-speaking = 语音引导：{ $text }
speech-repeat = 再听一遍
speech-stop = 停止语音
jack-pin-digit = 已输入1位密码
trainer-toggle = 培训员画面（F2）

## 状态通知（朗读）

live-printing-done = 打印完成。请取走证明书。
live-card-can-remove = 现在可以取回卡
live-returned = { $amount }已退到退币口
live-session-reset = 已返回首页
live-card-placed = 已放置卡
live-card-removed = 已取回卡
live-not-here = 此处无法使用"{ $service }"

## 培训员画面

trainer-title = 培训员画面
trainer-clock = 模拟时钟
trainer-pause = 暂停
trainer-resume = 继续
trainer-speed = 速度 ×{ $x }
trainer-plus-1m = 前进1分钟
trainer-plus-10m = 前进10分钟
trainer-plus-1h = 前进1小时
trainer-jump-0629 = 跳到{ $time }
trainer-jump-2300 = 跳到{ $time }
trainer-jump-1229 = 跳到12月29日
trainer-set-field = 日期和时间（RFC 3339）
trainer-set = 设置时间
trainer-set-invalid = 日期和时间格式不正确（例：2026-11-25T10:00:00+09:00）
trainer-deck = 人物（卡）
trainer-participant = 参与者（编号，不填姓名）
trainer-task = 任务
trainer-condition = 条件
trainer-municipality = 地方政府
trainer-vendor = 机型
trainer-print-speed = 打印时间（每份秒数）
trainer-faults = 制造故障
trainer-after-copies = 打印几份之后
trainer-inject = 制造：{ $fault }
trainer-armed-none = 没有待发生的故障
trainer-armed-after = 待发生：{ $fault }（打印 { $after } 份后）
trainer-armed-next = 待发生：{ $fault }（下一次可能发生时）
trainer-new-session = 开始新一次使用
trainer-log = 事件日志
trainer-log-rule = 规则：{ $rule }
trainer-log-next = 下一步：{ $next }
trainer-error = 错误：{ $message }
trainer-handbook = 打印培训手册（PDF）
trainer-handbook-written = 已保存手册：{ $path }
trainer-language-ja = 日语
trainer-language-en = 英语
trainer-language-zh-Hans = 简体中文
trainer-language-ko = 韩语
trainer-language-pt = 葡萄牙语
trainer-language-es = 西班牙语
trainer-language-vi = 越南语
trainer-language-tl = 他加禄语
trainer-language-id = 印度尼西亚语
trainer-language-th = 泰语
trainer-language-ne = 尼泊尔语
trainer-screen-language = 首页
trainer-screen-services = 行政服务
trainer-screen-consent = 使用须知
trainer-screen-place_card = 放置卡
trainer-screen-path = 证明书种类
trainer-screen-pin = 密码
trainer-screen-registered = 使用登记已受理
trainer-screen-remove_card = 取回卡
trainer-screen-certificate = 选择证明书
trainer-screen-options = 选择内容
trainer-screen-copies = 份数
trainer-screen-confirm = 确认内容
trainer-screen-payment = 付款
trainer-screen-printing = 打印
trainer-screen-take_items = 取走物品
trainer-screen-out_of_service = 目前无法使用
trainer-screen-refusal = 无法发行
trainer-ev-press = 按下“{ $button }”
trainer-ev-language = 选择语言：{ $lang }
trainer-ev-place-card = 放置卡（{ $card }）
trainer-ev-remove-card = 从读卡器取回卡
trainer-ev-pin = 输入密码（4位）
trainer-ev-certificate = 选择“{ $kind }”
trainer-ev-options = 选择内容：{ $options }
trainer-ev-options-default = 内容保持默认
trainer-ev-labelled = { $label }：{ $value }
trainer-ev-copies = 份数：{ $copies }份
trainer-ev-insert = 投入{ $amount }
trainer-ev-printer-step = 打印机
trainer-ev-take-items = 取走卡、证明书和找零
trainer-ev-tick = 时间流逝（{ $time }）
trainer-ev-fault = 培训员制造：{ $fault }
trainer-ev-fault-after = 培训员制造：{ $fault }（打印{ $after }份之后）
trainer-ev-walk-away = 离开了无法发行的画面
trainer-ev-unknown = 一次操作
trainer-log-said = { $event } → { $result }
trainer-log-screen = 画面：{ $screen }
trainer-log-nothing = 无变化
trainer-log-rejected = { $event } → 未被受理
trainer-log-veiled = ？（回答后显示）
trainer-log-veil-note = 回答问题之前，终端的反应不会显示
trainer-recording = 记录（调研）
trainer-record = ● 记录每次使用
trainer-record-stop = ■ 停止记录
trainer-recorded = 已保存{ $count }次使用记录
trainer-recording-into = 保存到：{ $dir }（已保存{ $count }次）
trainer-record-error = 无法写入：{ $error }
trainer-note-hint = 观察笔记（F3），按回车键添加
trainer-note-add = 添加笔记
trainer-exercises = 练习题
trainer-exercise-pick = 选择练习题
trainer-exercise-numbered = 练习题 { $n }
trainer-exercise-titled = 练习题 { $n }：{ $title }
trainer-exercise-none = （没有练习题）
trainer-exercise-start = 开始练习
trainer-exercise-play = 播放到提问处
trainer-exercise-ask = 立即提问
trainer-exercise-running = 进行中：{ $exercise }。请操作终端，或播放到提问处。
trainer-exercise-own-persons = { $file }：使用自带人物的情景不能在培训员画面中运行
trainer-question = 问题
trainer-question-what = 在用户的最后一个操作之后，终端会怎样？如果终端拒绝，请选择原因；再选择用户接下来该怎么做。
trainer-question-amount = 还请回答还差多少钱。
trainer-question-veiled = 在您回答之前，触摸屏和终端的反应都不显示。
trainer-question-trainer = 出题人的问题：{ $question }
trainer-answer-reason = 拒绝的原因
trainer-answer-not-refused = 不拒绝（可以发行）
trainer-answer-next = 接下来该怎么做
trainer-answer-choose = （请选择）
trainer-answer-amount = 金额（日元）
trainer-answer-submit = 提交回答
trainer-choice-detail = { $title }（{ $rule }）
trainer-veil-title = 培训提问中
trainer-veil-body = 在培训员画面上的问题得到回答之前，画面将被遮住。
trainer-fb-right = 回答正确。
trainer-fb-wrong = 回答错误。
trainer-fb-reason-right = 原因正确：终端显示“{ $title }”。规则：{ $rule }
trainer-fb-reason-wrong = 不是“{ $chosen }”：终端显示“{ $title }”。规则：{ $rule }
trainer-fb-reason-wrong-rule = “{ $chosen }”的规则是：{ $chosenRule }。这位用户不属于这种情况。
trainer-fb-reason-wrong-none = 终端会拒绝：显示“{ $title }”。规则：{ $rule }
trainer-fb-not-refused-right = 正确：终端在这里不会拒绝。
trainer-fb-reason-wrong-not-refused = 不是“{ $chosen }”：终端在这里不会拒绝。
trainer-fb-next-right = 接下来该怎么做，回答正确：{ $next }
trainer-fb-next-wrong = 不是“{ $chosen }”：接下来应当“{ $expected }”：{ $next }
trainer-fb-next-wrong-short = 不是“{ $chosen }”：接下来应当“{ $expected }”。
trainer-fb-next-missing = 没有选择接下来该怎么做：应当“{ $expected }”：{ $next }
trainer-fb-next-missing-short = 没有选择接下来该怎么做：应当“{ $expected }”。
trainer-fb-amount-right = 金额正确：{ $amount }
trainer-fb-amount-wrong = 金额不对（{ $given }）：应为{ $amount }。
trainer-fb-amount-missing = 没有回答金额：应为{ $amount }。
trainer-fb-trainer = 出题人说明：{ $text }
trainer-fb-explanation = 解说：{ $text }
trainer-score = 得分：{ $correct } / { $total }（{ $percent }%）
trainer-export = 导出日志（JSON和PDF）
trainer-exported = 已导出：{ $path }
trainer-export-failed = 无法导出：{ $error }

## 记录的使用结束后的问卷（研究模式，`kofu --record`）：单一难易度问题 SEQ（Sauro 2009）和
## 系统可用性量表 SUS（Brooke 1996），各题按标准顺序排列。
q-seq-title = 关于这项任务的一个问题
q-seq = 总体而言，您觉得完成这项任务有多难或多容易？
q-seq-low = 非常难
q-seq-high = 非常容易
q-answer = { $n }（{ $anchor }）
q-sus-offer = 能否请您再回答10道关于这台机器的简短题目？
q-sus-yes = 回答10道题
q-sus-skip = 不用了，结束
q-sus-title = 第 { $n } / 10 题
q-sus-ask = 您在多大程度上同意这一说法？
q-sus-low = 非常不同意
q-sus-high = 非常同意
q-sus-1 = 我认为我会愿意经常使用这个系统。
q-sus-2 = 我觉得这个系统复杂得没有必要。
q-sus-3 = 我认为这个系统容易使用。
q-sus-4 = 我认为我需要懂技术的人帮助才能使用这个系统。
q-sus-5 = 我觉得这个系统的各项功能整合得很好。
q-sus-6 = 我认为这个系统中不一致的地方太多。
q-sus-7 = 我想大多数人都能很快学会使用这个系统。
q-sus-8 = 我觉得这个系统用起来非常繁琐。
q-sus-9 = 使用这个系统时，我感到非常有信心。
q-sus-10 = 在开始使用这个系统之前，我需要学习很多东西。
q-thanks = 谢谢您的配合。您的回答已保存。
q-finish = 结束
q-keypad = 请按数字键{ $low }至{ $high }，或触摸画面上的答案。

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }，按钮
focus-button-disabled = { $name }，按钮，不可用
focus-at = { $control }，第{ $pos }个，共{ $count }个
focus-check = { $name }，复选框，{ $on ->
    [yes] 已勾选
   *[no] 未勾选
}
focus-radio = { $name }，单选按钮，{ $on ->
    [yes] 已选择
   *[no] 未选择
}
