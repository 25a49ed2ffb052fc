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
start-intro = Une analyse d'impact relative à la protection des données (AIPD, article 35 du RGPD) guidée, de l'usage professionnel d'une application de messagerie ou de visioconférence. Elle vous demande l'application utilisée, la sensibilité des données, les juridictions concernées et les mesures en place, puis produit un rapport PDF avec la cotation des risques et une position : FORBID, DEFINE ou ACCEPT.
start-private = Confidentiel dès la conception : rien ne quitte cet ordinateur. { -product } n'ouvre aucune connexion réseau ; vos analyses restent dans des fichiers locaux.
start-unsaved-found = Un travail non enregistré a été retrouvé
start-recover-file = La dernière session s'est terminée avant l'enregistrement de { $file }. Le récupérer ?
start-recover-new = La dernière session s'est terminée avant l'enregistrement d'une nouvelle analyse. La récupérer ?
start-discard-confirm = Abandonner définitivement le travail non enregistré ? Il ne pourra plus être récupéré.
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
