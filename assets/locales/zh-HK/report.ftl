# 報告的用語（以及命令列的用語，因其列印相同的結果）。

## 日期及數字。
date = { $year }年{ $month }月{ $day }日
number-grouping = {","}
number-decimal = {"."}

## 立場及文件狀態。
stance-accept = 接受
stance-define = 限定用途
stance-forbid = 禁止
stance-incomplete = 未完成
stance-meaning-accepted = 此用途可以進行；剩餘風險已於 { $on } 由 { $by } 接受。
stance-meaning-accept = 在簽署核准時接受剩餘風險後，此用途便可進行。
stance-meaning-define = 此用途只可在既定目的範圍內，並在符合所列條件的情況下進行。
stance-meaning-forbid = 應禁止為業務目的作此用途。
verdict-provisional = 暫定結果，只供參考；欠缺的答案一律當作「不清楚」計算。
status-draft = 草稿
status-in-review = 審閱中
status-approved = 已批准
status-draft-text = 草稿：尚未經審閱或批准；並不記錄任何決定
status-in-review-text = 審閱中：簽署核准尚未完成，因此仍未記錄任何決定
status-approved-text = 已於 { $on } 由 { $by } 批准

## 句子及清單的連接方式。
sentence-separator = {""}
list-semicolon = {"；"}
quantity-with-unit = { $quantity } { $unit }

## 適用法律。
law-undetermined = 適用法律：須待回答有關機構設立地點及相關人士所在地的問題後，方可確定。
law-heading = 適用法律：
law-assessment-duty = { $law }，由{ $authority }執行；根據該法律，須進行影響評估（{ $reference }）。
law-assessment-good-practice = { $law }，由{ $authority }執行；根據該法律，進行影響評估屬良好做法，而非法定責任（{ $reference }）。
law-assessment-not-required = { $law }，由{ $authority }執行；無須進行影響評估。
law-assessment-check = { $law }，由{ $authority }執行；是否須進行影響評估，須按該法律查核。

## WP248 rev.01 的初步篩選準則，按指引的措辭。
criterion-evaluation = 評估或評分
criterion-automated-decisions = 具法律效力或類似重大影響的自動化決策
criterion-monitoring = 系統性監察
criterion-sensitive-data = 敏感資料或高度個人性質的資料
criterion-large-scale = 大規模處理的資料
criterion-matching = 配對或合併資料集
criterion-vulnerable = 涉及易受傷害資料當事人的資料
criterion-innovative = 創新使用或應用新的技術或組織方案
criterion-prevents-rights = 妨礙資料當事人行使權利或使用服務的處理

## 知識庫的地區，按句中的稱呼。
region-eea = 歐盟／歐洲經濟區
region-uk = 英國
region-switzerland = 瑞士
region-hong-kong = 香港
region-prc = 中國內地
region-us = 美國
region-other = 其他國家

## 應用程式的提供者、資料存放地點及停止服務。
data-location-unstated = 供應商未有說明
data-location-partly-unstated = { $places }，以及供應商未有說明的其他地點
provision-unknown = 找不到任何來源說明由哪間公司向位於{ $region }的機構提供 { $app }；資料儲存或處理於：{ $places }。
provision-known = 對於位於{ $region }的機構，{ $app } 由 { $provider } 提供；資料儲存或處理於：{ $places }。
app-closed-sentence = { $app } 已於 { $on } 停止服務（{ $source }）；以下資料描述其停止服務前的情況，此用途應轉用另一個應用程式。
no-app-chosen = 未選擇應用程式
# 檔案已不再包含的名稱（已移除或改名的應用程式、風險、措施、問題、選項或規則）：顯示其識別碼並註明不明。
name-unknown = { $id }（不明）

## 評級及措施帶來的改變。
rating-words = { $level }（可能性：{ $likelihood }，嚴重性：{ $severity }）
change-level = { $risk }：由{ $before }變為{ $after }
change-likelihood-lower = { $risk }：可能性降低，風險等級仍為{ $level }
change-likelihood-higher = { $risk }：可能性提高，風險等級仍為{ $level }
change-severity-lower = { $risk }：嚴重性降低，風險等級仍為{ $level }
change-severity-higher = { $risk }：嚴重性提高，風險等級仍為{ $level }

