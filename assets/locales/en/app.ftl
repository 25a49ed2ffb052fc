# The desktop app's words in English. Every message here must exist in fr/app.ftl and
# zh-HK/app.ftl with the same variables (a test checks it).

## Menu bar

menu-file = File
menu-view = View
menu-new-assessment = New assessment
menu-open = Open…
menu-use-knowledge-base = Use a knowledge base file…
menu-save = Save
menu-save-as = Save as…
menu-export-pdf = Export PDF…
menu-export-html = Export HTML…
menu-remove-passphrase = Remove the passphrase
menu-protect = Protect with a passphrase…
menu-close = Close

## View menu: the theme

theme-system = Follow the system
theme-light = Light
theme-dark = Dark

## Live risk panel

panel-questions-left =
    { $count ->
        [one] One required question still to answer.
       *[other] { $count } required questions still to answer.
    }

## Start screen

-product = Messaging DPIA
start-title = { -product }
start-intro = A guided data protection impact assessment (GDPR Art. 35) of using a messaging or video app for business. It asks which app, how sensitive the data is, which jurisdictions are involved and which safeguards exist, then gives a scored PDF report and a stance: FORBID, DEFINE or ACCEPT.
start-private = Private by design: nothing leaves this machine. { -product } opens no network connection; your assessments stay in local files.
start-unsaved-found = Unsaved work was found
start-recover-file = The last session ended before { $file } was saved. Recover it?
start-recover-new = The last session ended before a new assessment was saved. Recover it?
start-discard-confirm = Discard the unsaved work for good? It cannot be recovered afterwards.
start-discard-for-good = Discard for good
start-keep-it = Keep it
start-recover = Recover
start-discard-it = Discard it
start-heading = Start
start-new = New assessment
start-new-with = New assessment ({ $questionnaire })
start-new-from-file = New assessment from a questionnaire file…
start-open = Open assessment…
start-recent = Recent files
start-examples = Examples
start-examples-intro = Assessments drawn from published guidance. Opening one starts an unsaved copy.

## Every step's frame

step-back = Back
step-next = Next
step-enter-hint = Enter also goes to the next step.

## The steps

steps-heading = Steps
step-details = About this assessment
step-compare = Compare apps
step-sign-off = Action plan and sign-off
step-result = Result and report
