; Highlights for the netcli grammar (EOS / NX-OS / IOS configs).
; Later patterns win in tree-sitter's highlighter only when they are more specific, so the
; generic captures come first and the refinements after them.

(comment) @comment

(text_block) @string

(negation) @keyword.operator

; The first word of a line is the command keyword.
(command (keyword) @keyword)

; Section headers (lines that own an indented block) stand out.
(section header: (command (keyword) @keyword.function))

; Block terminators.
((keyword) @keyword.control
  (#match? @keyword.control "^(end|exit|exit-[a-z-]+|EOF)$"))

(number) @number
(ip_address) @number.special
(ip_prefix) @number.special
(mac_address) @number.special
(interface_name) @type

; Common value keywords.
((word) @constant.builtin
  (#match? @constant.builtin "^(enable|disable|on|off|true|false|none|any|all|default|drop|no-drop|permit|deny)$"))

; Device markers written as comments: `! device: …`, `!Command: …`, `! fabric-lint: …`.
((comment) @comment.special
  (#match? @comment.special "^[!#] *(device|Command|fabric-lint|RANCID-CONTENT-TYPE):"))
