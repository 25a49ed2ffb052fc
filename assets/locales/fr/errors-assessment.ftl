# What the loaders say is wrong with a file: assessment.
#
# Ce que disent les chargeurs à la personne qui modifie une analyse à la main. Les noms entre
# accents graves sont ceux du fichier : champs, identifiants, syntaxe RON ; ils restent tels
# quels, de même que les types de réponse (Choice, YesNo…) et YYYY-MM-DD.

## Le format du fichier et les informations générales

# `$format` : le format du fichier ; `$current` : celui qu'écrit cette version.
assessment-older-format = ce fichier est au format { $format }, écrit par une version antérieure de msgdpia ; il a été lu et sera enregistré au format { $current }, que cette version antérieure ne sait pas ouvrir
assessment-newer-format = cette analyse a été écrite par une version plus récente de msgdpia (format de fichier { $format } ; cette version lit les formats 1 à { $current }) ; mettez msgdpia à jour pour l'ouvrir
assessment-format-zero = `format_version` doit valoir 1 ou plus ; valeur trouvée : 0
assessment-organisation-blank = le nom de l'organisme est vide ; le rapport le laissera en blanc
assessment-scored-with-unreadable = la trace de ce qui a servi à la dernière cotation de cette analyse est illisible ; elle est abandonnée et sera réécrite au prochain enregistrement

## Les risques, mesures et cotations propres au rédacteur

# `$field` vaut `likelihood` ou `severity`.
assessment-own-risk-off-the-scale =
    le risque propre `{ $risk }` a { $field ->
        [likelihood] une vraisemblance (`likelihood`)
       *[severity] une gravité (`severity`)
    } de { $value } ; elle doit valoir 1, 2, 3 ou 4
assessment-own-measure-too-many-steps = la mesure propre `{ $measure }` réduit `{ $risk }` de plus de 3 échelons ; une réduction va de 0 à 3 échelons
assessment-own-risk-unnamed = le risque propre `{ $risk }` n'a pas de nom ; il est conservé, et sera coté dès qu'il en aura un
assessment-own-measure-unnamed = la mesure propre `{ $measure }` n'a pas de nom ; elle est conservée, et sera prise en compte dès qu'elle en aura un
assessment-own-risk-id-taken = le risque propre `{ $risk }` porte l'identifiant d'un risque de la base de connaissances ; choisissez-en un autre (le risque est conservé, mais pas utilisé)
assessment-own-measure-id-taken = la mesure propre `{ $measure }` porte l'identifiant d'une mesure de la base de connaissances ; choisissez-en un autre (la mesure est conservée, mais pas utilisée)
assessment-own-measure-lowers-other-risk = la mesure propre `{ $measure }` réduit `{ $risk }`, qui n'est pas l'un de vos risques propres ; une mesure propre ne réduit que vos risques propres (pour coter autrement un risque du catalogue, attribuez-lui votre propre cotation)
# `$field` vaut `likelihood` ou `severity`.
assessment-override-off-the-scale =
    votre cotation de `{ $risk }` fixe { $field ->
        [likelihood] la vraisemblance (`likelihood`)
       *[severity] la gravité (`severity`)
    } à { $value } ; elle doit valoir 1, 2, 3 ou 4
assessment-override-unknown-risk = l'une de vos cotations porte sur le risque `{ $risk }`, qui ne figure pas dans la base de connaissances ; elle est conservée telle quelle, mais pas utilisée
assessment-override-unknown-app = votre cotation de `{ $risk }` désigne l'application `{ $app }`, qui ne figure pas dans la base de connaissances ; elle est conservée telle quelle, mais pas utilisée

## Les réponses qui ne correspondent pas au questionnaire, et le plan d'action

assessment-misfit-no-such-question = le questionnaire { $questionnaire } { $version } n'a pas de question `{ $question }` ; la réponse est conservée, mais pas utilisée
# `$expected` et `$found` : les types de réponse tels que le fichier les écrit (Choice, YesNo…).
assessment-misfit-wrong-kind =
    la question `{ $question }` attend { $expected ->
        [Choice] un choix unique
        [Choices] un choix multiple
        [YesNo] une réponse oui/non
        [Text] un texte
        [Number] un nombre
        [Date] une date
        [Apps] une liste d'applications
       *[other] une réponse d'un autre type
    } ({ $expected }), mais la réponse est { $found ->
        [Choice] un choix unique
        [Choices] un choix multiple
        [YesNo] une réponse oui/non
        [Text] un texte
        [Number] un nombre
        [Date] une date
        [Apps] une liste d'applications
       *[other] une réponse d'un autre type
    } ({ $found })
# `$options` : les options inconnues, chacune entre accents graves ; `$known` : les options de
# la question. Les deux sont séparées par « , ».
assessment-misfit-no-such-options = la question `{ $question }` n'a pas d'option { $options } ; ses options sont : { $known }
assessment-misfit-no-such-app = question `{ $question }` : `{ $app }` n'est pas une application de la base de connaissances
assessment-misfit-not-finite = question `{ $question }` : le nombre n'est pas fini
assessment-misfit-not-between = question `{ $question }` : le nombre doit être compris entre { $min } et { $max } ; valeur trouvée : { $found }
assessment-misfit-not-at-least = question `{ $question }` : le nombre doit être supérieur ou égal à { $min } ; valeur trouvée : { $found }
assessment-misfit-not-at-most = question `{ $question }` : le nombre doit être inférieur ou égal à { $max } ; valeur trouvée : { $found }
assessment-misfit-out-of-range = question `{ $question }` : le nombre doit rester dans sa plage de valeurs ; valeur trouvée : { $found }
assessment-misfit-not-a-date = question `{ $question }` : `{ $text }` n'est pas une date au format YYYY-MM-DD
assessment-unknown-measure = le plan d'action mentionne `{ $control }`, qui n'est pas une mesure de la base de connaissances ; elle est conservée telle quelle

## Notes à l'ouverture d'une analyse : ce qui a été repris d'un questionnaire plus ancien, ce qui ne convient plus.
opening-answer-moved = la réponse à « { $from } » répond désormais à « { $to } »
opening-review-date-carried = la réponse à « Quand cette analyse doit-elle être réexaminée ? » est désormais la date de réexamen de l'analyse, { $date }, demandée une seule fois avec les autres informations
opening-review-date-same = la date de réexamen, { $date }, est désormais demandée une seule fois, avec les autres informations ; la même date donnée sous Gouvernance n'est plus nécessaire
opening-review-date-differs = la date de réexamen est désormais demandée une seule fois, avec les autres informations ; elle indique { $review_date }, mais la réponse sous Gouvernance indiquait { $answered } : vérifiez la date de réexamen (l'autre réponse est conservée dans le fichier, sans être utilisée)
opening-other-version = l'analyse a été remplie avec le questionnaire { $answered_id } { $answered_version } et est lue avec { $read_id } { $read_version }
opening-unknown-compared = les applications comparées incluent `{ $app }`, qui ne figure pas dans la base de connaissances ; elle est conservée telle quelle et n'est pas comparée
opening-note-on-unknown-question = une note est conservée sur `{ $question }`, qui n'est pas une question du questionnaire ; le rapport ne l'affiche pas
