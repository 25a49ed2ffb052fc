# La méthodologie qui termine le rapport (et docs/methodology.md).

## Le titre et les intertitres de l'annexe

method-title = Annexe D : méthodologie
method-feared-heading = Les risques et les événements redoutés de la CNIL
method-exposures-heading = Des expositions comptées une seule fois
method-scales-heading = Échelles
method-own-rating-heading = La cotation propre du rédacteur
method-level-heading = Niveau
method-stance-heading = Règle de détermination de la position
method-screening-heading = Examen préalable
method-sources-heading = Sources et actualité des faits

## Les tableaux : chaque risque sous son événement redouté, les expositions, et le niveau de
## chaque vraisemblance et gravité (la gravité en lignes, la vraisemblance en colonnes ; une ligne
## est un point de l'échelle et son nom).

method-feared-event = Événement redouté (CNIL)
method-risks-assessed = Risques analysés
method-exposure = Exposition
method-exposure-what = Ce dont il s'agit
method-levels-corner = Gravité \ Vraisemblance
method-scale-row = { $point } { $name }

## La méthode en mots

method-feared-text = Chaque risque analysé relève de l'un des trois événements redoutés de la méthode PIA de la CNIL.
method-exposures-text = Les réponses, les faits relatifs à l'application et les règles sont autant d'indices d'expositions nommées. Les indices d'une même exposition n'élèvent un risque qu'une seule fois : le plus fort en fixe l'ampleur, les autres figurent dans la justification à titre de corroboration. Une mesure qui traite une exposition réduit un risque au plus de ce que cette exposition y a ajouté : aucune mesure ne réduit donc un risque en agissant sur une faiblesse qu'elle ne traite pas. Chaque mesure nomme les expositions qu'elle traite. Le point de départ d'un risque correspond à l'exposition que comporte tout usage (les téléphones se perdent, des messages partent au mauvais destinataire, les messages contiennent des données personnelles), que seules les mesures qui la traitent peuvent réduire. Une mesure peut apporter une exposition qui lui est propre (un service de capture conserve une copie de chaque message), comptée dès lors que la mesure l'est. Les mesures que l'application ne peut pas avoir (un mode facultatif de chiffrement de bout en bout dont elle est dépourvue, une édition administrée qu'elle ne propose pas) ne sont ni comptées ni proposées.
method-scales-text = La vraisemblance et la gravité suivent les échelles de la CNIL : 1 négligeable, 2 limitée, 3 importante, 4 maximale. Chaque risque part d'un point de départ fixé dans la base de connaissances. Les réponses, les faits relatifs à l'application et les règles juridiques l'élèvent par échelons entiers ; la cotation du risque initial est leur somme, maintenue dans l'intervalle 1–4 (la justification indique quand c'est le cas). Chaque mesure en place la réduit ensuite du nombre d'échelons que donne la base de connaissances, jamais en dessous de 1 ; les hausses au-delà du sommet de l'échelle sont compensées en premier, de sorte qu'un risque porté bien au-delà du maximum nécessite davantage de mesures pour baisser. Une mesure ne peut que réduire un risque, jamais l'accroître.
method-own-rating-text = Lorsque le rédacteur en sait plus que la méthode (deux téléphones volés cette année, une équipe qui n'aborde jamais de dossiers dans l'application), il peut fixer lui-même la vraisemblance d'un risque, sa gravité ou les deux avec les mesures en place, en indiquant son motif. Sa cotation compte alors pour le niveau, la position et la consultation préalable ; la cotation de la méthode reste à côté d'elle dans le registre, et la justification se termine par son étape et son motif. La correction est reportée sur la cotation une fois le plan d'action réalisé. Une cotation sans motif n'est pas prise en compte et figure parmi les constats. Le rédacteur peut aussi ajouter des risques que le catalogue ne couvre pas, qu'il cote lui-même avant toute mesure, ainsi que des mesures qui lui sont propres et qui réduisent ces risques ; les uns et les autres sont évalués, présentés dans le rapport et planifiés comme ceux du catalogue.
method-level-text = Le niveau est le produit de la vraisemblance et de la gravité : 1–3 faible, 4–6 moyen, 8–9 élevé, 12–16 très élevé.

## La règle de détermination de la position, une puce par cas. `$forbid`, `$define`, `$accept` et
## `$incomplete` sont les mots de la position, tels que le rapport les écrit (`stance-forbid`…).

method-stance-forbid = { $forbid } lorsqu'un risque résiduel est très élevé.
method-stance-high = Lorsqu'un risque résiduel est élevé : { $define } si des mesures qui ne sont pas encore en place ramenaient chaque risque élevé à un niveau moyen ou inférieur (le plus petit ensemble de telles mesures devient les conditions d'utilisation, avec les mesures en place sur lesquelles repose la position) ; sinon { $forbid }.
method-stance-define = { $define } lorsque chaque risque résiduel est à un niveau moyen ou inférieur, mais que certains ne le sont que grâce aux mesures en place (leur niveau initial est élevé ou très élevé) ; ces mesures deviennent les conditions d'utilisation.
method-stance-accept = { $accept } dans les autres cas.
method-stance-would-take = Lorsque la position est { $forbid }, le rapport indique ce qu'il faudrait pour autoriser l'usage sous conditions : le plus petit ensemble de mesures qui ramène chaque risque élevé ou très élevé à un niveau moyen ou inférieur, ou bien le fait qu'aucune mesure n'y parvient, parce que l'exposition vient du fournisseur, de sa juridiction ou des données.
method-stance-incomplete = Aucune position tant qu'une question obligatoire reste sans réponse : le résultat est { $incomplete } et le rapport reste un projet. À titre provisoire seulement, une réponse manquante compte comme « je ne sais pas », et « je ne sais pas » compte comme la réponse exposée (une exposition qui ne peut être écartée est présumée), jamais comme une mesure en place.
method-stance-planned = Une mesure prévue n'est pas une mesure réalisée : une mesure du plan d'action ne compte comme en place qu'une fois que le plan l'indique comme terminée. Chaque risque est aussi coté tel qu'il sera une fois tout le plan réalisé.
method-stance-prior = La consultation préalable est signalée lorsqu'un risque résiduel élevé ou très élevé subsiste ; savoir s'il s'agit d'une obligation, et auprès de quelle autorité, dépend du droit applicable (RGPD, art. 36 ; UK GDPR, art. 36 ; LPD, art. 23 ; aucune en vertu de la PDPO de Hong Kong ni de la PIPL de la RPC).

