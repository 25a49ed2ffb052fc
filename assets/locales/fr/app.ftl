# Les mots de l'application en français. Chaque message de en/app.ftl doit figurer ici, avec
# les mêmes variables (un test le vérifie).

## Barre de menus

menu-file = Fichier
menu-view = Affichage
menu-new-assessment = Nouvelle analyse
menu-open = Ouvrir…
menu-use-knowledge-base = Utiliser un fichier de base de connaissances…
menu-save = Enregistrer
menu-save-as = Enregistrer sous…
menu-export-pdf = Exporter en PDF…
menu-export-html = Exporter en HTML…
menu-export-word = Exporter en Word…
menu-report-language = Langue des rapports
menu-remove-passphrase = Retirer la phrase secrète
menu-protect = Protéger par une phrase secrète…
menu-close = Fermer

## Menu Affichage : le thème

theme-system = Suivre le système
theme-light = Clair
theme-dark = Sombre

## Panneau des risques

panel-questions-left =
    { $count ->
        [one] Il reste { $count } question obligatoire sans réponse.
       *[other] Il reste { $count } questions obligatoires sans réponse.
    }

## Écran d'accueil

-product = Messaging DPIA
start-title = { -product }
start-intro = Une analyse d'impact relative à la protection des données (AIPD, article 35 du RGPD) guidée, de l'usage professionnel d'une application de messagerie ou de visioconférence. Elle vous demande l'application utilisée, la sensibilité des données, les juridictions concernées et les mesures en place, puis produit un rapport PDF avec la cotation des risques et une position : INTERDIRE, ENCADRER ou ACCEPTER.
start-private = Confidentiel dès la conception : rien ne quitte cet ordinateur. { -product } n'ouvre aucune connexion réseau ; vos analyses restent dans des fichiers locaux.
start-unsaved-found = Un travail non enregistré a été retrouvé
start-recover-file = La dernière session s'est terminée avant l'enregistrement de { $file }. Le récupérer ?
start-recover-new = La dernière session s'est terminée avant l'enregistrement d'une nouvelle analyse. La récupérer ?
start-discard-confirm = Abandonner définitivement le travail non enregistré ? Il ne pourra plus être récupéré.
start-discard-for-good = Abandonner définitivement
start-keep-it = Le garder
start-recover = Récupérer
start-discard-it = L'abandonner
start-heading = Démarrer
start-new = Nouvelle analyse
start-new-with = Nouvelle analyse ({ $questionnaire })
start-new-from-file = Nouvelle analyse à partir d'un fichier de questionnaire…
start-open = Ouvrir une analyse…
start-recent = Fichiers récents
start-examples = Exemples
start-examples-intro = Des analyses tirées de lignes directrices publiées. En ouvrir une crée une copie non enregistrée.

## Le cadre de chaque étape

step-back = Précédent
step-next = Suivant
step-enter-hint = La touche Entrée passe aussi à l'étape suivante.

## Les étapes

steps-heading = Étapes
step-details = À propos de cette analyse
step-compare = Comparer les applications
step-sign-off = Plan d'action et validation
step-result = Résultat et rapport

## Boutons et indications communs à plusieurs pages

button-ok = OK
button-cancel = Annuler
button-remove = Supprimer
# Le format de saisie des dates, affiché dans les champs de date vides.
date-hint = AAAA-MM-JJ

## Titre de la fenêtre et barre de messages

window-title = { -product }
window-title-file = { $file } — { -product }
window-title-encrypted-file = { $file } (chiffré) — { -product }
message-open-report = Ouvrir le rapport
message-dismiss = Fermer
no-such-step = Il n'existe aucune étape nommée { $name } ; les étapes sont : { $names }.
answer-before-going-on =
    Veuillez répondre à { $count ->
        [one] cette question obligatoire, ou corriger la réponse,
       *[other] ces { $count } questions obligatoires, ou corriger les réponses,
    } avant de continuer :
    { $list }
approved-read-only = Cette version est approuvée et en lecture seule : commencez une nouvelle révision pour la modifier.
new-revision-started = Version { $version } commencée : la version approuvée est conservée dans l'historique du document, et la nouvelle devra à son tour être approuvée.
open-externally-failed = Impossible d'ouvrir { $file } : { $error }
recent-not-kept = La liste des fichiers récents n'a pas pu être conservée pour le prochain démarrage : { $error }
theme-not-kept = Le thème s'applique dès maintenant, mais n'a pas pu être conservé pour le prochain démarrage : { $error }
passphrase-removed = La phrase secrète est retirée : le prochain enregistrement écrira l'analyse sans chiffrement.

## Modifications non enregistrées

unsaved-heading = Modifications non enregistrées
unsaved-question = Enregistrer d'abord les modifications de { $file } ?
unsaved-dont-save = Ne pas enregistrer
saving-encrypting = Enregistrement (chiffrement)…

## Boîtes de dialogue de fichiers et chemin saisi

