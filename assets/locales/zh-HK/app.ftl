# 桌面應用程式的繁體中文（香港）用語。en/app.ftl 的每條訊息都須在此出現，變數相同（由測試檢查）。

## 選單列

menu-file = 檔案
menu-view = 檢視
menu-new-assessment = 新增評估
menu-open = 開啟…
menu-use-knowledge-base = 使用知識庫檔案…
menu-save = 儲存
menu-save-as = 另存為…
menu-export-pdf = 匯出 PDF…
menu-export-html = 匯出 HTML…
menu-export-word = 匯出 Word…
menu-report-language = 報告語言
menu-remove-passphrase = 移除密碼短語
menu-protect = 以密碼短語保護…
menu-close = 關閉

## 檢視選單：主題

theme-system = 跟隨系統
theme-light = 淺色
theme-dark = 深色

## 即時風險面板

panel-questions-left = 尚有 { $count } 條必答問題未回答。

## 開始畫面

-product = Messaging DPIA
start-title = { -product }
start-intro = 引導你就在業務上使用即時通訊或視像會議應用程式進行資料保障影響評估（GDPR 第 35 條）。它會詢問使用哪個應用程式、資料的敏感程度、涉及哪些司法管轄區及現有哪些保障措施，然後產生附評分的 PDF 報告及立場：禁止、限定用途或接受。
start-private = 設計上保障私隱：任何資料都不會離開這部電腦。{ -product } 不會開啟任何網絡連線；你的評估只存於本機檔案。
start-unsaved-found = 找到未儲存的工作
start-recover-file = 上次工作階段在 { $file } 儲存前結束。要恢復嗎？
start-recover-new = 上次工作階段在新評估儲存前結束。要恢復嗎？
start-discard-confirm = 要永久捨棄未儲存的工作嗎？捨棄後無法恢復。
start-discard-for-good = 永久捨棄
start-keep-it = 保留
start-recover = 恢復
start-discard-it = 捨棄
start-heading = 開始
start-new = 新增評估
start-new-with = 新增評估（{ $questionnaire }）
start-new-from-file = 從問卷檔案建立新評估…
start-open = 開啟評估…
start-recent = 最近的檔案
start-examples = 範例
start-examples-intro = 取材自已發佈指引的評估。開啟範例會建立一份未儲存的副本。

## 每個步驟的框架

step-back = 上一步
step-next = 下一步
step-enter-hint = 按 Enter 鍵亦可前往下一步。

## 步驟

steps-heading = 步驟
step-details = 關於這項評估
step-compare = 比較應用程式
step-sign-off = 行動計劃及簽署
step-result = 結果及報告

## 多個頁面共用的按鈕及提示

button-ok = 確定
button-cancel = 取消
button-remove = 移除
# 日期的輸入格式，在空白的日期欄內顯示。
date-hint = YYYY-MM-DD

## 視窗標題及訊息列

window-title = { -product }
window-title-file = { $file } — { -product }
window-title-encrypted-file = { $file }（已加密） — { -product }
message-open-report = 開啟報告
message-dismiss = 關閉
no-such-step = 沒有名為 { $name } 的步驟；步驟包括：{ $names }。
answer-before-going-on =
    請先回答或更正以下 { $count } 條必答問題，然後才繼續：
    { $list }
approved-read-only = 此版本已獲批准，並設為唯讀：如要更改，請開始新的修訂版。
new-revision-started = 已開始版本 { $version }：已批准的版本保留在文件歷史記錄中，新版本須再次獲得批准。
open-externally-failed = 無法開啟 { $file }：{ $error }
recent-not-kept = 無法保存最近的檔案清單供下次啟動時使用：{ $error }
theme-not-kept = 主題已即時套用，但無法保存供下次啟動時使用：{ $error }
passphrase-removed = 已移除密碼短語：下次儲存時，評估將以不加密的方式寫入。

## 未儲存的變更

unsaved-heading = 未儲存的變更
unsaved-question = 要先儲存對 { $file } 的變更嗎？
unsaved-dont-save = 不儲存
saving-encrypting = 正在儲存（加密中）…

## 檔案對話框及輸入的路徑