## 與問卷不符的答案，供讀者閱讀。
misfit-no-such-question = 檔案載有一個答案（儲存為「{ $stored }」），但所回答的問題已不再見於問卷版本 { $version }；該答案會保留，但不會使用。
misfit-answer-again = 「{ $question }」：{ $problem }。請重新回答。
misfit-wrong-kind = 所儲存的答案為{ $found }，但此問題要求的是{ $expected }
misfit-no-such-option = 所儲存的答案指明選項{ $option }，但此問題並無此選項
misfit-no-such-options = 所儲存的答案指明此問題並無的選項：{ $options }
misfit-no-such-app = 所儲存的答案指明「{ $app }」，但它並非知識庫中的應用程式
misfit-not-finite = 所儲存的數值並非有限的數字
misfit-out-of-range = 數字必須{ $range }，但所儲存的數字為 { $found }
misfit-not-a-date = 所儲存的是「{ $text }」，並非以 YYYY-MM-DD 格式書寫的日期
range-between = 介乎 { $min } 至 { $max } 之間
range-at-least = 為 { $min } 或以上
range-at-most = 為 { $max } 或以下
range-any = 在其容許範圍內
kind-choice = 單項選擇
kind-choices = 多項選擇
kind-yes-no = 「是／否」答案
kind-text = 文字
kind-number = 數字
kind-date = 日期
kind-apps = 應用程式清單
kind-other = 其他類型的答案

## 報告：文件及封面。
report-document-title = 資料保障影響評估：在業務上使用 { $apps }
report-document-subject = { $organisation } 的資料保障影響評估
report-marking = 機密
report-marking-draft = 草稿 · 機密
report-no-app = 尚未選定的應用程式
report-cover-title = 資料保障影響評估
report-cover-lead = { $organisation } 在業務上使用 { $apps }。
report-confidential = 本評估描述機構的資料處理及其弱點。請只與有需要知悉的人士分享。
report-cover-status = 狀態
report-cover-organisation = 機構
report-cover-sector = 行業
report-cover-country = 國家
report-cover-apps = 所評估的應用程式
report-cover-assessor = 評估人員
report-cover-dpo = 保障資料主任
report-cover-contributors = 參與人員
report-cover-assessment-date = 評估日期
report-cover-review-date = 覆檢日期
report-cover-assessment-version = 評估版本
report-cover-report-date = 報告日期
report-contributor = { $name }（{ $role }）
report-status-review-overdue = { $status }；原定於 { $due } 覆檢，但未有覆檢記錄
report-document-control = 文件管控
report-history-version = 版本
report-history-date = 日期
report-history-by = 修訂人
report-history-changes = 變更
report-history-this-report = 本報告（{ $status }）
report-distribution = 分發對象
report-not-recorded = 未有記錄
report-provenance = 本報告的編製依據
report-provenance-questionnaire = 問卷
report-provenance-questionnaire-sha = 問卷 SHA-256
report-provenance-knowledge = 知識庫
report-provenance-knowledge-sha = 知識庫 SHA-256

## 報告：摘要。
report-summary = 摘要
report-draft-incomplete = 草稿：{ $incomplete }
report-questions-to-answer = 尚待回答的問題
report-provisionally = 暫定為{ $stance }
report-app-headline = { $app }：{ $stance }
report-risk-rated = { $risk }：{ $rating }
report-main-residual-risks = { $app } 的主要剩餘風險
report-conditions-for = { $apps } 的使用條件
report-condition-for-some = 適用於 { $apps }：{ $condition }
report-measure-with-policy = { $measure }：{ $policy }
report-overall-stance = 整體立場：{ $stance }。同時使用多個應用程式時，其安全程度只及當中最薄弱的一個。
report-findings = 須處理的發現事項
report-input-warnings = 有關輸入資料的警告
report-changes-title = 自上次評估以來知識庫的變更
report-changes-note = 本報告採用現時的資料；簽署前應先檢視上述變更。

## 報告：初步篩選、處理的描述、必要性。
report-screening = 初步篩選
report-screening-intro = 經歐洲數據保障委員會（EDPB）認可的第29條工作小組資料保障影響評估指引（WP248 rev.01）所列的九項準則。符合兩項或以上準則的處理，在大多數情況下須進行資料保障影響評估。
report-screening-criterion = 準則（WP248 rev.01）
report-screening-met = 符合
report-screening-because = 所依據的答案
report-yes = 是
report-no = 否
report-description-title = 處理的系統性描述
report-description-intro = 根據答案說明處理及其目的。
report-description-intro-under-law = { $law }：根據答案說明處理及其目的。
report-necessity-title = 必要性及相稱性
report-necessity-intro = 為何需要以即時通訊達致有關目的，以及如何確保其使用合乎相稱原則。
report-necessity-intro-under-law = { $law }：為何需要以即時通訊達致有關目的，以及如何確保其使用合乎相稱原則。

