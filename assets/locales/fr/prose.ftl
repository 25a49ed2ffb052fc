# Les phrases que le rapport écrit à partir des réponses et des cotations : les raisons de chaque risque, les suites à donner, la description du traitement.

## Les phrases se suivent, et le point en termine une : le français met une espace entre les
## phrases et les termine par « . », le chinois les joint sans rien et les termine par « 。 ».

prose-full-stop = .

## Comment un libellé se lit au milieu d'une phrase (« Cabinet d'avocats » → « cabinet
## d'avocats »). `prose-lower-case` vaut « yes » si la langue met en minuscule la première lettre
## d'un libellé au milieu d'une phrase (un nom propre ou un sigle garde sa majuscule), « no » si
## elle n'a pas de casse ; à ne pas traduire. `prose-articles` énumère, séparés par des espaces,
## les mots qui ouvrent un libellé et passent en minuscule même devant un nom propre (« Le
## Royaume-Uni » → « le Royaume-Uni ») ; celui qui finit par une apostrophe est élidé (« L'Union »).

prose-lower-case = yes
prose-articles = Le La Les L' L’ Un Une Des

## La description du traitement, et la nécessité et la proportionnalité, écrites à partir des réponses

prose-no-answer = Aucune réponse ne décrit encore cette partie.
prose-app-heading = L'application
# Lorsque la base de connaissances n'indique pas qui fournit l'application dans la région de l'organisme.
prose-app-provided = L'application { $app } est fournie par { $vendor }. Juridiction de l'éditeur : { $jurisdiction }.

## Le catalogue des phrases écrites à partir des réponses (docs/report-sentences.md)

prose-catalogue-title = Phrases que le rapport écrit à partir des réponses
prose-catalogue-intro = Généré à partir du questionnaire { $questionnaire } { $version } par la suite de tests (`MSGDPIA_BLESS=1 cargo test sentences`). Ne pas modifier à la main. Chaque option de chaque question que le rapport décrit, seule, et toutes les options d'une question à choix multiples ensemble ; le texte libre et les nombres, avec des exemples de réponses.
prose-catalogue-answer = Réponse
prose-catalogue-sentence = Phrase

## Chaque risque du registre en quelques phrases. `$level` est un niveau tel que le texte le dit
## (`brief-level`), toujours après « niveau », qui évite l'accord ; « il » est le risque.

brief-level =
    { $level ->
        [low] faible
        [medium] moyen
        [high] élevé
       *[very_high] très élevé
    }
brief-before-own = Avant les mesures, son niveau est { $level } : il s'agit d'un risque propre, coté par le rédacteur lui-même.
brief-before-nothing = Avant les mesures, son niveau est { $level } : rien dans les réponses ni dans l'application ne l'élève au-dessus de son point de départ.
# `$reasons` : les expositions qui l'élèvent le plus, en liste ; `$count` : leur nombre.
brief-before-because =
    { $count ->
        [one] Avant les mesures, son niveau est { $level }, principalement pour la raison suivante : { $reasons }.
       *[other] Avant les mesures, son niveau est { $level }, principalement pour les raisons suivantes : { $reasons }.
    }