dialog-open-assessment = 開啟評估
dialog-open-questionnaire = 開啟問卷
dialog-open-knowledge-base = 使用知識庫檔案
dialog-save-assessment = 將評估另存為
dialog-export-pdf = 匯出 PDF 報告
dialog-export-html = 匯出 HTML 報告
dialog-export-word = 匯出 Word 報告
dialog-filter-assessment = 評估
dialog-filter-questionnaire = 問卷
dialog-filter-knowledge-base = 知識庫
dialog-filter-pdf = PDF
dialog-filter-html = HTML
dialog-filter-word = Word 文件
path-prompt-intro = 此處沒有可用的檔案對話框（或對話框已被取消）。請輸入檔案的完整路徑：
path-prompt-path = 路徑

## 密碼短語

passphrase-file-encrypted = { $file } 已加密
passphrase-autosave-encrypted = 自動儲存的工作已加密
passphrase-protect-title = 以密碼短語保護
passphrase-type-it = 請輸入儲存時所用的密碼短語。
passphrase-protect-explanation = 此後這項評估會以加密方式儲存（age 檔案，亦可用 age 及 rage 工具開啟）。沒有密碼短語，任何人都無法恢復評估：請把密碼短語存放在安全的地方。
passphrase-label = 密碼短語
passphrase-again = 再次輸入
passphrase-length = 最少 { $count } 個字元：幾個互不相關的字詞既容易記住，又難以猜中。
passphrase-checking = 正在檢查密碼短語（約需一秒）…
passphrase-protect = 保護
passphrase-open = 開啟

## 兩個人，一個檔案

held-by = { $user } 自 { $since } 起在 { $machine } 上開啟了這項評估
# 損壞的鎖定檔案沒有說明的資料，用於 `held-by` 及類似訊息。
lock-unknown-user = 某人
lock-unknown-machine = 另一部電腦
lock-unknown-time = 某個時間
held-read-only = 唯讀：{ $holder }。
held-edit-anyway = 仍然編輯
held-edit-anyway-hover = 接管檔案，適用於對方已不再處理該檔案的情況。如對方亦儲存，較後的儲存會取代較早的儲存。
held-save-as-hover = 以另一個名稱保存你自己的副本，之後你可以編輯該副本。
held-edit-refused = { $holder }，因此此處為唯讀：如對方已不再處理該檔案，請選擇「仍然編輯」；或選擇「另存為…」保存你自己的副本。
changed-on-disk-heading = 磁碟上的檔案已被更改
changed-on-disk-question = 你在此開啟 { $file } 後，該檔案已被更改：可能有其他人儲存了它。要以你的版本覆寫，還是以另一個名稱儲存你的版本？
changed-on-disk-overwrite = 覆寫
lock-stale-replaced = { $user } 自 { $since } 起在 { $machine } 上留下的鎖已過時（該應用程式已不再執行，或已停止更新該鎖），現已被取代。
lock-held-read-only = 唯讀：{ $holder }。「另存為…」可保存你自己的副本；如對方已不再處理該檔案，「仍然編輯」可接管檔案。
lock-failed = 無法鎖定檔案，因此同事可能會同時開啟它：{ $error }
lock-taken-over = 你已接管檔案。如對方亦儲存，較後的儲存會取代較早的儲存：請通知對方。
lock-taken-over-from = 你已從 { $machine } 上的 { $user } 接管檔案。如對方亦儲存，較後的儲存會取代較早的儲存：請通知對方。
lock-take-over-failed = 無法接管檔案。{ $error }
lock-not-saved-held = 未儲存：{ $holder }，因此本應用程式不會覆寫該檔案。請以另一個名稱儲存，或對該檔案使用「仍然編輯」。
lock-lost = { $holder }：對方已接管檔案，因此此處現為唯讀。「另存為…」可把你的變更保存在副本中；「仍然編輯」可取回檔案。
lock-refresh-failed = 無法更新檔案的鎖。{ $error }

## 評估上方的通知

approval-read-only = 版本 { $version } 已於 { $on } 由 { $by } 批准。此版本為唯讀：如要更改，請開始新的修訂版。
approval-review-due = 此版本原定於 { $due } 覆檢。
approval-new-revision = 開始新的修訂版
approval-new-revision-hover = 將此版本保留在文件歷史記錄中，提高版本編號並清除各項批准；新版本須再次獲得批准。
knowledge-record = 記錄已重新評估
knowledge-what-changed = 變更內容（{ $count }）

## 「關於這項評估」步驟