## 報告：風險登記冊、規則、風險圖。
report-register = 風險登記冊：{ $app }
report-register-risk = 風險
report-register-inherent = 固有風險
report-register-residual = 剩餘風險
report-register-once-planned = 行動計劃完成後
report-register-own-rating =
    { $rating }
    評估人員的評級
    計算所得：{ $computed }
report-register-intro-with-plan = 可能性及嚴重性按 CNIL 的 1–4 級評分尺度評定，分別列出採取保障措施前（固有風險）、現有保障措施下（剩餘風險），以及行動計劃的所有措施完成後的評級。現時只計算已標示為已完成的措施。風險按剩餘風險等級排列；其後列出每項風險的主要原因，而附錄 B 列出得出這些數值的每個步驟。
report-register-intro = 可能性及嚴重性按 CNIL 的 1–4 級評分尺度評定，分別列出採取保障措施前（固有風險）及現有保障措施下（剩餘風險）的評級。風險按剩餘風險等級排列；其後列出每項風險的主要原因，而附錄 B 列出得出這些數值的每個步驟。
report-register-why = 每項風險的評級原因
report-brief = { $risk }：{ $reasons }
report-brief-same-as = { $risk }：原因與 { $app } 相同，結果亦相同。
report-rules-applied = 所適用的法律及司法管轄區規則
report-rule = { $rule }。{ $explanation }{ $citation }
report-rule-for-some = { $rule }（適用於 { $apps }）。{ $explanation }{ $citation }
report-no-rule = 問卷中沒有任何法律或司法管轄區規則適用於這些答案及此應用程式。
report-steps = 附錄 B：每項評級的得出方式
report-steps-intro = 每個表格列出得出某項風險評級的每個步驟：其起點、提升風險的答案、應用程式資料及法律規則，以及降低風險的現有保障措施。固有風險的各步驟相加，即為採取保障措施前的評級；所有步驟相加，即為已有保障措施下的評級。
report-step = 步驟
report-likelihood = 可能性
report-severity = 嚴重性
report-risk-levels = { $risk }：{ $inherent } → { $residual }
report-risk-described = { $description }對相關人士造成的損害：{ $harm }可降低此風險的措施：{ $measures }。
report-maps = 風險圖
report-maps-intro = 每項風險按可能性（橫軸）及嚴重性（縱軸）標示，分別顯示採取保障措施前及已有保障措施下的情況。圖中的數字對應圖下表格的編號。
report-map-inherent = 採取保障措施前（固有風險）
report-map-residual = 已有保障措施（剩餘風險）
report-map-across = 可能性 →（1 可忽略 … 4 最高）
report-map-up = 嚴重性 ↑
report-number = 編號

## 報告：比較及建議。
report-comparison = 應用程式比較
report-comparison-intro = 所評估的應用程式均以相同的答案評分。附錄 C 列出每個應用程式的供應商、其資料的去向，以及每項資料的詳情、來源及日期。
report-comparison-intro-with-candidates = 所評估的應用程式及只作比較的應用程式，均以相同的答案評分：只作比較的應用程式，按猶如由它取代評估對象的情況評級，且不影響立場。有關資料取自知識庫，每項資料的來源均載於附錄 E。
report-compared-only = { $app }（只作比較）
report-stance = 立場
report-residual-of = 剩餘風險：{ $risk }
report-vendor-jurisdiction = 供應商所屬司法管轄區
report-high-remaining = { $count ->
    [0] 沒有高或以上的剩餘風險
    [1] 有一項剩餘風險為高或以上
   *[other] 有 { $count } 項剩餘風險為高或以上
}
report-recommend-none = 建議：所比較的應用程式均不獲推薦；按現有答案，每個應用程式均應禁止作此用途。
report-recommend-compared = 建議：在相同的答案下，{ $preferred } 會令機構處於較有利的位置（立場為{ $stance }，{ $remaining }）。在更換應用程式前，請先以{ $count ->
    [1] 該應用程式
   *[other] 所建議的應用程式
}取代 { $assessed } 作為評估對象，重新進行評估：有關應用程式及其保障措施的答案可能有所不同。
report-recommend-keep = 建議：在相同的答案下，所比較的應用程式均不會令機構處於比 { $assessed } 更有利的位置（立場為{ $stance }，{ $remaining }）。
report-recommend-equal = 建議：所比較的應用程式令機構處於同等位置（立場為{ $stance }，各自{ $remaining }）；任何一個均可用於所評估的目的{ $conditions ->
    [yes] ，但須符合其使用條件
   *[no] {""}
}。
report-recommend-best = 建議：在所比較的應用程式中，{ $preferred } { $count ->
    [1] 令
   *[other] 令
}機構處於最有利的位置（立場為{ $stance }，{ $remaining }）；請把{ $count ->
    [1] 該應用程式
   *[other] 所建議的應用程式
}用於所評估的目的{ $conditions ->
    [yes] ，並須符合其使用條件
   *[no] {""}
}，而不使用其他應用程式。

