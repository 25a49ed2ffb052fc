# Les mots du rapport (et de la ligne de commande, qui imprime les mêmes résultats).

## Dates et nombres.
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
number-grouping = {"\u202F"}
number-decimal = {","}

## Les positions et le statut du document.
stance-accept = ACCEPTER
stance-define = ENCADRER
stance-forbid = INTERDIRE
stance-incomplete = INCOMPLET
stance-meaning-accepted = L'usage peut être mis en œuvre ; le risque résiduel a été accepté par { $by } le { $on }.
stance-meaning-accept = L'usage pourra être mis en œuvre une fois le risque résiduel accepté lors de la validation.
stance-meaning-define = L'usage n'est autorisé que pour les finalités définies et uniquement dans les conditions énumérées.
stance-meaning-forbid = L'usage à des fins professionnelles devrait être interdit.
verdict-provisional = Résultat provisoire, donné à titre indicatif seulement, les réponses manquantes étant comptées comme « je ne sais pas ».
status-draft = Projet
status-in-review = En cours d'examen
status-approved = Approuvé
status-draft-text = Projet : ni examiné ni approuvé à ce stade ; il ne consigne aucune décision
status-in-review-text = En cours d'examen : la validation n'est pas terminée ; il ne consigne donc encore aucune décision
status-approved-text = Approuvé par { $by } le { $on }

## Comment les phrases et les listes sont jointes.
sentence-separator = {" "}
list-semicolon = {"\u202F; "}
quantity-with-unit = { $quantity }{"\u00A0"}{ $unit }

## Le droit applicable.
law-undetermined = Droit applicable : non déterminé tant qu'il n'a pas été répondu aux questions portant sur le lieu d'établissement de l'organisme et sur le lieu où se trouvent les personnes concernées.
law-heading = Droit applicable.
law-assessment-duty = { $law }, dont l'application est surveillée par { $authority } : une analyse d'impact est obligatoire ({ $reference }).
law-assessment-good-practice = { $law }, dont l'application est surveillée par { $authority } : une analyse d'impact relève des bonnes pratiques, sans être obligatoire ({ $reference }).
law-assessment-not-required = { $law }, dont l'application est surveillée par { $authority } : aucune analyse d'impact n'est exigée.
law-assessment-check = { $law }, dont l'application est surveillée par { $authority } : il convient de vérifier au regard de ce droit si une analyse d'impact est exigée.

## Les critères d'examen préalable des lignes directrices WP248 rév.01, dans la formulation de leur version française officielle.
criterion-evaluation = Évaluation ou notation
criterion-automated-decisions = Prise de décisions automatisée avec effet juridique ou effet similaire significatif
criterion-monitoring = Surveillance systématique
criterion-sensitive-data = Données sensibles ou données à caractère hautement personnel
criterion-large-scale = Données traitées à grande échelle
criterion-matching = Croisement ou combinaison d'ensembles de données
criterion-vulnerable = Données concernant des personnes vulnérables
criterion-innovative = Usage innovant ou application de nouvelles solutions technologiques ou organisationnelles
criterion-prevents-rights = Traitements qui empêchent les personnes concernées d'exercer un droit ou de bénéficier d'un service ou d'un contrat

## Les régions de la base de connaissances, telles qu'une phrase les nomme, avec leur article
## (« Pour le Royaume-Uni, … », « Fournisseur pour la Suisse ») : elles suivent « pour », jamais
## « de » ni « à », qui se contracteraient avec l'article.
region-eea = l'UE/l'EEE
region-uk = le Royaume-Uni
region-switzerland = la Suisse
region-hong-kong = Hong Kong
region-prc = la Chine continentale
region-us = les États-Unis
region-other = d'autres pays

## Le fournisseur d'une application, le lieu où sont ses données, et sa fermeture.
data-location-unstated = non indiqué par le fournisseur
data-location-partly-unstated = { $places }, ainsi que d'autres lieux non indiqués par le fournisseur
provision-unknown = Pour { $region }, aucune source trouvée n'indique quelle société fournit l'application { $app } aux organismes ; lieu de stockage ou de traitement des données : { $places }.
provision-known = Pour { $region }, l'application { $app } est fournie aux organismes par { $provider } ; lieu de stockage ou de traitement des données : { $places }.
app-closed-sentence = L'application { $app } a été fermée le { $on } ({ $source }) ; les faits ci-dessous la décrivent telle qu'elle était, et l'usage devrait passer à une autre application.
no-app-chosen = Aucune application choisie
# Un nom que les fichiers ne contiennent plus (application, risque, mesure, question, option ou règle retirée ou renommée) : son identifiant, signalé comme tel.
name-unknown = { $id } (inconnu)

