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