details-intro = 由誰、為誰及於何時進行這項評估。這些資料會顯示在報告封面。
details-organisation = 機構（必填）
details-sector = 行業
details-country = 國家
details-assessor = 評估人員
details-dpo = 保障資料主任
details-assessment-date = 評估日期（YYYY-MM-DD）
details-review-date = 覆檢日期（YYYY-MM-DD）
details-version = 評估版本
details-required = 必填：請填寫此欄。
details-date-format = 請以 YYYY-MM-DD 格式填寫日期，例如 2027-03-31。
contributors-heading = 參與人員
contributors-intro = 其他參與人員：資訊科技或保安人員、將使用該應用程式的團隊、服務供應商。
contributor-name = 姓名
contributor-role = 角色
# 螢幕閱讀器為參與人員的欄位讀出的內容。
contributor-name-of = 參與人員 { $number }：姓名
contributor-role-of = 參與人員 { $number }：角色
contributor-remove = 移除參與人員 { $number }
contributor-add = 新增參與人員

## 問題

question-required = （必答）
question-why = 提問原因
question-hide-why = 隱藏提問原因
question-add-note = 新增備註
question-hide-note = 隱藏備註
question-note-hover = 你對此問題的備註；報告會在答案旁顯示。
# 螢幕閱讀器為問題的某個控制項讀出的內容：先讀問題，再讀控制項。
question-widget = { $question }：{ $what }
question-note-button = { $button }：{ $question }
question-misfit = 檔案中儲存的答案與此問題不符：請重新回答。
question-flagged = 此問題為必答：請回答。
note-label = 你的備註：
note-hint = 在報告附錄中於答案旁顯示
note-name = 你的備註
number-expected = 請輸入數字，例如 250。
number-ordinary = 請輸入一般的數字。
number-at-least = 數字最少須為 { $limit }。
number-at-most = 數字最多只可為 { $limit }。
app-closed = { $app }（已於 { $on } 停止服務）
app-key-facts =
    { $count ->
        [0] { $app } 的重要資料
       *[other] { $app } 的重要資料（{ $count } 項須再次核實）
    }
app-vendor = 供應商：{ $vendor }（司法管轄區：{ $jurisdiction }）
app-fact-source = 來源：{ $source }（{ $dating }）

## 即時風險面板

panel-heading = 即時風險
panel-fold = 收起 ▸
panel-fold-hover = 收起面板，讓表格有更多空間
panel-unfold = ◂ 即時風險
panel-unfold-hover = 顯示即時風險面板
panel-map-of = 風險圖：{ $app }
panel-map-name = 風險圖：橫軸為可能性，縱軸為嚴重性
panel-map-key = 橫軸：可能性 1–4。縱軸：嚴重性 1–4。◇ 為採取保障措施前，● 為已有保障措施（措施未能改變的風險只畫一次）。方格顏色由淺（低）至深（非常高）。
panel-legend-row = { $number }. { $risk }：{ $inherent } → { $residual }
panel-your-rating = （你的評級）
panel-once-plan-done = （行動計劃完成後為 { $level }）
panel-show-why = 顯示原因
panel-why = 原因：{ $inherent } → { $residual }
# 可能性及嚴重性，各附上原因列所增減的級數。
panel-trail-amounts = 可能性{ $likelihood } 嚴重性{ $severity }
panel-trail-source = （來源：{ $works }）
panel-trail-total = { $total }：{ $amounts }
rating-heading = 你自己的評級
rating-computed = 按現有保障措施計算的評級：{ $rating }
rating-likelihood = 可能性
rating-severity = 嚴重性
rating-likelihood-of = { $risk }：可能性
rating-severity-of = { $risk }：嚴重性
rating-reason = 你給予不同評級的原因（必填）：
rating-reason-of = { $risk }：你給予不同評級的原因
rating-reason-missing = 你提供原因前，此評級不會計算在內。
rating-use-computed = 使用計算所得的評級
rating-as-computed = 按計算結果（{ $point }）

## 等級、評分尺度及憂慮事件

level-low = 低
level-medium = 中
level-high = 高
level-very-high = 非常高
scale-negligible = 可忽略
scale-limited = 有限
scale-significant = 重大
scale-maximum = 最高
feared-illegitimate-access = 個人資料遭不當查閱
feared-unwanted-modification = 個人資料遭不當修改
feared-disappearance = 個人資料消失

## 比較步驟

