# What the loaders say is wrong with a file: format.
#
# 向以人手編輯檔案的人說明檔案本身格式有何問題。每則訊息都跟在「檔案:行:字元:」之後，因此句末不加
# 句號。檔案中照樣書寫的內容（`欄位`、`[`、`)`、反引號內的名稱、YYYY-MM-DD、true、None）一律保持原樣。
#
# 有關某個值的訊息以 `$subject` 指明措辭的形式，並以 `$key`、`$owner` 及 `$parent` 提供其中的名稱
# （以 `-this` 結尾的形式指沒有名稱的項目）。`$found` 是實際找到的內容：即檔案中原樣書寫的文字，
# 或 `a-list`、`a-map`、`end-of-file`。

## 讀取檔案

format-empty-file = 檔案是空的（只有空白或註解）；預期是由 msgdpia 儲存的檔案，例如評估
format-not-utf8 = 檔案並非有效的 UTF-8 文字
format-ends-early = 檔案過早結束：可能缺少用作結束的 `)`、`]` 或 `{"}"}`
format-unclosed-at-end = 檔案在此 `{ $open }` 關閉之前已經結束：缺少 `{ $close }`（檔案是否被截短了？）
format-trailing-text = 檔案的主項目結束後仍有文字（是否多了一個 `)` 或 `]`？）
format-text-after-main-item =
    檔案的主項目在第 { $line } 行第 { $column } 個字元結束，但其後仍有文字：{ $found ->
        [a-list] 清單 `[…]`
        [a-map] 對照表 `{"{"}…{"}"}`
        [end-of-file] 檔案結尾
       *[other] { $found }
    }

## 括號、逗號、引號及註解

format-closes-nothing = 此 `{ $close }` 沒有關閉任何括號：此處並無未關閉的括號
format-wrong-bracket = 預期以 `{ $expected }` 關閉第 { $line } 行第 { $column } 個字元的 `{ $open }`；實際為 `{ $found }`
format-array-end-expected = 此處應有 `]`，以關閉清單
format-map-end-expected = 此處應有 `{"}"}`，以關閉對照表
format-struct-end-expected = 此處應有 `)`
format-colon-expected = 此處應在鍵之後加上冒號 `:`
format-comma-missing =
    兩個項目之間缺少逗號 `,`：{ $found ->
        [a-list] 應加在清單 `[…]` 之前
        [a-map] 應加在對照表 `{"{"}…{"}"}` 之前
        [end-of-file] 應加在檔案結尾之前
       *[other] 應加在 { $found } 之前
    }
format-not-expected-here =
    { $found ->
        [a-list] 此處不應出現清單 `[…]`
        [a-map] 此處不應出現對照表 `{"{"}…{"}"}`
        [end-of-file] 此處不應出現檔案結尾
       *[other] 此處不應出現 { $found }
    }
format-text-not-closed = 以雙引號括住的文字沒有關閉
format-text-never-closed = 此段以雙引號括住的文字從未關閉：缺少 `"`
format-text-runs-on = 此段以雙引號括住的文字可能沒有關閉：它一直延續至第 { $line } 行；請補上缺少的 `"`
format-comment-not-closed = 以 `/*` 開始的註解從未關閉
format-comment-never-closed = 此註解從未關閉：缺少結束註解的 `*/`
format-nested-too-deeply = 此處的項目嵌套過深
format-invalid-escape = `\{ $character }` 並非文字中有效的跳脫序列；反斜線請寫成 `\\`，雙引號請寫成 `\"`，換行請寫成 `\n`
format-invalid-escape-somewhere = 此段文字含有無效的反斜線跳脫序列；反斜線請寫成 `\\`，雙引號請寫成 `\"`，換行請寫成 `\n`

## 欄位、鍵及值。`$item` 是反引號內的結構名稱，或 `this-item`。

format-missing-field =
    { $item ->
        [this-item] 此項目缺少必填欄位 `{ $field }`
       *[other] { $item } 缺少必填欄位 `{ $field }`
    }
format-unknown-field =
    { $item ->
        [this-item] `{ $found }` 並非此項目的欄位
       *[other] `{ $found }` 並非 { $item } 的欄位
    }；欄位為：{ $fields }
format-field-given-twice =
    { $item ->
        [this-item] 欄位 `{ $field }` 在此項目中出現了兩次
       *[other] 欄位 `{ $field }` 在 { $item } 中出現了兩次
    }
