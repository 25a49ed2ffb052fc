# What the loaders say is wrong with a file: format.
#
# Ce que disent les chargeurs à la personne qui modifie un fichier à la main, quand le fichier
# lui-même est mal formé. Chaque message suit « fichier:ligne:colonne: » : il commence par une
# minuscule et n'a pas de point final. Ce qui s'écrit tel quel dans le fichier (`champ`, `[`, `)`,
# les noms entre accents graves, YYYY-MM-DD, true, None) reste tel quel.
#
# Un message sur une valeur la nomme avec `$subject`, la forme que prennent les mots, et `$key`,
# `$owner` et `$parent`, les noms qu'ils contiennent (les formes en `-this` concernent un élément
# sans nom). Ce qui a été trouvé est `$found` : le texte tel qu'il est écrit dans le fichier, ou
# bien `a-list`, `a-map` ou `end-of-file`.

## La lecture du fichier

format-empty-file = le fichier est vide (il ne contient que des espaces ou des commentaires) ; attendu : un fichier enregistré par msgdpia, comme une analyse
format-not-utf8 = le fichier n'est pas un texte UTF-8 valide
format-ends-early = le fichier se termine trop tôt : il manque probablement un `)`, un `]` ou un `{"}"}` fermant
format-unclosed-at-end = le fichier se termine avant que ce `{ $open }` soit fermé : il manque un `{ $close }` (le fichier aurait-il été tronqué ?)
format-trailing-text = du texte suit la fin de l'élément principal du fichier (un `)` ou un `]` en trop ?)
format-text-after-main-item =
    du texte suit la fin de l'élément principal du fichier, qui se ferme ligne { $line }, colonne { $column } : { $found ->
        [a-list] une liste `[…]`
        [a-map] un dictionnaire `{"{"}…{"}"}`
        [end-of-file] la fin du fichier
       *[other] { $found }
    }

## Parenthèses, crochets, accolades, virgules, guillemets et commentaires

format-closes-nothing = ce `{ $close }` ne ferme rien : rien n'est ouvert à cet endroit
format-wrong-bracket = `{ $expected }` attendu pour fermer le `{ $open }` de la ligne { $line }, colonne { $column } ; trouvé : `{ $found }`
format-array-end-expected = un `]` est attendu ici, pour fermer la liste
format-map-end-expected = un `{"}"}` est attendu ici, pour fermer le dictionnaire
format-struct-end-expected = un `)` est attendu ici
format-colon-expected = un deux-points `:` est attendu ici, après la clé
format-comma-missing =
    il manque une virgule `,` entre deux éléments, avant { $found ->
        [a-list] une liste `[…]`
        [a-map] un dictionnaire `{"{"}…{"}"}`
        [end-of-file] la fin du fichier
       *[other] { $found }
    }
format-not-expected-here =
    { $found ->
        [a-list] une liste `[…]`
        [a-map] un dictionnaire `{"{"}…{"}"}`
        [end-of-file] la fin du fichier
       *[other] { $found }
    } ne peut pas figurer ici
format-text-not-closed = un texte entre guillemets droits n'est pas fermé
format-text-never-closed = ce texte entre guillemets droits n'est jamais fermé : il manque un `"`
format-text-runs-on = ce texte entre guillemets droits n'est probablement pas fermé : il se poursuit jusqu'à la ligne { $line } ; ajoutez le `"` manquant
format-comment-not-closed = un commentaire ouvert par `/*` n'est jamais fermé
format-comment-never-closed = ce commentaire n'est jamais fermé : il manque le `*/` qui le termine
format-nested-too-deeply = les éléments sont imbriqués trop profondément à cet endroit
format-invalid-escape = `\{ $character }` n'est pas une séquence d'échappement valide dans un texte ; écrivez `\\` pour une barre oblique inverse, `\"` pour un guillemet droit ou `\n` pour un saut de ligne
format-invalid-escape-somewhere = ce texte contient une séquence d'échappement (une barre oblique inverse suivie d'un caractère) qui n'est pas valide ; écrivez `\\` pour une barre oblique inverse, `\"` pour un guillemet droit ou `\n` pour un saut de ligne

## Champs, clés et valeurs. `$item` est le nom d'une structure entre accents graves, ou `this-item`.

format-missing-field =
    il manque à { $item ->
        [this-item] cet élément
       *[other] { $item }
    } le champ obligatoire `{ $field }`
format-unknown-field =
    `{ $found }` n'est pas un champ de { $item ->
        [this-item] cet élément
       *[other] { $item }
    } ; les champs sont : { $fields }