## 報告：應用程式概覽及資料。
report-profile = 應用程式概覽：{ $app }
report-profile-intro = 本評估所採用的資料；附錄 C 列出每項資料的詳情、來源及日期。
report-fact = 資料項目
report-value = 內容
report-detail = 詳情
report-source = 來源
report-checked = 核實日期
report-vendor = 供應商
report-source-checked = { $source }，於 { $checked } 核實
report-facts = 附錄 C：有關應用程式的資料
report-facts-no-app = 未選擇應用程式。
report-no-transfer = 資料不會離開該地區。
report-provider-for = 在{ $region }的提供者
report-provider-unknown = 所找到的來源均未有說明
report-data-location = 資料儲存或處理地點
report-transfers = 資料轉移

## 報告：措施及行動計劃。
report-measures-and-plan = 措施及行動計劃
report-recommended = 建議的措施
report-recommended-none = 沒有：知識庫中沒有任何措施能降低仍屬中或以上的風險。
report-recommended-intro = 可降低仍屬中或以上風險的措施，按效用由高至低排列。預期效果為每項措施單獨的效果，並在現有保障措施之上計算。
report-measure = 措施
report-for = 適用於
report-expected-effect = 預期效果
report-policy = 政策中的措辭
report-all-apps = 所有已評估的應用程式
report-condition-mark = {"（使用條件）"}
report-condition-mark-for = （{ $apps } 的使用條件）
report-effect-for = { $app }：{ $changes }
report-effect-none = 單獨實施時不會改變任何評級
report-in-place = 現有保障措施
report-in-place-none = 未有報告。
report-in-place-list = { $measures }。
report-plan = 行動計劃
report-plan-none = 尚未記錄行動計劃。上述建議的措施即為起點。
report-plan-intro = 每項措施單獨實施的預期效果；風險登記冊列出整個計劃完成後的所有評級。
report-plan-in-place = 已實施：已計入剩餘風險評級
report-owner = 負責人
report-due = 限期
report-measure-status = 狀態

## 報告：諮詢及簽署核准。
report-consultation = 諮詢
report-consultation-intro = 依循英國資訊專員辦公室（ICO）資料保障影響評估範本的第 3 步：相關人士或其代表的意見（《通用數據保障條例》第35(9)條），以及曾參與其事的機構內外人士（例如資料處理者或保安專家）的意見。
report-consultation-none = 未有記錄任何諮詢。記錄應列明諮詢了誰、以何種方式、於何時進行及他們的意見，或說明不適宜徵詢其意見的原因。
report-consulted-who = 對象
report-consulted-how = 方式
report-consulted-when = 時間
report-consulted-views = 意見
report-not-consulted-because = 沒有諮詢相關人士的原因
report-sign-off = 簽署核准
report-sign-off-intro = 依循英國資訊專員辦公室（ICO）資料保障影響評估範本的第 7 步。
report-measures-approved-by = 措施批准人
report-risks-approved-by = 剩餘風險批准人
report-dpo-advice = 保障資料主任的意見
report-dpo-advice-outcome = 保障資料主任的意見獲接納或被否決
report-overruled-because = 已否決。原因：{ $reason }
report-consultation-responses = 諮詢的回應
report-kept-under-review-by = 負責覆檢的人員
report-approved-on = { $by }，於 { $on }
report-approved-on-nameless = —（日期為 { $on }，未有提供姓名）
report-signatures = 簽署欄
report-signature-role = 職位
report-signature-name = 姓名
report-signature = 簽名

## 報告：附錄 A 及資料來源。
report-answers = 附錄 A：問題及答案
report-question = 問題
report-answer = 答案
report-not-asked = 未有提問（其條件未獲符合）
report-not-answered = 未回答
report-with-note =
    { $answer }
    評估人員的備註：{ $note }