compare-intro = 加入其他應用程式，與正在評估的應用程式並列比較：每個應用程式都以相同的答案評分，猶如由它取代評估對象。比較不會改變評估對象。
compare-columns = 每一欄為一個應用程式。將游標停在某項資料上，可查看其來源及日期。
compare-assessed = 評估對象
compare-stance = 立場
compare-residual = 剩餘風險：{ $risk }
compare-jurisdiction = 供應商所屬司法管轄區
compare-add = 加入要比較的應用程式…
compare-add-name = 加入要比較的應用程式
compare-use-instead = 改用此應用程式
compare-use-instead-hover = 將它設為評估對象；目前的評估對象會保留在比較中。之後請檢查有關該應用程式及其保障措施的答案。
compare-use-app-instead = 改用 { $app }
compare-stop = 停止比較 { $app }
compare-fact-hover =
    { $detail }
    來源：{ $source }（{ $dating }）

## 行動計劃及簽署步驟

sign-off-intro = 措施以建議的措施為起點；請為每項措施指定負責人及限期。批准程序依循 ICO 資料保障影響評估範本的第 7 步。
sign-off-measures = 措施
measure-owner = 負責人
measure-owner-hint = 姓名或職位
measure-due = 限期
measure-due-of = { $measure } 的限期
measure-status-of = { $measure } 的狀態
measure-due-format = 請以 YYYY-MM-DD 格式填寫限期。
measure-planned = 已計劃
measure-in-progress = 進行中
measure-done = 已完成
measure-add-recommended = 加入建議的措施
measure-add = 新增措施…
measure-add-name = 新增措施
measure-update-answer = 更新答案
own-heading = 你自訂的風險及措施
own-intro = 用於目錄未涵蓋的情況。請按未採取任何措施的情況為你的風險評級；當行動計劃把你自訂的措施標示為已完成，該措施便會降低風險。
own-risk-field = 自訂風險 { $number }：{ $field }
own-measure-field = 自訂措施 { $number }：{ $field }
own-risk-remove = 移除自訂風險 { $number }
own-measure-remove = 移除自訂措施 { $number }
own-risk-add = 新增自訂風險
own-measure-add = 新增自訂措施
own-risk-name = 名稱
own-risk-description = 可能出現的問題
own-risk-harm = 對相關人士造成的損害
own-risk-feared-event = 憂慮事件
own-likelihood = 可能性
own-severity = 嚴重性
own-measure-name = 名稱
own-measure-wording = 政策中的措辭
own-measure-lowers = 所降低的風險
own-measure-choose-risk = 選擇你的其中一項風險
own-measure-likelihood-steps = 降低可能性
own-measure-severity-steps = 降低嚴重性
own-measure-steps = { $count } 級
consultation-heading = 諮詢
consultation-intro = 諮詢了誰（相關人士或其代表、員工、資訊科技部門、服務供應商）、以何種方式、於何時，以及他們的意見。
consultation-field = 諮詢 { $number }：{ $field }
consultation-who = 對象
consultation-how = 方式
consultation-when = 時間
consultation-views = 意見
consultation-remove = 移除諮詢 { $number }
consultation-add = 新增諮詢
consultation-why-not = 如沒有諮詢相關人士，原因為何
sign-off-approvals = 批准
sign-off-measures-approved-by = 措施批准人
sign-off-risks-approved-by = 剩餘風險批准人
sign-off-approved-on = 批准日期
sign-off-measures-approved-on = 措施批准日期
sign-off-risks-approved-on = 剩餘風險批准日期
sign-off-date-format = 請以 YYYY-MM-DD 格式填寫日期。
sign-off-dpo-advice = 保障資料主任的意見
sign-off-advice-outcome = 保障資料主任的意見獲接納或被否決
advice-pending = 尚未決定
advice-accepted = 已接納
advice-overruled = 已否決
sign-off-overruled-reason = 否決意見的原因
sign-off-consultation-responses = 諮詢的回應
sign-off-kept-under-review-by = 負責覆檢的人員

## 結果步驟

finish-questions-left = 尚待回答的問題
finish-conditions = 使用條件
finish-recommended = 建議的措施
finish-other-recommended = 其他建議的措施
finish-save = 儲存…
finish-report-language = 報告語言：

## 開啟、儲存及匯出

untitled-assessment = 未命名的評估
# 開啟已恢復的工作時使用的名稱，例如「已開啟自動儲存的評估。」
autosaved-assessment = 自動儲存的評估
builtin-questionnaire-failed =
    無法載入內置問卷：
    { $error }