format-field-given-twice =
    le champ `{ $field }` figure deux fois dans { $item ->
        [this-item] cet élément
       *[other] { $item }
    }
format-field-twice =
    le champ `{ $key }` figure deux fois dans { $owner ->
        [this-item] cet élément
       *[other] { $owner }
    } : une première fois ligne { $line }, colonne { $column }, puis ici ; n'en gardez qu'un
format-key-twice =
    { $owner ->
        [this-item] cet élément
       *[other] { $owner }
    } contient deux fois la clé { $key } : une première fois ligne { $line }, colonne { $column }, puis ici ; n'en gardez qu'une
format-unknown-variant = `{ $found }` ne fait pas partie des valeurs admises ici : { $values }
# `$error` est la description de l'analyseur RON lui-même, en anglais.
format-not-valid-here = ceci n'est pas valide ici : { $error }
format-must-be =
    { $subject ->
        [main-item] l'élément principal du fichier
        [value-for] la valeur de { $key } dans { $owner }
        [value-for-this] la valeur de { $key } dans cet élément
        [key-of] une clé de { $owner }
        [key-of-this] une clé de cet élément
        [item-of] un élément de { $owner }
        [item-of-this] un élément de cet élément
        [item-of-for] un élément de { $owner } pour { $parent }
        [item-of-for-this] un élément de cet élément pour { $parent }
        [value-in] la valeur dans { $owner }
        [value-in-this] la valeur dans cet élément
        [value-in-for] la valeur dans { $owner } pour { $parent }
        [value-in-for-this] la valeur dans cet élément pour { $parent }
        [field-name-in] un nom de champ dans { $owner }
        [field-name-in-this] un nom de champ dans cet élément
       *[field] le champ { $key }
    } doit être { $expected ->
        [true-or-false] true ou false
        [whole-number] un nombre entier
        [whole-number-0] un nombre entier supérieur ou égal à 0
        [a-number] un nombre
        [a-text] un texte entre guillemets droits
        [a-name] un nom sans guillemets
        [a-character] un seul caractère entre apostrophes
        [a-list] une liste entre crochets, `[…]`
        [a-map] un dictionnaire entre accolades, `{"{"}…{"}"}`
        [an-item] un élément entre parenthèses, `(…)`
        [a-value-or-none] une valeur ou `None`
        [unit] `()`
        [a-byte-string] une chaîne d'octets
       *[other] { $expected }
    } ; { $found ->
        [a-list] valeur trouvée : une liste `[…]`
        [a-map] valeur trouvée : un dictionnaire `{"{"}…{"}"}`
        [end-of-file] le fichier se termine ici
       *[other] valeur trouvée : { $found }
    }
format-too-large =
    { $subject ->
        [main-item] l'élément principal du fichier
        [value-for] la valeur de { $key } dans { $owner }
        [value-for-this] la valeur de { $key } dans cet élément
        [key-of] une clé de { $owner }
        [key-of-this] une clé de cet élément
        [item-of] un élément de { $owner }
        [item-of-this] un élément de cet élément
        [item-of-for] un élément de { $owner } pour { $parent }
        [item-of-for-this] un élément de cet élément pour { $parent }
        [value-in] la valeur dans { $owner }
        [value-in-this] la valeur dans cet élément
        [value-in-for] la valeur dans { $owner } pour { $parent }
        [value-in-for-this] la valeur dans cet élément pour { $parent }
        [field-name-in] un nom de champ dans { $owner }
        [field-name-in-this] un nom de champ dans cet élément
       *[field] le champ { $key }
    } dépasse le plus grand nombre entier admis à cet endroit ; { $found ->
        [a-list] valeur trouvée : une liste `[…]`
        [a-map] valeur trouvée : un dictionnaire `{"{"}…{"}"}`
        [end-of-file] le fichier se termine ici
       *[other] valeur trouvée : { $found }
    }
# `$message` est la description de l'analyseur RON lui-même, en anglais.
format-not-valid =
    { $subject ->
        [main-item] l'élément principal du fichier
        [value-for] la valeur de { $key } dans { $owner }
        [value-for-this] la valeur de { $key } dans cet élément
        [key-of] une clé de { $owner }
        [key-of-this] une clé de cet élément
        [item-of] un élément de { $owner }
        [item-of-this] un élément de cet élément
        [item-of-for] un élément de { $owner } pour { $parent }
        [item-of-for-this] un élément de cet élément pour { $parent }
        [value-in] la valeur dans { $owner }
        [value-in-this] la valeur dans cet élément
        [value-in-for] la valeur dans { $owner } pour { $parent }
        [value-in-for-this] la valeur dans cet élément pour { $parent }
        [field-name-in] un nom de champ dans { $owner }
        [field-name-in-this] un nom de champ dans cet élément
       *[field] le champ { $key }
    } n'est pas valide : { $message }
