# What the loaders say is wrong with a file: knowledge.
#
# Ce que disent les chargeurs à la personne qui modifie une base de connaissances (ou sa
# traduction) à la main. Les noms entre accents graves sont ceux du fichier : champs,
# identifiants, valeurs, syntaxe RON ; ils restent tels quels, de même que YYYY-MM-DD.

## Les risques, les expositions et les mesures de la base de connaissances

knowledge-edition-has-app-id = l'édition `{ $edition }` porte l'identifiant d'une application
knowledge-off-the-scale = `{ $field }` doit se situer sur l'échelle de 1 à 4 (1 négligeable … 4 maximal) ; valeur trouvée : { $value }
knowledge-unknown-exposure = `{ $exposure }` n'est pas une exposition de la base de connaissances
knowledge-unknown-fact = `{ $fact }` n'est pas un fait de la base de connaissances
knowledge-no-fact-value = `values` doit indiquer au moins une valeur de fait (Yes, No, Partial, Unknown)
knowledge-control-reduces-nothing = la mesure `{ $control }` doit réduire au moins un risque
knowledge-unknown-risk = `{ $risk }` n'est pas un risque de la base de connaissances
knowledge-step-too-large = `{ $field }` doit être une réduction comprise entre 0 et { $max } échelons ; valeur trouvée : { $step }
knowledge-reduction-of-nothing = une réduction de 0 échelon de vraisemblance et de 0 échelon de gravité n'a aucun effet

## Les applications : qui les fournit dans chaque région, leurs éditions, fournisseurs et faits

# `$owner` : l'identifiant d'une application ou d'une édition ; `$regions` : les codes des
# régions, séparés par « , ».
knowledge-region-missing = `{ $owner }` ne dit rien des utilisateurs de la région `{ $region }` ; chaque application indique son fournisseur pour chacune de ces régions : { $regions }
# `$count` vaut 2 ou plus.
knowledge-region-repeated = `{ $owner }` indique { $count } fois son fournisseur pour les utilisateurs de la région `{ $region }` ; indiquez-le une seule fois
knowledge-not-a-region = `{ $region }` n'est pas une région ; les régions sont : { $regions }
knowledge-no-data-location = `data_in` doit indiquer au moins un pays, ou bien `unknown` ou `varies`
knowledge-not-a-country = `{ $country }` dans `data_in` n'est ni un code pays ISO à deux lettres en majuscules, ni `unknown`, ni `varies`
knowledge-edition-overrides-nothing = l'édition `{ $edition }` ne remplace aucun fait de `{ $app }` ; une édition diffère de son application par au moins un fait
knowledge-not-a-jurisdiction = `jurisdiction` doit être un code pays ISO à deux lettres en majuscules, comme US ou CN, ou bien `varies` ou `unknown` ; valeur trouvée : `{ $found }`
knowledge-app-lacks-fact = l'application `{ $app }` n'a pas d'entrée pour le fait `{ $fact }` ; il est compté comme inconnu
# `$facts` : les identifiants des faits de la base de connaissances, séparés par « , ».
knowledge-not-a-fact = `{ $fact }` n'est pas un fait de la base de connaissances ; les faits sont : { $facts }
# `$problem` dit en quoi le détail du fait contredit sa valeur (en anglais pour l'instant).
knowledge-fact-disagrees = fait `{ $fact }` de `{ $owner }` : { $problem }
knowledge-closed-app-needs-both = une application fermée doit indiquer à la fois `discontinued` (le jour de sa fermeture) et `discontinued_source` (où le fournisseur l'annonce)
knowledge-not-a-source-date = `{ $field }` doit être la date qu'indique la source, au format YYYY-MM-DD, YYYY-MM ou YYYY (précédée de `updated ` pour une page que le fournisseur tient à jour), ou bien `undated` ; valeur trouvée : `{ $found }`
# `$date` et `$today` s'écrivent YYYY-MM-DD.
knowledge-checked-after-today = `{ $field }` vaut { $date }, date postérieure à aujourd'hui ({ $today }) : un fait ne peut avoir été vérifié qu'aujourd'hui ou avant

## Une traduction de la base de connaissances

knowledge-translation-of-another = cette traduction porte sur la base de connaissances `{ $translated }`, et non sur `{ $expected }`
knowledge-translation-outdated = les textes de la base de connaissances ont changé depuis cette traduction : relisez les risques, expositions, mesures et libellés de faits modifiés depuis (`git log -p assets/knowledge_base.ron`), puis donnez à `translates` la valeur "{ $fingerprint }"
knowledge-translation-language = la langue attendue est `{ $expected }`, mais le fichier indique `{ $found }`