questionnaire-not-opened = 無法開啟問卷。{ $error }
new-with-questionnaire = 已使用問卷「{ $title }」新增評估。
questionnaire-unusable =
    無法使用此問卷；未作任何更改。
    { $error }
knowledge-base-unusable =
    無法使用此知識庫；未作任何更改。
    { $error }
knowledge-base-cannot-score =
    無法以此知識庫為開啟中的評估評分；未作任何更改。
    { $error }
knowledge-base-in-use = 正在使用來自 { $file } 的知識庫 { $id } { $version } 評分。
file-not-opened = 無法開啟檔案。{ $error }
opened = 已開啟 { $file }。
opened-with-notes =
    已開啟 { $file }，並有須閱讀的備註（沒有遺失任何內容）：
    { $notes }
assessment-not-opened =
    無法開啟評估；未作任何更改。
    { $error }
saving-to = 正在儲存至 { $file }（加密中）…
saved-to = 已儲存至 { $file }。
not-saved-to = 無法儲存至 { $file }。{ $error }
not-saved = 無法儲存；你的答案仍然保留在此。{ $error }
report-not-exported = 無法匯出報告。{ $error }
exported = 已將報告匯出至 { $file }。
exported-check = 已將報告匯出至 { $file }。請檢查報告：{ $warning }。
report-not-written = 無法匯出報告；未寫入任何內容。{ $error }
details-organisation-missing = 機構
# 螢幕閱讀器在每個步驟開頭讀出的內容。
step-start = 步驟開始

## 加密及自動儲存

protected = 評估已受保護：此後會以加密方式儲存。請立即儲存，以取代可讀取的檔案。
passphrases-differ = 兩次輸入的密碼短語不相同。
autosave-not-encrypted = 自動儲存的工作未經加密。
autosave-not-text = 自動儲存的工作已損壞：內容不是文字。
encryption-stopped = 加密意外停止；未作任何更改。
autosave-failed = 自動儲存失敗（你的工作仍在此開啟）：{ $error }
autosave-not-removed = 無法移除自動儲存的工作，因此下次啟動時可能會再次詢問是否恢復：{ $error }

## 「檢視」選單：語言

menu-language = 語言
language-not-kept = 語言已即時套用，但無法保存供下次啟動時使用：{ $error }

## 結論：報告、應用程式及命令列共用

# 十或以下的數目在行文中以文字書寫；較大的數目以數字書寫。
count-word =
    { $n ->
        [0] 零
        [1] 一
        [2] 兩
        [3] 三
        [4] 四
        [5] 五
        [6] 六
        [7] 七
        [8] 八
        [9] 九
        [10] 十
       *[other] { $n }
    }
# 在行文中加上引號的名稱。
quoted = 「{ $text }」
# 連接清單項目：「甲、乙及丙」。除最後兩項外，各項之間均以分隔符號分隔。
list-separator = {"、"}
list-last = { $init }及{ $last }
verdict-screening-required = 初步篩選：{ $total }項 WP248 準則中符合 { $met } 項；須進行資料保障影響評估（符合{ $threshold }項或以上準則即須進行）。
verdict-screening-not-required = 初步篩選：{ $total }項 WP248 準則中符合 { $met } 項；並非必須進行資料保障影響評估（符合的準則少於{ $threshold }項），但本評估記錄了有關決定。
verdict-provisionally = { $incomplete }（暫定 { $stance }）
verdict-very-high =
    即使已有保障措施，{ $risks }{ $count ->
       *[other] 的風險等級
    }仍為非常高。剩餘風險非常高，即表示應禁止此用途。
verdict-high-beyond-measures =
    在現有保障措施下，{ $risks }{ $count ->
       *[other] 的風險等級
    }仍為高，而措施目錄中任何措施組合都無法把有關風險降至中或以下。應禁止此用途。
verdict-high-within-reach =
    在目前的保障措施下，{ $risks }{ $count ->
       *[other] 的風險等級
    }仍為高。下列條件可把每項有關風險降至中或以下，因此符合這些條件後，便可在既定目的範圍內容許此用途。
verdict-relies-on-safeguards =
    如沒有保障措施，{ $risks }{ $count ->
       *[other] 的風險等級
    }會是高或非常高；現有保障措施把有關風險降至中或以下。只要這些保障措施維持不變，便可在既定目的範圍內容許此用途。