report-misfits = 與本問卷不符的答案
report-sources = 附錄 E：資料來源
report-sources-intro = 本報告引用的文獻，按首次引用的次序編號。每項均註明屬第一手來源（供應商、監管機構、法規、分析本身）或第二手來源，以及來源所載的日期；附錄 C 列出每項資料按該來源核實的日期。

## 輸出程式在報告周圍加上的內容。
document-language = zh-HK
document-contents = 目錄
document-page-before = {"第 "}
document-page-between = {" 頁，共 "}
document-page-after = {" 頁"}

## 命令列：`msgdpia score` 及 `msgdpia report`。
score-stance = 立場：{ $stance }
score-questions-to-answer = 尚待回答的問題：
score-condition = 條件：{ $measure }
score-assessor-rating = （評估人員的評級；計算所得為 { $rating }）
score-once-planned = （行動計劃完成後為 { $rating }）
score-short-rating = 可能性{ $likelihood } 嚴重性{ $severity } { $level }
score-finding = 發現事項：{ $text }
score-warning = 警告：{ $text }
cli-wrote = 已寫入 { $file }（{ $bytes } 位元組）：立場為{ $stance }
check-ok = 正確：{ $file }：{ $summary }
check-knowledge-base = 知識庫 { $id } { $version }：{ $risks } 項風險、{ $controls } 項措施、{ $apps } 個應用程式
check-questionnaire = 問卷 { $id } { $version }：{ $sections } 個部分、{ $questions } 條問題、{ $rules } 條規則
check-questionnaire-translation = 問卷 { $id } { $version } 的譯本：{ $sections } 個部分、{ $questions } 條問題
check-knowledge-base-translation = 知識庫 { $id } { $version } 的譯本：{ $risks } 項風險、{ $exposures } 項風險因素、{ $controls } 項措施、{ $facts } 項資料
check-assessment = { $organisation } 的評估，回答問卷 { $id } { $version }（{ $answers } 個答案）
check-unknown-kind = 無法判斷這是哪一類檔案：檔案應以 `Questionnaire(`、`QuestionnaireTranslation(`、`KnowledgeBase(`、`KnowledgeBaseTranslation(` 或 `Assessment(` 開頭
kb-diff-versions = 知識庫 { $old_id } { $old_version } → { $new_id } { $new_version }
kb-diff-reassessing = 重新評估 { $file }：
kb-diff-nothing-changes = 立場及各項評級均維持不變。
kb-diff-stance = 立場：{ $was } → { $now }
kb-diff-no-change = 沒有任何應用程式資料有所改變。
kb-diff-added = 新增的應用程式：{ $apps }
kb-diff-removed = 移除的應用程式：{ $apps }
kb-diff-app = { $app }：
kb-diff-vendor = 供應商：描述已更新
kb-diff-jurisdiction = 供應商的司法管轄區：{ $was } → { $now }
kb-diff-fact = { $fact }：{ $was } → { $now }
kb-diff-fact-updated = { $fact }：數值不變，詳情、來源或日期已更新
cli-batch-wrote = 已於 { $seconds } 秒內將 { $total } 份報告中的 { $written } 份寫入 { $folder }{ $failed ->
    [0] {""}
   *[other] ；{ $failed } 份失敗（見上文）
}
untranslated-questionnaire = 問卷 { $id } { $version } 沒有此語言的譯本：報告中的問題及答案會保留原文
untranslated-knowledge-base = 知識庫 { $id } { $version } 沒有此語言的譯本：報告中的風險及措施會保留原文
# CNIL PIA 工具格式的匯出及匯入（msgdpia export-pia、import-pia；docs/interop.md）。
cnil-pia-measure-in-place = 已實施。
cnil-pia-measure-planned = 已列入行動計劃，尚未完成。
cnil-pia-gauge-basis = 由 msgdpia 按其同類風險中最高者設定，評級以已實施及計劃中的措施全部完成後計算：
cnil-pia-risk-rated = { $risk }：可能性 { $likelihood }／4，嚴重程度 { $severity }／4（{ $level }）。
cnil-pia-export-incomplete = 評估尚未完成，因此風險以不含量表評級的方式寫出：請在 CNIL 工具中評級，或完成評估後再次匯出
# The PIA's name in the CNIL tool's list: what is assessed and by whom, as on the report's cover.
cnil-pia-name = { $organisation } 在業務上使用 { $apps }
cnil-pia-wrote = 已寫入 { $file }（{ $bytes } 位元組）：CNIL PIA 匯出檔，可用 CNIL PIA 工具的「匯入」按鈕開啟
cnil-pia-not-json = 這不是 JSON：{ $detail }
cnil-pia-wrong-structure = 這不是 CNIL PIA 匯出檔的格式：{ $detail }
cnil-pia-wrong-field = 這不是 CNIL PIA 匯出檔的格式：在 { $field }，{ $detail }
cnil-pia-threats = 威脅：{ $list }
cnil-pia-sources = 風險來源：{ $list }
cnil-pia-imported = 已寫入 { $file }：根據 CNIL PIA 建立的新評估；請在 msgdpia 中回答其問題（msgdpia check { $file } 會列出）
cnil-pia-all-mapped = CNIL PIA 的所有內容均已帶入新評估。
cnil-pia-unmapped-heading = 未帶入新評估的內容：
cnil-pia-unmapped-line = - { $place }：{ $why }
cnil-pia-place-question = CNIL 第 { $item } 部分，問題 { $question }
cnil-pia-place-answer = 對 { $reference } 的答案
cnil-pia-place-risk-item = CNIL 風險 { $item }
cnil-pia-place-measure = 措施「{ $title }」
cnil-pia-place-untitled-measure = 一項沒有標題的措施
cnil-pia-place-field = PIA 的 { $field } 欄位
cnil-pia-place-evaluation = 對 { $reference } 的審評
cnil-pia-place-pending = { $count ->
   *[other] { $count } 項已提交、尚待審評
}
cnil-pia-place-comment = 對 { $reference } 的評論
cnil-pia-own-risk-name = { $event }（在 CNIL PIA 工具中評級，已計入計劃中的措施）
cnil-pia-own-risk-basis = 在 CNIL PIA 工具中評級：嚴重程度 { $severity }／4，可能性 { $likelihood }／4，「已考慮現有或計劃中的措施」。計劃中不等於已完成：這並非風險目前的評級，而本評估亦沒有任何措施降低此風險。請按未採取任何措施時的情況為其評級，加入降低此風險的措施，並重新命名。
cnil-pia-why-not-text = CNIL 工具在該處寫入文字；此值並非文字
cnil-pia-why-no-question = msgdpia 沒有就此主題提出文字問題
cnil-pia-why-measure-links = msgdpia 需要知道一項措施把風險降低多少，而 CNIL PIA 沒有說明
cnil-pia-why-no-rating = 沒有嚴重程度及可能性兩項量表評級，便沒有評級可帶入
cnil-pia-why-evaluation = msgdpia 的方法自行評定答案；審評人的結論、評論及行動計劃在評估中沒有位置
cnil-pia-why-pending = 尚未審評任何內容
cnil-pia-why-comment = 評估不包含評論
cnil-pia-why-status = 在 msgdpia 中，批准須註明批准人及日期
cnil-pia-why-validator = msgdpia 只在批准後才註明批准人及日期
cnil-pia-why-opinion-status = msgdpia 記錄意見是否獲採納，而非意見是否正面
cnil-pia-why-people-status = msgdpia 記錄當事人所說的內容，而非其意見是否正面
cnil-pia-why-no-field = msgdpia 沒有這個欄位
cnil-pia-why-processing-name = 它是處理程序的名稱，而非機構名稱，而 CNIL PIA 不記錄機構：請在第一頁「關於這項評估」填寫機構
cnil-pia-why-not-standard = 這不是 CNIL 標準結構中的問題
cnil-pia-why-too-long = 內容超出評估在該處可容納的長度
cnil-pia-why-untitled = 措施需要名稱

## 寫入 PDF 之前：PDF 無法按原樣顯示的內容（由命令列及應用程式的匯出確認訊息說明）。
# `$count`：沒有字型能顯示的字元數目；`$shown`：首二十個字元，各按 `print-character` 的格式，以清單連接。
print-unprintable = 報告字型無法顯示 { $count } 個字元，列印時會顯示為空白方格：{ $shown }
print-unprintable-more = { $shown }，另有 { $more } 個
print-character = { $character }（U+{ $code }）
print-right-to-left = 報告含有由右至左書寫的文字（例如 { $character }，U+{ $code }），PDF 無法排版：列印時字母會由左至右排列且不相連；以 HTML 匯出則可正確顯示
