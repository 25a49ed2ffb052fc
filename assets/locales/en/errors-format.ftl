# What the loaders say is wrong with a file: format.
# Each message follows "file:line:column: ", so it starts in lower case and has no full stop.
# Code as it is written in a file (`field`, `[`, `)`, names in backquotes, YYYY-MM-DD, true,
# None) stays as it is in every language.
#
# Messages about a value name it with `$subject`, the form the words take, and `$key`, `$owner`
# and `$parent`, the names they hold (forms ending in `-this` are about an item without a name).
# What was found is `$found`: the text as written in the file, or `a-list`, `a-map` or
# `end-of-file`.

## Reading the file

format-empty-file = the file is empty (it holds only blank space or comments); expected a file saved by msgdpia, such as an assessment
format-not-utf8 = the file is not valid UTF-8 text
format-ends-early = the file ends too early: a closing `)`, `]` or `{"}"}` is probably missing
format-unclosed-at-end = the file ends before this `{ $open }` is closed: a `{ $close }` is missing (was the file cut short?)
format-trailing-text = there is text after the end of the file's main item (an extra `)` or `]`?)
format-text-after-main-item =
    there is text after the end of the file's main item, which closes at line { $line }, column { $column }: found { $found ->
        [a-list] a list `[…]`
        [a-map] a map `{"{"}…{"}"}`
        [end-of-file] the end of the file
       *[other] { $found }
    }

## Brackets, commas, quotes and comments

format-closes-nothing = this `{ $close }` closes nothing: no bracket is open here
format-wrong-bracket = expected `{ $expected }` to close the `{ $open }` at line { $line }, column { $column }; found `{ $found }`
format-array-end-expected = a `]` is expected here, to close the list
format-map-end-expected = a `{"}"}` is expected here, to close the map
format-struct-end-expected = a `)` is expected here
format-colon-expected = a colon `:` is expected here, after the key
format-comma-missing =
    a comma `,` is missing between two items, before { $found ->
        [a-list] a list `[…]`
        [a-map] a map `{"{"}…{"}"}`
        [end-of-file] the end of the file
       *[other] { $found }
    }
format-not-expected-here =
    { $found ->
        [a-list] a list `[…]`
        [a-map] a map `{"{"}…{"}"}`
        [end-of-file] the end of the file
       *[other] { $found }
    } is not expected here
format-text-not-closed = a text in double quotes is not closed
format-text-never-closed = this text in double quotes is never closed: a `"` is missing
format-text-runs-on = this text in double quotes is probably not closed: it runs on to line { $line }; add the missing `"`
format-comment-not-closed = a comment opened with `/*` is never closed
format-comment-never-closed = this comment is never closed: the `*/` that ends it is missing
format-nested-too-deeply = items are nested too deeply here
format-invalid-escape = `\{ $character }` is not a valid escape in a text; write `\\` for a backslash, `\"` for a double quote or `\n` for a new line
format-invalid-escape-somewhere = this text holds a backslash escape that is not valid; write `\\` for a backslash, `\"` for a double quote or `\n` for a new line

## Fields, keys and values. `$item` is a structure's name in backquotes, or `this-item`.

format-missing-field =
    { $item ->
        [this-item] this item
       *[other] { $item }
    } is missing the required field `{ $field }`
format-unknown-field =
    `{ $found }` is not a field of { $item ->
        [this-item] this item
       *[other] { $item }
    }; the fields are: { $fields }
format-field-given-twice =
    the field `{ $field }` is given twice in { $item ->
        [this-item] this item
       *[other] { $item }
    }
format-field-twice =
    the field `{ $key }` is given twice in { $owner ->
        [this-item] this item
       *[other] { $owner }
    }: first at line { $line }, column { $column }, and again here; keep one
format-key-twice =
    { $owner ->
        [this-item] this item
       *[other] { $owner }
    } holds the key { $key } twice: first at line { $line }, column { $column }, and again here; keep one
