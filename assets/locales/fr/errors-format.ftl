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