## Les cotations, et ce qu'une mesure change.
rating-words = { $level } (vraisemblance { $likelihood }, gravité { $severity })
change-level = { $risk } : passe du niveau { $before } au niveau { $after }
change-likelihood-lower = { $risk } : vraisemblance réduite, niveau toujours { $level }
change-likelihood-higher = { $risk } : vraisemblance accrue, niveau toujours { $level }
change-severity-lower = { $risk } : gravité réduite, niveau toujours { $level }
change-severity-higher = { $risk } : gravité accrue, niveau toujours { $level }

## Les réponses qui ne correspondent pas au questionnaire, pour le lecteur.
misfit-no-such-question = Le fichier contient une réponse (enregistrée sous « { $stored } ») à une question que la version { $version } du questionnaire ne pose plus ; elle est conservée, mais n'est pas utilisée.
misfit-answer-again = « { $question } » : { $problem }. Veuillez y répondre à nouveau.
misfit-wrong-kind = la réponse enregistrée est { $found }, mais la question demande { $expected }
misfit-no-such-option = la réponse enregistrée désigne { $option }, une option que la question ne propose pas
misfit-no-such-options = la réponse enregistrée désigne des options que la question ne propose pas : { $options }
misfit-no-such-app = la réponse enregistrée désigne « { $app } », qui n'est pas une application de la base de connaissances
misfit-not-finite = la valeur enregistrée n'est pas un nombre fini
misfit-out-of-range = le nombre doit être { $range }, alors que la valeur enregistrée est { $found }
misfit-not-a-date = la valeur enregistrée, « { $text } », n'est pas une date au format AAAA-MM-JJ
range-between = compris entre { $min } et { $max }
range-at-least = supérieur ou égal à { $min }
range-at-most = inférieur ou égal à { $max }
range-any = dans sa plage de valeurs
kind-choice = un choix unique
kind-choices = un choix multiple
kind-yes-no = une réponse oui/non
kind-text = un texte
kind-number = un nombre
kind-date = une date
kind-apps = une liste d'applications
kind-other = une réponse d'un autre type

## Le rapport : le document et la page de garde.
report-document-title = AIPD — usage professionnel : { $apps }
report-document-subject = Analyse d'impact relative à la protection des données pour { $organisation }
report-marking = CONFIDENTIEL
report-marking-draft = PROJET · CONFIDENTIEL
report-no-app = aucune application choisie
report-cover-title = Analyse d'impact relative à la protection des données
report-cover-lead = Usage professionnel par { $organisation } : { $apps }.
report-confidential = Cette analyse décrit les traitements de l'organisme et leurs points faibles. Ne la communiquez qu'aux personnes qui en ont besoin.
report-cover-status = Statut
report-cover-organisation = Organisme
report-cover-sector = Secteur
report-cover-country = Pays
report-cover-apps = Application(s) analysée(s)
report-cover-assessor = Rédacteur de l'analyse
report-cover-dpo = Délégué à la protection des données
report-cover-contributors = Contributeurs
report-cover-assessment-date = Date de l'analyse
report-cover-review-date = Date de réexamen
report-cover-assessment-version = Version de l'analyse
report-cover-report-date = Date du rapport
report-contributor = { $name }, { $role }
report-status-review-overdue = { $status } ; son réexamen était prévu le { $due } et n'a pas été consigné
report-document-control = Suivi du document
report-history-version = Version
report-history-date = Date
report-history-by = Par
report-history-changes = Modifications
report-history-this-report = Le présent rapport ({ $status })
report-distribution = Diffusion
report-not-recorded = Non consigné
report-provenance = Éléments à partir desquels le présent rapport a été établi
report-provenance-questionnaire = Questionnaire
report-provenance-questionnaire-sha = SHA-256 du questionnaire
report-provenance-knowledge = Base de connaissances
report-provenance-knowledge-sha = SHA-256 de la base de connaissances