dialog-open-assessment = Ouvrir une analyse
dialog-open-questionnaire = Ouvrir un questionnaire
dialog-open-knowledge-base = Utiliser un fichier de base de connaissances
dialog-save-assessment = Enregistrer l'analyse sous
dialog-export-pdf = Exporter le rapport en PDF
dialog-export-html = Exporter le rapport en HTML
dialog-export-word = Exporter le rapport en Word
dialog-filter-assessment = Analyse
dialog-filter-questionnaire = Questionnaire
dialog-filter-knowledge-base = Base de connaissances
dialog-filter-pdf = PDF
dialog-filter-html = HTML
dialog-filter-word = Document Word
path-prompt-intro = Aucune boîte de dialogue de fichiers n'est disponible ici (ou elle a été annulée). Saisissez le chemin complet du fichier :
path-prompt-path = Chemin

## Phrase secrète

passphrase-file-encrypted = { $file } est chiffré
passphrase-autosave-encrypted = Le travail enregistré automatiquement est chiffré
passphrase-protect-title = Protéger par une phrase secrète
passphrase-type-it = Saisissez la phrase secrète utilisée lors de l'enregistrement.
passphrase-protect-explanation = Désormais, cette analyse est enregistrée chiffrée (un fichier age, que les outils age et rage peuvent aussi ouvrir). Personne ne pourra la récupérer sans la phrase secrète : conservez-la en lieu sûr.
passphrase-label = Phrase secrète
passphrase-again = Saisissez-la de nouveau
passphrase-length = Au moins { $count } caractères : quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
passphrase-checking = Vérification de la phrase secrète (environ une seconde)…
passphrase-protect = Protéger
passphrase-open = Ouvrir

## Deux personnes, un seul fichier

held-by = { $user } a cette analyse ouverte sur { $machine } depuis { $since }
# Ce qu'un fichier de verrou endommagé ne dit pas, dans `held-by` et les messages semblables.
lock-unknown-user = quelqu'un
lock-unknown-machine = un autre ordinateur
lock-unknown-time = une date inconnue
held-read-only = Lecture seule : { $holder }.
held-edit-anyway = Modifier quand même
held-edit-anyway-hover = Prend le contrôle du fichier, lorsque l'autre personne n'y travaille plus. Si elle enregistre aussi, le dernier enregistrement remplace le précédent.
held-save-as-hover = Conserve votre propre copie sous un autre nom, que vous pourrez ensuite modifier.
held-edit-refused = { $holder }, elle est donc en lecture seule ici : choisissez « Modifier quand même » si l'autre personne n'y travaille plus, ou « Enregistrer sous… » pour conserver votre propre copie.
changed-on-disk-heading = Le fichier a été modifié sur le disque
changed-on-disk-question = { $file } a été modifié depuis que vous l'avez ouvert ici : quelqu'un d'autre l'a peut-être enregistré. L'écraser avec votre version, ou enregistrer la vôtre sous un autre nom ?
changed-on-disk-overwrite = Écraser
lock-stale-replaced = Un verrou laissé par { $user } sur { $machine } depuis { $since } était périmé (cette application ne fonctionne plus, ou a cessé de le rafraîchir) et a été remplacé.
lock-held-read-only = Lecture seule : { $holder }. « Enregistrer sous… » conserve votre propre copie ; « Modifier quand même » prend le contrôle du fichier si l'autre personne n'y travaille plus.
lock-failed = Le fichier n'a pas pu être verrouillé ; un collègue pourrait donc l'ouvrir en même temps : { $error }
lock-taken-over = Vous avez pris le contrôle du fichier. Si l'autre personne enregistre aussi, le dernier enregistrement remplace le précédent : prévenez-la.
lock-taken-over-from = Vous avez pris le contrôle du fichier détenu par { $user } sur { $machine }. Si cette personne enregistre aussi, le dernier enregistrement remplace le précédent : prévenez-la.
lock-take-over-failed = Impossible de prendre le contrôle du fichier. { $error }
lock-not-saved-held = Non enregistré : { $holder }, cette application n'écrit donc pas par-dessus. Enregistrez sous un autre nom, ou utilisez « Modifier quand même » sur ce fichier.
lock-lost = { $holder } : cette personne a pris le contrôle du fichier, qui est donc désormais en lecture seule ici. « Enregistrer sous… » conserve vos modifications dans une copie ; « Modifier quand même » le reprend.
lock-refresh-failed = Le verrou du fichier n'a pas pu être rafraîchi. { $error }

## Avis au-dessus d'une analyse

approval-read-only = La version { $version } a été approuvée par { $by } le { $on }. Elle est en lecture seule : commencez une nouvelle révision pour la modifier.
approval-review-due = Son réexamen était prévu le { $due }.
approval-new-revision = Commencer une nouvelle révision
approval-new-revision-hover = Conserve cette version dans l'historique du document, augmente le numéro de version et efface les approbations, que la nouvelle version devra obtenir à nouveau.
knowledge-record = Consigner la réévaluation
knowledge-what-changed = Ce qui a changé ({ $count })

## Étape « À propos de cette analyse »

