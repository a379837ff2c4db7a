; Highlights for the srlinux grammar (Nokia SR Linux `info` and `info flat` output).

(comment) @comment
(string) @string

; The first word of a statement or block is its keyword (in the flat form, `set`).
(block . (word) @keyword.function)
(statement . (word) @keyword)

((word) @number
  (#match? @number "^[0-9]+$"))
((word) @number.special
  (#match? @number.special "^[0-9a-fA-F:.]+/[0-9]+$"))
((word) @type
  (#match? @type "^(ethernet-[0-9]|lag[0-9]|irb[0-9]|lo[0-9]|mgmt[0-9]|system0)"))

["{" "}" "[" "]"] @punctuation.bracket