format-unknown-variant = `{ $found }` is not one of the values allowed here: { $values }
# `$error` is the parser's own description, in English.
format-not-valid-here = this is not valid here: { $error }
format-must-be =
    { $subject ->
        [main-item] the file's main item
        [value-for] the value for { $key } in { $owner }
        [value-for-this] the value for { $key } in this item
        [key-of] a key of { $owner }
        [key-of-this] a key of this item
        [item-of] an item of { $owner }
        [item-of-this] an item of this item
        [item-of-for] an item of { $owner } for { $parent }
        [item-of-for-this] an item of this item for { $parent }
        [value-in] the value in { $owner }
        [value-in-this] the value in this item
        [value-in-for] the value in { $owner } for { $parent }
        [value-in-for-this] the value in this item for { $parent }
        [field-name-in] a field name in { $owner }
        [field-name-in-this] a field name in this item
       *[field] { $key }
    } must be { $expected ->
        [true-or-false] true or false
        [whole-number] a whole number
        [whole-number-0] a whole number of 0 or more
        [a-number] a number
        [a-text] a text in double quotes
        [a-name] a name without quotes
        [a-character] a single character in single quotes
        [a-list] a list in square brackets, `[…]`
        [a-map] a map in braces, `{"{"}…{"}"}`
        [an-item] an item in round brackets, `(…)`
        [a-value-or-none] a value or `None`
        [unit] `()`
        [a-byte-string] a byte string
       *[other] { $expected }
    }; found { $found ->
        [a-list] a list `[…]`
        [a-map] a map `{"{"}…{"}"}`
        [end-of-file] the end of the file
       *[other] { $found }
    }
format-too-large =
    { $subject ->
        [main-item] the file's main item
        [value-for] the value for { $key } in { $owner }
        [value-for-this] the value for { $key } in this item
        [key-of] a key of { $owner }
        [key-of-this] a key of this item
        [item-of] an item of { $owner }
        [item-of-this] an item of this item
        [item-of-for] an item of { $owner } for { $parent }
        [item-of-for-this] an item of this item for { $parent }
        [value-in] the value in { $owner }
        [value-in-this] the value in this item
        [value-in-for] the value in { $owner } for { $parent }
        [value-in-for-this] the value in this item for { $parent }
        [field-name-in] a field name in { $owner }
        [field-name-in-this] a field name in this item
       *[field] { $key }
    } is a whole number too large for this field; found { $found ->
        [a-list] a list `[…]`
        [a-map] a map `{"{"}…{"}"}`
        [end-of-file] the end of the file
       *[other] { $found }
    }
# `$message` is the parser's own description, in English.
format-not-valid =
    { $subject ->
        [main-item] the file's main item
        [value-for] the value for { $key } in { $owner }
        [value-for-this] the value for { $key } in this item
        [key-of] a key of { $owner }
        [key-of-this] a key of this item
        [item-of] an item of { $owner }
        [item-of-this] an item of this item
        [item-of-for] an item of { $owner } for { $parent }
        [item-of-for-this] an item of this item for { $parent }
        [value-in] the value in { $owner }
        [value-in-this] the value in this item
        [value-in-for] the value in { $owner } for { $parent }
        [value-in-for-this] the value in this item for { $parent }
        [field-name-in] a field name in { $owner }
        [field-name-in-this] a field name in this item
       *[field] { $key }
    } is not valid: { $message }
format-not-ordinary-number =
    { $subject ->
        [main-item] the file's main item
        [value-for] the value for { $key } in { $owner }
        [value-for-this] the value for { $key } in this item
        [key-of] a key of { $owner }
        [key-of-this] a key of this item
        [item-of] an item of { $owner }
        [item-of-this] an item of this item
        [item-of-for] an item of { $owner } for { $parent }
        [item-of-for-this] an item of this item for { $parent }
        [value-in] the value in { $owner }
        [value-in-this] the value in this item
        [value-in-for] the value in { $owner } for { $parent }
        [value-in-for-this] the value in this item for { $parent }
        [field-name-in] a field name in { $owner }
        [field-name-in-this] a field name in this item
       *[field] { $key }
    } must be an ordinary number; found `{ $value }`, which is { $which ->
        [not-a-number] not a number
       *[infinite] infinite
    }
format-text-too-long =
    { $subject ->
        [main-item] the file's main item
        [value-for] the value for { $key } in { $owner }
        [value-for-this] the value for { $key } in this item
        [key-of] a key of { $owner }
        [key-of-this] a key of this item
        [item-of] an item of { $owner }
        [item-of-this] an item of this item
        [item-of-for] an item of { $owner } for { $parent }
        [item-of-for-this] an item of this item for { $parent }
        [value-in] the value in { $owner }
        [value-in-this] the value in this item
        [value-in-for] the value in { $owner } for { $parent }
        [value-in-for-this] the value in this item for { $parent }
        [field-name-in] a field name in { $owner }
        [field-name-in-this] a field name in this item
       *[field] { $key }
    } is { $length } characters long; a text may hold at most { $limit } (about forty pages): keep it in a document of its own and refer to it