details-intro = Qui réalise cette analyse, pour qui et quand. Ces informations figurent sur la page de garde du rapport.
details-organisation = Organisme (obligatoire)
details-sector = Secteur
details-country = Pays
details-assessor = Rédacteur de l'analyse
details-dpo = Délégué à la protection des données
details-assessment-date = Date de l'analyse (AAAA-MM-JJ)
details-review-date = Date de réexamen (AAAA-MM-JJ)
details-version = Version de l'analyse
details-required = Obligatoire : veuillez renseigner ce champ.
details-date-format = Saisissez la date au format AAAA-MM-JJ, par exemple 2027-03-31.
contributors-heading = Contributeurs
contributors-intro = Les autres personnes ayant participé : l'informatique ou la sécurité, l'équipe qui utilisera l'application, le fournisseur.
contributor-name = Nom
contributor-role = Rôle
# Ce qu'un lecteur d'écran annonce pour les champs d'un contributeur.
contributor-name-of = Contributeur { $number } : nom
contributor-role-of = Contributeur { $number } : rôle
contributor-remove = Supprimer le contributeur { $number }
contributor-add = Ajouter un contributeur

## Questions

question-required = (obligatoire)
question-why = Pourquoi cette question
question-hide-why = Masquer pourquoi cette question
question-add-note = Ajouter une note
question-hide-note = Masquer la note
question-note-hover = Votre propre remarque sur cette question ; le rapport l'affiche à côté de la réponse.
# Ce qu'un lecteur d'écran annonce pour l'un des éléments d'une question : la question, puis l'élément.
question-widget = { $question } : { $what }
question-note-button = { $button } : { $question }
question-misfit = La réponse enregistrée dans le fichier ne correspond pas à cette question : veuillez y répondre à nouveau.
question-flagged = Cette question est obligatoire : veuillez y répondre.
note-label = Votre note :
note-hint = Affichée à côté de la réponse dans l'annexe du rapport
note-name = votre note
number-expected = Saisissez un nombre, par exemple 250.
number-ordinary = Saisissez un nombre ordinaire.
number-at-least = Le nombre doit être au moins égal à { $limit }.
number-at-most = Le nombre doit être au plus égal à { $limit }.
app-closed = { $app } (fermée le { $on })
app-key-facts =
    { $count ->
        [0] Informations clés sur { $app }
       *[other] Informations clés sur { $app } ({ $count } à revérifier)
    }
app-vendor = Éditeur : { $vendor } (juridiction : { $jurisdiction })
app-fact-source = Source : { $source } ({ $dating })

## Panneau des risques