format-field-twice =
    { $owner ->
        [this-item] 欄位 `{ $key }` 在此項目中出現了兩次
       *[other] 欄位 `{ $key }` 在 { $owner } 中出現了兩次
    }：第一次在第 { $line } 行第 { $column } 個字元，此處為第二次；請只保留一個
format-key-twice =
    { $owner ->
        [this-item] 此項目中的鍵
       *[other] { $owner } 中的鍵
    } { $key } 出現了兩次：第一次在第 { $line } 行第 { $column } 個字元，此處為第二次；請只保留一個
format-unknown-variant = `{ $found }` 並非此處容許的值；容許的值為：{ $values }
# `$error` 是 RON 剖析器本身的說明（英文）。
format-not-valid-here = 此處的內容無效：{ $error }
format-must-be =
    { $subject ->
        [main-item] 檔案的主項目
        [value-for] { $owner } 中 { $key } 的值
        [value-for-this] 此項目中 { $key } 的值
        [key-of] { $owner } 的鍵
        [key-of-this] 此項目的鍵
        [item-of] { $owner } 中的其中一項
        [item-of-this] 此項目中的其中一項
        [item-of-for] { $parent } 的 { $owner } 中的其中一項
        [item-of-for-this] { $parent } 的此項目中的其中一項
        [value-in] { $owner } 內的值
        [value-in-this] 此項目內的值
        [value-in-for] { $parent } 的 { $owner } 內的值
        [value-in-for-this] { $parent } 的此項目內的值
        [field-name-in] { $owner } 內的欄位名稱
        [field-name-in-this] 此項目內的欄位名稱
       *[field] { $key } 欄位
    }{ $expected ->
        [true-or-false] 必須是 true 或 false
        [whole-number] 必須是整數
        [whole-number-0] 必須是 0 或以上的整數
        [a-number] 必須是數字
        [a-text] 必須是以雙引號括住的文字
        [a-name] 必須是不加引號的名稱
        [a-character] 必須是以單引號括住的單一字元
        [a-list] 必須是以方括號括住的清單 `[…]`
        [a-map] 必須是以大括號括住的對照表 `{"{"}…{"}"}`
        [an-item] 必須是以圓括號括住的項目 `(…)`
        [a-value-or-none] 必須是一個值或 `None`
        [unit] 必須是 `()`
        [a-byte-string] 必須是位元組字串
       *[other] 必須是 { $expected }
    }；{ $found ->
        [a-list] 實際為清單 `[…]`
        [a-map] 實際為對照表 `{"{"}…{"}"}`
        [end-of-file] 但檔案在此結束
       *[other] 實際為 { $found }
    }
format-too-large =
    { $subject ->
        [main-item] 檔案的主項目
        [value-for] { $owner } 中 { $key } 的值
        [value-for-this] 此項目中 { $key } 的值
        [key-of] { $owner } 的鍵
        [key-of-this] 此項目的鍵
        [item-of] { $owner } 中的其中一項
        [item-of-this] 此項目中的其中一項
        [item-of-for] { $parent } 的 { $owner } 中的其中一項
        [item-of-for-this] { $parent } 的此項目中的其中一項
        [value-in] { $owner } 內的值
        [value-in-this] 此項目內的值
        [value-in-for] { $parent } 的 { $owner } 內的值
        [value-in-for-this] { $parent } 的此項目內的值
        [field-name-in] { $owner } 內的欄位名稱
        [field-name-in-this] 此項目內的欄位名稱
       *[field] { $key } 欄位
    }的整數過大，超出此處可容納的範圍；{ $found ->
        [a-list] 實際為清單 `[…]`
        [a-map] 實際為對照表 `{"{"}…{"}"}`
        [end-of-file] 但檔案在此結束
       *[other] 實際為 { $found }
    }
# `$message` 是 RON 剖析器本身的說明（英文）。
format-not-valid =
    { $subject ->
        [main-item] 檔案的主項目
        [value-for] { $owner } 中 { $key } 的值
        [value-for-this] 此項目中 { $key } 的值
        [key-of] { $owner } 的鍵
        [key-of-this] 此項目的鍵
        [item-of] { $owner } 中的其中一項
        [item-of-this] 此項目中的其中一項
        [item-of-for] { $parent } 的 { $owner } 中的其中一項
        [item-of-for-this] { $parent } 的此項目中的其中一項
        [value-in] { $owner } 內的值
        [value-in-this] 此項目內的值
        [value-in-for] { $parent } 的 { $owner } 內的值
        [value-in-for-this] { $parent } 的此項目內的值
        [field-name-in] { $owner } 內的欄位名稱
        [field-name-in-this] 此項目內的欄位名稱
       *[field] { $key } 欄位
    }無效：{ $message }
