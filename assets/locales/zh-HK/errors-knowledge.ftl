# What the loaders say is wrong with a file: knowledge.
#
# 向以人手編輯知識庫（或其譯文）的人說明檔案的問題。反引號內的名稱屬於檔案本身：欄位名稱、識別碼、
# 數值、RON 語法；一律保持原樣，YYYY-MM-DD 亦然。

## 知識庫中的風險、風險因素及保障措施

knowledge-edition-has-app-id = 版本 `{ $edition }` 的識別碼與某個應用程式相同
knowledge-off-the-scale = `{ $field }` 必須在 1 至 4 級的尺度內（1 可忽略 … 4 最高）；實際為 { $value }
knowledge-unknown-exposure = `{ $exposure }` 並非知識庫中的風險因素
knowledge-unknown-fact = `{ $fact }` 並非知識庫中的資料項
knowledge-no-fact-value = `values` 須至少列出一個資料值（Yes、No、Partial、Unknown）
knowledge-control-reduces-nothing = 保障措施 `{ $control }` 須至少降低一項風險
knowledge-unknown-risk = `{ $risk }` 並非知識庫中的風險
knowledge-step-too-large = `{ $field }` 必須是 0 至 { $max } 級的降低級數；實際為 { $step }
knowledge-reduction-of-nothing = 可能性降低 0 級、嚴重性亦降低 0 級的降低項目沒有任何作用

## 應用程式：各地區的提供者、版本、供應商及資料項

# `$owner`：應用程式或版本的識別碼；`$regions`：各地區的代碼，以「, 」分隔。
knowledge-region-missing = `{ $owner }` 沒有說明 `{ $region }` 地區用戶的情況；每個應用程式均須就以下每個地區說明其提供者：{ $regions }
# `$count` 為 2 或以上。
knowledge-region-repeated = `{ $owner }` 就 `{ $region }` 地區用戶說明其提供者共 { $count } 次；只須說明一次
knowledge-not-a-region = `{ $region }` 並非地區；地區為：{ $regions }
knowledge-no-data-location = `data_in` 須至少列出一個國家，或 `unknown`，或 `varies`
knowledge-not-a-country = `data_in` 中的 `{ $country }` 並非大寫的兩個字母 ISO 國家代碼，亦非 `unknown` 或 `varies`
knowledge-edition-overrides-nothing = 版本 `{ $edition }` 沒有取代 `{ $app }` 的任何資料項；版本與其應用程式須至少有一項資料不同
knowledge-not-a-jurisdiction = `jurisdiction` 必須是大寫的兩個字母 ISO 國家代碼（例如 US 或 CN），或 `varies` 或 `unknown`；實際為 `{ $found }`
knowledge-app-lacks-fact = 應用程式 `{ $app }` 沒有資料項 `{ $fact }` 的記錄；當作不明計算
# `$facts`：知識庫中資料項的識別碼，以「, 」分隔。
knowledge-not-a-fact = `{ $fact }` 並非知識庫中的資料項；資料項為：{ $facts }
# `$problem` 說明資料項的詳情與其值有何矛盾（暫時以英文顯示）。
knowledge-fact-disagrees = `{ $owner }` 的資料項 `{ $fact }`：{ $problem }
knowledge-closed-app-needs-both = 已停止服務的應用程式須同時填寫 `discontinued`（停止服務的日期）及 `discontinued_source`（供應商公布此事的出處）
knowledge-not-a-source-date = `{ $field }` 必須是來源所載的日期，格式為 YYYY-MM-DD、YYYY-MM 或 YYYY（如屬供應商持續更新的網頁，則在日期前加上 `updated `），或 `undated`；實際為 `{ $found }`
# `$date` 及 `$today` 以 YYYY-MM-DD 書寫。
knowledge-checked-after-today = `{ $field }` 為 { $date }，遲於今天（{ $today }）：資料項只能在今天或之前核實

## 知識庫的譯文

knowledge-translation-of-another = 此譯文翻譯的是知識庫 `{ $translated }`，而非 `{ $expected }`
knowledge-translation-outdated = 此譯文完成後，知識庫的文字已有更改：請覆核其後更改過的風險、風險因素、措施及資料項標籤（`git log -p assets/knowledge_base.ron`），然後把 `translates` 設為 "{ $fingerprint }"
knowledge-translation-language = 預期的語言為 `{ $expected }`，但檔案中為 `{ $found }`