verdict-low-inherent = 即使未有保障措施，所有風險的等級均為中或以下。剩餘風險可以接受；請持續覆檢這項評估。
verdict-would-take-measures = 所需條件：實施{ $measures }，便可把每項高或非常高的風險降至中或以下，屆時可在附帶條件下容許此用途。任何較小的措施組合都無法做到。
verdict-would-take-many-measures = 所需條件：實施{ $measures }，便可把每項高或非常高的風險降至中或以下，屆時可在附帶條件下容許此用途。當中任何一項措施都不可省略；條件如此之多，實際上已等同另一種用途。
verdict-would-take-none =
    所需條件：措施目錄中沒有任何措施足夠。即使實施所有措施，{ $risks }{ $count ->
       *[other] 的風險等級
    }仍為高或非常高，因為有關風險源自服務供應商、其司法管轄區或資料本身。只有改用另一個應用程式，或不傳送這些資料，才能改變這個情況。
verdict-incomplete = 尚有 { $count } 條必答問題未回答，因此未有立場。在回答之前，欠缺的答案一律當作「不清楚」計算，而暫定結果（{ $stance }）只供參考。
finding-planned-not-done = 答案顯示{ $measure }已實施（{ $answer }），但行動計劃把它列為「{ $status }」。已計劃不等於已完成：在行動計劃把它標示為已完成前，此措施不會計算在內。
finding-done-contradicts = 行動計劃把{ $measure }標示為已完成，但答案{ $answer }顯示並非如此。此措施會當作已實施計算；請更正答案或行動計劃。
finding-no-app = 未選擇應用程式：風險評級並未計及任何應用程式的資料。
finding-unavailable = 答案顯示{ $measure }已實施，但根據知識庫，{ $app } 並不提供此措施；因此就 { $app } 而言，此措施不會計算在內。
finding-override-incomplete = 評估人員就{ $risk }自行給予的評級不會計算在內：評級須包括可能性或嚴重性，以及給予該評級的原因。
finding-override-not-assessed = 評估人員就 { $app } 的{ $risk }自行給予的評級不會計算在內：該應用程式並非評估對象。
finding-of-app = { $app }：{ $finding }
# 附上根據適用法律所違反的條文，置於句末句號之前。
finding-with-law = { $finding }（{ $topic }：{ $cites }）。
# 一項發現所引用的條文之間。
cites-separator = {"；"}
# 一項發現，然後是解決方法。
finding-and-resolution = { $finding }{ $resolution }
done-contradicts-beside-measure = 已標示為已完成，但{ $question }的答案顯示並非如此。此措施會當作已實施計算；請更正答案或狀態。
prior-none-needed = 事先諮詢：無須進行；在現有保障措施下，已沒有高剩餘風險。
prior-forbidden-duty = 事先諮詢：此用途被禁止期間無須進行。如不理會高剩餘風險而繼續進行，須先諮詢{ $authorities }。
prior-forbidden-unclear = 事先諮詢：此用途被禁止期間無須進行。如不理會高剩餘風險而繼續進行，須先查核適用法律是否規定須諮詢監管機構。
prior-forbidden-no-duty = 事先諮詢：此用途被禁止期間無須進行；適用法律並無規定須事先諮詢監管機構。
prior-duty = 事先諮詢：在現有保障措施下，仍有高剩餘風險。除非在開始處理資料前以措施把風險降低，否則須先諮詢{ $authorities }。
prior-unclear = 事先諮詢：在現有保障措施下，仍有高剩餘風險。是否須先諮詢監管機構，視乎適用法律而定，必須加以查核；無論如何，在開始處理資料前，應降低有關風險，或由機構最高管理層在說明理由後接受該風險。
prior-no-duty = 事先諮詢：在現有保障措施下，仍有高剩餘風險。適用法律並無規定須事先諮詢監管機構；在開始處理資料前，應降低有關風險，或由機構最高管理層在說明理由後接受該風險。
prior-authority = { $authority }（{ $reference }）

## 應用程式的資料：報告及應用程式共用