format-not-ordinary-number =
    { $subject ->
        [main-item] l'élément principal du fichier
        [value-for] la valeur de { $key } dans { $owner }
        [value-for-this] la valeur de { $key } dans cet élément
        [key-of] une clé de { $owner }
        [key-of-this] une clé de cet élément
        [item-of] un élément de { $owner }
        [item-of-this] un élément de cet élément
        [item-of-for] un élément de { $owner } pour { $parent }
        [item-of-for-this] un élément de cet élément pour { $parent }
        [value-in] la valeur dans { $owner }
        [value-in-this] la valeur dans cet élément
        [value-in-for] la valeur dans { $owner } pour { $parent }
        [value-in-for-this] la valeur dans cet élément pour { $parent }
        [field-name-in] un nom de champ dans { $owner }
        [field-name-in-this] un nom de champ dans cet élément
       *[field] le champ { $key }
    } doit être un nombre ordinaire ; valeur trouvée : `{ $value }`, qui { $which ->
        [not-a-number] n'est pas un nombre
       *[infinite] est infini
    }
format-text-too-long =
    { $subject ->
        [main-item] l'élément principal du fichier
        [value-for] la valeur de { $key } dans { $owner }
        [value-for-this] la valeur de { $key } dans cet élément
        [key-of] une clé de { $owner }
        [key-of-this] une clé de cet élément
        [item-of] un élément de { $owner }
        [item-of-this] un élément de cet élément
        [item-of-for] un élément de { $owner } pour { $parent }
        [item-of-for-this] un élément de cet élément pour { $parent }
        [value-in] la valeur dans { $owner }
        [value-in-this] la valeur dans cet élément
        [value-in-for] la valeur dans { $owner } pour { $parent }
        [value-in-for-this] la valeur dans cet élément pour { $parent }
        [field-name-in] un nom de champ dans { $owner }
        [field-name-in-this] un nom de champ dans cet élément
       *[field] le champ { $key }
    } compte { $length } caractères ; un texte peut en contenir au plus { $limit } (une quarantaine de pages) : placez-le dans un document à part et faites-y référence
format-detail-too-long = le champ `{ $field }` compte { $length } caractères ; il peut en contenir au plus { $limit } (c'est un nom, affiché sur chaque page)

## Vérifications communes à tous les types de fichiers. `$what` est le type d'élément, avec des
## tirets à la place des espaces.

format-id-used-twice =
    l'identifiant { $what ->
        [section] de section
        [question] de question
        [option] d'option
        [rule] de règle
        [consistency-check] de contrôle de cohérence
        [regime] de régime
        [unsuitable-measures-entry] d'entrée de mesures inadaptées
        [risk] de risque
        [control] de contrôle
        [fact] de fait
        [exposure] d'exposition
        [app] d'application
        [app-edition] d'édition d'application
        [edition] d'édition
       *[other] de { $what }
    } `{ $id }` est utilisé plus d'une fois (la première fois ligne { $line }, colonne { $column }) ; chaque identifiant doit être unique
format-id-syntax =
    l'identifiant { $what ->
        [section] de section
        [question] de question
        [option] d'option
        [rule] de règle
        [consistency-check] de contrôle de cohérence
        [regime] de régime
        [unsuitable-measures-entry] d'entrée de mesures inadaptées
        [risk] de risque
        [control] de contrôle
        [fact] de fait
        [exposure] d'exposition
        [app] d'application
        [app-edition] d'édition d'application
        [edition] d'édition
       *[other] de { $what }
    } `{ $id }` doit compter de 1 à { $longest } caractères, chacun étant une lettre minuscule, un chiffre, `_` ou `-`
format-field-empty = le champ `{ $field }` ne doit pas être vide
format-not-a-date = le champ `{ $field }` doit être une date qui existe, écrite YYYY-MM-DD, par exemple 2026-03-31 ; valeur trouvée : `{ $text }`

## Lire et écrire un fichier, et le chiffrement : ce qui arrête msgdpia au fichier lui-même.
## Chaque message suit « fichier: » (ou « fichier:ligne:colonne: ») : il commence par une
## minuscule et n'a pas de point final.