format-not-ordinary-number =
    { $subject ->
        [main-item] 檔案的主項目
        [value-for] { $owner } 中 { $key } 的值
        [value-for-this] 此項目中 { $key } 的值
        [key-of] { $owner } 的鍵
        [key-of-this] 此項目的鍵
        [item-of] { $owner } 中的其中一項
        [item-of-this] 此項目中的其中一項
        [item-of-for] { $parent } 的 { $owner } 中的其中一項
        [item-of-for-this] { $parent } 的此項目中的其中一項
        [value-in] { $owner } 內的值
        [value-in-this] 此項目內的值
        [value-in-for] { $parent } 的 { $owner } 內的值
        [value-in-for-this] { $parent } 的此項目內的值
        [field-name-in] { $owner } 內的欄位名稱
        [field-name-in-this] 此項目內的欄位名稱
       *[field] { $key } 欄位
    }必須是一般數字；實際為 `{ $value }`，{ $which ->
        [not-a-number] 並非數字
       *[infinite] 屬無限大
    }
format-text-too-long =
    { $subject ->
        [main-item] 檔案的主項目
        [value-for] { $owner } 中 { $key } 的值
        [value-for-this] 此項目中 { $key } 的值
        [key-of] { $owner } 的鍵
        [key-of-this] 此項目的鍵
        [item-of] { $owner } 中的其中一項
        [item-of-this] 此項目中的其中一項
        [item-of-for] { $parent } 的 { $owner } 中的其中一項
        [item-of-for-this] { $parent } 的此項目中的其中一項
        [value-in] { $owner } 內的值
        [value-in-this] 此項目內的值
        [value-in-for] { $parent } 的 { $owner } 內的值
        [value-in-for-this] { $parent } 的此項目內的值
        [field-name-in] { $owner } 內的欄位名稱
        [field-name-in-this] 此項目內的欄位名稱
       *[field] { $key } 欄位
    }長 { $length } 個字元；一段文字最多只可有 { $limit } 個字元（約四十頁）：請把它放在另一份文件中，並在此提述該文件
format-detail-too-long = `{ $field }` 長 { $length } 個字元；最多只可有 { $limit } 個字元（這是名稱，會顯示於每一頁）

## 各類檔案共用的檢查。`$what` 是項目的類別，以連字號代替空格。

format-id-used-twice =
    { $what ->
        [section] 部分識別碼
        [question] 問題識別碼
        [option] 選項識別碼
        [rule] 規則識別碼
        [consistency-check] 一致性檢查識別碼
        [regime] 法律制度識別碼
        [unsuitable-measures-entry] 不適用措施項目識別碼
        [risk] 風險識別碼
        [control] 保障措施識別碼
        [fact] 資料項識別碼
        [exposure] 風險因素識別碼
        [app] 應用程式識別碼
        [app-edition] 應用程式版本識別碼
        [edition] 版本識別碼
       *[other] { $what } 識別碼
    } `{ $id }` 使用了多於一次（第一次在第 { $line } 行第 { $column } 個字元）；識別碼必須獨一無二
format-id-syntax =
    { $what ->
        [section] 部分識別碼
        [question] 問題識別碼
        [option] 選項識別碼
        [rule] 規則識別碼
        [consistency-check] 一致性檢查識別碼
        [regime] 法律制度識別碼
        [unsuitable-measures-entry] 不適用措施項目識別碼
        [risk] 風險識別碼
        [control] 保障措施識別碼
        [fact] 資料項識別碼
        [exposure] 風險因素識別碼
        [app] 應用程式識別碼
        [app-edition] 應用程式版本識別碼
        [edition] 版本識別碼
       *[other] { $what } 識別碼
    } `{ $id }` 必須由 1 至 { $longest } 個小寫字母、數字、`_` 或 `-` 組成