fact-yes = 是
fact-no = 否
fact-partly = 部分
fact-unknown = 不明
fact-to-check-again = { $value }（須再次核實）
fact-no-entry = 知識庫中沒有此項記錄。
# 資料上次核實的日期，以及須再次核實的原因。
fact-checked-then = { $on }；{ $why }
fact-check-again = 須再次核實
fact-check-again-old-version = 須再次核實：該網頁的版本過舊
fact-checked-long-ago = 須再次核實：上次核實已超過 { $months } 個月。
fact-old-version = 須再次核實：所依據的供應商網頁版本日期已超過 { $months } 個月。
fact-stale-note = 其中 { $count } 項資料在倚賴前須再次核實：於報告日期，這些資料上次核實已超過 { $months } 個月，或所依據的供應商網頁（會持續更新）的版本日期早於報告日期超過 { $version_months } 個月。

## 評級及司法管轄區：報告、應用程式及命令列共用

# 評級：可能性及嚴重性各按 CNIL 的 1 至 4 級評分，然後是風險等級。
rating = 可能性{ $likelihood } × 嚴重性{ $severity } = { $level }
# 供應商所屬的司法管轄區，按行文稱呼。
jurisdiction-us = 美國
jurisdiction-cn = 中國內地
jurisdiction-hk = 香港
jurisdiction-vg = 英屬維爾京群島
jurisdiction-ae = 阿拉伯聯合酋長國
jurisdiction-ch = 瑞士
jurisdiction-fr = 法國
jurisdiction-de = 德國
jurisdiction-ie = 愛爾蘭
jurisdiction-lu = 盧森堡
jurisdiction-nl = 荷蘭
jurisdiction-gb = 英國
jurisdiction-jp = 日本
jurisdiction-kr = 南韓
jurisdiction-sg = 新加坡
jurisdiction-varies = 視乎服務供應商而定
jurisdiction-unknown = 不明

## 評估上次評分後的變更：應用程式的通知及報告的章節

since-scored-changed = 自此評估上次評分後，知識庫（版本 { $version }）已有變更。
since-scored-new-version = 自此評估上次評分後，知識庫已有變更（當時為版本 { $then }，現為 { $now }）。
# 某項資料、立場或評級當時及現在的情況。
since-scored-then-now = { $what }：當時為 { $then }，現為 { $now }。
since-scored-of-app = { $app }：{ $what }
since-scored-stance = 立場
since-scored-nothing-changes = 立場及各項評級均維持不變。
since-scored-advice = 所顯示的結果採用現時的資料。請檢視有關變更，然後記錄重新評估，此通知便不會再出現。

## 風險的評分依據：報告附錄及應用程式的風險面板

trail-inherent = = 固有風險
trail-residual = = 剩餘風險
cause-baseline = 風險的起點（知識庫）
cause-answer = 答案：{ $answer }
# 作為一個步驟的應用程式資料：其標籤、其值，然後是其來源。
cause-fact = 應用程式資料：{ $fact }：{ $value } { $source }
cause-fact-unknown = 應用程式資料：{ $fact }：不明（知識庫中沒有此項記錄）
cause-rule = 規則：{ $rule } { $source }
cause-rule-unknown = 規則：{ $rule }
cause-safeguard = 已實施的保障措施：{ $measure }
cause-brought-by = 由已實施的保障措施帶來：{ $measure }
cause-scale-limit = 維持於 1 至 4 級的範圍內
cause-above-scale = 超出最高級別的部分暫時擱置：保障措施須先抵銷這部分，評級才會下降
cause-judgement = 評估人員自行評定的評級，取代計算所得的評級：{ $reason }
cause-capped = 以最高級別（4）為上限；超出的部分暫時擱置
cause-held-at-bottom = 維持於最低級別（1）
step-own-rating = 評估人員對目錄未涵蓋的風險自行評定的評級
step-stands-for = { $cause }。代表「{ $exposure }」
step-addresses-offset = { $cause }。處理「{ $exposure }」，已由上述措施抵銷
step-addresses = { $cause }。處理「{ $exposure }」
step-corroborates = { $cause }。佐證「{ $exposure }」，已計算一次
step-evidence-of = { $cause }。顯示存在「{ $exposure }」

## 資料來源的日期

source-primary = 第一手來源
source-secondary = 第二手來源
source-none = 找不到來源
source-undated = 未註明日期
source-updated = 最後更新於 { $date }
source-dated = 日期為 { $date }
# 來源的類別、來源本身的日期，然後是按來源核實的日期。
source-dating = { $kind }，{ $dated }，於 { $checked } 核實
source-work = { $source }（{ $kind }，{ $dated }）
# 評估回答的問卷並非 msgdpia 內建的問卷。
open-unknown-questionnaire = 此評估回答的是問卷 `{ $id }` 第 { $version } 版，但該問卷並非內建（內建問卷為：{ $built_in }）；請一併開啟該問卷檔案（在命令列使用：--questionnaire FILE）