format-detail-too-long = `{ $field }` is { $length } characters long; it may hold at most { $limit } (it is a name, shown on every page)

## Checks shared by every kind of file. `$what` is the kind of item, with dashes for spaces.

format-id-used-twice =
    the { $what ->
        [consistency-check] consistency check
        [unsuitable-measures-entry] unsuitable-measures entry
        [app-edition] app edition
       *[other] { $what }
    } id `{ $id }` is used more than once (first at line { $line }, column { $column }); ids must be unique
format-id-syntax =
    the { $what ->
        [consistency-check] consistency check
        [unsuitable-measures-entry] unsuitable-measures entry
        [app-edition] app edition
       *[other] { $what }
    } id `{ $id }` must be 1 to { $longest } lower-case letters, digits, `_` or `-`
format-field-empty = `{ $field }` must not be empty
format-not-a-date = `{ $field }` must be a real date written YYYY-MM-DD, such as 2026-03-31; found `{ $text }`

## Reading and writing a file, and encryption: what stops msgdpia at the file itself. Each
## message follows "file: " (or "file:line:column: "), so it starts in lower case and has no
## full stop.

# What msgdpia was doing when the operating system refused; the system's own reason follows,
# in the system's words (`io-refused`).
io-cannot-read-file = cannot read the file
io-cannot-remove-file = cannot remove the file
io-cannot-create-folder = cannot create the folder
io-cannot-create-temporary = cannot create a temporary file in its folder
io-cannot-write = cannot write
io-cannot-copy-permissions = cannot give the new file the permissions of the old one
io-cannot-flush = cannot flush to disk
io-cannot-replace = cannot replace the file
io-cannot-rewrite-lock = cannot write the lock file again
io-cannot-refresh-lock = cannot refresh the lock file
io-cannot-create-lock = cannot create the lock file
# One of those (`$action`) with the system's reason (`$reason`), in the system's words.
io-refused = { $action }: { $reason }
# The line and column of the first byte that is not UTF-8 come before it.
io-not-text = this is not valid text (the file is not UTF-8 from here on); save the file as UTF-8, or give msgdpia a file it saved, such as an assessment, rather than a report or another kind of file
io-read-only = the file is read-only, so it was not replaced; choose another name, or make the file writable first
# `$input` is the input's path, as given.
io-output-is-input = this is the same file as the input { $input }; writing it would replace that input, so nothing was written; choose another output name
# `$kind` is what the path names instead: `folder`, `pipe` (a named pipe), `socket`, `device` or
# `other`.
io-not-a-file =
    this is { $kind ->
        [folder] a folder
        [pipe] a named pipe (FIFO)
        [socket] a socket
        [device] a device
       *[other] some other kind of entry
    }, not a file; give the path of a file saved by msgdpia
# `$size` is the file's size and `$limit` the largest msgdpia reads, in bytes.
io-too-large = the file is { $size } bytes, too large to be a msgdpia file (limit { $limit } bytes)
encryption-wrong-passphrase = the passphrase is wrong (or the file was encrypted to an age key rather than a passphrase)
encryption-empty-passphrase = the passphrase is empty
# `$count` is the fewest characters a new passphrase may have.
encryption-too-short =
    the passphrase is too short: choose one of at least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    } (a few unrelated words are easy to remember and hard to guess)
# `$required` is the scrypt work factor the file asks for and `$allowed` the most msgdpia allows
# (each a power of 2: 2^20).
encryption-excessive-work = the file asks for an scrypt work factor of 2^{ $required }, more than the 2^{ $allowed } msgdpia allows; it was not made by msgdpia, or it is damaged, so the passphrase was not tried
# `$detail` is the encryption library's own reason, in English.
encryption-damaged = the encrypted file is damaged or incomplete ({ $detail })
encryption-decrypted-not-text = the encrypted file is damaged or incomplete (the decrypted content is not text; it is not a msgdpia assessment)
encryption-key-not-text = the encrypted file is damaged or incomplete (the key is not text)
# `$detail` is the encryption library's own reason, in English.
encryption-cannot-encrypt = cannot encrypt: { $detail }

## Writing the report, when the build is broken (the fonts built in, or the libraries that write
## the file). `$detail` is the library's own reason, in English.

render-font-unusable = the report font cannot be used: { $detail }
render-pdf-not-written = the PDF could not be written: { $detail }
render-docx-not-compressed = a part of the Word document could not be compressed: { $detail }
render-docx-too-large = the Word document is too large (over 4 GiB)