brief-no-safeguard = Aucune mesure en place ne le réduit : il reste donc à un niveau { $level }.
# `$safeguards` : les mesures en place qui le réduisent, séparées par `brief-safeguard-separator`.
brief-safeguards-lower-level = Les mesures en place ({ $safeguards }) le ramènent à un niveau { $level }.
brief-safeguards-same-level = Les mesures en place ({ $safeguards }) le réduisent, mais il reste à un niveau { $level }.
brief-safeguard-separator = {" ; "}
# La cotation propre du rédacteur : sa vraisemblance et sa gravité, puis celles de la méthode.
brief-judged-same-level = Le rédacteur fixe sa vraisemblance à { $likelihood } et sa gravité à { $severity }, contre { $method_likelihood } et { $method_severity } selon la méthode, ce qui le maintient à un niveau { $level }.
brief-judged-other-level = Le rédacteur le cote à un niveau { $level } plutôt que { $method_level }, en fixant sa vraisemblance à { $likelihood } et sa gravité à { $severity }, contre { $method_likelihood } et { $method_severity } selon la méthode.
# `$reason` : les mots du rédacteur, terminés comme une phrase.
brief-judged-reason = Son motif : « { $reason } »
brief-planned = Une fois toutes les mesures du plan d'action réalisées, son niveau sera { $level }.
# Le niveau ne change pas, mais `$change` dit comment le risque évolue : une liste de `brief-less-likely`…
brief-planned-same-level = Une fois toutes les mesures du plan d'action réalisées, son niveau restera { $level }, mais il sera { $change }.
brief-less-likely = moins vraisemblable
brief-more-likely = plus vraisemblable
brief-less-severe = moins grave
brief-more-severe = plus grave
# Les risques que rien ne modifie, tous à un même niveau : `$risks` est leur liste, `$count` leur nombre.
brief-untouched =
    { $count ->
        [one] { $risks } : rien dans les réponses ni dans l'application ne l'élève au-dessus de son point de départ ; son niveau reste donc { $level }.
       *[other] { $risks } : rien dans les réponses ni dans l'application ne les élève au-dessus de leur point de départ ; leur niveau reste donc { $level }.
    }

## Les suites à donner : à l'usage déjà en cours et au plan d'action. `$count` est le nombre
## d'applications analysées ; `$app` nomme celle qui est seule analysée.

next-steps-paragraph = Suites à donner. { $sentences }
next-steps-use-unknown =
    { $count ->
        [1] On ne sait pas si l'application { $app } est déjà utilisée à cette fin ; il convient de le vérifier, car tout usage en cours est soumis à la même décision.
       *[other] On ne sait pas si les applications analysées sont déjà utilisées à cette fin ; il convient de le vérifier, car tout usage en cours est soumis à la même décision.
    }
next-steps-use-stop =
    { $count ->
        [1] L'application { $app } est déjà utilisée à cette fin : cet usage doit cesser, une fois versé au système de gestion documentaire ce qui doit être conservé.
       *[other] Les applications analysées sont déjà utilisées à cette fin : cet usage doit cesser, une fois versé au système de gestion documentaire ce qui doit être conservé.
    }
next-steps-use-define =
    { $count ->
        [1] L'application { $app } est déjà utilisée à cette fin : cet usage ne peut se poursuivre que pour les finalités définies, et une fois les conditions d'utilisation remplies.
       *[other] Les applications analysées sont déjà utilisées à cette fin : cet usage ne peut se poursuivre que pour les finalités définies, et une fois les conditions d'utilisation remplies.
    }
next-steps-use-accept =
    { $count ->
        [1] L'application { $app } est déjà utilisée à cette fin : cet usage peut se poursuivre une fois la présente analyse approuvée.
       *[other] Les applications analysées sont déjà utilisées à cette fin : cet usage peut se poursuivre une fois la présente analyse approuvée.
    }
next-steps-no-plan = Aucun plan d'action n'a encore été établi : chaque mesure doit avoir un responsable et une échéance.
next-steps-all-done = Toutes les mesures du plan d'action sont réalisées.
# `$count` mesures restent à réaliser.
next-steps-open =
    { $count ->
        [one] Une mesure du plan d'action reste à réaliser.
       *[other] { $count } mesures du plan d'action restent à réaliser.
    }
# `$due` : la dernière échéance des mesures qui restent à réaliser.
next-steps-open-due =
    { $count ->
        [one] Une mesure du plan d'action reste à réaliser, d'ici le { $due }.
       *[other] { $count } mesures du plan d'action restent à réaliser ; la dernière échéance est le { $due }.
    }
# La seule mesure qui reste n'a pas de responsable ou pas d'échéance.
next-steps-unassigned-only = Elle n'a pas encore de responsable ou pas encore d'échéance.
# `$count` des mesures qui restent n'ont pas de responsable ou pas d'échéance.
next-steps-unassigned =
    { $count ->
        [one] L'une d'elles n'a pas encore de responsable ou pas encore d'échéance.
       *[other] { $count } d'entre elles n'ont pas encore de responsable ou pas encore d'échéance.
    }