# 從「檔案」選單使用 CNIL PIA 工具的檔案（docs/interop.md）。
menu-export-cnil-pia = 匯出 CNIL PIA…
menu-import-cnil-pia = 匯入 CNIL PIA…
dialog-export-cnil-pia = 匯出為 CNIL PIA
dialog-import-cnil-pia = 匯入 CNIL PIA
dialog-filter-cnil-pia = CNIL PIA（JSON）
cnil-pia-exported = 已把評估匯出為 CNIL PIA：{ $file }；請用 CNIL PIA 工具的「匯入」按鈕開啟。
cnil-pia-exported-incomplete = 已把評估匯出為 CNIL PIA：{ $file }，但不含風險量表評級：評估尚未完成。
cnil-pia-not-exported = 無法匯出 CNIL PIA，沒有寫入任何內容。{ $error }
cnil-pia-not-imported = 無法匯入 CNIL PIA。{ $error }
cnil-pia-imported-source = （由 { $file } 建立的新評估）
cnil-pia-imported-unsaved = 已把 { $file } 匯入為新評估，尚未儲存：請回答其問題。
    { $list }

## 命令列：各命令在報告及評分以外所說的話。跟在「檔案: 」之後的訊息，句末不加句號。

# 在終端機中詢問；輸入由其後開始。`$file` 是加密檔案。
cli-passphrase-prompt = { $file } 的密碼短語：
cli-passphrase-again = 請再輸入一次：
cli-passphrase-unreadable = 無法讀取密碼短語
cli-passphrases-differ = 兩次輸入的密碼短語不相同；未寫入任何內容
cli-passphrase-file-not-text = 密碼短語檔案不是文字
# `$purpose` 是 `open`（檔案已加密）或 `choose`（檔案將會加密）；`$variable` 是環境變數的名稱，即 MSGDPIA_PASSPHRASE。
cli-passphrase-needed =
    { $purpose ->
        [open] 這項評估已加密
       *[choose] 加密需要密碼短語
    }；請以 --passphrase-file FILE 或 { $variable } 環境變數提供密碼短語，或在終端機中執行 msgdpia 以便輸入密碼短語
cli-already-encrypted = 此檔案已經加密
cli-not-encrypted = 此檔案未經加密
# `$file` 是寫入的加密檔案，`$bytes` 是其大小，`$input` 是被加密的評估。
cli-wrote-encrypted = 已寫入 { $file }（{ $bytes } 位元組），並以密碼短語加密。{ $input } 本身未有改動：如不想它繼續以未加密形式保存，請把它刪除。
cli-wrote-decrypted = 已寫入 { $file }（未加密）。
cli-score-not-json = 無法以 JSON 寫出評分
cli-pia-not-json = 無法以 JSON 寫出 PIA
cli-no-built-in-questionnaire = 沒有內置問卷
cli-cannot-render = 無法製作報告
# `$text` 是所提供的日期。
cli-date-invalid = --date 必須是以 YYYY-MM-DD 書寫的真實日期，例如 2026-03-31；實際為 `{ $text }`
cli-one-report = -o 只指明一份報告；如要製作多份評估的報告，請改用 --output-dir FOLDER
cli-output-folder-missing = 輸出資料夾不存在（請先建立）
# `$first` 及 `$second` 是兩份評估，`$output` 是兩者都會寫入的報告。
cli-same-report-name = { $first } 及 { $second } 都會寫入 { $output }；請把其中一份改名
# `$reason` 是 `cli-gui-no-display` 或 `cli-gui-not-built`；其後列出各命令。
cli-gui-unavailable = 桌面應用程式無法在此開啟（{ $reason }）。請改用命令：
cli-gui-no-display = 沒有可用的顯示環境：DISPLAY 及 WAYLAND_DISPLAY 均未設定
cli-gui-not-built = 此版本沒有桌面應用程式：建置時未包括 `gui` 功能
# `$name` 是所要求的命令，`$commands` 是命令清單。
cli-no-such-command = 沒有 `{ $name }` 這個命令；可用的命令為 { $commands }
cli-man-not-written = 無法寫出手冊頁
cli-stdout-failed = 無法寫入標準輸出