## Le rapport : la synthèse.
report-summary = Synthèse
report-draft-incomplete = PROJET : { $incomplete }
report-questions-to-answer = Questions encore sans réponse
report-provisionally = provisoirement { $stance }
report-app-headline = { $app } : { $stance }
report-risk-rated = { $risk } : { $rating }
report-main-residual-risks = Principaux risques résiduels pour { $app }
report-conditions-for = Conditions d'utilisation pour { $apps }
report-condition-for-some = Pour { $apps } : { $condition }
report-measure-with-policy = { $measure } : { $policy }
report-overall-stance = Position d'ensemble : { $stance }. L'usage conjoint des applications n'offre pas plus de sécurité que la plus faible d'entre elles.
report-findings = Constats à traiter
report-input-warnings = Avertissements sur les données d'entrée
report-changes-title = Changements dans la base de connaissances depuis la dernière évaluation
report-changes-note = Le présent rapport utilise les faits actuels ; les changements ci-dessus devraient être examinés avant sa signature.

## Le rapport : l'examen préalable, la description, la nécessité.
report-screening = Examen préalable
report-screening-intro = Les neuf critères des lignes directrices du G29 concernant l'analyse d'impact relative à la protection des données (WP248 rév.01), approuvées par le CEPD. Dans la plupart des cas, un traitement qui en remplit au moins deux requiert une AIPD.
report-screening-criterion = Critère (WP248 rév.01)
report-screening-met = Rempli
report-screening-because = En raison de la réponse
report-yes = Oui
report-no = Non
report-description-title = Description systématique du traitement
report-description-intro = Le traitement et ses finalités, décrits à partir des réponses.
report-description-intro-under-law = { $law } : le traitement et ses finalités, décrits à partir des réponses.
report-necessity-title = Nécessité et proportionnalité
report-necessity-intro = Pourquoi la messagerie est nécessaire à la finalité, et comment son usage reste proportionné.
report-necessity-intro-under-law = { $law } : pourquoi la messagerie est nécessaire à la finalité, et comment son usage reste proportionné.

## Le rapport : les registres des risques, les règles, les cartographies.
report-register = Registre des risques : { $app }
report-register-risk = Risque
report-register-inherent = Initial
report-register-residual = Résiduel
report-register-once-planned = Une fois le plan réalisé
report-register-own-rating =
    { $rating }
    Cotation du rédacteur
    Calculée : { $computed }
report-register-intro-with-plan = Vraisemblance (V) et gravité (G) sur les échelles de 1 à 4 de la CNIL, avant les mesures (risque initial), avec les mesures en place aujourd'hui (risque résiduel) et une fois réalisées toutes les mesures du plan d'action. Seules les mesures indiquées comme terminées comptent aujourd'hui. Les risques sont classés selon leur niveau résiduel ; les principales raisons de la cotation de chacun suivent, et l'annexe B détaille chaque étape qui a produit ces chiffres.
report-register-intro = Vraisemblance (V) et gravité (G) sur les échelles de 1 à 4 de la CNIL, avant les mesures (risque initial) et avec les mesures en place (risque résiduel). Les risques sont classés selon leur niveau résiduel ; les principales raisons de la cotation de chacun suivent, et l'annexe B détaille chaque étape qui a produit ces chiffres.
report-register-why = Pourquoi chaque risque est coté ainsi
report-brief = { $risk } : { $reasons }
report-brief-same-as = { $risk } : pour les mêmes raisons que pour { $app }, et avec le même résultat.
report-rules-applied = Règles juridiques et de juridiction appliquées
report-rule = { $rule }. { $explanation } { $citation }
report-rule-for-some = { $rule } (pour { $apps }). { $explanation } { $citation }
report-no-rule = Aucune règle juridique ou de juridiction du questionnaire ne s'applique à ces réponses et à cette application.
report-steps = Annexe B : comment chaque cotation a été obtenue
report-steps-intro = Chaque tableau énumère toutes les étapes qui ont produit la cotation d'un risque : son point de départ, les réponses, les faits relatifs à l'application et les règles juridiques qui la relèvent, et les mesures en place qui l'abaissent. Les étapes du risque initial s'additionnent pour donner la cotation avant les mesures, et l'ensemble des étapes, la cotation avec les mesures.
report-step = Étape
report-likelihood = Vraisemblance
report-severity = Gravité
report-risk-levels = { $risk } : { $inherent } → { $residual }
report-risk-described = { $description } Impacts sur les personnes concernées : { $harm } Mesures qui réduisent ce risque : { $measures }.
report-maps = Cartographies des risques
report-maps-intro = Chaque risque est placé selon sa vraisemblance (en abscisse) et sa gravité (en ordonnée), avant les mesures et avec les mesures en place. Les numéros renvoient au tableau figurant sous les cartographies.
report-map-inherent = Avant les mesures (risque initial)
report-map-residual = Avec les mesures en place (risque résiduel)
report-map-across = Vraisemblance → (1 négligeable … 4 maximale)
report-map-up = Gravité ↑
report-number = N°