## L'examen préalable, et comment les faits d'une application sont sourcés et revérifiés.
## `$threshold` est le nombre de critères qui rendent une AIPD obligatoire, en toutes lettres
## (« deux ») ; `$check_months` et `$old_months` sont des nombres de mois ; `$date` est la date du
## rapport.

method-screening-text = Un critère des lignes directrices WP248 est rempli lorsqu'une réponse le remplit ; une AIPD est requise lorsque { $threshold } critères ou plus sont remplis.
method-sources-text = Chaque fait relatif à une application indique sa source, en précisant si elle est primaire (la politique, la documentation ou le livre blanc de l'éditeur lui-même, une autorité de régulation, un texte de loi, une liste officielle, le rapport d'audit publié lui-même) ou secondaire (utilisée seulement lorsqu'aucune source primaire n'a été trouvée), la date que la source indique elle-même (ou le fait qu'elle n'en indique aucune) et le jour où le fait a été vérifié d'après elle pour la dernière fois. Un fait est signalé comme à revérifier lorsque sa dernière vérification remonte à plus de { $check_months } mois avant la date du rapport, ou lorsqu'il repose sur une page que l'éditeur met régulièrement à jour (une politique, des conditions d'utilisation, une page d'aide) dont la version est datée de plus de { $old_months } mois avant cette date (un mois ou une année compte à partir de son dernier jour) ; une publication figée, telle qu'une version d'un livre blanc, un audit ou un texte de loi, conserve sa date.
method-sources-text-dated = Chaque fait relatif à une application indique sa source, en précisant si elle est primaire (la politique, la documentation ou le livre blanc de l'éditeur lui-même, une autorité de régulation, un texte de loi, une liste officielle, le rapport d'audit publié lui-même) ou secondaire (utilisée seulement lorsqu'aucune source primaire n'a été trouvée), la date que la source indique elle-même (ou le fait qu'elle n'en indique aucune) et le jour où le fait a été vérifié d'après elle pour la dernière fois. Un fait est signalé comme à revérifier lorsque sa dernière vérification remonte à plus de { $check_months } mois avant la date du rapport ({ $date }), ou lorsqu'il repose sur une page que l'éditeur met régulièrement à jour (une politique, des conditions d'utilisation, une page d'aide) dont la version est datée de plus de { $old_months } mois avant cette date (un mois ou une année compte à partir de son dernier jour) ; une publication figée, telle qu'une version d'un livre blanc, un audit ou un texte de loi, conserve sa date.