format-field-empty = `{ $field }` 不可留空
format-not-a-date = `{ $field }` 必須是以 YYYY-MM-DD 格式書寫的真實日期，例如 2026-03-31；實際為 `{ $text }`

## 讀寫檔案及加密：令 msgdpia 在檔案本身停下的原因。每則訊息都跟在「檔案: 」（或「檔案:行:字元: 」）
## 之後，因此句末不加句號。

# 作業系統拒絕時 msgdpia 正在做的事；作業系統本身的原因以其原文隨後（`io-refused`）。
io-cannot-read-file = 無法讀取檔案
io-cannot-remove-file = 無法移除檔案
io-cannot-create-folder = 無法建立資料夾
io-cannot-create-temporary = 無法在其資料夾中建立暫存檔案
io-cannot-write = 無法寫入
io-cannot-copy-permissions = 無法為新檔案設定舊檔案的權限
io-cannot-flush = 無法把資料寫入磁碟
io-cannot-replace = 無法取代檔案
io-cannot-rewrite-lock = 無法重新寫入鎖定檔案
io-cannot-refresh-lock = 無法更新鎖定檔案
io-cannot-create-lock = 無法建立鎖定檔案
# 上述其中一項（`$action`）連同作業系統的原因（`$reason`，按其原文）。
io-refused = { $action }：{ $reason }
# 訊息之前是第一個非 UTF-8 位元組所在的行及字元位置。
io-not-text = 這不是有效的文字（檔案從此處起並非 UTF-8）；請把檔案儲存為 UTF-8，或提供由 msgdpia 儲存的檔案（例如評估），而不是報告或其他類型的檔案
io-read-only = 檔案為唯讀，因此未被取代；請選擇其他名稱，或先把檔案設為可寫入
# `$input` 是輸入檔案的路徑（按所提供的寫法）。
io-output-is-input = 這與輸入檔案 { $input } 是同一個檔案；寫入會取代該輸入，因此未寫入任何內容；請選擇其他輸出名稱
# `$kind` 是路徑實際所指的東西：`folder`、`pipe`（具名管道）、`socket`、`device` 或 `other`。
io-not-a-file =
    這是{ $kind ->
        [folder] 資料夾
        [pipe] 具名管道（FIFO）
        [socket] 通訊端（socket）
        [device] 裝置
       *[other] 其他類型的項目
    }，而不是檔案；請提供由 msgdpia 儲存的檔案的路徑
# `$size` 是檔案大小，`$limit` 是 msgdpia 可讀取的上限，單位均為位元組。
io-too-large = 檔案大小為 { $size } 位元組，過大，不會是 msgdpia 檔案（上限為 { $limit } 位元組）
encryption-wrong-passphrase = 密碼短語錯誤（或檔案是以 age 金鑰而非密碼短語加密）
encryption-empty-passphrase = 未輸入密碼短語
# `$count` 是新密碼短語最少須有的字元數目。
encryption-too-short = 密碼短語太短：請選擇最少 { $count } 個字元的密碼短語（幾個互不相關的字詞既容易記住，又難以猜中）
# `$required` 是檔案要求的 scrypt 工作因子，`$allowed` 是 msgdpia 容許的上限（均為 2 的次方：2^20）。
encryption-excessive-work = 檔案要求的 scrypt 工作因子為 2^{ $required }，超過 msgdpia 容許的 2^{ $allowed }；檔案並非由 msgdpia 建立，或已損壞，因此並未嘗試該密碼短語
# `$detail` 是加密程式庫本身提供的原因（英文）。
encryption-damaged = 加密檔案已損壞或不完整（{ $detail }）
encryption-decrypted-not-text = 加密檔案已損壞或不完整（解密後的內容不是文字，並非 msgdpia 評估）
encryption-key-not-text = 加密檔案已損壞或不完整（金鑰不是文字）
# `$detail` 是加密程式庫本身提供的原因（英文）。
encryption-cannot-encrypt = 無法加密：{ $detail }

## 寫出報告時版本有問題（內置字型，或寫出檔案的程式庫）。`$detail` 是程式庫本身提供的原因（英文）。

render-font-unusable = 無法使用報告字型：{ $detail }
render-pdf-not-written = 無法寫出 PDF：{ $detail }
render-docx-not-compressed = 無法壓縮 Word 文件的某部分：{ $detail }
render-docx-too-large = Word 文件太大（超過 4 GiB）
