# What the loaders say is wrong with a file: questionnaire.
#
# Ce que disent les chargeurs à la personne qui modifie un questionnaire (ou sa traduction) à la
# main. Les noms entre accents graves sont ceux du fichier : champs, identifiants, syntaxe RON ;
# ils restent tels quels. `$placeholder` vaut toujours `{answer}`, l'espace réservé de la phrase
# `describe` d'une question.

## Le questionnaire

questionnaire-no-sections = un questionnaire doit comporter au moins une section
questionnaire-section-empty = la section `{ $section }` ne contient aucune question
questionnaire-current-use-not-yes-no = `current_use` désigne `{ $question }`, qui n'est pas une question oui/non de ce questionnaire
questionnaire-describe-no-placeholder = la phrase `describe` de la question `{ $question }` doit contenir { $placeholder } à l'endroit où va la réponse
questionnaire-describe-free-text = la phrase `describe` de la question à réponse libre `{ $question }` doit placer la réponse après un intitulé suivi d'un deux-points, par exemple « Durée de conservation des messages dans l'application : { $placeholder } », car une réponse saisie peut ne pas s'insérer au milieu d'une phrase
# `$minimum` vaut 2 pour une question à choix unique, 1 pour une question à choix multiples.
questionnaire-too-few-options = la question `{ $question }` a trop peu d'options : il en faut au moins { $minimum }
questionnaire-options-not-allowed = la question `{ $question }` n'est ni une question à choix ni une question oui/non : elle ne peut donc pas avoir d'options
questionnaire-option-describe-placeholder = option `{ $option }` : son `describe` est une phrase complète propre à cette réponse et ne prend aucun espace réservé
questionnaire-safeguard-raises = l'option `{ $option }` indique qu'une mesure de protection est en place : elle ne peut donc pas aussi élever un risque ; placez la hausse sur l'autre option
questionnaire-yes-no-option = les options d'une question oui/non sont `yes`, `no` et `dont_know` ; `{ $option }` n'en fait pas partie
questionnaire-range-not-number = `min` et `max` sont réservés aux questions numériques, et `{ $question }` n'en est pas une
questionnaire-min-above-max = question `{ $question }` : `min` ({ $min }) est supérieur à `max` ({ $max })
questionnaire-range-not-finite = `min` et `max` doivent être des nombres ordinaires
questionnaire-rule-no-effects = la règle `{ $rule }` n'a aucun effet
questionnaire-cites-empty = `cites` doit nommer au moins un régime et la disposition qu'il cite
# `$regimes` : les régimes du questionnaire, séparés par « , ».
questionnaire-cites-unknown-regime = `{ $regime }` dans `cites` n'est pas un régime de ce questionnaire ; ses régimes sont : { $regimes }
questionnaire-unknown-control = `{ $control }` n'est pas un contrôle (mesure de protection) de la base de connaissances
questionnaire-organisation-region-unknown = `organisation_region` désigne `{ $question }`, qui n'est pas une question de ce questionnaire
# `$regions` : les identifiants des régions de la base de connaissances, séparés par « , ».
questionnaire-organisation-region-option = `organisation_region` : l'option `{ $option }` de `{ $question }` n'est pas une région de la base de connaissances ({ $regions })
questionnaire-moved-other-kind = une réponse à `{ $from }` ne peut pas être déplacée vers `{ $to }` : les deux questions sont de types différents
questionnaire-moved-missing-option = `{ $to }` n'a pas d'option `{ $option }`, que peut contenir une réponse à `{ $from }`
questionnaire-moved-not-a-question = une réponse est déplacée depuis ou vers `{ $question }`, qui n'est pas une question
# Un avertissement. `$criterion` est l'identifiant du message qui nomme le critère.
questionnaire-criterion-not-met =
    aucune réponse ne remplit le critère { $number } des lignes directrices WP248 ({ $criterion ->
        [criterion-evaluation] { criterion-evaluation }
        [criterion-automated-decisions] { criterion-automated-decisions }
        [criterion-monitoring] { criterion-monitoring }
        [criterion-sensitive-data] { criterion-sensitive-data }
        [criterion-large-scale] { criterion-large-scale }
        [criterion-matching] { criterion-matching }
        [criterion-vulnerable] { criterion-vulnerable }
        [criterion-innovative] { criterion-innovative }
       *[criterion-prevents-rights] { criterion-prevents-rights }
    }) ; l'examen préalable ne peut donc pas le relever

## Une condition (`show_if`, `when`). Chaque message dit d'abord où elle se trouve : `$owner`
## est le type d'élément qui la porte, `$owner_id` l'identifiant de cet élément et, pour un
## déplacement, `$owner_to` la question vers laquelle la réponse est déplacée.

# `$options` : les identifiants des options de la question, séparés par « , ».
questionnaire-condition-no-option =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : la question `{ $question }` n'a pas d'option `{ $option }` ; ses options sont : { $options }
questionnaire-condition-at-least-not-number =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : `AtLeast` exige une question numérique, et `{ $question }` n'en est pas une
# `$about` : ce que la condition regarde de l'application.
questionnaire-condition-not-on-the-app =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : une question ne peut dépendre que de réponses antérieures, et non { $about ->
        [fact] des faits relatifs à l'application
        [jurisdiction] de la juridiction de l'application
       *[processed] du lieu où les données de l'application sont traitées
    } ; utilisez plutôt une règle
