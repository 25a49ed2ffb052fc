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
start-intro = 引導你就在業務上使用即時通訊或視像會議應用程式進行資料保障影響評估（GDPR 第 35 條）。它會詢問使用哪個應用程式、資料的敏感程度、涉及哪些司法管轄區及現有哪些保障措施，然後產生附評分的 PDF 報告及立場：FORBID、DEFINE 或 ACCEPT。
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
