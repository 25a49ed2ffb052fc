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

theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre

## Panneau des risques

panel-questions-left =
    { $count ->
        [one] Encore une question obligatoire sans réponse.
       *[other] Encore { $count } questions obligatoires sans réponse.
    }