questionnaire-condition-unknown-fact =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : `{ $fact }` n'est pas un fait de la base de connaissances
questionnaire-condition-unknown-question =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : `{ $question }` n'est pas une question de ce questionnaire
questionnaire-condition-not-earlier =
    dans { $owner ->
        [question] la condition de la question `{ $owner_id }`
        [rule] la règle `{ $owner_id }`
        [consistency] le contrôle de cohérence `{ $owner_id }`
        [regime] le régime `{ $owner_id }`
        [unsuitable] l'entrée de mesures inadaptées `{ $owner_id }`
       *[move] le déplacement de réponse de `{ $owner_id }` vers `{ $owner_to }`
    } : la condition renvoie à `{ $question }`, qui n'est pas une question posée plus tôt ; une question ne peut dépendre que des réponses aux questions qui la précèdent

## Un effet (`Raise`, `Safeguard`, `Criterion`), dans un questionnaire ou une base de connaissances.

effect-unknown-risk = `{ $risk }` n'est pas un risque de la base de connaissances
effect-unknown-exposure = `{ $exposure }` n'est pas une exposition de la base de connaissances
effect-unknown-control = `{ $control }` n'est pas un contrôle (mesure de protection) de la base de connaissances
# `$field` vaut `likelihood` ou `severity` ; `$max` est le plus grand nombre d'échelons admis.
effect-step-out-of-range = hausse de `{ $risk }` : `{ $field }` doit être un nombre d'échelons compris entre 0 et { $max } ; la valeur donnée est { $step }
effect-raises-nothing = élever `{ $risk }` de 0 en vraisemblance et de 0 en gravité ne change rien ; indiquez `likelihood` ou `severity`
# `$effect` vaut `Safeguard` ou `Criterion`.
effect-only-raise = seuls les effets `Raise` sont admis ici, pas `{ $effect }`

## Une traduction du questionnaire ou de la base de connaissances : ses mots mis à la place de
## ceux de l'original. `$original` est ce qu'elle traduit : `questionnaire` ou `knowledge-base`.

overlay-not-translated = `{ $field }` n'est pas traduit : la traduction de « { $text } » est attendue
overlay-nothing-to-translate =
    { $original ->
        [questionnaire] le questionnaire
       *[knowledge-base] la base de connaissances
    } n'a ici aucun `{ $field }` à traduire : supprimez-le
# `$expected`, `$found` : des espaces réservés comme `{answer}`, séparés par « , ».
overlay-placeholders-differ =
    les espaces réservés diffèrent de ceux { $original ->
        [questionnaire] du questionnaire
       *[knowledge-base] de la base de connaissances
    } : attendu { $expected } ; trouvé { $found }
overlay-placeholders-added =
    les espaces réservés diffèrent de ceux { $original ->
        [questionnaire] du questionnaire
       *[knowledge-base] de la base de connaissances
    } : aucun attendu ; trouvé { $found }
overlay-placeholders-dropped =
    les espaces réservés diffèrent de ceux { $original ->
        [questionnaire] du questionnaire
       *[knowledge-base] de la base de connaissances
    } : attendu { $expected } ; aucun trouvé
overlay-translated-twice = `{ $id }` est traduit deux fois
# `$list` est le champ qui contient les éléments : `sections`, `questions`, `options`, `rules`, `risks`…
overlay-unknown-item =
    la liste `{ $list }` { $original ->
        [questionnaire] du questionnaire
       *[knowledge-base] de la base de connaissances
    } ne contient pas `{ $id }`
overlay-item-not-translated =
    `{ $id }` de la liste `{ $list }` { $original ->
        [questionnaire] du questionnaire
       *[knowledge-base] de la base de connaissances
    } n'est pas traduit

## Une traduction du questionnaire.

translation-other-questionnaire = ce fichier traduit le questionnaire `{ $given }`, et non `{ $questionnaire }`
translation-other-version = ce fichier traduit la version { $given } du questionnaire, qui en est maintenant à la version { $version } : revoyez la traduction par rapport à la nouvelle version, puis mettez à jour sa version
translation-other-language = langue attendue : `{ $expected }`, trouvée : `{ $found }`
translation-cites-not-translated = les dispositions citées pour le régime `{ $regime }` ne sont pas traduites
translation-cites-unknown-regime = la citation d'origine ne nomme aucune disposition pour le régime `{ $regime }`
translation-yes-no-unneeded = le questionnaire n'a aucune question oui/non dont il faudrait traduire les réponses : supprimez `yes_no`
# `$answer` est la réponse anglaise restée sans traduction : Yes, No ou Don't know.
translation-yes-no-missing = les réponses des questions oui/non ne sont pas toutes traduites : `yes_no: (yes: "…", no: "…", dont_know: "…")` est attendu, avec la traduction de « Yes », « No » et « Don't know » ; « { $answer } » n'en a pas