panel-heading = Risques en direct
panel-fold = Replier ▸
panel-fold-hover = Replier le panneau pour laisser plus de place au formulaire
panel-unfold = ◂ Risques en direct
panel-unfold-hover = Afficher le panneau des risques en direct
panel-map-of = Cartographie des risques : { $app }
panel-map-name = Cartographie des risques : vraisemblance en abscisse, gravité en ordonnée
panel-map-key = En abscisse : vraisemblance 1–4. En ordonnée : gravité 1–4. ◇ avant les mesures, ● avec les mesures en place (un risque qu'elles ne modifient pas n'est dessiné qu'une fois). Cases du plus pâle (faible) au plus foncé (très élevé).
panel-legend-row = { $number }. { $risk } : { $inherent } → { $residual }
panel-your-rating = (votre cotation)
panel-once-plan-done = ({ $level } une fois le plan d'action réalisé)
panel-show-why = Voir pourquoi
panel-why = Pourquoi : { $inherent } → { $residual }
# V pour vraisemblance, G pour gravité, chacune avec les échelons qu'une ligne de la justification ajoute ou retire.
panel-trail-amounts = V{ $likelihood } G{ $severity }
panel-trail-source = (source : { $works })
panel-trail-total = { $total } : { $amounts }
rating-heading = Votre propre cotation
rating-computed = Cotation calculée avec les mesures en place : { $rating }
rating-likelihood = Vraisemblance
rating-severity = Gravité
rating-likelihood-of = { $risk } : vraisemblance
rating-severity-of = { $risk } : gravité
rating-reason = Pourquoi votre cotation diffère (obligatoire) :
rating-reason-of = { $risk } : pourquoi votre cotation diffère
rating-reason-missing = Non prise en compte tant que vous n'avez pas donné votre raison.
rating-use-computed = Utiliser la cotation calculée
rating-as-computed = Telle que calculée ({ $point })

## Niveaux, échelle et événements redoutés

level-low = Faible
level-medium = Moyen
level-high = Élevé
level-very-high = Très élevé
scale-negligible = Négligeable
scale-limited = Limitée
scale-significant = Importante
scale-maximum = Maximale
feared-illegitimate-access = Accès illégitime à des données personnelles
feared-unwanted-modification = Modification non désirée de données personnelles
feared-disappearance = Disparition de données personnelles

## Étape de comparaison

compare-intro = Ajoutez des applications à examiner à côté de celle qui est analysée : chacune est évaluée avec les mêmes réponses, comme si elle la remplaçait. La comparaison ne change pas ce qui est analysé.
compare-columns = Chaque colonne correspond à une application. Survolez une information pour voir sa source et sa date.
compare-assessed = Analysée
compare-stance = Position
compare-residual = Résiduel : { $risk }
compare-jurisdiction = Juridiction de l'éditeur
compare-add = Ajouter une application à comparer…
compare-add-name = Ajouter une application à comparer
compare-use-instead = Utiliser plutôt cette application
compare-use-instead-hover = En fait l'application analysée à la place ; celle analysée jusqu'ici reste dans la comparaison. Vérifiez ensuite les réponses concernant l'application et ses mesures.
compare-use-app-instead = Utiliser plutôt { $app }
compare-stop = Ne plus comparer { $app }
compare-fact-hover =
    { $detail }
    Source : { $source } ({ $dating })

## Étape du plan d'action et de la validation

sign-off-intro = Les mesures partent de celles qui sont recommandées ; attribuez à chacune un responsable et une échéance. Les approbations suivent l'étape 7 du modèle d'AIPD de l'ICO.
sign-off-measures = Mesures
measure-owner = Responsable
measure-owner-hint = Nom ou fonction
measure-due = Échéance
measure-due-of = Échéance de { $measure }
measure-status-of = Statut de { $measure }
measure-due-format = Saisissez l'échéance au format AAAA-MM-JJ.
measure-planned = Prévue
measure-in-progress = En cours
measure-done = Terminée
measure-add-recommended = Ajouter les mesures recommandées
measure-add = Ajouter une mesure…
measure-add-name = Ajouter une mesure
measure-update-answer = Mettre à jour la réponse
own-heading = Vos propres risques et mesures
own-intro = Pour ce que le catalogue ne couvre pas. Cotez votre risque avant toute mesure ; une mesure qui vous est propre le réduit dès que le plan d'action l'indique comme terminée.
own-risk-field = Risque propre { $number } : { $field }
own-measure-field = Mesure propre { $number } : { $field }
own-risk-remove = Supprimer le risque propre { $number }
own-measure-remove = Supprimer la mesure propre { $number }
own-risk-add = Ajouter un risque qui vous est propre
own-measure-add = Ajouter une mesure qui vous est propre
own-risk-name = Nom
own-risk-description = Ce qui peut mal tourner
own-risk-harm = Impacts sur les personnes concernées
own-risk-feared-event = Événement redouté
own-likelihood = Vraisemblance
own-severity = Gravité
own-measure-name = Nom
own-measure-wording = Formulation pour la politique
own-measure-lowers = Risque qu'elle réduit
own-measure-choose-risk = Choisissez l'un de vos risques
own-measure-likelihood-steps = Réduit la vraisemblance
own-measure-severity-steps = Réduit la gravité
own-measure-steps =
    { $count ->
        [one] de { $count } échelon
       *[other] de { $count } échelons
    }
consultation-heading = Consultation
consultation-intro = Qui a été consulté (les personnes concernées ou leurs représentants, le personnel, l'informatique, le fournisseur), comment, quand, et ce qui a été dit.
consultation-field = Consultation { $number } : { $field }
consultation-who = Qui
consultation-how = Comment
consultation-when = Quand
consultation-views = Avis exprimés
consultation-remove = Supprimer la consultation { $number }
consultation-add = Ajouter une consultation
consultation-why-not = Si les personnes concernées n'ont pas été consultées, pourquoi
sign-off-approvals = Approbations
sign-off-measures-approved-by = Mesures approuvées par
sign-off-risks-approved-by = Risques résiduels approuvés par
sign-off-approved-on = Approuvé le
sign-off-measures-approved-on = Date d'approbation des mesures
sign-off-risks-approved-on = Date d'approbation des risques résiduels
sign-off-date-format = Saisissez la date au format AAAA-MM-JJ.
sign-off-dpo-advice = Avis du DPD
sign-off-advice-outcome = Avis du DPD suivi ou écarté
advice-pending = Pas encore décidé
advice-accepted = Suivi
advice-overruled = Écarté
sign-off-overruled-reason = Pourquoi l'avis a été écarté
sign-off-consultation-responses = Réponses à la consultation
sign-off-kept-under-review-by = Réexamen assuré par

## Étape du résultat

finish-questions-left = Questions encore sans réponse
finish-conditions = Conditions d'utilisation
finish-recommended = Mesures recommandées
finish-other-recommended = Autres mesures recommandées
finish-save = Enregistrer…
finish-report-language = Langue du rapport :

## Ouverture, enregistrement et export

untitled-assessment = Analyse sans titre
# Le nom sous lequel un travail récupéré est ouvert, comme dans « Vous avez ouvert l'analyse enregistrée automatiquement. »
autosaved-assessment = l'analyse enregistrée automatiquement
builtin-questionnaire-failed =
    Le questionnaire intégré n'a pas pu être chargé :
    { $error }
questionnaire-not-opened = Impossible d'ouvrir le questionnaire. { $error }
new-with-questionnaire = Nouvelle analyse avec le questionnaire « { $title } ».
questionnaire-unusable =
    Le questionnaire ne peut pas être utilisé ; rien n'a été modifié.
    { $error }
knowledge-base-unusable =
    La base de connaissances ne peut pas être utilisée ; rien n'a été modifié.
    { $error }
knowledge-base-cannot-score =
    L'analyse ouverte ne peut pas être cotée avec cette base de connaissances ; rien n'a été modifié.
    { $error }
knowledge-base-in-use = Cotation avec la base de connaissances { $id } { $version } issue de { $file }.
file-not-opened = Impossible d'ouvrir le fichier. { $error }
opened = Vous avez ouvert { $file }.
opened-with-notes =
    Vous avez ouvert { $file }, avec des remarques à lire (rien n'a été perdu) :
    { $notes }
assessment-not-opened =
    Impossible d'ouvrir l'analyse ; rien n'a été modifié.
    { $error }
saving-to = Enregistrement dans { $file } (chiffrement)…
saved-to = Enregistré dans { $file }.
not-saved-to = Impossible d'enregistrer dans { $file }. { $error }
not-saved = Impossible d'enregistrer ; vos réponses sont toujours là. { $error }
report-not-exported = Impossible d'exporter le rapport. { $error }
exported = Rapport exporté dans { $file }.
exported-check = Rapport exporté dans { $file }. Vérifiez-le : { $warning }.
report-not-written = Impossible d'exporter le rapport ; rien n'a été écrit. { $error }
details-organisation-missing = Organisme
# Ce qu'un lecteur d'écran annonce au début de chaque étape.
step-start = Début de l'étape

## Le chiffrement et l'enregistrement automatique

protected = L'analyse est protégée : elle est désormais enregistrée chiffrée. Enregistrez-la maintenant pour remplacer le fichier lisible.
passphrases-differ = Les deux phrases secrètes sont différentes.
autosave-not-encrypted = Le travail enregistré automatiquement n'est pas chiffré.
autosave-not-text = Le travail enregistré automatiquement est endommagé : ce n'est pas du texte.
encryption-stopped = Le chiffrement s'est arrêté de façon inattendue ; rien n'a été modifié.
autosave-failed = L'enregistrement automatique a échoué (votre travail est toujours ouvert ici) : { $error }
autosave-not-removed = L'enregistrement automatique n'a pas pu être supprimé ; il pourra donc vous être proposé de nouveau au prochain démarrage : { $error }

## Menu Affichage : la langue

menu-language = Langue
language-not-kept = La langue s'applique dès maintenant, mais n'a pas pu être conservée pour le prochain démarrage : { $error }

## Le verdict : commun au rapport, à l'application et à la ligne de commande

# Un nombre jusqu'à dix écrit en toutes lettres, comme dans le corps du texte ; au-delà, en chiffres.
count-word =
    { $n ->
        [0] zéro
        [1] un
        [2] deux
        [3] trois
        [4] quatre
        [5] cinq
        [6] six
        [7] sept
        [8] huit
        [9] neuf
        [10] dix
       *[other] { $n }
    }
# Un nom cité entre guillemets dans le corps du texte.
quoted = « { $text } »
# Joint une liste : « a, b et c ». Le séparateur se place entre tous les éléments sauf les deux derniers.
list-separator = {", "}
list-last = { $init } et { $last }
verdict-screening-required =
    Examen préalable : { $met ->
        [0] aucun des { $total } critères des lignes directrices WP248 n'est rempli
        [one] { $met } des { $total } critères des lignes directrices WP248 est rempli
       *[other] { $met } des { $total } critères des lignes directrices WP248 sont remplis
    } ; une AIPD est requise ({ $threshold } critères ou plus).
verdict-screening-not-required =
    Examen préalable : { $met ->
        [0] aucun des { $total } critères des lignes directrices WP248 n'est rempli
        [one] { $met } des { $total } critères des lignes directrices WP248 est rempli
       *[other] { $met } des { $total } critères des lignes directrices WP248 sont remplis
    } ; une AIPD n'est pas strictement requise (moins de { $threshold } critères), mais cette analyse documente la décision.
verdict-provisionally = { $incomplete } (provisoirement { $stance })
verdict-very-high =
    { $count ->
        [one] Le risque { $risks } reste très élevé
       *[other] Les risques { $risks } restent très élevés
    } même avec les mesures en place. Un risque résiduel très élevé signifie que l'usage doit être interdit.
verdict-high-beyond-measures =
    { $count ->
        [one] Le risque { $risks } reste élevé avec les mesures en place, et aucune combinaison des mesures du catalogue ne le ramène
       *[other] Les risques { $risks } restent élevés avec les mesures en place, et aucune combinaison des mesures du catalogue ne les ramène
    } à un niveau moyen ou inférieur. L'usage doit être interdit.
verdict-high-within-reach =
    { $count ->
        [one] Le risque { $risks } reste élevé avec les mesures en place aujourd'hui. Les conditions ci-dessous le ramènent
       *[other] Les risques { $risks } restent élevés avec les mesures en place aujourd'hui. Les conditions ci-dessous ramènent chacun d'eux
    } à un niveau moyen ou inférieur : l'usage peut donc être autorisé pour les finalités définies, une fois ces conditions remplies.
verdict-relies-on-safeguards =
    { $count ->
        [one] Le risque { $risks } serait élevé ou très élevé sans mesures ; les mesures en place le ramènent
       *[other] Les risques { $risks } seraient élevés ou très élevés sans mesures ; les mesures en place les ramènent
    } à un niveau moyen ou inférieur. L'usage peut être autorisé pour les finalités définies, à condition que ces mesures restent en place.
verdict-low-inherent = Tous les risques sont à un niveau moyen ou inférieur, même avant toute mesure. Le risque résiduel peut être accepté ; continuez à réexaminer l'analyse.
verdict-would-take-measures = Ce qu'il faudrait : { $measures }. Une fois cela en place, chaque risque élevé ou très élevé serait ramené à un niveau moyen ou inférieur, et l'usage pourrait alors être autorisé sous conditions. Aucun ensemble plus restreint de mesures n'y parvient.
verdict-would-take-many-measures = Ce qu'il faudrait : { $measures }. Une fois cela en place, chaque risque élevé ou très élevé serait ramené à un niveau moyen ou inférieur, et l'usage pourrait alors être autorisé sous conditions. Aucune de ces mesures ne peut être écartée ; un si grand nombre de conditions revient à un usage différent.
verdict-would-take-none =
    Ce qu'il faudrait : aucune mesure du catalogue ne suffit. { $count ->
        [one] Le risque { $risks } reste élevé ou très élevé
       *[other] Les risques { $risks } restent élevés ou très élevés
    } avec toutes les mesures en place, car l'exposition vient du fournisseur, de sa juridiction ou des données elles-mêmes. Seule une autre application, ou le fait de ne pas envoyer ces données, peut y changer quelque chose.
verdict-incomplete =
    { $count ->
        [one] Il reste { $count } question obligatoire sans réponse : il n'y a donc pas encore de position. Tant qu'elle reste sans réponse, les réponses manquantes comptent comme « je ne sais pas » et le résultat provisoire ({ $stance }) n'est affiché qu'à titre indicatif.
       *[other] Il reste { $count } questions obligatoires sans réponse : il n'y a donc pas encore de position. Tant qu'elles restent sans réponse, les réponses manquantes comptent comme « je ne sais pas » et le résultat provisoire ({ $stance }) n'est affiché qu'à titre indicatif.
    }
finding-planned-not-done = La mesure { $measure } est indiquée comme en place dans les réponses ({ $answer }), mais, dans le plan d'action, elle est { $status }. Une mesure prévue n'est pas une mesure réalisée : elle n'est prise en compte qu'une fois indiquée comme terminée dans le plan.
finding-done-contradicts = Le plan d'action indique la mesure { $measure } comme terminée, mais la réponse { $answer } dit le contraire. Elle est comptée comme en place ; corrigez la réponse ou le plan.
finding-no-app = Aucune application n'a été choisie : les risques sont cotés sans les informations propres à une application.
finding-unavailable = La mesure { $measure } est indiquée comme en place dans les réponses, mais, selon la base de connaissances, { $app } ne la propose pas ; elle n'est pas prise en compte pour { $app }.
finding-override-incomplete = La cotation que le rédacteur a lui-même attribuée au risque { $risk } n'est pas prise en compte : elle doit comporter une vraisemblance ou une gravité, ainsi que sa justification.
finding-override-not-assessed = La cotation que le rédacteur a lui-même attribuée au risque { $risk } pour { $app } n'est pas prise en compte : cette application n'est pas celle qui est analysée.
finding-of-app = { $app } : { $finding }
# Un constat suivi des dispositions qu'il enfreint au regard du droit applicable, avant son point final.
finding-with-law = { $finding } ({ $topic } : { $cites }).
# Entre les dispositions qu'une constatation cite.
cites-separator = {" ; "}
# Une constatation, puis comment y remédier.
finding-and-resolution = { $finding } { $resolution }
done-contradicts-beside-measure = Indiquée comme terminée, mais la réponse à la question { $question } dit le contraire. Elle compte comme en place ; corrigez la réponse ou le statut.
prior-none-needed = Consultation préalable : non nécessaire ; aucun risque résiduel élevé ne subsiste avec les mesures en place.
prior-forbidden-duty = Consultation préalable : aucune tant que l'usage est interdit. Aller de l'avant malgré le risque résiduel élevé imposerait de consulter d'abord { $authorities }.
prior-forbidden-unclear = Consultation préalable : aucune tant que l'usage est interdit. Aller de l'avant malgré le risque résiduel élevé imposerait de vérifier d'abord si le droit applicable exige de consulter l'autorité de contrôle.
prior-forbidden-no-duty = Consultation préalable : aucune tant que l'usage est interdit ; le droit applicable n'impose aucune consultation préalable de l'autorité de contrôle.
prior-duty = Consultation préalable : un risque résiduel élevé subsiste avec les mesures en place. À moins que les mesures ne le réduisent avant le début du traitement, il faut d'abord consulter { $authorities }.
prior-unclear = Consultation préalable : un risque résiduel élevé subsiste avec les mesures en place. L'obligation de consulter d'abord l'autorité de contrôle dépend du droit applicable, qu'il faut vérifier ; dans tous les cas, le risque devrait être réduit, ou accepté de façon motivée au plus haut niveau de l'organisme, avant le début du traitement.
prior-no-duty = Consultation préalable : un risque résiduel élevé subsiste avec les mesures en place. Le droit applicable n'impose aucune consultation préalable de l'autorité de contrôle ; le risque devrait être réduit, ou accepté de façon motivée au plus haut niveau de l'organisme, avant le début du traitement.
prior-authority = { $authority } ({ $reference })

## Les faits d'une application : communs au rapport et à l'application

fact-yes = Oui
fact-no = Non
fact-partly = En partie
fact-unknown = Inconnu
fact-to-check-again = { $value } (à revérifier)
fact-no-entry = Aucune entrée dans la base de connaissances.
# Le jour de la dernière vérification d'un fait, puis pourquoi le revérifier.
fact-checked-then = { $on } ; { $why }
fact-check-again = à revérifier
fact-check-again-old-version = à revérifier : la version de la page est ancienne
fact-checked-long-ago = À revérifier : dernière vérification il y a plus de { $months } mois.
fact-old-version = À revérifier : repose sur une version de la page de l'éditeur datée de plus de { $months } mois.
fact-stale-note =
    { $count ->
        [one] { $count } de ces faits doit être revérifié
       *[other] { $count } de ces faits doivent être revérifiés
    } avant de s'y fier : à la date du rapport, leur dernière vérification remonte à plus de { $months } mois, ou ils reposent sur une page que l'éditeur met à jour et dont la version date de plus de { $version_months } mois avant cette date.

## Cotations et juridictions : communes au rapport, à l'application et à la ligne de commande

# Une cotation : V pour la vraisemblance, G pour la gravité, chacune sur l'échelle de 1 à 4 de la CNIL, puis le niveau.
rating = V{ $likelihood } × G{ $severity } = { $level }
# La juridiction d'un éditeur, telle que le texte la nomme.
jurisdiction-us = les États-Unis
jurisdiction-cn = la Chine continentale
jurisdiction-hk = Hong Kong
jurisdiction-vg = les îles Vierges britanniques
jurisdiction-ae = les Émirats arabes unis
jurisdiction-ch = la Suisse
jurisdiction-fr = la France
jurisdiction-de = l'Allemagne
jurisdiction-ie = l'Irlande
jurisdiction-lu = le Luxembourg
jurisdiction-nl = les Pays-Bas
jurisdiction-gb = le Royaume-Uni
jurisdiction-jp = le Japon
jurisdiction-kr = la Corée du Sud
jurisdiction-sg = Singapour
jurisdiction-varies = variable selon le fournisseur
jurisdiction-unknown = inconnue

## Ce qui a changé depuis l'évaluation d'une analyse : l'avis de l'application et la section du rapport

since-scored-changed = La base de connaissances (version { $version }) a changé depuis la dernière évaluation de cette analyse.
since-scored-new-version = La base de connaissances a changé depuis la dernière évaluation de cette analyse (version { $then } alors, { $now } aujourd'hui).
# Un fait, une position ou une cotation tel qu'il était alors et tel qu'il est aujourd'hui.
since-scored-then-now = { $what } : { $then } alors, { $now } aujourd'hui.
since-scored-of-app = { $app } : { $what }
since-scored-stance = Position
since-scored-nothing-changes = La position et chaque cotation sont inchangées.
since-scored-advice = Le résultat affiché utilise les faits actuels. Examinez les changements, puis consignez la réévaluation pour que cet avis n'apparaisse plus.

## La justification d'un risque : l'annexe du rapport et le panneau des risques

trail-inherent = = Risque initial
trail-residual = = Risque résiduel
cause-baseline = Point de départ du risque (base de connaissances)
cause-answer = Réponse : { $answer }
# Un fait d'application comme étape : son libellé, sa valeur, puis d'où il vient.
cause-fact = Fait de l'application : { $fact } : { $value } { $source }
cause-fact-unknown = Fait de l'application : { $fact } : inconnu (aucune entrée dans la base de connaissances)
cause-rule = Règle : { $rule } { $source }
cause-rule-unknown = Règle : { $rule }
cause-safeguard = Mesure en place : { $measure }
cause-brought-by = Apporté par une mesure en place : { $measure }
cause-scale-limit = Maintenu dans l'échelle de 1 à 4
cause-above-scale = L'excédent mis de côté au sommet : les mesures doivent le compenser avant que la cotation ne baisse
cause-judgement = Cotation propre du rédacteur, qui remplace la cotation calculée : { $reason }
cause-capped = Plafonné au sommet de l'échelle (4) ; l'excédent est mis de côté
cause-held-at-bottom = Maintenu au bas de l'échelle (1)
step-own-rating = Cotation propre du rédacteur pour un risque que le catalogue ne couvre pas
step-stands-for = { $cause }. Correspond à « { $exposure } »
step-addresses-offset = { $cause }. Traite « { $exposure } », déjà compensé par la mesure ci-dessus
step-addresses = { $cause }. Traite « { $exposure } »
step-corroborates = { $cause }. Corrobore « { $exposure } », déjà compté une fois
step-evidence-of = { $cause }. Indice de « { $exposure } »

## Comment la source d'un fait est datée

source-primary = source primaire
source-secondary = source secondaire
source-none = aucune source trouvée
source-undated = non datée
source-updated = mise à jour : { $date }
source-dated = datée : { $date }
# La nature de la source, sa propre date, puis le jour où le fait a été vérifié d'après elle.
source-dating = { $kind }, { $dated }, vérifiée le { $checked }
source-work = { $source } ({ $kind }, { $dated })
# Une analyse qui répond à un questionnaire que msgdpia n'a pas.
open-unknown-questionnaire = l'analyse répond au questionnaire `{ $id }` version { $version }, qui n'est pas intégré (les questionnaires intégrés sont : { $built_in }) ; ouvrez aussi le fichier de ce questionnaire (en ligne de commande : --questionnaire FILE)

# Le fichier du logiciel PIA de la CNIL, depuis le menu Fichier (docs/interop.md).
menu-export-cnil-pia = Exporter en PIA CNIL…
menu-import-cnil-pia = Importer un PIA CNIL…
dialog-export-cnil-pia = Exporter en PIA de la CNIL
dialog-import-cnil-pia = Importer un PIA de la CNIL
dialog-filter-cnil-pia = PIA de la CNIL (JSON)
cnil-pia-exported = Analyse exportée dans { $file } en PIA de la CNIL : ouvrez-la avec le bouton Importer du logiciel PIA de la CNIL.
cnil-pia-exported-incomplete = Analyse exportée dans { $file } en PIA de la CNIL, sans jauges de risque : l'analyse est incomplète.
cnil-pia-not-exported = Impossible d'exporter le PIA de la CNIL ; rien n'a été écrit. { $error }
cnil-pia-not-imported = Impossible d'importer le PIA de la CNIL. { $error }
cnil-pia-imported-source = (la nouvelle analyse tirée de { $file })
cnil-pia-imported-unsaved = { $file } importé en nouvelle analyse, pas encore enregistrée : répondez à ses questions.
    { $list }

## La ligne de commande : ce que disent ses commandes en dehors du rapport et du score. Un message
## qui suit « fichier: » commence par une minuscule et n'a pas de point final.

# Demandé dans le terminal ; la saisie commence après. `$file` est le fichier chiffré.
cli-passphrase-prompt = Phrase secrète pour { $file } :
cli-passphrase-again = Saisissez-la de nouveau :
cli-passphrase-unreadable = impossible de lire la phrase secrète
cli-passphrases-differ = les deux phrases secrètes sont différentes ; rien n'a été écrit
cli-passphrase-file-not-text = le fichier de la phrase secrète n'est pas du texte
# `$purpose` vaut `open` (le fichier est chiffré) ou `choose` (le fichier va être chiffré) ;
# `$variable` est le nom de la variable d'environnement, MSGDPIA_PASSPHRASE.
cli-passphrase-needed =
    { $purpose ->
        [open] cette analyse est chiffrée
       *[choose] le chiffrement demande une phrase secrète
    } ; donnez la phrase secrète avec --passphrase-file FILE ou par la variable d'environnement { $variable }, ou lancez msgdpia dans un terminal pour qu'elle vous soit demandée
cli-already-encrypted = ce fichier est déjà chiffré
cli-not-encrypted = ce fichier n'est pas chiffré
# `$file` est le fichier chiffré écrit, `$bytes` sa taille, `$input` l'analyse qu'il chiffre.
cli-wrote-encrypted = { $file } écrit ({ $bytes } octets), chiffré avec la phrase secrète. { $input } n'a pas été modifié : supprimez-le s'il ne doit pas rester lisible.
cli-wrote-decrypted = { $file } écrit (non chiffré).
cli-score-not-json = impossible d'écrire le score en JSON
cli-pia-not-json = impossible d'écrire le PIA en JSON
cli-no-built-in-questionnaire = aucun questionnaire n'est intégré
cli-cannot-render = impossible de produire le rapport
# `$text` est la date telle qu'elle a été donnée.
cli-date-invalid = --date doit être une date qui existe, écrite AAAA-MM-JJ, par exemple 2026-03-31 ; valeur trouvée : `{ $text }`
cli-one-report = -o désigne un seul rapport ; pour produire les rapports de plusieurs analyses, donnez plutôt --output-dir FOLDER
cli-output-folder-missing = le dossier de sortie n'existe pas (créez-le d'abord)
# `$first` et `$second` sont deux analyses, `$output` le rapport où les deux seraient écrites.
cli-same-report-name = { $first } et { $second } seraient toutes deux écrites dans { $output } ; renommez l'une d'elles
# `$reason` est `cli-gui-no-display` ou `cli-gui-not-built` ; les commandes sont listées après.
cli-gui-unavailable = l'application de bureau ne peut pas s'ouvrir ici ({ $reason }). Utilisez plutôt une commande :
cli-gui-no-display = pas d'affichage : ni DISPLAY ni WAYLAND_DISPLAY n'est défini
cli-gui-not-built = cette version n'a pas d'application de bureau : elle a été compilée sans la fonctionnalité `gui`
# `$name` est la commande demandée, `$commands` la liste des commandes.
cli-no-such-command = il n'y a pas de commande `{ $name }` ; les commandes sont { $commands }
cli-man-not-written = la page de manuel n'a pas pu être écrite
cli-stdout-failed = impossible d'écrire sur la sortie standard