## Le rapport : la comparaison et la recommandation.
report-comparison = Comparaison des applications
report-comparison-intro = Les applications analysées, cotées avec les mêmes réponses. L'annexe C indique, pour chaque application, son éditeur et la destination de ses données, ainsi que le détail, la source et les dates de chaque fait.
report-comparison-intro-with-candidates = Les applications analysées et celles qui sont seulement comparées, toutes cotées avec les mêmes réponses : une application seulement comparée est cotée comme si elle remplaçait celle qui est analysée, et n'intervient pas dans la position. Les faits sont ceux de la base de connaissances, chacun avec sa source à l'annexe E.
report-compared-only = { $app } (seulement comparée)
report-stance = Position
report-residual-of = Résiduel : { $risk }
report-vendor-jurisdiction = Juridiction de l'éditeur
report-high-remaining = { $count ->
    [0] aucun risque résiduel de niveau élevé ou supérieur
    [one] un risque résiduel de niveau élevé ou supérieur
   *[other] { $count } risques résiduels de niveau élevé ou supérieur
}
report-recommend-none = Recommandation : aucune des applications comparées ne peut être recommandée ; en l'état des réponses, chacune d'elles doit être interdite pour cet usage.
report-recommend-compared = Recommandation : avec les mêmes réponses, l'organisme serait mieux placé en utilisant { $preferred } ({ $stance }, avec { $remaining }). Avant de changer d'application, faites porter l'analyse sur { $count ->
    [one] cette application
   *[other] l'une de ces applications
} plutôt que sur { $assessed } : les réponses concernant l'application et ses mesures peuvent différer.
report-recommend-keep = Recommandation : avec les mêmes réponses, aucune des applications comparées ne placerait l'organisme dans une meilleure situation que { $assessed } ({ $stance }, avec { $remaining }).
report-recommend-equal = Recommandation : les applications comparées placent l'organisme dans une situation équivalente ({ $stance }, avec { $remaining } chacune) ; n'importe laquelle d'entre elles peut être utilisée pour les finalités analysées{ $conditions ->
    [yes] , dans le respect de ses conditions d'utilisation
   *[no] {""}
}.
report-recommend-best = Recommandation : parmi les applications comparées, { $preferred } { $count ->
    [one] est celle qui place
   *[other] sont celles qui placent
} l'organisme dans la meilleure situation ({ $stance }, avec { $remaining }) ; { $count ->
    [one] utilisez-la
   *[other] utilisez l'une d'elles
} pour les finalités analysées{ $conditions ->
    [yes] , dans le respect de ses conditions d'utilisation
   *[no] {""}
}, et non les autres.

## Le rapport : le profil de l'application et ses faits.
report-profile = Profil de l'application : { $app }
report-profile-intro = Les faits utilisés par l'analyse ; l'annexe C indique le détail, la source et les dates de chacun.
report-fact = Fait
report-value = Valeur
report-detail = Détail
report-source = Source
report-checked = Vérifié le
report-vendor = Éditeur
report-source-checked = { $source }, vérifiée le { $checked }
report-facts = Annexe C : faits relatifs à l'application
report-facts-no-app = Aucune application n'a été choisie.
report-no-transfer = Les données ne quittent pas la région.
report-provider-for = Fournisseur pour { $region }
report-provider-unknown = Non indiqué dans les sources trouvées
report-data-location = Lieu de stockage ou de traitement des données
report-transfers = Transferts

