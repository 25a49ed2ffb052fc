# 桌面應用程式的繁體中文（香港）用語。en/app.ftl 的每條訊息都須在此出現，變數相同（由測試檢查）。

## 選單列

menu-file = 檔案
menu-view = 檢視
menu-new-assessment = 新評估
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
