# 報告根據答案及評級撰寫的句子：各項風險的理由、接下來的安排、處理的描述。

## 句子結尾的句號：英文為「.」，中文為「。」（句子之間的連接見 report.ftl 的 `sentence-separator`）。

prose-full-stop = 。

## 標籤在句中的寫法。`prose-lower-case` 表示該語言在句中是否把標籤的首字母改為小寫：「yes」或「no」（中文沒有大小寫，因此為「no」；此值不須翻譯）。`prose-articles` 列出（以空格分隔）須在句中改為小寫的冠詞；中文沒有冠詞。

prose-lower-case = no
prose-articles = {""}

## 根據答案撰寫的處理描述，以及必要性及相稱性

prose-no-answer = 暫時未有答案描述這部分。
prose-app-heading = 應用程式
# 知識庫未有列明在機構所在地區由誰提供該應用程式時使用。
prose-app-provided = { $app }由{ $vendor }提供。供應商所屬司法管轄區：{ $jurisdiction }。

## 根據答案撰寫的句子一覽（docs/report-sentences.md）

prose-catalogue-title = 報告根據答案撰寫的句子
prose-catalogue-intro = 由測試套件根據問卷{ $questionnaire }（版本{ $version }）產生（`MSGDPIA_BLESS=1 cargo test sentences`）。請勿手動編輯。報告所描述的每條問題的每個選項（單獨選取），以及多項選擇題的所有選項（一併選取）；自由文字及數字則以示例答案表示。
prose-catalogue-answer = 答案
prose-catalogue-sentence = 句子

## 以數句說明風險登記冊中的每項風險。`$level` 為行文中的風險等級（`brief-level`）。

brief-level =
    { $level ->
        [low] 低
        [medium] 中
        [high] 高
       *[very_high] 非常高
    }
brief-before-own = 採取保障措施前，其風險等級為{ $level }，此為評估人員自行加入並評級的風險。
brief-before-nothing = 採取保障措施前，其風險等級為{ $level }：答案及應用程式均沒有任何因素把它提升至起點以上。
# `$reasons`：令風險提升最多的風險因素清單；`$count`：其數目。
brief-before-because =
    { $count ->
       *[other] 採取保障措施前，其風險等級為{ $level }，主要因為{ $reasons }。
    }
brief-no-safeguard = 沒有已實施的保障措施能降低此風險，因此其風險等級仍為{ $level }。
# `$safeguards`：降低此風險的已實施保障措施，以 `brief-safeguard-separator` 分隔。
brief-safeguards-lower-level = 已實施的保障措施（{ $safeguards }）把其風險等級降至{ $level }。
brief-safeguards-same-level = 已實施的保障措施（{ $safeguards }）降低了此風險，但其風險等級仍為{ $level }。
brief-safeguard-separator = {"；"}
# 評估人員自行評定的評級：其可能性及嚴重性，然後是評估方法所得的數值。
brief-judged-same-level = 評估人員把其可能性定為{ $likelihood }、嚴重性定為{ $severity }（評估方法所得分別為{ $method_likelihood }及{ $method_severity }），其風險等級因此為{ $level }。
brief-judged-other-level = 評估人員把其風險等級評為{ $level }而非{ $method_level }，把其可能性定為{ $likelihood }、嚴重性定為{ $severity }（評估方法所得分別為{ $method_likelihood }及{ $method_severity }）。
# `$reason`：評估人員的原話，以完整句子結束。
brief-judged-reason = 其理由：「{ $reason }」
brief-planned = 行動計劃的所有措施完成後，其風險等級將為{ $level }。
# 風險等級不變，但 `$change` 說明風險在該等級內如何變化：`brief-less-likely` 等項目的清單。
brief-planned-same-level = 行動計劃的所有措施完成後，其風險等級仍為{ $level }，但{ $change }。
brief-less-likely = 可能性較低
brief-more-likely = 可能性較高
brief-less-severe = 嚴重性較低
brief-more-severe = 嚴重性較高
# 沒有任何因素改變、且處於同一等級的風險：`$risks` 為其名稱清單，`$count` 為數目。
brief-untouched =
    { $count ->
        [1] { $risks }：答案及應用程式均沒有任何因素把它提升至起點以上，因此其風險等級仍為{ $level }。
       *[other] { $risks }：答案及應用程式均沒有任何因素把它們提升至起點以上，因此其風險等級仍為{ $level }。
    }

## 接下來的安排：正在進行的使用及行動計劃。`$count` 為所評估的應用程式數目；只評估一個應用程式時，`$app` 為其名稱。

next-steps-paragraph = 接下來的安排：{ $sentences }
next-steps-use-unknown =
    { $count ->
        [1] 現時不知道{ $app }是否已用於此目的；請查明，因為任何正在進行的使用均受同一決定規限。
       *[other] 現時不知道所評估的應用程式是否已用於此目的；請查明，因為任何正在進行的使用均受同一決定規限。
    }
next-steps-use-stop =
    { $count ->
        [1] { $app }已用於此目的：在把須保存的資料移至紀錄管理系統後，應停止該使用。
       *[other] 所評估的應用程式已用於此目的：在把須保存的資料移至紀錄管理系統後，應停止該使用。
    }
next-steps-use-define =
    { $count ->
        [1] { $app }已用於此目的：該使用只可在既定目的範圍內，並在符合使用條件後繼續。
       *[other] 所評估的應用程式已用於此目的：該使用只可在既定目的範圍內，並在符合使用條件後繼續。
    }
next-steps-use-accept =
    { $count ->
        [1] { $app }已用於此目的：該使用可在本評估獲批准後繼續。
       *[other] 所評估的應用程式已用於此目的：該使用可在本評估獲批准後繼續。
    }
next-steps-no-plan = 尚未制定行動計劃：每項措施均須有負責人及限期。
next-steps-all-done = 行動計劃的所有措施均已完成。
# 尚有 `$count` 項措施有待完成。
next-steps-open = 行動計劃尚有{ $count }項措施有待完成。
# `$due`：尚待完成的措施中最遲的限期。
next-steps-open-due =
    { $count ->
        [1] 行動計劃尚有一項措施有待完成，限期為{ $due }。
       *[other] 行動計劃尚有{ $count }項措施有待完成，最後一項的限期為{ $due }。
    }
# 唯一尚待完成的措施未有負責人或限期。
next-steps-unassigned-only = 該項措施尚未有負責人或限期。
# 尚待完成的措施中，有 `$count` 項未有負責人或限期。
next-steps-unassigned = 其中{ $count }項措施尚未有負責人或限期。
