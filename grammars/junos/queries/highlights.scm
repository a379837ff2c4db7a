; Highlights for the junos grammar (Junos curly-brace configurations).

(comment) @comment
(string) @string
(prefix) @keyword.modifier

; The first word of a statement or block is its keyword.
(block . (word) @keyword.function)
(block . (prefix) . (word) @keyword.function)
(statement . (word) @keyword)
(statement . (prefix) . (word) @keyword)

((word) @number
  (#match? @number "^[0-9]+[kmg]?$"))
((word) @number.special
  (#match? @number.special "^[0-9a-fA-F:.]+/[0-9]+$"))
((word) @type
  (#match? @type "^(et|xe|ge|ae|irb|lo|em|fxp|re)[0-9-]"))

["{" "}" "[" "]"] @punctuation.bracket
";" @punctuation.delimiter