## Le rapport : les mesures et le plan d'action.
report-measures-and-plan = Mesures et plan d'action
report-recommended = Mesures recommandées
report-recommended-none = Aucune : aucune mesure de la base de connaissances ne réduirait un risque encore de niveau moyen ou supérieur.
report-recommended-intro = Les mesures qui réduiraient un risque encore de niveau moyen ou supérieur, des plus utiles aux moins utiles. L'effet attendu est celui de chaque mesure prise isolément, ajoutée aux mesures en place aujourd'hui.
report-measure = Mesure
report-for = Pour
report-expected-effect = Effet attendu
report-policy = Formulation pour la politique
report-all-apps = Toutes les applications analysées
report-condition-mark = {" "}(condition d'utilisation)
report-condition-mark-for = {" "}(condition d'utilisation pour { $apps })
report-effect-for = { $app } : { $changes }
report-effect-none = Ne modifie à elle seule aucune cotation
report-in-place = Mesures déjà en place
report-in-place-none = Aucune mesure signalée.
report-in-place-list = { $measures }.
report-plan = Plan d'action
report-plan-none = Aucun plan d'action n'a encore été consigné. Les mesures recommandées ci-dessus en constituent le point de départ.
report-plan-intro = L'effet attendu de chaque mesure prise isolément ; le registre des risques donne chaque cotation une fois tout le plan réalisé.
report-plan-in-place = En place : prise en compte dans les cotations résiduelles
report-owner = Responsable
report-due = Échéance
report-measure-status = Statut

## Le rapport : la consultation et la validation.
report-consultation = Consultation
report-consultation-intro = D'après l'étape 3 du modèle d'AIPD de l'ICO : l'avis des personnes concernées ou de leurs représentants (RGPD, art. 35, par. 9), et celui des personnes qui ont été associées, au sein de l'organisme comme à l'extérieur, tels le sous-traitant ou des experts en sécurité.
report-consultation-none = Aucune consultation n'est consignée. Le dossier devrait indiquer qui a été consulté, comment, quand et ce qui a été dit, ou pourquoi il n'était pas approprié de consulter.
report-consulted-who = Qui
report-consulted-how = Comment
report-consulted-when = Quand
report-consulted-views = Avis exprimés
report-not-consulted-because = Pourquoi les personnes concernées n'ont pas été consultées
report-sign-off = Validation
report-sign-off-intro = D'après l'étape 7 du modèle d'AIPD de l'ICO.
report-measures-approved-by = Mesures approuvées par
report-risks-approved-by = Risques résiduels approuvés par
report-dpo-advice = Avis du DPD
report-dpo-advice-outcome = Avis du DPD suivi ou écarté
report-overruled-because = Écarté. Motif : { $reason }
report-consultation-responses = Réponses à la consultation
report-kept-under-review-by = Réexamen assuré par
report-approved-on = { $by }, le { $on }
report-approved-on-nameless = — (en date du { $on }, aucun nom indiqué)
report-signatures = Signatures
report-signature-role = Fonction
report-signature-name = Nom
report-signature = Signature

## Le rapport : l'annexe A et les sources.
report-answers = Annexe A : questions et réponses
report-question = Question
report-answer = Réponse
report-not-asked = Non posée (sa condition n'était pas remplie)
report-not-answered = Sans réponse
report-with-note =
    { $answer }
    Note du rédacteur : { $note }
report-misfits = Réponses qui ne correspondent pas à ce questionnaire
report-sources = Annexe E : sources
report-sources-intro = Les documents cités dans le présent rapport, numérotés dans l'ordre de leur première citation. Pour chacun, il est indiqué s'il s'agit d'une source primaire (l'éditeur, une autorité de régulation, un texte de loi, l'analyse elle-même) ou secondaire, ainsi que la date qu'il porte ; l'annexe C indique le jour où chaque fait a été vérifié d'après lui.

## Ce que les moteurs de rendu ajoutent autour du rapport.
document-language = fr-FR
document-contents = Sommaire
document-page-before = {"Page "}
document-page-between = {" sur "}
document-page-after = {""}

## La ligne de commande : `msgdpia score` et `msgdpia report`.
score-stance = Position : { $stance }
score-questions-to-answer = Questions encore sans réponse :
score-condition = condition : { $measure }
score-assessor-rating = {" "}(cotation du rédacteur ; calculée : { $rating })
score-once-planned = {" "}({ $rating } une fois le plan réalisé)
score-short-rating = V{ $likelihood } G{ $severity } { $level }
score-finding = constat : { $text }
score-warning = avertissement : { $text }
cli-wrote = Fichier { $file } écrit ({ $bytes } octets) : position { $stance }
check-ok = OK : { $file } : { $summary }
check-knowledge-base = base de connaissances { $id } { $version } : { $risks } risques, { $controls } mesures, { $apps } applications
check-questionnaire = questionnaire { $id } { $version } : { $sections } sections, { $questions } questions, { $rules } règles
check-questionnaire-translation = traduction du questionnaire { $id } { $version } : { $sections } sections, { $questions } questions
check-knowledge-base-translation = traduction de la base de connaissances { $id } { $version } : { $risks } risques, { $exposures } expositions, { $controls } mesures, { $facts } faits
check-assessment = analyse de { $organisation } répondant au questionnaire { $id } { $version } ({ $answers } réponses)
check-unknown-kind = impossible de dire de quel type de fichier il s'agit : il devrait commencer par `Questionnaire(`, `QuestionnaireTranslation(`, `KnowledgeBase(`, `KnowledgeBaseTranslation(` ou `Assessment(`
kb-diff-versions = Base de connaissances { $old_id } { $old_version } → { $new_id } { $new_version }
kb-diff-reassessing = Nouvelle évaluation de { $file } :
kb-diff-nothing-changes = La position et chaque cotation restent inchangées.
kb-diff-stance = Position : { $was } → { $now }
kb-diff-no-change = Aucun fait sur les applications n'a changé.
kb-diff-added = Applications ajoutées : { $apps }
kb-diff-removed = Applications retirées : { $apps }
kb-diff-app = { $app } :
kb-diff-vendor = Éditeur : description mise à jour
kb-diff-jurisdiction = Juridiction de l'éditeur : { $was } → { $now }
kb-diff-fact = { $fact } : { $was } → { $now }
kb-diff-fact-updated = { $fact } : même valeur ; détail, source ou dates mis à jour
cli-batch-wrote = { $written } rapports sur { $total } écrits dans { $folder } en { $seconds } s{ $failed ->
    [0] {""}
   *[other] {" ;"} { $failed } en échec (voir ci-dessus)
}
untranslated-questionnaire = le questionnaire { $id } { $version } n'a pas de traduction dans cette langue : ses questions et ses réponses gardent leurs propres mots dans le rapport
untranslated-knowledge-base = la base de connaissances { $id } { $version } n'a pas de traduction dans cette langue : ses risques et ses mesures gardent leurs propres mots dans le rapport
# L'export et l'import au format du logiciel PIA de la CNIL (msgdpia export-pia, import-pia ; docs/interop.md).
cnil-pia-measure-in-place = En place.
cnil-pia-measure-planned = Prévue au plan d'action, pas encore réalisée.
cnil-pia-gauge-basis = Fixée par msgdpia d'après le plus élevé de ses risques de ce type, évalué une fois réalisées les mesures en place et celles prévues :
cnil-pia-risk-rated = { $risk } : vraisemblance { $likelihood } sur 4, gravité { $severity } sur 4 ({ $level }).
cnil-pia-export-incomplete = l'analyse est incomplète : les risques sont écrits sans jauges ; évaluez-les dans le logiciel de la CNIL, ou terminez l'analyse et exportez-la de nouveau
# The PIA's name in the CNIL tool's list: what is assessed and by whom, as on the report's cover.
cnil-pia-name = Usage professionnel de { $apps } par { $organisation }
cnil-pia-wrote = { $file } écrit ({ $bytes } octets) : un export PIA de la CNIL, pour le bouton Importer du logiciel PIA de la CNIL
cnil-pia-not-json = ce n'est pas du JSON : { $detail }
cnil-pia-wrong-structure = ce n'est pas un export PIA de la CNIL : { $detail }
cnil-pia-wrong-field = ce n'est pas un export PIA de la CNIL : au champ { $field }, { $detail }
cnil-pia-threats = Menaces : { $list }
cnil-pia-sources = Sources de risques : { $list }
cnil-pia-imported = { $file } écrit : une nouvelle analyse tirée du PIA de la CNIL ; répondez à ses questions dans msgdpia (msgdpia check { $file } les liste)
cnil-pia-all-mapped = Tout ce que contient le PIA de la CNIL a été repris dans la nouvelle analyse.
cnil-pia-unmapped-heading = Non repris dans la nouvelle analyse :
cnil-pia-unmapped-line = - { $place } : { $why }
cnil-pia-place-question = partie { $item } de la CNIL, question { $question }
cnil-pia-place-answer = une réponse à { $reference }
cnil-pia-place-risk-item = le risque { $item } de la CNIL
cnil-pia-place-measure = la mesure « { $title } »
cnil-pia-place-untitled-measure = une mesure sans titre
cnil-pia-place-field = le champ { $field } du PIA
cnil-pia-place-evaluation = l'évaluation de { $reference }
cnil-pia-place-pending = { $count ->
    [one] une évaluation demandée, en attente
   *[other] { $count } évaluations demandées, en attente
}
cnil-pia-place-comment = un commentaire sur { $reference }
cnil-pia-own-risk-name = { $event } (évaluation du logiciel PIA de la CNIL, mesures prévues comprises)
cnil-pia-own-risk-basis = Risque évalué dans le logiciel PIA de la CNIL : gravité { $severity } sur 4, vraisemblance { $likelihood } sur 4, « en tenant compte des mesures existantes ou prévues ». Prévu n'est pas réalisé : ce n'est pas l'évaluation du risque tel qu'il est aujourd'hui, et aucune mesure de cette analyse ne le réduit. Évaluez-le avant toute mesure, ajoutez les mesures qui le réduisent et renommez-le.
cnil-pia-why-not-text = le logiciel de la CNIL écrit là un texte ; ceci n'en est pas un
cnil-pia-why-no-question = msgdpia ne pose sur ce sujet aucune question à réponse rédigée
cnil-pia-why-measure-links = msgdpia doit savoir de combien une mesure réduit un risque, ce que le PIA de la CNIL ne dit pas
cnil-pia-why-no-rating = sans les deux jauges, de gravité et de vraisemblance, il n'y a pas d'évaluation à reprendre
cnil-pia-why-evaluation = la méthode de msgdpia évalue elle-même les réponses ; le verdict, le commentaire et le plan d'action de l'évaluateur n'ont pas de place dans une analyse
cnil-pia-why-pending = rien n'a encore été évalué
cnil-pia-why-comment = une analyse ne contient pas de commentaires
cnil-pia-why-status = dans msgdpia, une approbation nomme qui a approuvé et quand
cnil-pia-why-validator = msgdpia nomme qui a approuvé, avec la date, seulement une fois que c'est fait
cnil-pia-why-opinion-status = msgdpia note si l'avis a été suivi, non s'il était favorable
cnil-pia-why-people-status = msgdpia note ce qu'ont dit les personnes concernées, non si leur avis était favorable
cnil-pia-why-no-field = msgdpia n'a pas ce champ
cnil-pia-why-processing-name = il désigne le traitement, non l'organisme, qu'un PIA de la CNIL n'enregistre pas : indiquez l'organisme sur la première page, À propos de cette analyse
cnil-pia-why-not-standard = ce n'est pas une question de la structure standard de la CNIL
cnil-pia-why-too-long = c'est plus long que ce qu'une analyse peut contenir à cet endroit
cnil-pia-why-untitled = une mesure doit avoir un nom

## Avant d'écrire un PDF : ce qu'il ne peut pas montrer tel quel (dit par la ligne de commande et
## avec la confirmation d'export de l'application).
# `$count` : le nombre de caractères qu'aucune police ne dessine ; `$shown` : les vingt
# premiers, chacun comme `print-character`, joints en liste.
print-unprintable = { $count ->
        [one] la police du rapport ne peut pas dessiner 1 caractère, qui s'imprimera comme un carré vide : { $shown }
       *[other] la police du rapport ne peut pas dessiner { $count } caractères, qui s'imprimeront comme des carrés vides : { $shown }
    }
print-unprintable-more = { $shown } et { $more } autres
print-character = { $character } (U+{ $code })
print-right-to-left = le rapport contient du texte qui s'écrit de droite à gauche (par exemple { $character }, U+{ $code }), que le PDF ne sait pas mettre en forme : ses lettres s'imprimeront dans l'ordre de gauche à droite, sans liaison ; l'export HTML l'affiche correctement
