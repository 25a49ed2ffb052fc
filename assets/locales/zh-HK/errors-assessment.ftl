# What the loaders say is wrong with a file: assessment.
#
# 向以人手編輯評估檔案的人說明檔案的問題。反引號內的名稱屬於檔案本身：欄位名稱、識別碼、RON 語法；
# 一律保持原樣，答案類型（Choice、YesNo…）及 YYYY-MM-DD 亦然。

## 檔案格式及基本資料

# `$format`：檔案的格式；`$current`：此版本寫入的格式。
assessment-older-format = 此檔案採用格式 { $format }，由較早版本的 msgdpia 寫成；檔案已讀取，並會以格式 { $current } 儲存，而該較早版本無法開啟此格式
assessment-newer-format = 此評估由較新版本的 msgdpia 寫成（檔案格式 { $format }；此版本可讀取格式 1 至 { $current }）；請更新 msgdpia 以開啟此檔案
assessment-format-zero = `format_version` 必須為 1 或以上；實際為 0
assessment-organisation-blank = 機構名稱空白；報告會將其顯示為空白
assessment-scored-with-unreadable = 無法讀取此評估上次評分所用資料的記錄；該記錄會被捨棄，並於下次儲存時重新寫入

## 評估人員自訂的風險、措施及評級

# `$field` 為 `likelihood` 或 `severity`。
assessment-own-risk-off-the-scale =
    自訂風險 `{ $risk }` 的{ $field ->
        [likelihood] 可能性（`likelihood`）
       *[severity] 嚴重性（`severity`）
    }為 { $value }；必須為 1、2、3 或 4
assessment-own-measure-too-many-steps = 自訂措施 `{ $measure }` 把 `{ $risk }` 降低超過 3 級；級數須為 0 至 3
assessment-own-risk-unnamed = 自訂風險 `{ $risk }` 沒有名稱；該風險會保留，並在有名稱後計入評分
assessment-own-measure-unnamed = 自訂措施 `{ $measure }` 沒有名稱；該措施會保留，並在有名稱後計算在內
assessment-own-risk-id-taken = 自訂風險 `{ $risk }` 的識別碼與知識庫中某項風險相同；請另選識別碼（該風險會保留，但不會使用）
assessment-own-measure-id-taken = 自訂措施 `{ $measure }` 的識別碼與知識庫中某項保障措施相同；請另選識別碼（該措施會保留，但不會使用）
assessment-own-measure-lowers-other-risk = 自訂措施 `{ $measure }` 降低 `{ $risk }`，但該風險並非你的自訂風險；自訂措施只能降低你的自訂風險（如要重新評定目錄中的風險，請給予你自己的評級）
# `$field` 為 `likelihood` 或 `severity`。
assessment-override-off-the-scale =
    你就 `{ $risk }` 自行給予的評級把{ $field ->
        [likelihood] 可能性（`likelihood`）
       *[severity] 嚴重性（`severity`）
    }設為 { $value }；必須為 1、2、3 或 4
assessment-override-unknown-risk = 某項自行給予的評級指明風險 `{ $risk }`，但知識庫中沒有此風險；該評級會按原樣保留，但不會使用
assessment-override-unknown-app = 就 `{ $risk }` 自行給予的評級指明應用程式 `{ $app }`，但知識庫中沒有此應用程式；該評級會按原樣保留，但不會使用

## 與問卷不符的答案，以及行動計劃

assessment-misfit-no-such-question = 問卷 { $questionnaire } { $version } 沒有問題 `{ $question }`；答案會保留，但不會使用
# `$expected` 及 `$found`：檔案所寫的答案類型（Choice、YesNo…）。
assessment-misfit-wrong-kind =
    問題 `{ $question }` 要求{ $expected ->
        [Choice] 單項選擇
        [Choices] 多項選擇
        [YesNo] 「是／否」答案
        [Text] 文字
        [Number] 數字
        [Date] 日期
        [Apps] 應用程式清單
       *[other] 其他類型的答案
    }（{ $expected }），但答案是{ $found ->
        [Choice] 單項選擇
        [Choices] 多項選擇
        [YesNo] 「是／否」答案
        [Text] 文字
        [Number] 數字
        [Date] 日期
        [Apps] 應用程式清單
       *[other] 其他類型的答案
    }（{ $found }）
# `$options`：不存在的選項，各以反引號括住；`$known`：該問題的選項。兩者均以「, 」分隔。
assessment-misfit-no-such-options = 問題 `{ $question }` 沒有選項 { $options }；其選項為：{ $known }
assessment-misfit-no-such-app = 問題 `{ $question }`：`{ $app }` 並非知識庫中的應用程式
assessment-misfit-not-finite = 問題 `{ $question }`：該數字並非有限數
assessment-misfit-not-between = 問題 `{ $question }`：數字必須介乎 { $min } 至 { $max } 之間；實際為 { $found }
assessment-misfit-not-at-least = 問題 `{ $question }`：數字必須為 { $min } 或以上；實際為 { $found }
assessment-misfit-not-at-most = 問題 `{ $question }`：數字必須為 { $max } 或以下；實際為 { $found }
assessment-misfit-out-of-range = 問題 `{ $question }`：數字必須在其容許範圍內；實際為 { $found }
assessment-misfit-not-a-date = 問題 `{ $question }`：`{ $text }` 並非以 YYYY-MM-DD 格式書寫的日期
assessment-unknown-measure = 行動計劃列出 `{ $control }`，但它並非知識庫中的保障措施；該項會按原樣保留

## 開啟評估時的提示：從較舊問卷沿用的內容，以及不再適用的內容。
opening-answer-moved = 「{ $from }」的答案現時用作回答「{ $to }」
opening-review-date-carried = 「本評估應於何時再次檢討？」的答案現時成為評估的檢討日期 { $date }，並與其他詳細資料一併詢問一次
opening-review-date-same = 檢討日期 { $date } 現時與其他詳細資料一併詢問一次；無須再於「管治」下提供相同日期
opening-review-date-differs = 檢討日期現時與其他詳細資料一併詢問一次；檢討日期為 { $review_date }，但「管治」下的答案為 { $answered }：請核對檢討日期（另一個答案仍保留在檔案中，但不會使用）
opening-other-version = 此評估是按問卷 { $answered_id } { $answered_version } 回答的，現以 { $read_id } { $read_version } 讀取
opening-unknown-compared = 所比較的應用程式包括 `{ $app }`，但知識庫中沒有此應用程式；已按原樣保留，但不會進行比較
opening-note-on-unknown-question = 檔案就 `{ $question }` 保留了一則備註，但該項並非問卷的問題；報告不會顯示此備註
