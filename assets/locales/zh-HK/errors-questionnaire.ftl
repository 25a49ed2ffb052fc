# What the loaders say is wrong with a file: questionnaire.
#
# 向以人手編輯問卷（或其譯文）的人說明檔案的問題。反引號內的名稱屬於檔案本身：欄位名稱、識別碼、
# RON 語法；一律保持原樣。`$placeholder` 一定是 `{answer}`，即問題的 `describe` 句子中的佔位符。

## 問卷

questionnaire-no-sections = 問卷須至少有一個部分
questionnaire-section-empty = 部分 `{ $section }` 沒有任何問題
questionnaire-current-use-not-yes-no = `current_use` 指明的 `{ $question }` 並非此問卷中的是非題
questionnaire-describe-no-placeholder = 問題 `{ $question }` 的 `describe` 句子必須包含 { $placeholder }，以標示答案的位置
questionnaire-describe-free-text = 自由作答問題 `{ $question }` 的 `describe` 句子必須把答案放在標籤及冒號之後，例如「訊息在應用程式中保留的時間：{ $placeholder }」，因為輸入的答案未必能放在句子中間
# 單選題的 `$minimum` 為 2，多項選擇題為 1。
questionnaire-too-few-options = 問題 `{ $question }` 須至少有 { $minimum } 個選項
questionnaire-options-not-allowed = 問題 `{ $question }` 既非選擇題亦非是非題，因此不能有選項
questionnaire-option-describe-placeholder = 選項 `{ $option }`：其 `describe` 是針對該答案的完整句子，不可包含佔位符
questionnaire-safeguard-raises = 選項 `{ $option }` 表示已有某項保障措施，因此不能同時提升風險；請把提升放在另一個選項
questionnaire-yes-no-option = 是非題的選項為 `yes`、`no` 及 `dont_know`；但找到 `{ $option }`
questionnaire-range-not-number = `min` 及 `max` 只適用於數字題，而 `{ $question }` 並非數字題
questionnaire-min-above-max = 問題 `{ $question }`：`min`（{ $min }）大於 `max`（{ $max }）
questionnaire-range-not-finite = `min` 及 `max` 必須是一般數字
questionnaire-rule-no-effects = 規則 `{ $rule }` 沒有任何效果
questionnaire-cites-empty = `cites` 須至少指明一個法律制度及其條文
# `$regimes`：問卷的法律制度，以「, 」分隔。
questionnaire-cites-unknown-regime = `cites` 中的 `{ $regime }` 並非此問卷的法律制度；此問卷的法律制度為：{ $regimes }
questionnaire-unknown-control = `{ $control }` 並非知識庫中的控制措施（保障措施）
questionnaire-organisation-region-unknown = `organisation_region` 指明的 `{ $question }` 並非此問卷中的問題
# `$regions`：知識庫中地區的識別碼，以「, 」分隔。
questionnaire-organisation-region-option = `organisation_region`：`{ $question }` 的選項 `{ $option }` 並非知識庫中的地區（{ $regions }）
questionnaire-moved-other-kind = `{ $from }` 的答案不能移至 `{ $to }`：兩條問題屬不同類型
questionnaire-moved-missing-option = `{ $to }` 沒有選項 `{ $option }`，但 `{ $from }` 的答案可能包含此選項
questionnaire-moved-not-a-question = 答案移出或移入的 `{ $question }` 並非問題
# 警告。`$criterion` 是指明該準則的訊息的識別碼。
questionnaire-criterion-not-met =
    沒有任何答案符合 WP248 準則 { $number }（{ $criterion ->
        [criterion-evaluation] { criterion-evaluation }
        [criterion-automated-decisions] { criterion-automated-decisions }
        [criterion-monitoring] { criterion-monitoring }
        [criterion-sensitive-data] { criterion-sensitive-data }
        [criterion-large-scale] { criterion-large-scale }
        [criterion-matching] { criterion-matching }
        [criterion-vulnerable] { criterion-vulnerable }
        [criterion-innovative] { criterion-innovative }
       *[criterion-prevents-rights] { criterion-prevents-rights }
    }）；初步篩選因此無法識別此準則

## 條件（`show_if`、`when`）。每則訊息先說明條件所在之處：`$owner` 是載有條件的項目類別，
## `$owner_id` 是該項目的識別碼；如屬答案轉移，`$owner_to` 是答案移入的問題。