# Ce que faisait msgdpia quand le système d'exploitation a refusé ; la raison du système suit,
# dans ses propres mots (`io-refused`).
io-cannot-read-file = impossible de lire le fichier
io-cannot-remove-file = impossible de supprimer le fichier
io-cannot-create-folder = impossible de créer le dossier
io-cannot-create-temporary = impossible de créer un fichier temporaire dans son dossier
io-cannot-write = impossible d'écrire
io-cannot-copy-permissions = impossible de donner au nouveau fichier les autorisations de l'ancien
io-cannot-flush = impossible d'écrire les données sur le disque
io-cannot-replace = impossible de remplacer le fichier
io-cannot-rewrite-lock = impossible de réécrire le fichier de verrou
io-cannot-refresh-lock = impossible de rafraîchir le fichier de verrou
io-cannot-create-lock = impossible de créer le fichier de verrou
# L'un d'eux (`$action`) avec la raison du système (`$reason`), dans ses propres mots.
io-refused = { $action } : { $reason }
# La ligne et la colonne du premier octet qui n'est pas de l'UTF-8 le précèdent.
io-not-text = ce n'est pas un texte valide (le fichier n'est plus en UTF-8 à partir d'ici) ; enregistrez le fichier en UTF-8, ou donnez à msgdpia un fichier qu'il a enregistré, comme une analyse, plutôt qu'un rapport ou un autre type de fichier
io-read-only = le fichier est en lecture seule, il n'a donc pas été remplacé ; choisissez un autre nom ou rendez d'abord le fichier modifiable
# `$input` est le chemin de l'entrée, tel qu'il a été donné.
io-output-is-input = c'est le même fichier que l'entrée { $input } ; l'écrire remplacerait cette entrée, donc rien n'a été écrit ; choisissez un autre nom de sortie
# `$kind` est ce que le chemin désigne à la place : `folder`, `pipe` (un tube nommé), `socket`,
# `device` ou `other`.
io-not-a-file =
    c'est { $kind ->
        [folder] un dossier
        [pipe] un tube nommé (FIFO)
        [socket] un socket
        [device] un périphérique
       *[other] un autre type d'élément
    }, pas un fichier ; donnez le chemin d'un fichier enregistré par msgdpia
# `$size` est la taille du fichier et `$limit` la plus grande que msgdpia lit, en octets.
io-too-large = le fichier fait { $size } octets, trop volumineux pour être un fichier msgdpia (limite : { $limit } octets)
encryption-wrong-passphrase = la phrase secrète est erronée (ou le fichier a été chiffré pour une clé age plutôt qu'avec une phrase secrète)
encryption-empty-passphrase = la phrase secrète est vide
# `$count` est le nombre minimal de caractères d'une nouvelle phrase secrète.
encryption-too-short =
    la phrase secrète est trop courte : choisissez-en une d'au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner)
# `$required` est le facteur de travail scrypt que demande le fichier et `$allowed` le plus grand
# que msgdpia admet (chacun une puissance de 2 : 2^20).
encryption-excessive-work = le fichier demande un facteur de travail scrypt de 2^{ $required }, plus que le 2^{ $allowed } qu'admet msgdpia ; il n'a pas été créé par msgdpia, ou il est endommagé, donc la phrase secrète n'a pas été essayée
# `$detail` est la raison donnée par la bibliothèque de chiffrement, en anglais.
encryption-damaged = le fichier chiffré est endommagé ou incomplet ({ $detail })
encryption-decrypted-not-text = le fichier chiffré est endommagé ou incomplet (le contenu déchiffré n'est pas du texte ; ce n'est pas une analyse msgdpia)
encryption-key-not-text = le fichier chiffré est endommagé ou incomplet (la clé n'est pas du texte)
# `$detail` est la raison donnée par la bibliothèque de chiffrement, en anglais.
encryption-cannot-encrypt = impossible de chiffrer : { $detail }

## Écrire le rapport, quand la version est défectueuse (les polices intégrées, ou les
## bibliothèques qui écrivent le fichier). `$detail` est la raison donnée par la bibliothèque, en
## anglais.

render-font-unusable = la police du rapport est inutilisable : { $detail }
render-pdf-not-written = le PDF n'a pas pu être écrit : { $detail }
render-docx-not-compressed = une partie du document Word n'a pas pu être compressée : { $detail }
render-docx-too-large = le document Word est trop volumineux (plus de 4 Gio)