# `$options`：該問題選項的識別碼，以「, 」分隔。
questionnaire-condition-no-option =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：問題 `{ $question }` 沒有選項 `{ $option }`；其選項為：{ $options }
questionnaire-condition-at-least-not-number =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：`AtLeast` 須用於數字題，而 `{ $question }` 並非數字題
# `$about`：條件所涉及的應用程式方面。
questionnaire-condition-not-on-the-app =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：問題只可取決於較早的答案，不可取決於{ $about ->
        [fact] 應用程式的資料
        [jurisdiction] 應用程式的司法管轄區
       *[processed] 應用程式資料的處理地點
    }；請改用規則
questionnaire-condition-unknown-fact =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：`{ $fact }` 並非知識庫中的資料項目
questionnaire-condition-unknown-question =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：`{ $question }` 並非此問卷中的問題
questionnaire-condition-not-earlier =
    { $owner ->
        [question] 問題 `{ $owner_id }` 的條件
        [rule] 規則 `{ $owner_id }`
        [consistency] 一致性檢查 `{ $owner_id }`
        [regime] 法律制度 `{ $owner_id }`
        [unsuitable] 不適用措施項目 `{ $owner_id }`
       *[move] 由 `{ $owner_id }` 至 `{ $owner_to }` 的答案轉移
    }：條件所指的 `{ $question }` 並非較早提出的問題；問題只可取決於在它之前的問題的答案

## 效果（`Raise`、`Safeguard`、`Criterion`），見於問卷或知識庫。

effect-unknown-risk = `{ $risk }` 並非知識庫中的風險
effect-unknown-exposure = `{ $exposure }` 並非知識庫中的風險因素
effect-unknown-control = `{ $control }` 並非知識庫中的控制措施（保障措施）
# `$field` 為 `likelihood` 或 `severity`；`$max` 為容許的最大級數。
effect-step-out-of-range = 提升 `{ $risk }`：`{ $field }` 必須介乎 0 至 { $max } 級；但所給的值為 { $step }
effect-raises-nothing = 把 `{ $risk }` 的可能性及嚴重性各提升 0 級並無作用；請提供 `likelihood` 或 `severity`
# `$effect` 為 `Safeguard` 或 `Criterion`。
effect-only-raise = 此處只可使用 `Raise` 效果，不可使用 `{ $effect }`

## 問卷或知識庫的譯文：以其文字取代原文。`$original` 是所翻譯的對象：`questionnaire` 或
## `knowledge-base`。

overlay-not-translated = `{ $field }` 未翻譯：應提供「{ $text }」的譯文
overlay-nothing-to-translate =
    { $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }在此處沒有 `{ $field }` 需要翻譯：請刪去
# `$expected`、`$found`：佔位符，例如 `{answer}`，以「, 」分隔。
overlay-placeholders-differ =
    佔位符與{ $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }的不同：應為 { $expected }，但找到 { $found }
overlay-placeholders-added =
    佔位符與{ $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }的不同：不應有佔位符，但找到 { $found }
overlay-placeholders-dropped =
    佔位符與{ $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }的不同：應為 { $expected }，但找不到任何佔位符
overlay-translated-twice = `{ $id }` 翻譯了兩次
# `$list` 是載有該等項目的欄位：`sections`、`questions`、`options`、`rules`、`risks`⋯⋯
overlay-unknown-item =
    { $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }的 `{ $list }` 中沒有 `{ $id }`
overlay-item-not-translated =
    { $original ->
        [questionnaire] 問卷
       *[knowledge-base] 知識庫
    }的 `{ $list }` 中的 `{ $id }` 未翻譯

## 問卷的譯文。

translation-other-questionnaire = 此檔案翻譯的是問卷 `{ $given }`，而非 `{ $questionnaire }`
translation-other-version = 此檔案翻譯的是問卷的 { $given } 版，但問卷現已更新至 { $version } 版：請按新版本覆核譯文，並更新其版本
translation-other-language = 語言應為 `{ $expected }`，但找到 `{ $found }`
translation-cites-not-translated = 就法律制度 `{ $regime }` 所引用的條文未翻譯
translation-cites-unknown-regime = 原文在此引用的法律並無就法律制度 `{ $regime }` 指明任何條文
translation-yes-no-unneeded = 問卷沒有是非題，毋須翻譯其答案：請刪去 `yes_no`
# `$answer` 是尚未翻譯的英文答案：Yes、No 或 Don't know。
translation-yes-no-missing = 是非題的答案未全部翻譯：應提供 `yes_no: (yes: "…", no: "…", dont_know: "…")`，即「Yes」、「No」及「Don't know」的譯文；「{ $answer }」沒有譯文
